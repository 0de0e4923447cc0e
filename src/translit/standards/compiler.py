"""Compile a standard's data file into a fast transliterator.

The data file gives a letter table and context rules (see ``docs/data-format.rst``);
:mod:`.tables` reads it. Compilation turns it into two pieces that run in C:

* one combined regular expression of every context rule, the apostrophe rule and the capitals
  whose case the letters around them decide, shaped for the speed of ``re`` (:mod:`.pattern`);
  its callback finds most outputs by the number of the branch that matched;
* a ``str.translate`` table for everything the rules leave alone. It is a tuple indexed by code
  point, which CPython looks up faster than a dict.

Rare input — decomposed letters, letters with stress marks, Latin look-alikes inside words of
the source script, letters the standard does not have — is found by one more fast scan and
handled only where it occurs (:mod:`.repair`). :mod:`.reference` runs the same tables one
character at a time; the tests compare the two.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .._unicode import MARK_CLASS
from .pattern import char_class, context_pattern
from .repair import Repairer
from .tables import Tables, all_caps_at, build_tables, capital_output

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    from .tables import LetterTable

    class Run(Protocol):
        """A compiled standard as a function (:attr:`Compiled.run`)."""

        def __call__(self, text: str, drop_marks: bool = False) -> str: ...


__all__ = ["Compiled"]


# Up to this many characters (a word, a name) a text is transliterated without first checking
# that it has a letter of the script at all.
_SHORT = 64
# Under a standard with context rules, a text longer than twice this is transliterated in
# pieces of about this many characters, cut after a line break: the string the rules produce
# then stays in the processor's cache on its way to str.translate (5 % faster on megabytes;
# without rules there is no such string, and cutting only copies). No rule, context or casing
# decision looks across a line break, so the pieces come out as the whole would.
_PIECE = 32_768


class Compiled:
    """A compiled standard: call it on a ``str`` to transliterate, or call :attr:`run`.

    Instances are immutable after construction and safe to share between threads. They pickle
    as their data file and are compiled again where they are unpickled.

    Args:
        data: the parsed data file.
        fallbacks: the standards whose letter tables fill in letters this one lacks, in order
            (``fallback`` in the data file).
        names: name-oriented output: the characters listed in ``names_drop`` (the BGN/PCGN
            middle dot, prime signs) are left out of every output of the standard.
    """

    def __init__(
        self, data: dict[str, Any], fallbacks: Sequence[LetterTable] = (), *, names: bool = False
    ) -> None:
        self.id: str = data["id"]
        self.names = names
        tables: Tables = build_tables(data, fallbacks, names=names)
        self.tables = tables
        self.own_letters = tables.own_letters
        self.outside = tables.outside
        #: Every letter this standard writes in Latin (its own, fallbacks, decomposable ones).
        self.source_letters = tables.covered | frozenset(tables.outside.aliases)
        covered = tables.covered

        table = tables.table
        size = max(map(ord, table)) + 1 if table else 0
        slots: list[Any] = list(range(size))
        for ch, value in table.items():
            slots[ord(ch)] = value
        # A tuple indexed by code point: CPython looks it up faster than a dict.
        self._table: tuple[Any, ...] = tuple(slots)

        compiled = context_pattern(tables)
        self._context = compiled.regex
        self._what = compiled.what
        fixed = compiled.fixed
        render_other = self._render_other

        # The callback of every rule match: a closure over the outputs worked out beforehand,
        # since most matches need nothing else and this runs once per match.
        def render(m: re.Match[str]) -> str:
            out = fixed[m.lastindex or 0]
            return render_other(m) if out is None else out

        self._render = render
        self._context_sub = None if compiled.regex is None else compiled.regex.sub

        self._repairer = Repairer(data, covered, tables.outside.aliases)
        self._needs_repair = self._repairer.find
        # Text with no character of the source script (English with a few names, code, ...)
        # comes back unchanged: one scan decides it.
        self._any_source = self._repairer.any_source(set(tables.extra)).search
        self._marked = re.compile(f"(?<={char_class(covered)})({MARK_CLASS}+)")
        self._data = data
        self._fallbacks = tuple(fallbacks)
        #: The transliterator as a plain function: ``run(text, drop_marks=False)``.
        self.run = self._runner()

    def __reduce__(self) -> tuple[Any, ...]:
        # Compiled from its data file again where it is unpickled (the callback is a closure).
        return (_rebuild, (self._data, self._fallbacks, self.names))

    def repair(self, text: str) -> str:
        """``text`` with the input repairs of :mod:`.repair` applied (look-alikes, marks)."""
        return self._repairer(text)[0]

    def letter_output(self, ch: str) -> tuple[str, str] | None:
        """The letter table's output for ``ch`` (no context) and its ALL-CAPS form, or None."""
        return self.tables.letter_output(ch)

    # -- running ---------------------------------------------------------------------------

    def __call__(self, text: str, *, drop_marks: bool = False) -> str:
        """Transliterate ``text``; ``drop_marks`` leaves out stress marks on source letters."""
        return self.run(text, drop_marks)

    def _runner(self) -> Run:
        """The transliterator as one function over local names: for a short word, looking
        attributes up would cost as much as transliterating it."""
        any_source = self._any_source
        needs_repair = self._needs_repair
        repaired = self._run_repaired
        sub = self._context_sub
        render = self._render
        table = self._table
        rules = bool(self.tables.rules)

        def run_piece(text: str, drop_marks: bool = False) -> str:
            first = needs_repair(text)
            if first is not None:
                return repaired(text, first, drop_marks)
            if sub is not None:
                text = sub(render, text)
            return text.translate(table)

        def run(text: str, drop_marks: bool = False) -> str:
            # Each step is one scan in C that usually finds nothing: a word costs two scans
            # and str.translate. A long text with no letter of the script costs one scan (for
            # a short one that scan would cost more than it saves).
            if len(text) > _SHORT:
                if any_source(text) is None:
                    return text
                if rules and len(text) > 2 * _PIECE:
                    return "".join([run_piece(piece, drop_marks) for piece in _pieces(text)])
            # run_piece(text, drop_marks), written out: one call less per word.
            first = needs_repair(text)
            if first is not None:
                return repaired(text, first, drop_marks)
            if sub is not None:
                text = sub(render, text)
            return text.translate(table)

        return run

    def _run_repaired(self, text: str, first: re.Match[str], drop_marks: bool) -> str:
        text, marked = self._repairer(text, first)
        if marked:
            return self._run_marked(text, drop_marks or self.names)
        return self._run(text)

    def _run(self, text: str) -> str:
        if self._context_sub is not None:
            text = self._context_sub(self._render, text)
        return text.translate(self._table)

    def _run_marked(self, text: str, drop: bool) -> str:
        """Transliterate text whose words carry combining marks (stress marks, titlo ...).

        The marks are taken out, so word boundaries, context rules and casing see the bare
        letters; each mark is then written after the output of the letter it was on (Андрі́й
        -> Andríi), or left out when ``drop``.
        """
        bare: list[str] = []
        marks: dict[int, str] = {}
        pos = removed = 0
        for m in self._marked.finditer(text):
            bare.append(text[pos : m.start()])
            marks[m.start() - removed - 1] = m.group()
            removed += m.end() - m.start()
            pos = m.end()
        bare.append(text[pos:])
        stripped = "".join(bare)
        if drop or not marks:
            return self._run(stripped)
        pieces = self._pieces(stripped)
        for i, mark in marks.items():
            pieces[i] = unicodedata.normalize("NFC", pieces[i] + mark)
        return "".join(pieces)

    def _pieces(self, text: str) -> list[str]:
        """The output of each character of ``text``, aligned with it."""
        table = self._table
        size = len(table)
        pieces = [
            table[cp] if (cp := ord(ch)) < size and isinstance(table[cp], str) else ch
            for ch in text
        ]
        if self._context is not None:
            for m in self._context.finditer(text):
                start = m.start()
                for k, piece in enumerate(self._render_each(m)):
                    pieces[start + k] = piece
        return pieces

    def _render_other(self, m: re.Match[str]) -> str:
        """The output of a match whose case or surroundings decide it."""
        if self._what[m.lastindex or 0] == "capital":
            return capital_output(self.tables, m.string, m.start())
        return "".join(self._render_each(m))

    def _render_each(self, m: re.Match[str]) -> list[str]:
        """The output of each character of a match (for text whose marks are put back)."""
        rule = self._what[m.lastindex or 0]
        if rule is None or isinstance(rule, str):  # apos, capital: one character
            return [self._render(m)]
        s = m.string
        start, end = m.span()
        pieces = []
        for i in range(start, end):
            ch = s[i]
            k = i - start
            if not ch.isupper():
                pieces.append(rule.lower[k])
            elif all_caps_at(s, i):
                pieces.append(rule.upper[k])
            else:
                pieces.append(rule.title[k])
        return pieces


def _pieces(text: str) -> list[str]:
    """``text`` cut after a line break about every ``_PIECE`` characters."""
    out: list[str] = []
    start = 0
    while len(text) - start > 2 * _PIECE:
        cut = text.find("\n", start + _PIECE)
        if cut < 0:
            break
        out.append(text[start : cut + 1])
        start = cut + 1
    out.append(text[start:])
    return out


def _rebuild(data: dict[str, Any], fallbacks: Sequence[LetterTable], names: bool) -> Compiled:
    return Compiled(data, fallbacks, names=names)
