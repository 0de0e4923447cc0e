"""The name-matching API in one place: deciding (:mod:`~translit.names.decide`), explaining
(:mod:`~translit.names.explain`) and keys (:mod:`~translit.names.keys`)."""

from __future__ import annotations

from .decide import name_similarity, same_name
from .explain import MatchExplanation, TokenAlignment, explain_match
from .keys import name_key, name_keys

__all__ = [
    "MatchExplanation",
    "TokenAlignment",
    "explain_match",
    "name_key",
    "name_keys",
    "name_similarity",
    "same_name",
]
