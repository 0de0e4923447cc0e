"""Read one name token, in any script and spelling convention, into matching keys.

A Latin token is read under each spelling convention (:mod:`translit.names.conventions`:
English and the official romanizations, scholarly/Central European, German, French, Polish,
...) into pseudo-Cyrillic; a Cyrillic token is its own reading. Each reading is then folded into
a *key* (:mod:`translit.names.fold`): a consonant skeleton with three vowel classes, from which
the differences between standards and between the Russian, Ukrainian and Belarusian spellings
of one name have been erased, and in which the differences between names (consonants, ``i``,
gender endings, suffixes) are kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .._memo import memo
from .conventions import (
    conventions,
    conventions_of,
    given_names_only,
    known_letters,
    plausible,
    primary_convention,
    reading_rules,
)
from .fold import fold, fold_variants
from .order import reading_order

__all__ = [
    "MAX_KEY_COMBINATIONS",
    "Reading",
    "cyrillic_form",
    "fold",
    "fold_variants",
    "fresh_token_keys",
    "given_name_keys",
    "latin_low",
    "primary_facts",
    "primary_key",
    "primary_profile",
    "primary_reading",
    "reading_spellings",
    "readings",
    "token_keys",
]

# Distinct tokens whose readings are kept per process.
READINGS_CACHE_SIZE = 200_000

MAX_KEY_COMBINATIONS = 256
"""The most keys a product of several parts' keys yields (hyphenated words, multi-word place
names, full names for blocking); a longer product is cut in a fixed order."""


class Reading(NamedTuple):
    """One way of reading a token: the convention, the pseudo-Cyrillic spelling and its key.

    ``variants`` holds the key and the keys that optional folds give (Belarusian tsekanne
    applies to ц from т but not to original ц, so both are kept).
    """

    profile: str
    spelling: str
    key: str
    variants: tuple[str, ...] = ()


_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN_LETTER = re.compile("[a-zß-ɏḀ-ỿ]")


def is_cyrillic(token: str) -> bool:
    """Whether the token has a Cyrillic letter (it is then read as Cyrillic)."""
    return _CYRILLIC.search(token) is not None


@lru_cache(maxsize=1)
def _sign_table() -> dict[int, str | None]:
    rules = reading_rules()
    table: dict[int, str | None] = {ord(c): "ь" for c in rules["apostrophes"]}
    table.update({ord(c): "ъ" for c in rules["hard_signs"]})
    table.update({ord(c): None for c in rules["silent"]})
    return table


def _clean_latin(token: str) -> str:
    """Lower-case and compose; letters with marks no convention reads lose the marks."""
    if token.isascii():
        return token.lower()
    token = unicodedata.normalize("NFC", token.lower())
    if token.isascii():
        return token
    known = known_letters()
    out = []
    for c in token:
        if c.isascii() or c in known:
            out.append(c)
        else:
            out.append(
                "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))
            )
    return "".join(out)


def cyrillic_form(token: str) -> str:
    """Lower-case NFC Cyrillic with Latin look-alike letters repaired (``Вiталiй``)."""
    token = unicodedata.normalize("NFC", token.lower())
    if _LATIN_LETTER.search(token):
        from ..engine import compile_scheme

        token = compile_scheme("iso-9").repair(token)
    return token.translate(_sign_table())


def primary_profile(token: str) -> str:
    """Name the spelling convention a Latin token is most likely written in."""
    return primary_convention(_clean_latin(token))


@lru_cache(maxsize=READINGS_CACHE_SIZE)
def readings(token: str) -> tuple[Reading, ...]:
    """Every distinct reading of one token (no spaces), the most likely one first.

    >>> [r.key for r in readings("Lukaschenko")][:1] == [r.key for r in readings("Лукашенко")]
    True
    """
    spellings = reading_spellings(token)
    out: list[Reading] = [primary_reading(token)]
    for name, spelling in spellings[1:]:
        keys = fold_variants(spelling)
        out.append(Reading(name, spelling, keys[0], keys))
    return tuple(out)


@lru_cache(maxsize=READINGS_CACHE_SIZE)
def reading_spellings(token: str) -> tuple[tuple[str, str], ...]:
    """(convention, pseudo-Cyrillic spelling) of each reading of :func:`readings`, in its
    order, without the keys: reading a word is cheap beside folding each reading, and telling
    whether a word is a listed name or a place needs the spellings alone.

    >>> reading_spellings("Lukaschenko")[0]
    ('german', 'лукашенко')
    """
    first = primary_reading(token)  # cached: name_key usually computed it already
    if is_cyrillic(token):
        return ((first.profile, first.spelling),)
    low = latin_low(token)
    order = reading_order(low)
    convs = conventions()
    out: list[tuple[str, str]] = [(first.profile, first.spelling)]
    seen: set[str] = {first.spelling}
    for name in order:
        if name == order[0] and not convs[name].may_branch(low):
            continue  # its only reading is the primary one
        for spelling in convs[name].read(low):
            if spelling not in seen:
                seen.add(spelling)
                out.append((name, spelling))
    return tuple(out)


def latin_low(token: str) -> str:
    """A Latin token as the conventions read it: lower case, composed, apostrophes and hard
    signs as ь and ъ, silent marks dropped."""
    return _clean_latin(token).translate(_sign_table())


@lru_cache(maxsize=READINGS_CACHE_SIZE)
def primary_reading(token: str) -> Reading:
    """The most likely reading alone (cheaper than :func:`readings` for a cold token)."""
    return Reading(*primary_facts(token))


@memo(maxsize=READINGS_CACHE_SIZE)
def primary_facts(token: str) -> tuple[str, str, str, tuple[str, ...]]:
    """:func:`primary_reading` as a plain tuple (profile, spelling, key, variants), in a
    cache the garbage collector does not walk (:mod:`translit._memo`): what
    :func:`~translit.names.name_key` reads of each new word of a stream of names."""
    if is_cyrillic(token):
        spelling = cyrillic_form(token)
        profile = "cyrillic"
    else:
        low = latin_low(token)
        profile = conventions_of(low)[0]
        spelling = conventions()[profile].first(low)
    keys = fold_variants(spelling)
    return (profile, spelling, keys[0], keys)


def given_name_keys(token: str) -> frozenset[str]:
    """Keys of the readings used only to recognise given names (see
    :func:`~translit.names.conventions.given_names_only`), beside :func:`token_keys`."""
    if is_cyrillic(token):
        return frozenset()
    low = latin_low(token)
    convs = conventions()
    return frozenset(
        k
        for name in given_names_only()
        if plausible(name, low)
        for spelling in convs[name].read(low)
        for k in fold_variants(spelling)
    )


def token_keys(token: str) -> frozenset[str]:
    """All keys of one token."""
    return frozenset(k for r in readings(token) for k in r.variants)


def fresh_token_keys(token: str) -> frozenset[str]:
    """:func:`token_keys` of a token read once (a lexicon's words): the same keys, without
    keeping its readings in the cache."""
    if is_cyrillic(token):
        return frozenset(primary_facts(token)[3])
    low = latin_low(token)
    order = reading_order(low)
    convs = conventions()
    first = order[0]
    keys = set(primary_facts(token)[3])
    for name in order:
        if name == first and not convs[name].may_branch(low):
            continue
        for spelling in convs[name].read(low):
            keys.update(fold_variants(spelling))
    return frozenset(keys)


def primary_key(token: str) -> str:
    """The key of the most likely reading."""
    return primary_reading(token).key
