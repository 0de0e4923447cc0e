"""Moved to :mod:`translit.standards.detection`; kept so that older imports keep working."""

from .standards.auto import transliterate_auto
from .standards.detection import detect_language, language_scores

__all__ = ["detect_language", "language_scores", "transliterate_auto"]
