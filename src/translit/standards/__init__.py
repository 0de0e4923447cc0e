"""Transliteration standards: the registry of data files, their schema, the compiler that turns
a file into a transliterator, the public :func:`transliterate`, and language detection.

Modules, in the order a text goes through them: :mod:`.registry` (find and resolve standards),
:mod:`.schema` (check a data file), :mod:`.compiler` with :mod:`.repair` and :mod:`.outside`
(compile one; repair input; letters a standard lacks), :mod:`.cache` (compiled standards, built
once), :mod:`.transliteration` (the entry point), :mod:`.detection` and :mod:`.auto` (the
``"auto"`` scheme), :mod:`.reverse` (Latin back to the source script).
"""

from __future__ import annotations

from .cache import compile_reverse, compile_scheme
from .detection import detect_language
from .registry import Example, Scheme, get_scheme, resolve, schemes
from .transliteration import transliterate

__all__ = [
    "Example",
    "Scheme",
    "clear_caches",
    "compile_reverse",
    "compile_scheme",
    "detect_language",
    "get_scheme",
    "resolve",
    "schemes",
    "transliterate",
]


def clear_caches() -> None:
    """Clear every cache of the standards: data files, compiled standards, detection model."""
    from .. import _unicode
    from . import cache, detection, registry, repair

    cache.clear_caches()
    registry.clear_caches()
    detection.clear_caches()
    repair.lookalikes.cache_clear()
    _unicode.script_letters.cache_clear()
