"""Moved to :mod:`translit.standards.transliteration`; kept so that older imports keep working."""

from .standards.transliteration import transliterate

__all__ = ["transliterate"]
