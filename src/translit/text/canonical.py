"""Canonical forms: which spelling of a cluster the others become, and on what basis.

- ``frequent`` (the default): the most frequent spelling; a tie goes to the spelling seen first
  (basis ``first-seen``, so a reason never claims "most frequent, 1 against 1"). Spellings at
  home in the document's language (:mod:`translit.text.home_spellings`) come first: a place's
  exonym in another language never wins over a form at home (basis ``home``: *Moscow*, not the
  quoted German *Moskau*, in English prose), and a tie goes to a spelling at home before the
  spelling seen first (basis ``home-first-seen``).
- ``first``: the spelling seen first.

In both, a Latin spelling written with its diacritics wins over a copy of it without them
(basis ``marked``): *Abramovic* becomes *Abramović* and *Walesa* *Wałęsa*, never the other
way, since dropping a name's diacritics loses what restoring them gives back. A stress accent
is not a name's own diacritic (:func:`stress_only`): *Taras* never becomes the Spanish press's
*Tarás*.
- a standard id: the standard's transliteration of a native-script spelling of the name found
  in the same input, without the optional marks a name is never written with (the BGN/PCGN
  middle dot); the most frequent spelling when there is none.

A person's canonical full name is an attested spelling whose surname is the canonical surname
when there is one; otherwise the most frequent full name with the canonical surname put in,
but only when the given name and that surname form belong to one language: *Aliaksandr*
(Belarusian) is never paired with *Lukashenko* (the Russian and Ukrainian form).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "GIVEN_LANGUAGES_CACHE_SIZE",
    "Choice",
    "choose",
    "compatible",
    "given_languages",
    "latin",
    "plain_latin",
    "stress_only",
]


class Choice(NamedTuple):
    """A canonical spelling and the basis it was chosen on."""

    spelling: str
    basis: str


def choose(
    members: Sequence[str],
    count: Callable[[str], int],
    first: Callable[[str], tuple[str, int]],
    mode: str = "frequent",
    home: Callable[[str], int] | None = None,
    exonym: Callable[[str], bool] | None = None,
) -> Choice:
    """The canonical spelling among ``members`` (which are sorted and non-empty).

    ``home`` ranks how much a spelling is at home in the document's language (0: not at all;
    :mod:`translit.text.home_spellings`): in ``frequent`` mode a tie goes to the spellings
    ranked highest before the spelling seen first (basis ``home-first-seen``). ``exonym``
    tells the spellings that are another language's name when they are not at home (the
    forms the place table lists): such a choice gives way to the most frequent spelling at
    home, however often it was quoted (basis ``home``).

    >>> counts = {"Moskau": 2, "Moscow": 1}
    >>> choose(["Moscow", "Moskau"], counts.get, lambda s: ("", 0))
    Choice(spelling='Moskau', basis='frequent')
    >>> at_home, listed = {"Moscow": 1, "Moskau": 0}.get, lambda s: True
    >>> choose(["Moscow", "Moskau"], counts.get, lambda s: ("", 0), "frequent", at_home, listed)
    Choice(spelling='Moscow', basis='home')
    """
    if mode == "first":
        pick = Choice(min(members, key=lambda s: (first(s), s)), "first")
    else:
        pick = _frequent(members, count, first)
        if home is not None and len(members) > 1:
            pick = _at_home(pick, members, count, first, home, exonym)
    if pick.spelling.isascii():
        marked = [
            m
            for m in members
            if not m.isascii() and plain_latin(m) == pick.spelling and not stress_only(m)
        ]
        if marked:
            return Choice(min(marked, key=lambda s: (-count(s), first(s), s)), "marked")
    return pick


def _frequent(
    members: Sequence[str], count: Callable[[str], int], first: Callable[[str], tuple[str, int]]
) -> Choice:
    best = max(count(s) for s in members)
    top = [s for s in members if count(s) == best]
    if len(top) == 1:
        return Choice(top[0], "frequent")
    return Choice(min(top, key=lambda s: (first(s), s)), "first-seen")


def _at_home(
    pick: Choice,
    members: Sequence[str],
    count: Callable[[str], int],
    first: Callable[[str], tuple[str, int]],
    home: Callable[[str], int],
    exonym: Callable[[str], bool] | None,
) -> Choice:
    """The spelling most at home that replaces ``pick`` (see :func:`choose`), else ``pick``."""
    # Home decides ties, and overrules an exonym: only those pay for the test.
    every = exonym is not None and exonym(pick.spelling) and not home(pick.spelling)
    if not every and pick.basis != "first-seen":
        return pick
    best = count(pick.spelling)
    ranks = {s: home(s) for s in members if every or count(s) == best}
    top = max(ranks.values())
    if not top or ranks[pick.spelling] == top:
        return pick
    found = _frequent([s for s, r in ranks.items() if r == top], count, first)
    return Choice(found.spelling, "home" if found.basis == "frequent" else "home-first-seen")


def plain_latin(spelling: str) -> str | None:
    """A Latin spelling without its diacritics (None if it has letters of another script).

    >>> plain_latin("Wałęsa"), plain_latin("Abramović"), plain_latin("Лукашенко")
    ('Walesa', 'Abramovic', None)
    """
    if not latin(spelling):
        return None
    from unidecode import unidecode

    return unidecode(spelling)


def stress_only(spelling: str) -> bool:
    """Are the only marks of a Latin spelling stress accents, one on a vowel per word at most
    (``readings.json``: ``stress_marks``)? The Spanish press's *Tarás* is then no copy of
    *Taras* with the name's own diacritics.

    >>> stress_only("Tarás Shevchénko"), stress_only("Wałęsa"), stress_only("Vìtalìj")
    (True, False, False)
    """
    marks, vowels = _stress_marks()
    decomposed = unicodedata.normalize("NFD", spelling)
    if decomposed.isascii():
        return False
    for word in decomposed.split():
        seen = 0
        for i, c in enumerate(word):
            if c.isascii():
                continue
            if c not in marks or i == 0 or word[i - 1].lower() not in vowels:
                return False
            seen += 1
        if seen > 1:
            return False
    return True


@lru_cache(maxsize=1)
def _stress_marks() -> tuple[str, str]:
    from ..names.conventions import reading_rules

    stress = reading_rules()["stress_marks"]
    return stress["marks"], stress["vowels"]


def latin(spelling: str) -> bool:
    """Are all the letters of ``spelling`` Latin ones?

    >>> latin("Wałęsa"), latin("Лукашенко")
    (True, False)
    """
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in spelling)


#: Distinct given names whose languages are kept: a corpus's given names are a few thousand.
GIVEN_LANGUAGES_CACHE_SIZE = 4_096


@lru_cache(maxsize=GIVEN_LANGUAGES_CACHE_SIZE)
def given_languages(given: str) -> frozenset[str]:
    """The languages (ru/uk/be) whose form of a given name ``given`` transliterates exactly.

    >>> sorted(given_languages("Aliaksandr")), sorted(given_languages("Alexander"))
    (['be'], [])
    """
    from ..names.given import given_names
    from .exact_readings import cyrillic_folds, exact_given, light_forms

    ids = exact_given(given)
    if not ids:
        return frozenset()
    folds = light_forms(given, table=True)
    rows = given_names()
    out: set[str] = set()
    for i in ids:
        row = rows[i]
        for lang, forms in (("ru", row.ru), ("uk", row.uk), ("be", row.be)):
            if any(folds & cyrillic_folds(f) for f in forms):
                out.add(lang)
    if len(out) == 3:
        return frozenset()  # the same in every language: it shows none
    return frozenset(out)


def compatible(given: str | None, surname: str) -> bool:
    """May a full name pair this given name with this surname form?

    >>> compatible("Aliaksandr", "Lukashenko"), compatible("Serhii", "Grabskyi")
    (False, True)
    """
    from .candidates import surname_languages

    if not given or len(given.rstrip(".")) <= 1:
        return True
    g = given_languages(given)
    s = surname_languages(surname)
    return not g or not s or bool(g & s)
