"""The gate: which capitalised words may be a name written from a Cyrillic, Greek or Georgian
original, and so may be rewritten or vote for a canonical form.

A word passes as

- ``native``: a word in the source script itself (Лукашэнка);
- ``place``: a form of the place table (Kyiv, Kiev, Moscow, Homel);
- ``given``: a form of the given-name table (Serhii, Mykola; also Peter or Mark, which are
  only touched inside a full name whose surname passes);
- ``surname``: a word with the word-formation suffix of a surname of the supported languages
  (``data/text/surname_endings.json``: -enko, -chuk, -ov/-ow/-off/-ou, -sky/-ski/-skyi, ...);
- ``initial`` (A.) and ``patronymic`` roles are given inside full names.

and is refused (``other``) with a reason otherwise: a function word or title
(``data/text/not_names.json``), no surname ending, an ALL-CAPS word. Whether a word is common
in the document's language is decided later and only when it matters
(:mod:`translit.text.common_words`), since it needs a wordlist loaded.

Verdicts are cached per word: names recur, and a text of a million words has a few thousand
distinct capitalised words.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from ..names.given import oblique_patronymic_ids
from ..names.spelling import fold, reading_spellings
from .exact_readings import exact_given, exact_place

__all__ = [
    "Kind",
    "Verdict",
    "classify",
    "is_numeral",
    "is_source_script",
    "languages_apart",
    "not_names",
    "strong_surname",
    "surname_ending",
    "surname_languages",
    "transliteration_marked",
]

#: The reason a capitalised word without a surname suffix is refused.
NO_ENDING = "no surname ending of the supported languages"
#: A feminine patronymic's genitive, accusative or instrumental (u Mar'i Vasil'yevny), whose
#: ending looks like the adjectival surname ending -ный/-ной.
OBLIQUE_PATRONYMIC = "a patronymic in an oblique case (Vasil'yevny, of Vasil'yevna)"

Kind = Literal["native", "place", "given", "surname", "initial", "other"]


class Verdict(NamedTuple):
    """What the gate says of one word: its kind and, for ``other``, why it is not a name."""

    kind: Kind
    reason: str = ""

    @property
    def candidate(self) -> bool:
        return self.kind != "other"


# Cyrillic (with Supplement), Greek (with Extended) and Georgian letters.
_SOURCE_SCRIPT = re.compile(
    "[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f\u0370-\u03ff\u1f00-\u1fff\u10a0-\u10ff]"
)


def is_source_script(word: str) -> bool:
    """Is the word written (at least partly) in Cyrillic, Greek or Georgian?"""
    return _SOURCE_SCRIPT.search(word) is not None


@lru_cache(maxsize=1)
def _not_names_data() -> dict[str, Any]:
    path = resources.files("translit") / "data" / "text" / "not_names.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Function words, titles, months, nationality words (compared case-insensitively)."""
    return frozenset(w.casefold() for w in _not_names_data()["words"])


@lru_cache(maxsize=1)
def _numeral() -> re.Pattern[str]:
    entry = _not_names_data().get("numerals")
    if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
        raise ValueError("data/text/not_names.json: 'numerals' needs a 'pattern'")
    return re.compile(entry["pattern"])


def is_numeral(word: str) -> bool:
    """Is ``word`` a Roman numeral (``numerals`` in ``data/text/not_names.json``)?

    >>> is_numeral("Xviii"), is_numeral("MCMXC"), is_numeral("Mila")
    (True, True, False)
    """
    return bool(word) and _numeral().match(word) is not None


class _Ending(NamedTuple):
    name: str
    key: re.Pattern[str]
    stem: int
    latin: re.Pattern[str] | None
    not_latin: re.Pattern[str] | None
    weak: bool
    tail: re.Pattern[str]  # a cheap necessary condition on the Latin spelling


@lru_cache(maxsize=1)
def _endings_data() -> dict[str, Any]:
    path = resources.files("translit") / "data" / "text" / "surname_endings.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _compile(where: str, pattern: Any) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ValueError(f"data/text/surname_endings.json: {where} must be a string")
    try:
        return re.compile(pattern)
    except re.error as err:
        raise ValueError(f"data/text/surname_endings.json: {where}: {err}") from None


@lru_cache(maxsize=1)
def _endings() -> tuple[_Ending, ...]:
    out = []
    for i, e in enumerate(_endings_data()["endings"]):
        where = f"data/text/surname_endings.json: endings[{i}]"
        unknown = set(e) - {"name", "key", "stem", "latin", "not_latin", "weak", "tail"}
        if unknown:
            raise ValueError(f"{where}: unknown {unknown}")
        if "latin" not in e and "tail" not in e:
            raise ValueError(f"{where}: needs 'latin' or 'tail'")
        out.append(
            _Ending(
                e["name"],
                _compile(f"endings[{i}].key", e["key"]),
                int(e["stem"]),
                _compile(f"endings[{i}].latin", e["latin"]) if "latin" in e else None,
                _compile(f"endings[{i}].not_latin", e["not_latin"]) if "not_latin" in e else None,
                bool(e.get("weak", False)),
                _compile(f"endings[{i}].tail", e.get("tail", e.get("latin"))),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _language_rules() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    rules = _endings_data()["languages"]["rules"]
    return tuple(
        (_compile(f"languages.rules[{i}].latin", r["latin"]), frozenset(r["languages"]))
        for i, r in enumerate(rules)
    )


def surname_languages(surname: str) -> frozenset[str]:
    """The languages whose spelling a Latin surname's ending shows (empty: any).

    >>> sorted(surname_languages("Lukashenka")), sorted(surname_languages("Hrabskyi"))
    (['be'], ['uk'])
    """
    low = surname.casefold()
    for rx, langs in _language_rules():
        if rx.search(low):
            return langs
    return frozenset()


@lru_cache(maxsize=1)
def _apart() -> frozenset[str]:
    entry = _endings_data()["languages"].get("apart", {})
    languages = entry.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise ValueError("data/text/surname_endings.json: languages.apart needs 'languages'")
    return frozenset(languages)


def languages_apart(a: str, b: str) -> bool:
    """Do two surnames' endings show languages that are never one name (``languages.apart``:
    Serbian Petrović, Russian Petrovich)?

    >>> languages_apart("Petrovic", "Petrovich"), languages_apart("Lukashenka", "Lukashenko")
    (True, False)
    """
    apart = _apart()
    la, lb = surname_languages(a), surname_languages(b)
    return (bool(la) and la <= apart) != (bool(lb) and lb <= apart)


def surname_ending(word: str) -> str | None:
    """The name of the surname suffix ``word`` shows under some reading, or None.

    >>> surname_ending("Lukaschenko")
    '-енко/-енка (Ukrainian patronymic suffix; Belarusian -енка)'
    >>> surname_ending("Games") is None
    True
    """
    found = _ending_of(word)
    return None if found is None else found.name


@lru_cache(maxsize=1)
def _markers() -> re.Pattern[str]:
    return _compile("markers.latin", _endings_data()["markers"]["latin"])


def transliteration_marked(word: str) -> bool:
    """Does a Latin word show a letter sequence only romanized Cyrillic uses (kh, zh, cz, ...)?

    >>> transliteration_marked("Dykhuak"), transliteration_marked("Kodiak")
    (True, False)
    """
    return _markers().search(word.casefold()) is not None


def strong_surname(word: str) -> bool:
    """Does ``word`` show a surname suffix few Western names share (-enko, -ov, -sky, ...)?

    >>> strong_surname("Lukashenka"), strong_surname("Martin")
    (True, False)
    """
    found = _ending_of(word)
    return found is not None and not found.weak


def _consonants(key: str) -> int:
    return sum(1 for c in key if c not in "AIUJ-")


def _gate_keys(part: str) -> set[str]:
    """The main keys of the most likely reading of a word and of the English/official one:
    the optional folds (ій ~ ей) would read -stein as -stin, and the other conventions read
    English words into suffixes (Vicky as Вицки)."""
    last = part.casefold()
    # A word's readings depend on its lower-case form alone: read as written, the word shares
    # the cache entry the gate's other tests made (read casefolded, it was read a second time).
    # Where casefolding is more than lower-casing (ß -> ss), the casefolded word is read.
    rs = reading_spellings(part if part.lower() == last else last) if last else ()
    return {fold(spelling) for i, (name, spelling) in enumerate(rs) if i == 0 or name == "english"}


@lru_cache(maxsize=65_536)
def _ending_of(word: str) -> _Ending | None:
    """The first strong ending ``word`` shows, else the first weak one, else None."""
    part = word.rsplit("-", 1)[-1]  # Rimsky-Korsakov: the last part carries the suffix
    last = part.casefold()
    if not is_source_script(last) and not any(e.tail.search(last) for e in _endings()):
        return None  # no ending's Latin form fits: decided without reading the word
    keys = _gate_keys(part)
    weak: _Ending | None = None
    for e in _endings():
        if e.latin is not None and not e.latin.search(last):
            continue
        if e.not_latin is not None and e.not_latin.search(last):
            continue
        for key in keys:
            m = e.key.search(key)
            if m is not None and _consonants(key[: m.start()]) >= e.stem:
                if not e.weak:
                    return e
                weak = weak or e
    return weak


@lru_cache(maxsize=65_536)
def classify(word: str) -> Verdict:
    """The gate's verdict on one capitalised word (clitics already trimmed).

    >>> classify("Lukashenka").kind, classify("Kyiv").kind, classify("Mykola").kind
    ('surname', 'place', 'given')
    >>> classify("Games")
    Verdict(kind='other', reason='no surname ending of the supported languages')
    """
    bare = word.rstrip(".")
    if not bare:
        return Verdict("other", "no letters")
    if len(bare) == 1:
        if word.endswith(".") and bare.isupper():
            return Verdict("initial")
        return Verdict("other", "a single letter")
    if bare.casefold() in not_names():
        return Verdict("other", "a function word, title or month (data/text/not_names.json)")
    if is_numeral(bare):
        return Verdict("other", "a Roman numeral (data/text/not_names.json)")
    if bare.isupper() and sum(c.isalpha() for c in bare) > 1:
        return Verdict("other", "ALL CAPS (an acronym unless the name is also seen in mixed case)")
    if is_source_script(bare):
        return Verdict("native")
    if exact_given(bare):
        return Verdict("given")  # before places: Vladimir, Sofia are given names first
    if exact_place(bare):
        return Verdict("place")
    if surname_ending(bare) is None:
        return Verdict("other", NO_ENDING)
    if oblique_patronymic_ids(_gate_keys(bare.rsplit("-", 1)[-1])):
        return Verdict("other", OBLIQUE_PATRONYMIC)
    return Verdict("surname")
