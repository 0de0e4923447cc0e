"""translit: transliterate text under official standards and unify spelling variants of names.

The public API is re-exported here. Submodules load on first use, so ``import translit`` stays
as cheap as importing an empty package; data files are read when a standard is first used.
"""

from __future__ import annotations

# Not ``from typing import TYPE_CHECKING``: importing typing (and the re, collections, functools
# it pulls in) would double the cost of ``import translit``. Type checkers treat any constant of
# this name as true.
TYPE_CHECKING = False

__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from ._caches import clear_caches
    from .names.lexicon import Lexicon, LexiconConflict, LexiconEntry, LexiconError, LexiconMatch
    from .names.matching import (
        MatchExplanation,
        TokenAlignment,
        explain_match,
        name_key,
        name_keys,
        name_similarity,
        same_name,
    )
    from .standards.detection import detect_language
    from .standards.registry import Example, Scheme, schemes
    from .standards.transliteration import transliterate
    from .text.census import Census
    from .text.clusters import Cluster
    from .text.discovery import Discovery, DiscoveryDiff
    from .text.mentions import Skip
    from .text.normalizer import Normalizer, normalize
    from .text.rewrite import Change
    from .variants.api import variants
    from .variants.identify import identify
    from .variants.model import Candidate, Origin, Variant
    from .variants.native import to_native

__all__ = [
    "Candidate",
    "Census",
    "Change",
    "Cluster",
    "Discovery",
    "DiscoveryDiff",
    "Example",
    "Lexicon",
    "LexiconConflict",
    "LexiconEntry",
    "LexiconError",
    "LexiconMatch",
    "MatchExplanation",
    "Normalizer",
    "Origin",
    "Scheme",
    "Skip",
    "TokenAlignment",
    "Variant",
    "__version__",
    "clear_caches",
    "detect_language",
    "explain_match",
    "identify",
    "name_key",
    "name_keys",
    "name_similarity",
    "normalize",
    "same_name",
    "schemes",
    "to_native",
    "transliterate",
    "variants",
]

_LAZY = {
    "clear_caches": "_caches",
    "transliterate": "standards.transliteration",
    "detect_language": "standards.detection",
    "schemes": "standards.registry",
    "Scheme": "standards.registry",
    "Example": "standards.registry",
    "same_name": "names.matching",
    "name_similarity": "names.matching",
    "name_key": "names.matching",
    "name_keys": "names.matching",
    "explain_match": "names.matching",
    "MatchExplanation": "names.matching",
    "TokenAlignment": "names.matching",
    "Lexicon": "names.lexicon",
    "LexiconEntry": "names.lexicon",
    "LexiconConflict": "names.lexicon",
    "LexiconError": "names.lexicon",
    "LexiconMatch": "names.lexicon",
    "Normalizer": "text.normalizer",
    "normalize": "text.normalizer",
    "Change": "text.rewrite",
    "Cluster": "text.clusters",
    "Discovery": "text.discovery",
    "DiscoveryDiff": "text.discovery",
    "Census": "text.census",
    "Skip": "text.mentions",
    "variants": "variants.api",
    "Variant": "variants.model",
    "Candidate": "variants.model",
    "Origin": "variants.model",
    "to_native": "variants.native",
    "identify": "variants.identify",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'translit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    if module.startswith("variants."):  # importing the package bound the name to the package
        globals()["variants"] = import_module(".variants.api", __name__).variants
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
