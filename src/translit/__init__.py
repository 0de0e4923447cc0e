"""translit: transliterate text under official standards and unify spelling variants of names.

The public API is re-exported here. Submodules load on first use, so ``import translit`` stays
as cheap as importing an empty package; data files are read when a standard is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .detection import detect_language
    from .registry import Example, Scheme, schemes
    from .transliteration import transliterate

__all__ = [
    "Example",
    "Scheme",
    "__version__",
    "detect_language",
    "schemes",
    "transliterate",
]

_LAZY = {
    "transliterate": "transliteration",
    "detect_language": "detection",
    "schemes": "registry",
    "Scheme": "registry",
    "Example": "registry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'translit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
