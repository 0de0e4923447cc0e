"""Endings that give a token's role and gender (``data/names/roles.json``).

Patronymic suffixes (-ович/-евна/-івна/-ич ...) make a token a patronymic, give its gender and
lead to the given name it is formed from; surname endings (-ов/-ова, -ский/-ская, -енко ...)
give a surname's grammatical gender.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from ._data import DataError, read_json, regex, require

__all__ = [
    "Gender",
    "given_name_stems",
    "is_patronymic_key",
    "oblique_patronymic",
    "patronymic_gender",
    "patronymic_stem",
    "surname_gender",
]

Gender = Literal["m", "f"]
_WHERE = "data/names/roles.json"


class _Patronymics(NamedTuple):
    role: re.Pattern[str]  # endings that make a token a patronymic
    suffix: re.Pattern[str]  # every suffix, to strip
    gender: list[tuple[re.Pattern[str], Gender]]
    stem_rules: list[tuple[re.Pattern[str], str, bool]]
    # a feminine suffix without its nominative -а, then an oblique case ending (the nominative
    # is the key up to the match's end, plus A)
    oblique: re.Pattern[str] | None


@lru_cache(maxsize=1)
def _roles() -> dict[str, object]:
    return read_json("names/roles.json")


@lru_cache(maxsize=1)
def _patronymics() -> _Patronymics:
    where = _WHERE + ": patronymic"
    data = require(_roles(), "patronymic", dict, _WHERE)
    endings = require(data, "endings", list, where)
    role, every, gender = [], [], []
    for n, e in enumerate(endings, 1):
        here = f"{where}: ending {n}"
        ending = require(e, "ending", str, here)
        g = require(e, "gender", str, here)
        if g not in ("m", "f"):
            raise DataError(f"{here}: gender must be 'm' or 'f'")
        every.append(ending)
        if require(e, "role", bool, here):
            role.append(ending)
        gender.append((regex(f"(?:{ending})$", here), g))
    # Longest first, so that -овна is stripped whole and not as -на.
    every.sort(key=len, reverse=True)
    stems = [
        (
            regex(require(r, "pattern", str, f"{where}: stem {n}"), f"{where}: stem {n}"),
            require(r, "replace", str, f"{where}: stem {n}"),
            bool(r.get("optional", False)),
        )
        for n, r in enumerate(require(data, "stem", list, where), 1)
    ]
    return _Patronymics(
        regex("(?:" + "|".join(role) + ")$", where),
        regex("(?:" + "|".join(every) + ")$", where),
        gender,
        stems,
        _oblique(data, endings, where),
    )


def _oblique(
    data: dict[str, object], endings: list[dict[str, object]], where: str
) -> re.Pattern[str] | None:
    """The pattern of ``oblique``: None when the file lists no oblique endings."""
    if data.get("oblique") is None:
        return None
    here = f"{where}: oblique"
    raw = require(data, "oblique", dict, where)
    cases = require(raw, "endings", list, here)
    if not cases or not all(isinstance(c, str) and re.fullmatch("[A-Za-z]+", c) for c in cases):
        raise DataError(f"{here}: endings must be a non-empty list of key endings (letters)")
    feminine = [str(e["ending"]) for e in endings if e.get("gender") == "f"]
    if not feminine or not all(f.endswith("A") for f in feminine):
        raise DataError(f"{here}: every feminine suffix must end in the nominative's A")
    stems = "|".join(f[:-1] for f in feminine)
    cased = "|".join(sorted(cases, key=len, reverse=True))
    return regex(f"(?:{stems})(?=(?:{cased})$)", here)


def is_patronymic_key(key: str) -> bool:
    """Whether a key ends in a suffix that makes a token a patronymic (-ович, -овна ...)."""
    return _patronymics().role.search(key) is not None


def patronymic_gender(key: str) -> Gender | None:
    """The gender of a patronymic key's suffix (-ович 'm', -овна 'f'), None without one."""
    for rx, g in _patronymics().gender:
        if rx.search(key):
            return g
    return None


def oblique_patronymic(key: str) -> str | None:
    """The nominative key of a feminine patronymic in an oblique case (the key of
    *Vasil'yevny* gives that of *Vasil'yevna*); None for any other key.

    >>> oblique_patronymic("vAsIlAvnI"), oblique_patronymic("vAsIlAvnA")
    ('vAsIlAvnA', None)
    """
    rx = _patronymics().oblique
    m = rx.search(key) if rx is not None else None
    return None if m is None else key[: m.end()] + "A"


def patronymic_stem(key: str) -> str | None:
    """The key of a patronymic without its suffix (the stem of the given name it is formed
    from); None when the key has no patronymic suffix."""
    p = _patronymics()
    if not p.suffix.search(key):
        return None
    return p.suffix.sub("", key)


def given_name_stems(keys: set[str]) -> set[str]:
    """The stems a patronymic keeps of given names with these keys."""
    stems = set(keys)
    for rx, repl, optional in _patronymics().stem_rules:
        new = {rx.sub(repl, s) for s in stems}
        stems = new | stems if optional else new
    return stems


@lru_cache(maxsize=1)
def _gender_rules() -> list[tuple[str, re.Pattern[str]]]:
    rules = require(_roles(), "gender", list, _WHERE)
    return [(g, regex(p, f"{_WHERE}: gender {g}")) for g, p, *_ in rules]


def surname_gender(key: str) -> Gender | None:
    """Gender shown by a surname key's ending ('m', 'f'), or None for common-gender endings."""
    for gender, rx in _gender_rules():
        if rx.search(key):
            return None if gender == "n" else gender  # type: ignore[return-value]
    return None
