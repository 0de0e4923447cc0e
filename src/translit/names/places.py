"""Place names with their language forms and exonyms (``data/places.tsv``).

Transliteration rules cannot produce Moscow from Москва or Kijów from Київ; the table lists, per
place, its Russian, Ukrainian and Belarusian forms and its established exonyms. Former names
(Leningrad, Dnipropetrovsk) are kept in the table but never matched: they are other names.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from . import prebuilt
from ._data import NO_IDS, read_tsv, split_cell
from .endings import stems
from .given import exact_given_ids, given_ids_of_keys, given_name_ids
from .signature import key_signature, signature
from .spelling import MAX_KEY_COMBINATIONS, primary_reading, token_keys

__all__ = ["Place", "place_ids", "places"]

_WORD_SPLIT = re.compile(r"[\s\-]+")

# Distinct names whose place lookups are kept per process.
PLACE_CACHE_SIZE = 50_000


@dataclass(frozen=True)
class Place:
    """One row of the place table."""

    id: str
    kind: str
    country: str
    forms: tuple[str, ...]
    former: tuple[str, ...]


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """The table, by id (empty when the data file is absent)."""
    out: dict[str, Place] = {}
    for row in read_tsv("places.tsv"):
        forms = split_cell(row.get("ru")) + split_cell(row.get("uk")) + split_cell(row.get("be"))
        forms += split_cell(row.get("exonyms"))
        out[row["id"]] = Place(
            row["id"],
            row.get("kind", ""),
            row.get("country", ""),
            forms,
            split_cell(row.get("former")),
        )
    return out


def place_keys(name: str) -> frozenset[str]:
    """Keys of a whole place name: word keys in order, hyphens and spaces alike."""
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or len(words) > 5:
        return NO_IDS
    per_word = [sorted(token_keys(w)) for w in words]
    return frozenset(
        " ".join(c) for c in itertools.islice(itertools.product(*per_word), MAX_KEY_COMBINATIONS)
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Key of a whole place name -> places (prebuilt when it can be)."""
    built = prebuilt.part("places")
    return build_index() if built is None else prebuilt.as_index(built)


def build_index() -> dict[str, frozenset[str]]:
    """:func:`_index` read from the table (:mod:`translit.names.prebuilt` keeps it)."""
    index: dict[str, set[str]] = {}
    for place in places().values():
        for form in place.forms:
            for key in place_keys(form):
                index.setdefault(key, set()).add(place.id)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _exact() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for place in places().values():
        for form in place.forms:
            out.setdefault(form.casefold(), set()).add(place.id)
    return {k: frozenset(v) for k, v in out.items()}


def exact_place_ids(name: str) -> frozenset[str]:
    """Places that list exactly this form (case-insensitive)."""
    return _exact().get(" ".join(name.split()).casefold(), NO_IDS)


def place_ids_of_key(key: str) -> frozenset[str]:
    """Places whose name has exactly this key (word keys joined by spaces)."""
    return _index().get(key, NO_IDS)


def primary_place_ids(words: list[str]) -> frozenset[str]:
    """Like :func:`place_ids` for a name split into words, looking only at each word's most
    likely reading."""
    return places_of_keys(words, [primary_reading(w).key for w in words])


def places_of_keys(words: list[str], keys: list[str]) -> frozenset[str]:
    """:func:`primary_place_ids` of words whose most likely keys are known."""
    index = _index()
    if not index or not words or len(words) > 5:
        return NO_IDS
    ids = index.get(" ".join(keys))
    if ids:
        return ids
    found: set[str] = set()
    head: tuple[str, ...] | None = None
    for _, stem in stems(words[-1], "place"):
        # A stem whose signature no place's last word has is not read (see _signatures).
        own = signature(stem)
        if own is not None:
            if head is None:
                head = tuple(key_signature(k) for k in keys[:-1])
            if (*head, own) not in _signatures():
                continue
        found |= index.get(" ".join([*keys[:-1], primary_reading(stem).key]), NO_IDS)
    if found and _is_given_name(words[-1], light=True):
        return NO_IDS
    return frozenset(found) if found else NO_IDS


@lru_cache(maxsize=PLACE_CACHE_SIZE)
def place_ids(name: str) -> frozenset[str]:
    """Ids of the places ``name`` is a form or exonym of (empty if none).

    A nominative ending another language adds to the last word (Latvian Uļjanovska, Esperanto
    Jekaterinburgo) is stripped when the rest is a place of the table.

    >>> place_ids("Moscow") == place_ids("Москва") != frozenset()
    True
    >>> place_ids("Jekaterinburgo") == place_ids("Екатеринбург") != frozenset()
    True
    """
    index = _index()
    if not index:
        return NO_IDS
    if not _may_be_a_place(name):
        return NO_IDS
    ids: set[str] = set()
    for key in place_keys(name):
        ids |= index.get(key, NO_IDS)
    if ids:
        return frozenset(ids) if ids else NO_IDS
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or len(words) > 5:
        return NO_IDS
    for _, stem in stems(words[-1], "place"):
        for key in place_keys(" ".join([*words[:-1], stem])):
            ids |= index.get(key, NO_IDS)
    if ids and _is_given_name(words[-1]):
        return NO_IDS
    return frozenset(ids) if ids else NO_IDS


@lru_cache(maxsize=1)
def _signatures() -> frozenset[tuple[str, ...]]:
    """The signatures (:mod:`translit.names.signature`) of the words of each place's name."""
    return frozenset(tuple(key_signature(w) for w in key.split(" ")) for key in _index())


def _may_be_a_place(name: str) -> bool:
    """False when no reading of the name, nor of it without a nominative ending, has the
    signatures of a place's words (then :func:`place_ids` has nothing to find); True when it
    may have."""
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or len(words) > 5:
        return True  # place_ids itself says no
    return _may_be_place_words(words)


def _may_be_place_words(words: list[str]) -> bool:
    sigs = [signature(w) for w in words]
    if None in sigs:
        return True
    known = _signatures()
    if tuple(sigs) in known:
        return True
    for _, stem in stems(words[-1], "place"):
        last = signature(stem)
        if last is None or (*sigs[:-1], last) in known:
            return True
    return False


def _is_given_name(word: str, light: bool = False) -> bool:
    """A given name of the table keeps its ending: Denis is not the river Don with a
    Lithuanian -is. ``light`` looks at the most likely reading only (as name_key does)."""
    if light:
        return bool(exact_given_ids(word) or given_ids_of_keys(primary_reading(word).variants))
    return bool(given_name_ids(word))
