"""Case forms of a surname that a language's declension gives and another language writes as a
nominative (``data/text/case_forms.json``): the Czech genitive *Lukašenka* of *Lukašenko*,
which is also the Belarusian nominative. In a document of such a language, a spelling that is
the nominative of another spelling of the input with its ending replaced by a case ending is
an inflected form, no variant (:mod:`translit.text.clusters` drops it).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from ..names._data import DataError, read_json, require

__all__ = ["case_forms", "inflected"]

_WHERE = "data/text/case_forms.json"


_Table = tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache(maxsize=1)
def case_forms() -> dict[tuple[str, str], _Table]:
    """For each (language, kind of name), (nominative ending, the case endings that replace
    it) pairs; an empty nominative ending is a nominative that ends in a consonant."""
    data = read_json("text/case_forms.json")
    languages = require(data, "languages", dict, _WHERE)
    out: dict[tuple[str, str], _Table] = {}
    for lang, kinds in languages.items():
        if not isinstance(kinds, dict) or not kinds:
            raise DataError(f"{_WHERE}: {lang}: expected an object of kinds of name")
        for kind, table in kinds.items():
            where = f"{_WHERE}: {lang}: {kind}"
            if kind not in ("surname", "place"):
                raise DataError(f"{where}: the kind is 'surname' or 'place'")
            if not isinstance(table, dict) or not table:
                raise DataError(f"{where}: expected an object of nominative endings")
            pairs = []
            for nominative, cases in table.items():
                if not isinstance(cases, list) or not cases:
                    raise DataError(f"{where}: {nominative!r} needs a list of case endings")
                if not all(isinstance(c, str) and c and c != nominative for c in cases):
                    raise DataError(f"{where}: {nominative!r}: case endings are non-empty others")
                pairs.append((nominative, tuple(cases)))
            out[(lang, kind)] = tuple(pairs)
    return out


def inflected(
    language: str, kind: str, spellings: Iterable[str], among: Collection[str]
) -> set[str]:
    """The ``spellings`` that are case forms, in ``language``, of a nominative in ``among``.

    >>> sorted(inflected("cs", "surname", ["Lukašenko", "Lukašenka"], {"Lukašenko"}))
    ['Lukašenka']
    >>> inflected("hr", "place", ["Peterburge", "Peterburg"], {"Peterburg"})
    {'Peterburge'}
    >>> inflected("en", "surname", ["Lukašenka"], {"Lukašenko"})
    set()
    """
    pairs = case_forms().get((language, kind))
    if not pairs:
        return set()
    out = set()
    for s in spellings:
        for nominative, cases in pairs:
            for case in cases:
                if s.endswith(case) and s[: -len(case)] + nominative in among:
                    out.add(s)
    return out
