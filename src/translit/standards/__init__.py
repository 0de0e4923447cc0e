"""Transliteration standards: the registry of data files, their schema, the compiler that turns
a file into a transliterator, the public :func:`transliterate`, and language detection.

Modules, in the order a text goes through them: :mod:`.registry` (find and resolve standards),
:mod:`.schema` (check a data file), :mod:`.compiler` with :mod:`.repair` and :mod:`.outside`
(compile one; repair input; letters a standard lacks), :mod:`.cache` (compiled standards, built
once), :mod:`.transliteration` (the entry point), :mod:`.detection` and :mod:`.auto` (the
``"auto"`` scheme), :mod:`.reverse` (Latin back to the source script).
"""

from __future__ import annotations

import sys

# The names below load their module on first use, so that importing one module of the package
# (``translit.standards.registry``, as the normalizer does) does not import all of them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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

_LAZY = {
    "compile_reverse": "cache",
    "compile_scheme": "cache",
    "detect_language": "detection",
    "Example": "registry",
    "Scheme": "registry",
    "get_scheme": "registry",
    "resolve": "registry",
    "schemes": "registry",
    "transliterate": "transliteration",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def clear_caches() -> None:
    """Clear every cache of the standards: data files, compiled standards, detection model
    (of the modules loaded so far; the others have nothing to clear)."""
    loaded = sys.modules
    for name in ("cache", "registry", "detection"):
        module = loaded.get(f"{__name__}.{name}")
        if module is not None:
            module.clear_caches()
    repair = loaded.get(f"{__name__}.repair")
    if repair is not None:
        repair.lookalikes.cache_clear()
    unicode = loaded.get("translit._unicode")
    if unicode is not None:
        unicode.script_letters.cache_clear()
