"""Place names that name something else: a ship (*the cruiser Moskva*), or a namesake abroad
(*Odessa, Texas*). Such a mention is no mention of the place (:func:`namesake`), so it is
neither counted nor rewritten: *Moscow* may be the spelling a corpus gives the city, but the
Black Sea Fleet's flagship is the *Moskva*, and the Texan city is *Odessa* whatever Ukraine's is
called.

The signs are data (``data/text/namesakes.json``, with its sources) and are read on the
mention's own line only, so that a text cut into pieces at line breaks gives the same answer.
A later mention of the namesake without a sign (*Odessa police said*) is read as the place:
only the mention that says what it is is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..names._data import DataError, read_json, require

if TYPE_CHECKING:
    from .mentions import Mention, Skip

__all__ = ["Signs", "drop_namesakes", "namesake", "signs"]

_WHERE = "data/text/namesakes.json"

#: How far before and after a mention its signs are looked for (a word and a region's name).
_REACH = 64

_QUOTES = "\"'“”„«»‘’‚‹›"


class Signs(NamedTuple):
    """The signs, ready to match."""

    vessels: frozenset[str]  #: nouns for a vessel, casefolded
    prefixes: frozenset[str]  #: ship prefixes, as written (RFS, HMS)
    region: re.Pattern[str]  #: a comma or parenthesis and a region abroad, at a mention's end


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise DataError(f"{where}: expected a non-empty list of strings")
    if not all(isinstance(s, str) and s.strip() == s and s for s in value):
        raise DataError(f"{where}: every entry is a non-empty string without outer spaces")
    return value


@lru_cache(maxsize=1)
def signs() -> Signs:
    """The signs of ``data/text/namesakes.json`` (validated: a bad entry names the file)."""
    data = read_json("text/namesakes.json")
    vessels: set[str] = set()
    for lang, words in require(data, "vessel_words", dict, _WHERE).items():
        for w in _strings(words, f"{_WHERE}: vessel_words: {lang}"):
            if w != w.casefold():
                raise DataError(f"{_WHERE}: vessel_words: {lang}: {w!r} is not in lower case")
            vessels.add(w)
    prefixes = _strings(require(data, "ship_prefixes", list, _WHERE), f"{_WHERE}: ship_prefixes")
    if not all(p.isupper() and p.isalpha() for p in prefixes):
        raise DataError(f"{_WHERE}: ship_prefixes: each is a word in capitals")
    names: list[str] = []
    codes: list[str] = []
    for group, entries in require(data, "regions", dict, _WHERE).items():
        for r in _strings(entries, f"{_WHERE}: regions: {group}"):
            (codes if r.isalpha() and r.isupper() and len(r) == 2 else names).append(r)
    # A region's name ends at a word's end; a two-letter code ends its line, a clause or comes
    # before a ZIP code, as addresses write it (in capitals, 'MOSCOW, ON MONDAY' is no code).
    name_rx = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    code_rx = "|".join(sorted(codes))
    region = re.compile(
        rf"[ \t]*(?:,|\()[ \t]*(?:(?:{name_rx})(?!\w)|(?:{code_rx})(?=[ \t]*(?:$|[.,;:)]|\d)))",
        re.MULTILINE,
    )
    return Signs(frozenset(vessels), frozenset(prefixes), region)


_WORD_BEFORE = re.compile(rf"([\w\-]+)[ \t\u00a0{_QUOTES}]*$")


def namesake(text: str, start: int, end: int) -> str | None:
    """Why the place name at ``text[start:end]`` names something else, or None.

    >>> namesake("The cruiser Moskva sank.", 12, 18)
    "a ship's name (after 'cruiser')"
    >>> namesake("Police in Odessa, Texas, said.", 10, 16)
    'a namesake abroad (Odessa, Texas)'
    >>> namesake("Officials in Kyiv, Washington and Brussels met.", 13, 17) is None
    True
    """
    s = signs()
    line_start = text.rfind("\n", max(0, start - _REACH), start) + 1
    m = _WORD_BEFORE.search(text, max(line_start, start - _REACH), start)
    if m is not None:
        word = m.group(1)
        if word.casefold() in s.vessels or word in s.prefixes:
            return f"a ship's name (after {word!r})"
    m = s.region.match(text, end, min(len(text), end + _REACH))
    if m is not None:
        where = m.group().lstrip(" \t,(")
        return f"a namesake abroad ({text[start:end]}, {' '.join(where.split())})"
    return None


#: The kinds of mention a sign applies to: places, and the forms a lexicon lists.
_PLACE_KINDS = frozenset({"place", "lexicon"})


def drop_namesakes(text: str, mentions: list[Mention], skips: list[Skip] | None) -> list[Mention]:
    """``mentions`` of ``text`` without the places that name something else (each recorded
    in ``skips``, when given, with the reason)."""
    kept: list[Mention] = []
    for m in mentions:
        why = namesake(text, m.start, m.end) if m.kind in _PLACE_KINDS else None
        if why is None:
            kept.append(m)
        elif skips is not None:
            from .mentions import Skip

            skips.append(Skip(m.start, m.end, text[m.start : m.end], why))
    return kept
