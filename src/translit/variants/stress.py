"""Written stress marks of a press convention (the Spanish press: Borísov, Fiódorov).

A convention whose orthography marks the stress (``stress`` in its press file) writes a
name's stressed vowel with an accent where its own rules of accentuation ask for one. The
letters of a Cyrillic name show the stress only in ё (always stressed in Russian and
Belarusian); a surname's suffix shows where it most often is (on the stem's last syllable
before -ов, -ин: Бори́сов). :func:`stress_marked` gives the marked spelling, or None where the
stress is not known or the rules put no mark.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..names._data import DataError, regex, require

__all__ = [
    "StressRule",
    "marked_at",
    "spanish_accent",
    "stress_marked",
    "stress_places",
    "stress_rule",
    "stressed_syllable",
]

_VOWELS = frozenset("аеёиоуыэюяіїє")


class StressRule(NamedTuple):
    """A press convention's stress marks (``stress`` in its file)."""

    #: The weight of the marked spelling against the unmarked one.
    weight: float
    #: Per language, the endings after whose stem's last syllable the stress is taken to be.
    stem: dict[str, re.Pattern[str]]
    #: The languages whose ё is stressed.
    yo: frozenset[str]


@cache  # one per press convention: bounded by the data folder
def stress_rule(convention: str) -> StressRule | None:
    """The stress marks of a press convention, or None if it writes none."""
    from .press import _raw

    data = _raw().get(convention, {}).get("stress")
    if data is None:
        return None
    where = f"data/variants/press/{convention}.json: stress"
    if require(data, "accents", str, where) != "spanish":
        raise DataError(f"{where}: 'accents' must be 'spanish' (the rules implemented)")
    weight = require(data, "weight", (int, float), where)
    if not 0 < weight <= 1:
        raise DataError(f"{where}: 'weight' must be in (0, 1]")
    stem = {
        lang: regex(pattern, f"{where}: stem {lang}")
        for lang, pattern in require(data, "stem", dict, where).items()
    }
    return StressRule(float(weight), stem, frozenset(require(data, "yo", list, where)))


def stressed_syllable(native: str, language: str, rule: StressRule) -> int | None:
    """The stressed syllable of a lower-case native word (0 for the first), or None if
    neither its letters (ё) nor its ending (``stem``) say.

    >>> rule = stress_rule("spanish")
    >>> stressed_syllable("фёдоров", "ru", rule), stressed_syllable("борисов", "ru", rule)
    (0, 1)
    """
    vowels = [i for i, c in enumerate(native) if c in _VOWELS]
    if "ё" in native:
        if language not in rule.yo or native.count("ё") > 1:
            return None
        return vowels.index(native.index("ё"))
    pattern = rule.stem.get(language)
    m = pattern.search(native) if pattern is not None else None
    if m is None:
        return None
    stem = [i for i in vowels if i < m.start()]
    return len(stem) - 1 if stem else None


def stress_marked(native: str, language: str, spelling: str, rule: StressRule) -> str | None:
    """``spelling`` with the stress marks the convention writes for the native name, word
    by word, or None where it writes none (no word's stress known, or no mark due).

    >>> stress_marked("Фёдор Борисов", "ru", "Fiodor Borisov", stress_rule("spanish"))
    'Fiódor Borísov'
    """
    places = stress_places(native, language, rule)
    return None if places is None else marked_at(spelling, places)


def stress_places(
    native: str, language: str, rule: StressRule
) -> tuple[tuple[int, int] | None, ...] | None:
    """For each word of a native name, its stressed syllable and number of syllables where
    the stress is known, or None for the name where no word's is (then no spelling of it
    is marked): looked at once for all the spellings of a name (:func:`marked_at`)."""
    if language not in rule.yo and language not in rule.stem:
        return None  # no stress known in this language
    out = []
    for n in native.split(" "):
        low = n.lower()
        syllable = None if "-" in low else stressed_syllable(low, language, rule)
        out.append(None if syllable is None else (syllable, sum(1 for c in low if c in _VOWELS)))
    return tuple(out) if any(p is not None for p in out) else None


def marked_at(spelling: str, places: tuple[tuple[int, int] | None, ...]) -> str | None:
    """:func:`stress_marked` of a spelling given its name's :func:`stress_places`."""
    words = spelling.split(" ")
    if len(places) != len(words):
        return None
    out = []
    for place, w in zip(places, words):
        marked = None if place is None else spanish_accent(w, *place)
        out.append(marked or w)
    return " ".join(out) if out != words else None


_STRONG = frozenset("aeo")
_WEAK = frozenset("iu")
_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def spanish_accent(spelling: str, syllable: int, count: int) -> str | None:
    """The spelling with the acute accent the Spanish rules of accentuation put on its
    ``syllable`` (of ``count`` syllables), or None where they put none or the spelling's
    vowels are not ``count`` syllables (Real Academia Española, Ortografía 2010, ch. II 3.4:
    a word stressed on the last syllable takes the accent if it ends in a vowel, n or s; on
    the one before, if it ends otherwise; earlier, always; i and u with a, e, o are one
    syllable, a, e, o side by side two).

    >>> spanish_accent("Borisov", 1, 3), spanish_accent("Gorbachov", 2, 3)
    ('Borísov', None)
    >>> spanish_accent("Fiodorov", 0, 3), spanish_accent("Semion", 1, 2)
    ('Fiódorov', 'Semión')
    """
    low = spelling.lower()
    if not low.isascii() or not low.isalpha():
        return None
    nuclei: list[list[int]] = []  # the positions of each syllable's vowels
    prev = -2
    for i, c in enumerate(low):
        vowel = c in _STRONG or c in _WEAK
        if c == "y":
            # y beside a vowel is a consonant (Alekseyev); alone, a vowel Spanish would mark
            # as í: not a spelling these rules place a mark on.
            if not (i > 0 and low[i - 1] in "aeiou") and not (
                i + 1 < len(low) and low[i + 1] in "aeiou"
            ):
                return None
        if not vowel:
            continue
        if prev == i - 1 and not (c in _STRONG and low[prev] in _STRONG):
            nuclei[-1].append(i)
        else:
            nuclei.append([i])
        prev = i
    if len(nuclei) != count or not 0 <= syllable < count:
        return None
    last = low[-1]
    ends_open = last in "aeiou" or last in "ns"
    if syllable == count - 1:
        due = ends_open and count > 1
    elif syllable == count - 2:
        due = not ends_open
    else:
        due = True
    if not due:
        return None
    nucleus = nuclei[syllable]
    strong = [i for i in nucleus if low[i] in _STRONG]
    at = strong[0] if strong else nucleus[-1]
    mark = _ACUTE[low[at]]
    return spelling[:at] + (mark.upper() if spelling[at].isupper() else mark) + spelling[at + 1 :]
