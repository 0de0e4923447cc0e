"""Name-variant matching across standards, languages and scripts.

The modules, in the order a comparison uses them: :mod:`~translit.names.conventions` and
:mod:`~translit.names.spelling` read a token under each spelling convention,
:mod:`~translit.names.fold` folds a reading into a key, :mod:`~translit.names.given` and
:mod:`~translit.names.places` are the tables, :mod:`~translit.names.parsing` gives tokens their
roles, :mod:`~translit.names.decide` decides, :mod:`~translit.names.explain` explains,
:mod:`~translit.names.keys` gives keys for joins and blocking, :mod:`~translit.names.lexicon`
maps names onto canonical forms.
"""

from __future__ import annotations

from . import conventions as _conventions
from . import decide as _decide
from . import endings as _endings
from . import fold as _fold
from . import given as _given
from . import keys as _keys
from . import parsing as _parsing
from . import places as _places
from . import screen as _screen
from . import signature as _signature
from . import spelling as _spelling
from .decide import name_similarity, same_name
from .explain import MatchExplanation, TokenAlignment, explain_match
from .given import GivenName, exact_given_ids, given_name_ids, given_names, lookup_given
from .keys import name_key, name_keys
from .lexicon import Lexicon, LexiconConflict, LexiconEntry, LexiconError, LexiconMatch
from .parsing import NameAnalysis, Token, analyze, analyze_light, split_tokens
from .places import Place, exact_place_ids, place_ids, places
from .spelling import Reading, cyrillic_form, fold, primary_reading, readings

__all__ = [
    "GivenName",
    "Lexicon",
    "LexiconConflict",
    "LexiconEntry",
    "LexiconError",
    "LexiconMatch",
    "MatchExplanation",
    "NameAnalysis",
    "Place",
    "Reading",
    "Token",
    "TokenAlignment",
    "analyze",
    "analyze_light",
    "clear_caches",
    "cyrillic_form",
    "exact_given_ids",
    "exact_place_ids",
    "explain_match",
    "fold",
    "given_name_ids",
    "given_names",
    "lookup_given",
    "name_key",
    "name_keys",
    "name_similarity",
    "place_ids",
    "places",
    "primary_reading",
    "readings",
    "same_name",
    "split_tokens",
]


def clear_caches() -> None:
    """Empty the per-input caches of name matching (decisions, analyses, readings, keys, table
    lookups); the data files stay loaded."""
    for cache in (
        _decide._decide,
        _decide._scored,
        _parsing.analyze,
        _parsing.analyze_light,
        _spelling.readings,
        _spelling.reading_spellings,
        _spelling.primary_reading,
        _spelling.primary_facts,
        _fold.fold_variants,
        _given.given_name_ids,
        _given._given_by_ending_light,
        _given._given_by_ending_full,
        _given.patronymic_given_ids,
        _places.place_ids,
        _endings._stems_by_kind,
        _screen._light,
        _screen._full,
        _screen._given_rows,
        _signature.signature,
        _keys._word,
        _keys._word_keys,
        _keys._row_keys,
        _conventions.conventions_of,
    ):
        cache.cache_clear()
