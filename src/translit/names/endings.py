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

from .._memo import memo
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
def _by_last_letter() -> dict[str, tuple[Ending, ...]]:
    """The endings by their last letter, each group in the order of the data file."""
    out: dict[str, list[Ending]] = {}
    for e in endings():
        out.setdefault(e.ending[-1], []).append(e)
    return {letter: tuple(group) for letter, group in out.items()}


# Distinct words whose stems are kept per process.
STEMS_CACHE_SIZE = 100_000

_KIND_AT = {kind: i for i, kind in enumerate(KINDS)}


def stems(token: str, kind: str) -> tuple[tuple[str, str], ...]:
    """(language, the token in lower case without the ending) for each ending of ``kind`` the
    token may carry; the caller looks for the evidence."""
    found = _stems_by_kind.get(token) or _stems_by_kind(token)  # (a hit without a call)
    return found[_KIND_AT[kind]]


def may_have_stems(token: str) -> bool:
    """False when no ending can be stripped from ``token``: its last letter is an ASCII letter
    no ending ends in (a test cheaper than :func:`stems`, which then gives nothing)."""
    last = token[-1:]
    # (an ASCII last letter is the last letter of the composed, lower-case token too)
    return not (last.isascii() and last.lower() not in _by_last_letter())


def every_stem(token: str) -> tuple[tuple[str, str], ...]:
    """(kind, the token without the ending) for each ending of any kind it may carry, in the
    order of :func:`stems` for each kind."""
    if not may_have_stems(token):
        return ()
    by_kind = _stems_by_kind.get(token) or _stems_by_kind(token)
    return tuple((kind, stem) for kind, found in zip(KINDS, by_kind) for _, stem in found)


_NO_STEMS: tuple[tuple[tuple[str, str], ...], ...] = tuple(() for _ in KINDS)


@memo(maxsize=STEMS_CACHE_SIZE)
def _stems_by_kind(token: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Per kind of KINDS, (language, stem) for each ending of that kind: a plain tuple, kept
    where the garbage collector does not walk (:mod:`translit._memo`)."""
    low = unicodedata.normalize("NFC", token).lower()
    candidates = _by_last_letter().get(low[-1:]) if low else None
    if not candidates:
        return _NO_STEMS
    contra = implausible()
    found = []
    for e in candidates:
        if not low.endswith(e.ending) or len(low) <= len(e.ending) + 2:
            continue
        rest = low[: -len(e.ending)]
        if not e.after.search(rest):
            continue
        rx = contra.get(e.convention)
        if rx is not None and rx.search(low):
            continue
        found.append((e, rest + e.replace))
    if not found:
        return _NO_STEMS
    return tuple(
        tuple((e.language, stem) for e, stem in found if kind in e.kinds) for kind in KINDS
    )
