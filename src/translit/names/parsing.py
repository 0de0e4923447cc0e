"""Split a name into tokens and give each its role (given name, patronymic, surname, initial).

Roles come from the given-name table (:mod:`translit.names.given`) and from the endings of
Russian, Ukrainian and Belarusian patronymics and surnames (``data/names/roles.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from .given import exact_given_ids, given_ids_of_keys, given_name_ids
from .spelling import Reading, primary_reading, readings

__all__ = ["NameAnalysis", "Token", "analyze", "surname_gender"]

Role = Literal["given", "patronymic", "surname", "initial"]
Gender = Literal["m", "f"]

_TOKEN = re.compile(r"[^\W\d_][\w\u0300-\u036f'’ʹʼ`´‘ʺ”·.\-]*", re.UNICODE)
_RUN_OF_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")
_APOSTROPHE_EDGES = "'’ʹʼ`´‘ʺ”.-"


@lru_cache(maxsize=1)
def _roles() -> dict[str, Any]:
    path = resources.files("translit") / "data" / "names" / "roles.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _patronymic_rx() -> re.Pattern[str]:
    return re.compile("|".join(_roles()["patronymic"]))


@lru_cache(maxsize=1)
def _gender_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(g, re.compile(p)) for g, p, *_ in _roles()["gender"]]


class Token(NamedTuple):
    """One token of a name: its text, role, and the readings of each hyphen-separated part."""

    text: str
    role: Role
    parts: tuple[tuple[Reading, ...], ...]
    given_ids: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        """Keys of the whole token (parts joined with ``-``)."""
        combos = [""]
        for part in self.parts:
            keys = dict.fromkeys(k for r in part for k in r.variants)
            combos = [c + ("-" if c else "") + k for c in combos for k in keys][:64]
        return frozenset(combos)

    @property
    def primary_key(self) -> str:
        return "-".join(p[0].key for p in self.parts)

    @property
    def gender(self) -> Gender | None:
        """Grammatical gender of a surname from its ending; None when it does not show one."""
        if self.role != "surname":
            return None
        return surname_gender(self.parts[-1][0].key)


class NameAnalysis(NamedTuple):
    """A parsed name."""

    text: str
    tokens: tuple[Token, ...]

    @property
    def surname_gender(self) -> Gender | None:
        """The gender shown by the surname(s), if any."""
        genders = {t.gender for t in self.tokens if t.gender}
        return genders.pop() if len(genders) == 1 else None


def surname_gender(key: str) -> Gender | None:
    """Gender shown by a surname key's ending ('m', 'f'), or None for common-gender endings."""
    for gender, rx in _gender_rules():
        if rx.search(key):
            return None if gender == "n" else gender  # type: ignore[return-value]
    return None


def _clean(token: str) -> str:
    return token.strip(_APOSTROPHE_EDGES.replace("'", "").replace("’", "")).strip("-.")


def split_tokens(name: str) -> list[str]:
    """The word tokens of a name string (hyphenated compounds stay one token)."""
    name = unicodedata.normalize("NFC", name)
    out: list[str] = []
    for m in _TOKEN.finditer(name):
        tok = m.group().replace("·", "")
        if _RUN_OF_INITIALS.match(tok):  # "A.G." is two initials
            out.extend(tok[i] for i in range(0, len(tok), 2))
            continue
        initial = len(tok) >= 2 and tok.endswith(".") and tok[:-1].isalpha() and len(tok[:-1]) == 1
        tok = tok.rstrip(".") if not initial else tok[:-1]
        tok = tok.strip("-")
        if tok:
            out.append(tok)
    return out


@lru_cache(maxsize=100_000)
def analyze(name: str) -> NameAnalysis:
    """Parse ``name`` into tokens with roles (cached).

    >>> [t.role for t in analyze("Alexander Grigorievich Lukashenko").tokens]
    ['given', 'patronymic', 'surname']
    >>> analyze("Ivanova").tokens[0].gender
    'f'
    """
    return _analyze(name, light=False)


@lru_cache(maxsize=100_000)
def analyze_light(name: str) -> NameAnalysis:
    """Like :func:`analyze`, but each token has only its most likely reading (for name_key)."""
    return _analyze(name, light=True)


def _analyze(name: str, light: bool) -> NameAnalysis:
    tokens: list[Token] = []
    for tok in split_tokens(name):
        parts: tuple[tuple[Reading, ...], ...]
        if light:
            parts = tuple((primary_reading(p),) for p in tok.split("-") if p)
        else:
            parts = tuple(readings(p) for p in tok.split("-") if p)
        if not parts:
            continue
        if len(tok) <= 3 and sum(c.isalpha() for c in tok) == 1:
            tokens.append(Token(tok, "initial", parts, frozenset()))
            continue
        ids: frozenset[str] = frozenset()
        if len(parts) == 1:
            if light:
                ids = exact_given_ids(tok) or given_ids_of_keys(parts[0][0].variants)
            else:
                ids = given_name_ids(tok)
        tokens.append(Token(tok, "given" if ids else "surname", parts, ids))
    if len(tokens) >= 3:
        tokens = _mark_patronymic(tokens)
    if len(tokens) >= 2 and all(t.role == "given" for t in tokens):
        # "Ivan Petro" — two given-name-like tokens: the last one is read as the surname
        # (Pavlo, Roman and Bogdan are surnames too).
        last = tokens[-1]
        tokens[-1] = Token(last.text, "surname", last.parts, last.given_ids)
    return NameAnalysis(name, tuple(tokens))


def _is_patronymic_form(tok: Token) -> bool:
    rx = _patronymic_rx()
    return len(tok.parts) == 1 and any(rx.search(r.key) for r in tok.parts[0])


def _mark_patronymic(tokens: list[Token]) -> list[Token]:
    candidates = [i for i, t in enumerate(tokens) if t.role != "initial" and _is_patronymic_form(t)]
    if not candidates:
        # "A. G. Lukashenko", "Lukashenko A. G.": the second initial is the patronymic's.
        roles = [t.role for t in tokens]
        for i in range(1, len(tokens)):
            if (
                roles[i] == "initial"
                and roles[i - 1] in ("given", "initial")
                and "surname" in roles
            ):
                t = tokens[i]
                tokens = list(tokens)
                tokens[i] = Token(t.text, "patronymic", t.parts, frozenset())
                break
        return tokens
    # The patronymic follows the given name; a surname in -ovich/-evich (Abramovich) does not.
    after_given = [i for i in candidates if i > 0 and tokens[i - 1].role in ("given", "initial")]
    if after_given:
        i = after_given[0]
    elif len(candidates) < len(tokens):
        i = candidates[-1] if candidates[-1] != 0 else candidates[0]
    else:
        return tokens
    t = tokens[i]
    tokens = list(tokens)
    tokens[i] = Token(t.text, "patronymic", t.parts, frozenset())
    return tokens
