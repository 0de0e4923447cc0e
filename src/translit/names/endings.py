"""Nominative endings that other languages add to East Slavic names (``data/names/endings.json``).

Lithuanian writes Volodymyras, Latvian Volodimirs, Esperanto Jekaterinburgo. The ending is not
part of the name, but many names end that way on their own (Тарас, Борис), so it is stripped only
with evidence: the rest is a given name or a place of the tables, or another word of the same
name lost an ending of the same language that way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ._data import DataError, read_json, regex, require
from .conventions import conventions, implausible

__all__ = ["Ending", "endings", "every_stem", "stems"]

_WHERE = "data/names/endings.json"
KINDS = ("given", "surname", "place")


class Ending(NamedTuple):
    """One ending a language adds, and where it may be stripped."""

    language: str
    convention: str
    ending: str
    replace: str
    after: re.Pattern[str]
    kinds: frozenset[str]


@lru_cache(maxsize=1)
def endings() -> tuple[Ending, ...]:
    """Every ending of the data file."""
    out = []
    known = conventions()
    for n, e in enumerate(require(read_json("names/endings.json"), "endings", list, _WHERE), 1):
        where = f"{_WHERE}: ending {n}"
        conv = require(e, "convention", str, where)
        if conv not in known:
            raise DataError(f"{where}: unknown convention {conv!r}")
        kinds = frozenset(require(e, "kinds", list, where))
        if not kinds or not kinds <= set(KINDS):
            raise DataError(f"{where}: 'kinds' must be some of {KINDS}")
        require(e, "why", str, where)
        out.append(
            Ending(
                require(e, "language", str, where),
                conv,
                require(e, "ending", str, where),
                e.get("replace", ""),
                regex("(?:" + require(e, "after", str, where) + ")$", where),
                kinds,
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _last_letters() -> frozenset[str]:
    return frozenset(e.ending[-1] for e in endings())


# Distinct (word, kind) pairs whose stems are kept per process.
STEMS_CACHE_SIZE = 100_000


@lru_cache(maxsize=STEMS_CACHE_SIZE)
def stems(token: str, kind: str) -> tuple[tuple[str, str], ...]:
    """(language, the token in lower case without the ending) for each ending of ``kind`` the
    token may carry; the caller looks for the evidence."""
    return tuple((language, stem) for k, language, stem in _stem_table(token) if k == kind)


def may_have_stems(token: str) -> bool:
    """False when no ending can be stripped from ``token``: its last letter is an ASCII letter
    no ending ends in (a test cheaper than :func:`stems`, which then gives nothing)."""
    last = token[-1:]
    # (an ASCII last letter is the last letter of the composed, lower-case token too)
    return not (last.isascii() and last.lower() not in _last_letters())


def every_stem(token: str) -> tuple[tuple[str, str], ...]:
    """(kind, the token without the ending) for each ending of any kind it may carry, in the
    order of :func:`stems` for each kind."""
    if not may_have_stems(token):
        return ()
    return tuple((kind, stem) for kind, _, stem in _stem_table(token))


@lru_cache(maxsize=STEMS_CACHE_SIZE)
def _stem_table(token: str) -> tuple[tuple[str, str, str], ...]:
    """(kind, language, stem) for every ending of every kind, kinds in the order of KINDS."""
    low = unicodedata.normalize("NFC", token).lower()
    if not low or low[-1] not in _last_letters():
        return ()
    contra = implausible()
    found = []
    for e in endings():
        if not low.endswith(e.ending) or len(low) <= len(e.ending) + 2:
            continue
        rest = low[: -len(e.ending)]
        if not e.after.search(rest):
            continue
        rx = contra.get(e.convention)
        if rx is not None and rx.search(low):
            continue
        found.append((e, rest + e.replace))
    return tuple((kind, e.language, stem) for kind in KINDS for e, stem in found if kind in e.kinds)
