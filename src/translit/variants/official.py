"""The official standards a name of each language is written in (``data/variants/official.json``)
and the writing of one native form under every standard and press convention."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from ..names._data import DataError, read_json, require

__all__ = ["Writer", "record_writers", "writers"]

_WHERE = "data/variants/official.json"


class Writer(NamedTuple):
    """A way of writing a native form in Latin letters: a standard or a press convention."""

    id: str
    kind: str  # "standard", "press" or the kind of a table such as "passport (older)"
    prior: float
    patronymic: float = 0.5  # the share of full names it writes with the patronymic
    #: (letters, spelling) a standard writes so that they read as something else
    unreadable: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def _standards() -> dict[str, tuple[Writer, ...]]:
    from ..standards.registry import scheme_ids

    known = set(scheme_ids())
    out: dict[str, tuple[Writer, ...]] = {}
    for lang, entries in require(
        read_json("variants/official.json"), "languages", dict, _WHERE
    ).items():
        writers = []
        for n, e in enumerate(entries, 1):
            where = f"{_WHERE}: {lang} entry {n}"
            sid = require(e, "id", str, where)
            if sid not in known:
                raise DataError(f"{where}: unknown standard {sid!r}")
            prior = require(e, "prior", (int, float), where)
            if not 0 < prior <= 1:
                raise DataError(f"{where}: 'prior' must be in (0, 1]")
            share = require(e, "patronymic", (int, float), where)
            if not 0 <= share <= 1:
                raise DataError(f"{where}: 'patronymic' must be in [0, 1]")
            unreadable = tuple((c, lat) for c, lat in e.get("unreadable", ()))
            writers.append(Writer(sid, "standard", float(prior), float(share), unreadable))
        out[lang] = tuple(writers)
    return out


@cache  # one entry per language: bounded
def writers(language: str) -> tuple[Writer, ...]:
    """The standards and press conventions that write names of ``language``, most likely
    first."""
    from .press import press_conventions

    out = list(_standards().get(language, ()))
    for conv in press_conventions().values():
        if language in conv.languages:
            out.append(Writer(conv.id, conv.kind, conv.prior, conv.patronymic))
    return tuple(sorted(out, key=lambda w: -w.prior))


@lru_cache(maxsize=1)
def record_writers() -> frozenset[str]:
    """The standards and press conventions whose spellings records combine word by word in
    one full name (``records`` in ``official.json``)."""
    from .press import press_conventions

    where = f"{_WHERE}: records"
    records = require(read_json("variants/official.json"), "records", dict, _WHERE)
    press = require(records, "press", list, where)
    unknown = [p for p in press if p not in press_conventions()]
    if unknown:
        raise DataError(f"{where}: unknown press convention {unknown[0]!r}")
    standards = require(records, "standards", list, where)
    known = {w.id for ws in _standards().values() for w in ws}
    unknown = [s for s in standards if s not in known]
    if unknown:
        raise DataError(f"{where}: unknown standard {unknown[0]!r}")
    return frozenset(press) | frozenset(standards)
