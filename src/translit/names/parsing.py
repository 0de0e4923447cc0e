"""Split a name into tokens and give each its role (given name, patronymic, surname, initial).

Roles come from the given-name table (:mod:`translit.names.given`) and from the endings of
Russian, Ukrainian and Belarusian patronymics and surnames (``data/names/roles.json``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal, NamedTuple

from .conventions import reading_rules
from .endings import stems
from .given import exact_given_ids, given_by_ending, given_ids_of_keys, given_name_ids
from .morphology import Gender, is_patronymic_key, surname_gender
from .spelling import MAX_KEY_COMBINATIONS, Reading, primary_reading, readings

__all__ = [
    "NameAnalysis",
    "Token",
    "analyze",
    "analyze_light",
    "parse",
    "split_tokens",
    "surname_gender",
    "surname_when_all_given",
    "tokens_by_pattern",
]

Role = Literal["given", "patronymic", "surname", "initial"]

# Distinct names whose analyses are kept per process.
ANALYSIS_CACHE_SIZE = 100_000

_RUN_OF_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")


@lru_cache(maxsize=1)
def _silent_marks() -> dict[int, None]:
    """Marks that are not sounds (the BGN/PCGN middle dot): dropped from a word."""
    return {ord(c): None for c in reading_rules()["silent"]}


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """A word of a name: letters with the marks, apostrophes, hard signs and silent marks of
    ``readings.json`` inside it (the ASCII double quote is left out: it quotes)."""
    rules = reading_rules()
    inside = (rules["apostrophes"] + rules["hard_signs"] + "".join(rules["silent"])).replace(
        '"', ""
    )
    return re.compile(r"[^\W\d_][\w\u0300-\u036f" + re.escape(inside) + r".\-]*")


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
            combos = [c + ("-" if c else "") + k for c in combos for k in keys]
            combos = combos[:MAX_KEY_COMBINATIONS]
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


def split_tokens(name: str) -> list[str]:
    """The word tokens of a name string (hyphenated compounds stay one token)."""
    words = name.split()
    # Most names are words of letters between spaces: their tokens are the words
    # (:func:`tokens_by_pattern` is the reference, and a property test compares the two).
    if "".join(words).isalpha() and (name.isascii() or unicodedata.is_normalized("NFC", name)):
        return words
    return tokens_by_pattern(name)


def tokens_by_pattern(name: str) -> list[str]:
    """:func:`split_tokens` by the token pattern alone, for any string."""
    name = unicodedata.normalize("NFC", name)
    out: list[str] = []
    for m in _token_pattern().finditer(name):
        tok = m.group().translate(_silent_marks())
        if _RUN_OF_INITIALS.match(tok):  # "A.G." is two initials
            out.extend(tok[i] for i in range(0, len(tok), 2))
            continue
        initial = len(tok) >= 2 and tok.endswith(".") and tok[:-1].isalpha() and len(tok[:-1]) == 1
        tok = tok.rstrip(".") if not initial else tok[:-1]
        tok = tok.strip("-")
        if tok:
            out.append(tok)
    return out


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def analyze(name: str) -> NameAnalysis:
    """Parse ``name`` into tokens with roles (cached).

    >>> [t.role for t in analyze("Alexander Grigorievich Lukashenko").tokens]
    ['given', 'patronymic', 'surname']
    >>> analyze("Ivanova").tokens[0].gender
    'f'
    """
    return parse(name, light=False)


@lru_cache(maxsize=ANALYSIS_CACHE_SIZE)
def analyze_light(name: str) -> NameAnalysis:
    """Like :func:`analyze`, but each token has only its most likely reading (for name_key)."""
    return parse(name, light=True)


def parse(name: str, light: bool = False) -> NameAnalysis:
    """Parse ``name`` without the cache (:func:`analyze` and :func:`analyze_light` cache it)."""

    def read(part: str) -> tuple[Reading, ...]:
        return (primary_reading(part),) if light else readings(part)

    tokens: list[Token] = []
    # Languages whose nominative ending a given name of this name carried (Volodymyras):
    # evidence that the other words carry it too (Groismanas).
    ending_languages: set[str] = set()
    for tok in split_tokens(name):
        parts = (read(tok),) if "-" not in tok else tuple(read(p) for p in tok.split("-") if p)
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
            if not ids:
                hit = given_by_ending(tok, light)
                if hit is not None:
                    language, stem, ids = hit
                    ending_languages.add(language)
                    parts = (_evidenced(read(stem), parts[0]),)
        tokens.append(Token(tok, "given" if ids else "surname", parts, ids))
    if ending_languages:
        tokens = [_strip_ending(t, ending_languages, read) for t in tokens]
    if len(tokens) >= 3:
        tokens = _mark_patronymic(tokens)
    last = surname_when_all_given([t.role == "given" for t in tokens])
    if last is not None:
        t = tokens[last]
        tokens[last] = Token(t.text, "surname", t.parts, t.given_ids)
    return NameAnalysis(name, tuple(tokens))


def _evidenced(stem: tuple[Reading, ...], whole: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """The readings of a word whose ending was stripped with evidence: the stem's first (it is
    what the word is read as), then the whole word's."""
    seen = {r.spelling for r in stem}
    return stem + tuple(r for r in whole if r.spelling not in seen)


def _strip_ending(
    t: Token, languages: set[str], read: Callable[[str], tuple[Reading, ...]]
) -> Token:
    if t.role != "surname" or len(t.parts) != 1:
        return t
    for language, stem in stems(t.text, "surname"):
        if language in languages:
            return Token(t.text, t.role, (_evidenced(read(stem), t.parts[0]),), t.given_ids)
    return t


def surname_when_all_given(is_given: Sequence[bool]) -> int | None:
    """The token read as the surname when every token of a name of two or more looks like a
    given name ("Ivan Petro": the last one, since Pavlo, Roman and Bogdan are surnames too);
    None otherwise."""
    if len(is_given) >= 2 and all(is_given):
        return len(is_given) - 1
    return None


def _is_patronymic_form(tok: Token) -> bool:
    # The suffix is on the last part of a hyphenated patronymic (Сейт-Умарович).
    return any(is_patronymic_key(r.key) for r in tok.parts[-1])


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
