"""The East Slavic given-name cognate table (``data/given_names.tsv``).

Each row is one name with its Russian, Ukrainian and Belarusian forms (Mykola / Nikolai /
Mikalai) and forms in other traditions. A token is recognised as a given name when one of its
readings has the key of one of the row's forms; two given names are the same name when they
share a row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .._memo import memo
from . import prebuilt
from ._data import NO_IDS, read_tsv, split_cell
from .endings import stems
from .morphology import given_name_stems, oblique_patronymic, patronymic_stem
from .signature import key_signature, signature
from .spelling import given_name_keys, primary_reading, token_keys

# Distinct tokens whose table lookups are kept per process.
TOKEN_CACHE_SIZE = 100_000

__all__ = [
    "GivenName",
    "exact_given_ids",
    "given_by_ending",
    "given_ids_of_keys",
    "given_name_ids",
    "given_names",
    "lookup_given",
    "may_be_given",
    "oblique_patronymic_ids",
    "patronymic_given_ids",
]


@dataclass(frozen=True)
class GivenName:
    """One row of the cognate table."""

    id: str
    gender: str
    ru: tuple[str, ...]
    uk: tuple[str, ...]
    be: tuple[str, ...]
    other: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return self.ru + self.uk + self.be + self.other

    def language_of(self, spelling_key: str) -> list[str]:
        """The languages whose form of this name has the given key."""
        out = []
        for lang, forms in (("ru", self.ru), ("uk", self.uk), ("be", self.be)):
            if any(spelling_key in token_keys(f) for f in forms):
                out.append(lang)
        return out


@lru_cache(maxsize=1)
def given_names() -> dict[str, GivenName]:
    """The table, by id."""
    out: dict[str, GivenName] = {}
    for row in read_tsv("given_names.tsv"):
        out[row["id"]] = GivenName(
            id=row["id"],
            gender=row["gender"],
            ru=split_cell(row.get("ru")),
            uk=split_cell(row.get("uk")),
            be=split_cell(row.get("be")),
            other=split_cell(row.get("other")),
        )
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Key -> rows; keys of native (ru/uk/be) forms shadow keys of the other forms."""
    native, other = _indexes()
    index = dict(other)
    index.update(native)
    return index


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Key -> rows, of the native forms and of the others (prebuilt when it can be)."""
    built = prebuilt.part("given")
    if built is not None:
        return prebuilt.as_index(built["native"]), prebuilt.as_index(built["other"])
    return build_indexes()


def build_indexes() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """:func:`_indexes` read from the table (:mod:`translit.names.prebuilt` keeps them)."""
    native: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for name in given_names().values():
        for form in name.ru + name.uk + name.be:
            for key in token_keys(form):
                native.setdefault(key, set()).add(name.id)
        for form in name.other:
            for key in token_keys(form):
                other.setdefault(key, set()).add(name.id)
    return (
        {k: frozenset(v) for k, v in native.items()},
        {k: frozenset(v) for k, v in other.items()},
    )


@lru_cache(maxsize=1)
def _signatures() -> frozenset[str]:
    """The signatures (:mod:`translit.names.signature`) of the keys of the table's forms."""
    return frozenset(key_signature(k) for index in _indexes() for k in index)


def may_be_given(token: str) -> bool:
    """False when no reading of the token has the key of a form of the table (its
    :mod:`~translit.names.signature` is that of no form); True when one may have."""
    own = signature(token)
    return own is None or own in _signatures()


def _norm(form: str) -> str:
    return unicodedata.normalize("NFC", form).casefold().replace("'", "’")


@lru_cache(maxsize=1)
def _exact() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name in given_names().values():
        for form in name.forms:
            out.setdefault(_norm(form), set()).add(name.id)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def given_name_ids(token: str) -> frozenset[str]:
    """Ids of the table rows the token can be a form of (empty if none).

    >>> sorted(given_name_ids("Mikalai")) == sorted(given_name_ids("Mykola"))
    True
    """
    # A form the table lists; else rows whose native (ru/uk/be) forms share a key with some
    # reading; only else rows whose other forms do. French Alexandre is listed under
    # Aleksandr, but "Alexandra" must not become Aleksandr through one of its readings.
    exact = _exact().get(_norm(token))
    if exact:
        return exact
    if not may_be_given(token):
        return NO_IDS  # every key of the token has a signature no form has
    native, other = _indexes()
    keys = token_keys(token) | given_name_keys(token)
    ids: set[str] = set()
    for key in keys:
        ids |= native.get(key, NO_IDS)
    if not ids:
        for key in keys:
            ids |= other.get(key, NO_IDS)
    return frozenset(ids) if ids else NO_IDS


def given_by_ending(token: str, light: bool = False) -> tuple[str, str, frozenset[str]] | None:
    """(language, stem, ids) when ``token`` is a given name of the table with a nominative
    ending of another language (Lithuanian Volodymyras, Latvian Oleksandrs); None otherwise.

    With ``light``, only the stem's most likely reading is looked up (as for name_key).

    >>> given_by_ending("Volodymyras")[:2]
    ('Lithuanian', 'volodymyr')
    """
    hit = _given_by_ending_light(token) if light else _given_by_ending_full(token)
    return None if hit is None else (hit[0], hit[1], frozenset(hit[2]))


# Kept as plain tuples (the ids sorted) in memos, which the garbage collector does not walk
# (translit._memo); most words are no given name with an ending, and their None costs nothing.
@memo(maxsize=TOKEN_CACHE_SIZE)
def _given_by_ending_light(token: str) -> tuple[str, str, tuple[str, ...]] | None:
    for language, stem in stems(token, "given"):
        ids = exact_given_ids(stem)
        if not ids and may_be_given(stem):
            ids = given_ids_of_keys(primary_reading(stem).variants)
        if ids:
            return language, stem, tuple(sorted(ids))
    return None


@memo(maxsize=TOKEN_CACHE_SIZE)
def _given_by_ending_full(token: str) -> tuple[str, str, tuple[str, ...]] | None:
    for language, stem in stems(token, "given"):
        ids = given_name_ids(stem)
        if ids:
            return language, stem, tuple(sorted(ids))
    return None


def exact_given_ids(token: str) -> frozenset[str]:
    """Ids of the rows that list exactly this form (case-insensitive)."""
    return _exact().get(_norm(token), NO_IDS)


def given_ids_of_keys(keys: Iterable[str]) -> frozenset[str]:
    """Ids of the table rows that have a form with one of ``keys``."""
    index = _index()
    ids: set[str] = set()
    for key in keys:
        ids |= index.get(key, NO_IDS)
    return frozenset(ids) if ids else NO_IDS


def lookup_given(token: str) -> list[GivenName]:
    """The table rows a token can be a form of."""
    table = given_names()
    return [table[i] for i in sorted(given_name_ids(token))]


@lru_cache(maxsize=1)
def _stem_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name in given_names().values():
        if name.gender != "m":
            continue
        for form in name.ru + name.uk + name.be:
            for stem in given_name_stems(set(token_keys(form))):
                if len(stem) >= 2:
                    index.setdefault(stem, set()).add(name.id)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def patronymic_given_ids(token: str) -> frozenset[str]:
    """Ids of the given names a patronymic can be formed from (Мікалаевіч -> nikolai).

    >>> "nikolai" in patronymic_given_ids("Мікалаевіч")
    True
    """
    index = _stem_index()
    ids: set[str] = set()
    for key in token_keys(token):
        stem = patronymic_stem(key)
        if stem is not None:
            ids |= index.get(stem, NO_IDS)
    return frozenset(ids) if ids else NO_IDS


def oblique_patronymic_ids(keys: Iterable[str]) -> frozenset[str]:
    """Ids of the given names of which a token with these keys is a feminine patronymic in
    an oblique case (*Vasil'yevny*, *Ivanivnoi*: genitive, accusative or instrumental); empty
    for any other token, the nominative included.

    >>> sorted(oblique_patronymic_ids(token_keys("Vasil'yevny")))
    ['vasilii']
    >>> sorted(oblique_patronymic_ids(token_keys("Sadovnyi")))
    []
    """
    ids: set[str] = set()
    for key in keys:
        nominative = oblique_patronymic(key)
        stem = patronymic_stem(nominative) if nominative is not None else None
        if stem is not None:  # (the index is read only then: prose rarely needs it)
            ids |= _stem_index().get(stem, NO_IDS)
    return frozenset(ids) if ids else NO_IDS
