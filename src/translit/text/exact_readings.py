"""Exact reading matches: is a Latin word the transliteration of a listed given name or place?

The gate recognises *Mykola*, *Siarhei*, *Homel* or *Kyiv* as forms of the shipped tables by
reading the word into pseudo-Cyrillic under every convention (:func:`translit.names.readings`)
and folding that reading with a *light* fold (``data/text/exact_reading.json``) that erases
only what the standards write differently for one letter. The matching key would also read
*So* as Зоя and *Gordiin* as Гродна; this fold does not.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from ..names import prebuilt
from ..names.given import exact_given_ids
from ..names.places import exact_place_ids
from ..names.spelling import cyrillic_form, reading_spellings

__all__ = [
    "cyrillic_folds",
    "exact_given",
    "exact_place",
    "light_fold",
    "light_forms",
    "native_given",
    "same_g_and_h",
    "same_reading",
    "starts_a_place",
]


_Rules = tuple[tuple[re.Pattern[str], str], ...]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("translit") / "data" / "text" / "exact_reading.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _fold_data() -> tuple[dict[int, str], _Rules, dict[int, str], _Rules]:
    data = _data()
    letters = {ord(k): v for k, v in data["letters"].items()}
    table = {**letters, **{ord(k): v for k, v in data["table_letters"].items()}}
    rules = tuple((re.compile(p), r) for p, r, _why in data["rules"])
    table_rules = rules + tuple((re.compile(p), r) for p, r, _why in data["table_rules"])
    return letters, rules, table, table_rules


def light_fold(spelling: str, table: bool = False, glides: bool = True) -> str:
    """Fold a (pseudo-)Cyrillic spelling for an exact reading match.

    ``table``: the fold used against the Cyrillic forms of the name tables, which also reads
    ia/io/iu after a consonant as я/ё/ю (unless not ``glides``) and г as х.

    >>> light_fold("сяргей", table=True) == light_fold("сиархеи", table=True)
    True
    >>> light_fold("зоя") == light_fold("со")
    False
    """
    letters, rules, table_letters, table_rules = _fold_data()
    s = unicodedata.normalize("NFC", spelling.lower())
    s = s.translate(table_letters if table else letters)
    for rx, repl in table_rules if table and glides else rules:
        s = rx.sub(repl, s)
    return s


def _is_cyrillic(form: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in form)


def cyrillic_folds(form: str) -> set[str]:
    """Table folds of a Cyrillic form (ё read both as е and as о)."""
    cyr = cyrillic_form(form)
    variants = [cyr, cyr.replace("ё", "о")] if "ё" in cyr else [cyr]
    return {light_fold(v, table=True) for v in variants}


def light_forms(word: str, table: bool = False) -> frozenset[str]:
    """The light folds of the readings of one word (hyphenated parts joined by ``-``).

    ``table``: folds for matching the name tables (see :func:`light_fold`), under every
    convention. Otherwise, and for words of four letters or fewer, only the most likely
    convention and the English/official one count: the others read too much into short or
    English words (French silent -e reads Dion as Дон).
    """
    # One cache entry per word and fold, however ``table`` is passed: lru_cache keys
    # light_forms(w, True) and light_forms(w, table=True) apart, and each would read the word.
    return _light_forms(word, table)


@lru_cache(maxsize=65_536)
def _light_forms(word: str, table: bool) -> frozenset[str]:
    short = len(word) <= 4
    parts = [p for p in word.split("-") if p]
    combos = [""]
    for p in parts:
        rs = reading_spellings(p)
        if short or not table:
            rs = tuple(r for i, r in enumerate(rs) if i == 0 or r[0] == "english")
        folds = {light_fold(spelling, table, glides=not short) for _, spelling in rs}
        combos = [c + ("-" if c else "") + f for c in combos for f in sorted(folds)][:32]
    return frozenset(combos)


def _final_o(forms: frozenset[str]) -> set[str]:
    # Belarusian akanne in the last syllable: -ka/-ko, -ava/-ova (Babaryka, Babariko).
    return {f[:-1] + "а" if f.endswith("о") else f for f in forms}


def same_reading(a: str, b: str) -> bool:
    """Do two words share a reading under the light fold (final -а/-о alike)?

    >>> same_reading("Babaryka", "Babariko"), same_reading("Jolin", "Elain")
    (True, False)
    """
    return not _final_o(light_forms(a)).isdisjoint(_final_o(light_forms(b)))


@lru_cache(maxsize=1)
def _latin_kept() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kept = _data().get("latin_kept")
    if not (
        isinstance(kept, dict)
        and isinstance(kept.get("letters"), str)
        and isinstance(kept.get("digraphs"), list)
        and all(isinstance(d, str) and d for d in kept["digraphs"])
    ):
        raise ValueError(
            "data/text/exact_reading.json: 'latin_kept' needs 'letters' and 'digraphs'"
        )
    digraphs = sorted(kept["digraphs"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, digraphs))), re.compile(f"[^{kept['letters']}]")


def same_g_and_h(a: str, b: str) -> bool:
    """Do two Latin spellings write the same g and h letters, digraphs aside?

    The readings take both g and h for г, so *Harrow* and *Garrow* share a reading; two short
    or weakly marked words that differ there are two words (``latin_kept`` in
    ``data/text/exact_reading.json``).

    >>> same_g_and_h("Harrow", "Garrow"), same_g_and_h("Kharkiv", "Charkiv")
    (False, True)
    """
    digraphs, others = _latin_kept()

    def letters(word: str) -> str:
        return others.sub("", digraphs.sub("", word.casefold()))

    return letters(a) == letters(b)


@lru_cache(maxsize=1)
def _given_index() -> dict[str, frozenset[str]]:
    built = prebuilt.part("exact_given")
    return build_given_index() if built is None else prebuilt.as_index(built)


def build_given_index() -> dict[str, frozenset[str]]:
    """Table fold of a native form -> given-name rows (:mod:`translit.names.prebuilt` keeps
    it)."""
    from ..names.given import given_names

    index: dict[str, set[str]] = {}
    for row in given_names().values():
        native = row.ru + row.uk + row.be + tuple(f for f in row.other if _is_cyrillic(f))
        for form in native:
            for f in cyrillic_folds(form):
                index.setdefault(f, set()).add(row.id)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _place_index() -> dict[str, frozenset[str]]:
    built = prebuilt.part("exact_places")
    return build_place_index() if built is None else prebuilt.as_index(built)


def build_place_index() -> dict[str, frozenset[str]]:
    """Table folds of a Cyrillic place form's words -> places (:mod:`translit.names.prebuilt`
    keeps it)."""
    from ..names.places import places

    index: dict[str, set[str]] = {}
    for place in places().values():
        for form in place.forms:
            if not _is_cyrillic(form):
                continue  # exonyms are matched exactly, as written
            words = re.split(r"[\s\-]+", form)
            folds = [sorted(cyrillic_folds(w)) for w in words if w]
            key = " ".join(f[0] for f in folds)
            index.setdefault(key, set()).add(place.id)
            for i, alternatives in enumerate(folds):
                for alt in alternatives[1:]:
                    index.setdefault(
                        " ".join(alt if j == i else f[0] for j, f in enumerate(folds)), set()
                    ).add(place.id)
    return {k: frozenset(v) for k, v in index.items()}


def native_given(word: str) -> frozenset[str]:
    """Given-name rows of which ``word`` transliterates a Cyrillic form (not an exonym).

    >>> sorted(native_given("Siarhei")), sorted(native_given("Michael"))
    (['sergei'], [])
    """
    index = _given_index()
    found: set[str] = set()
    for f in light_forms(word, table=True):
        found |= index.get(f, frozenset())
    return frozenset(found)


def exact_given(word: str) -> frozenset[str]:
    """Given-name rows of which ``word`` is a listed form or an exact transliteration.

    >>> sorted(exact_given("Siarhei")), sorted(exact_given("Love"))
    (['sergei'], [])
    """
    return exact_given_ids(word) or native_given(word)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Table folds of the first word of every place name of several words."""
    return frozenset(k.split(" ", 1)[0] for k in _place_index() if " " in k)


@lru_cache(maxsize=65_536)
def starts_a_place(word: str) -> bool:
    """Can ``word`` be the first word of a place name of several words (Nizhny, Biała)?"""
    firsts = _first_words()
    return any(f in firsts for f in light_forms(word, True))


def exact_place(name: str) -> frozenset[str]:
    """Places of which ``name`` (one or more words) is a listed form or exact transliteration.

    >>> sorted(exact_place("Homel")), sorted(exact_place("Gordiin"))
    (['homiel'], [])
    """
    ids = exact_place_ids(name)
    if ids:
        return ids
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if not words or len(words) > 4:
        return frozenset()
    index = _place_index()
    combos = [""]
    for w in words:
        combos = [c + (" " if c else "") + f for c in combos for f in sorted(light_forms(w, True))][
            :32
        ]
    found: set[str] = set()
    for key in combos:
        found |= index.get(key, frozenset())
    return frozenset(found)
