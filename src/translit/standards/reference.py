"""A plain reference engine: a standard applied one character at a time.

:class:`~.compiler.Compiled` runs a standard as one regular expression and a ``str.translate``
table, shaped for the speed of CPython's ``re`` (:mod:`.pattern`), with shortcuts for short
words and for text without letters of the script. This module reads the same
:class:`~.tables.Tables` and applies them the way ``docs/data-format.rst`` describes them: at
each position, the first rule that fits, else the letter table; no regular expression, no
shortcut. It is slow and written to be read; the property tests compare the two engines on
random text (``tests/standards/test_reference.py``), so a faster engine can be tried without
trusting it.

Both engines share the input repairs (:mod:`.repair`) and the casing decisions
(:func:`~.tables.all_caps_at`, :func:`~.tables.lone_caps`), which are plain Python already.

>>> from translit.standards.registry import load_scheme_data
>>> Reference(load_scheme_data("ru-bgn-pcgn"))("Алексеев, ЩЕКА")
'Alekseyev, SHCHEKA'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .._unicode import APOSTROPHES, MARK_CLASS, is_letter
from .repair import Repairer
from .tables import Rule, all_caps_at, build_tables, lone_caps

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .tables import LetterTable


__all__ = ["Reference"]

_MARK = re.compile(MARK_CLASS)


def _at(s: str, i: int) -> str:
    """The character at ``i``, or "" outside ``s``."""
    return s[i] if 0 <= i < len(s) else ""


def _apostrophe(c: str) -> bool:
    return c != "" and c in APOSTROPHES


def _word_edge(prev: str, prev2: str) -> bool:
    """No letter on this side, not even behind an apostrophe (``prev`` is the neighbour)."""
    return not is_letter(prev) and not (_apostrophe(prev) and is_letter(prev2))


def _after(item: str | frozenset[str], s: str, i: int, through: frozenset[str]) -> bool:
    """Whether the context item holds before position ``i``."""
    if item in ("^", "$"):
        return _word_edge(_at(s, i - 1), _at(s, i - 2))
    if item == "apostrophe":
        return _apostrophe(_at(s, i - 1)) and is_letter(_at(s, i - 2))

    def fits(c: str) -> bool:
        return is_letter(c) if item == "letter" else c != "" and c in item

    if fits(_at(s, i - 1)):
        return True
    # Up to three characters of ``through`` (closing quotes) may stand between.
    for k in range(1, 4):
        if not all(_at(s, i - j) in through and _at(s, i - j) != "" for j in range(1, k + 1)):
            return False
        if fits(_at(s, i - k - 1)):
            return True
    return False


def _before(item: str | frozenset[str], s: str, j: int) -> bool:
    """Whether the context item holds at position ``j`` (right after the match)."""
    if item in ("^", "$"):
        return _word_edge(_at(s, j), _at(s, j + 1))
    if item == "apostrophe":
        return _apostrophe(_at(s, j)) and is_letter(_at(s, j + 1))
    if item == "letter":
        return is_letter(_at(s, j))
    return _at(s, j) != "" and _at(s, j) in item


class Reference:
    """A standard, run one character at a time (see the module docstring).

    Args:
        data: the parsed data file.
        fallbacks: the standards whose letter tables fill in letters this one lacks.
        names: the name-oriented variant (see :func:`translit.transliterate`).
    """

    def __init__(
        self, data: dict[str, Any], fallbacks: Sequence[LetterTable] = (), *, names: bool = False
    ) -> None:
        self.names = names
        self.tables = build_tables(data, fallbacks, names=names)
        self._table = self.tables.table
        self._repairer = Repairer(data, self.tables.covered, self.tables.outside.aliases)

    def __call__(self, text: str, *, drop_marks: bool = False) -> str:
        text, _ = self._repairer(text)
        bare, marks = self._take_marks(text)
        pieces = self.pieces(bare)
        if not (drop_marks or self.names):
            for i, mark in marks.items():
                pieces[i] = unicodedata.normalize("NFC", pieces[i] + mark)
        return "".join(pieces)

    def _take_marks(self, text: str) -> tuple[str, dict[int, str]]:
        """``text`` without the marks that follow a letter of the standard, and those marks
        by the position of their letter in what is left."""
        covered = self.tables.covered
        bare: list[str] = []
        marks: dict[int, str] = {}
        i = 0
        while i < len(text):
            c = text[i]
            bare.append(c)
            i += 1
            if c in covered:
                j = i
                while j < len(text) and _MARK.fullmatch(text[j]):
                    j += 1
                if j > i:
                    marks[len(bare) - 1] = text[i:j]
                    i = j
        return "".join(bare), marks

    def pieces(self, s: str) -> list[str]:
        """The output of each character of ``s`` (no marks on its letters), aligned with it."""
        out: list[str] = []
        i = 0
        while i < len(s):
            got = self._match_at(s, i)
            if got is None:
                out.append(self._table.get(s[i], s[i]))
                i += 1
            else:
                out += got
                i += len(got)
        return out

    def _match_at(self, s: str, i: int) -> list[str] | None:
        """The outputs of the first rule that fits at ``i``, one per character it covers."""
        t = self.tables
        for rule in t.rules:
            if self._fits(rule, s, i):
                return self._render(rule, s, i)
        c = s[i]
        prev, prev2, nxt = _at(s, i - 1), _at(s, i - 2), _at(s, i + 1)
        if t.apostrophe is not None and c in APOSTROPHES:
            if prev in t.covered and nxt in t.covered and prev and nxt:
                return [t.apostrophe]
        if c in t.caps:
            upper = t.upper_letters
            capital_before = (prev != "" and prev in upper) or (
                _apostrophe(prev) and prev2 != "" and prev2 in upper
            )
            if (nxt != "" and nxt in upper) or (capital_before and not is_letter(nxt)):
                return [t.caps[c]]
            if _word_edge(prev, prev2) and _word_edge(nxt, _at(s, i + 2)):
                return [t.caps[c] if lone_caps(s, i) else t.title[c]]
        return None

    @staticmethod
    def _fits(rule: Rule, s: str, i: int) -> bool:
        n = len(rule.match)
        if i + n > len(s):
            return False
        for k, letter in enumerate(rule.match):
            up = letter.upper()
            if s[i + k] != letter and not (len(up) == 1 and s[i + k] == up):
                return False
        if rule.after and not any(_after(x, s, i, rule.through) for x in rule.after):
            return False
        if rule.not_after and any(_after(x, s, i, frozenset()) for x in rule.not_after):
            return False
        if rule.before and not any(_before(x, s, i + n) for x in rule.before):
            return False
        return not (rule.not_before and any(_before(x, s, i + n) for x in rule.not_before))

    @staticmethod
    def _render(rule: Rule, s: str, i: int) -> list[str]:
        out: list[str] = []
        for k in range(len(rule.match)):
            if not s[i + k].isupper():
                out.append(rule.lower[k])
            elif all_caps_at(s, i + k):
                out.append(rule.upper[k])
            else:
                out.append(rule.title[k])
        return out
