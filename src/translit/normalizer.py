"""The normalizer's public names, kept at their original import path.

The pipeline lives in :mod:`translit.text`; import from ``translit`` itself.
"""

from __future__ import annotations

from .text.clusters import Cluster
from .text.normalizer import Normalizer, normalize
from .text.rewrite import Change, apply_changes

__all__ = ["Change", "Cluster", "Normalizer", "apply_changes", "normalize"]
