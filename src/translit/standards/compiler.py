"""Compile a standard's data file into a fast transliterator.

The data file gives a letter table and context rules (see ``docs/data-format.rst``). Compilation
turns them into two pieces that run in C:

* one combined regular expression holding every context rule, the apostrophe rule and the
  all-caps rule. It starts with one character class of every letter a rule can begin with, so
  ``re`` skips ahead to candidates; each alternative then re-checks its own letter with a
  lookbehind and puts its context checks after it;
* a ``str.translate`` table for everything the rules leave alone. It is a tuple indexed by code
  point, which CPython looks up faster than a dict.

A rule's callback only runs where a rule matched. Rare input — decomposed letters, letters with
stress marks, Latin look-alikes inside words of the source script, letters the standard does not
have — is found by one more fast scan and handled only where it occurs (:mod:`.repair`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .._unicode import APOSTROPHE_CLASS, APOSTROPHES, LETTER, MARK_CLASS, title_case
from .outside import Outside, letters_outside
from .repair import Repairer

__all__ = ["Compiled"]

# A capital letter that is a word of its own ("Я ЛЮБЛЮ ТЕБЯ") looks this far for the next word.
_LONE_WINDOW = 24
_SENTENCE_END = frozenset("\n\r.!?;")


def _char_class(chars: Iterable[str]) -> str:
    chars = sorted(set(chars))
    if not chars:
        return "(?!)"
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _with_upper(chars: str) -> set[str]:
    out = set(chars)
    for c in chars:
        up = c.upper()
        if len(up) == 1:
            out.add(up)
    return out


@dataclass(frozen=True)
class _Rule:
    """A compiled context rule: per source character, its lower/title/upper output."""

    lower: tuple[str, ...]
    title: tuple[str, ...]
    upper: tuple[str, ...]


class Compiled:
    """A compiled standard: call it on a ``str`` to transliterate.

    Instances are immutable after construction (apart from a bounded cache of rendered
    lower-case matches, where a race only recomputes a value) and safe to share between threads.

    Args:
        data: the parsed data file.
        fallbacks: compiled standards whose letter tables fill in letters this one lacks, in
            order (``fallback`` in the data file).
        names: name-oriented output: the characters listed in ``names_drop`` (the BGN/PCGN
            middle dot, prime signs) are left out of every output of the standard.
    """

    def __init__(
        self, data: dict[str, Any], fallbacks: Sequence[Compiled] = (), *, names: bool = False
    ) -> None:
        self.id: str = data["id"]
        self.names = names
        drop = str.maketrans("", "", data.get("names_drop", "")) if names else {}

        def out(s: str) -> str:
            return s.translate(drop) if drop else s

        letters: dict[str, str] = {**data.get("supplement", {}), **data["letters"]}
        title_over: dict[str, str] = data.get("title", {})
        upper_over: dict[str, str] = data.get("upper", {})
        classes: dict[str, str] = data.get("classes", {})

        # Letter table in three case forms.
        lower: dict[str, str] = {k: out(v) for k, v in letters.items()}
        title: dict[str, str] = {}
        upper: dict[str, str] = {}
        for src, value in letters.items():
            cap = src.upper()
            if len(cap) != 1 or cap == src or cap in letters:
                continue
            title[cap] = out(title_over.get(src, title_case(value)))
            upper[cap] = out(upper_over.get(src, value.upper()))
        for src, value in data.get("uppercase_letters", {}).items():
            title[src] = out(value)
            upper[src] = out(value.upper())
        self.own_letters = frozenset(lower) | frozenset(title)

        # Letters of the script the standard does not have: fallback standards, decompositions.
        outside: Outside = letters_outside(data, lower, self.own_letters, fallbacks)
        for src, (t, u) in outside.table.items():
            if src.islower() or src.upper() == src:
                lower[src] = out(t)
            else:
                title[src] = out(t)
                upper[src] = out(u)
        self.outside = outside
        #: Every letter this standard writes in Latin (its own, fallbacks, decomposable ones).
        self.source_letters = frozenset(lower) | frozenset(title) | frozenset(outside.aliases)
        covered = frozenset(lower) | frozenset(title)
        src_class = _char_class(covered)
        upper_letters = {c for c in covered if c.isupper()} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        upper_class = _char_class(upper_letters)

        table: dict[int, str] = {ord(k): v for k, v in lower.items()}
        table.update({ord(k): v for k, v in title.items()})
        table.update({ord(k): out(v) for k, v in data.get("extra", {}).items()})
        size = max(table) + 1 if table else 0
        slots: list[Any] = list(range(size))
        for cp, value in table.items():
            slots[cp] = value
        self._table: tuple[Any, ...] = tuple(slots)
        self._title_of = title
        self._upper_of = upper

        # Context rules -> one alternation with a named group per rule.
        def context(
            items: Sequence[str], n: int, ahead: bool, negate: bool = False, through: str = ""
        ) -> str:
            parts: list[str] = []
            for item in items:
                if item in ("^", "$"):
                    if ahead:  # end of word: no letter follows, not even after an apostrophe
                        parts.append(f"(?!{LETTER})(?!{APOSTROPHE_CLASS}{LETTER})")
                    else:
                        parts.append(
                            f"(?<!{LETTER}.{{{n}}})(?<!{LETTER}{APOSTROPHE_CLASS}.{{{n}}})"
                        )
                    continue
                if item == "apostrophe":
                    cls = APOSTROPHE_CLASS
                    parts.append(f"(?={cls}{LETTER})" if ahead else f"(?<={LETTER}{cls}.{{{n}}})")
                    continue
                cls = (
                    LETTER
                    if item == "letter"
                    else _char_class(_with_upper(classes.get(item, item)))
                )
                if ahead:
                    parts.append(f"(?={cls})")
                else:
                    # "through": closing quotes or brackets may stand between (re needs a fixed
                    # width per lookbehind, so one alternative per count, up to three).
                    parts.append(f"(?<={cls}.{{{n}}})")
                    parts += [f"(?<={cls}{through}{{{k}}}.{{{n}}})" for k in range(1, 4) if through]
            if negate:
                return "(?!" + "|".join(f"(?:{p})" for p in parts) + ")"
            return "(?:" + "|".join(parts) + ")"

        alternatives: list[str] = []
        firsts: set[str] = set()
        self._rules: dict[str, _Rule] = {}
        rules = sorted(
            enumerate(data.get("rules", [])), key=lambda ir: (-len(ir[1]["match"]), ir[0])
        )
        for idx, rule in rules:
            match: str = rule["match"]
            n = len(match)
            firsts.update(_with_upper(match[0]))
            head = f"(?<={_char_class(_with_upper(match[0]))})"
            pattern = "".join(_char_class(_with_upper(c)) for c in match[1:])
            through = ""
            if rule.get("through"):
                through = _char_class("".join(classes.get(t, t) for t in rule["through"]))
            if rule.get("after"):
                pattern += context(rule["after"], n, ahead=False, through=through)
            if rule.get("not_after"):
                pattern += context(rule["not_after"], n, ahead=False, negate=True)
            if rule.get("before"):
                pattern += context(rule["before"], 0, ahead=True)
            if rule.get("not_before"):
                pattern += context(rule["not_before"], 0, ahead=True, negate=True)
            name = f"r{idx}"
            alternatives.append(f"{head}(?P<{name}>{pattern})")
            value = rule["output"]
            segs = [
                out(s) for s in (value if isinstance(value, list) else [value] + [""] * (n - 1))
            ]
            if len(segs) != n:
                raise ValueError(f"{self.id}: rule {match!r} needs {n} output segments")
            t_over = rule.get("title")
            self._rules[name] = _Rule(
                lower=tuple(segs),
                title=tuple([out(t_over)] + [title_case(s) for s in segs[1:]])
                if t_over is not None
                else tuple(title_case(s) for s in segs),
                upper=tuple(s.upper() for s in segs),
            )
        apostrophe = data.get("apostrophe")
        self._apostrophe: str | None = None if apostrophe is None else out(apostrophe)
        if self._apostrophe is not None:
            firsts.update(APOSTROPHES)
            alternatives.append(
                f"(?<={APOSTROPHE_CLASS})(?P<apos>)(?<={src_class}.)(?={src_class})"
            )
        # Letters whose output differs between Title and ALL-CAPS (Щ: Shch/SHCH) need the
        # all-caps rule: capital, and the next letter is capital too, or the word ends here
        # after a capital ("caps"); a capital that is a word of its own is decided by the words
        # around it ("lone").
        self._caps = {k: upper[k] for k in title if title[k] != upper[k]}
        firsts.update(self._caps)
        if self._caps:
            alternatives.append(
                f"(?<={_char_class(self._caps)})(?P<caps>)"
                f"(?:(?={upper_class})|(?:(?<={upper_class}.)|(?<={upper_class}{APOSTROPHE_CLASS}.))"
                f"(?!{LETTER}))"
            )
            alternatives.append(
                f"(?<={_char_class(self._caps)})(?P<lone>)(?<!{LETTER}.)"
                f"(?<!{LETTER}{APOSTROPHE_CLASS}.)(?!{LETTER})(?!{APOSTROPHE_CLASS}{LETTER})"
            )
        self._lower_cache: dict[tuple[str | None, str], str] = {}
        self._context = (
            re.compile(_char_class(firsts) + "(?:" + "|".join(alternatives) + ")", re.S)
            if alternatives
            else None
        )

        self._repairer = Repairer(data, covered, outside.aliases)
        # Text with no character of the source script (English with a few names, code, ...)
        # comes back unchanged: one scan decides it.
        self._any_source = self._repairer.any_source(set(data.get("extra", {})))
        self._marked = re.compile(f"(?<={src_class})({MARK_CLASS}+)")

    def repair(self, text: str) -> str:
        """``text`` with the input repairs of :mod:`.repair` applied (look-alikes, marks)."""
        return self._repairer(text)[0]

    def letter_output(self, ch: str) -> tuple[str, str] | None:
        """The letter table's output for ``ch`` (no context) and its ALL-CAPS form, or None."""
        cp = ord(ch)
        value = self._table[cp] if cp < len(self._table) else None
        if not isinstance(value, str):
            return None
        return value, self._upper_of.get(ch, value.upper())

    # -- running ---------------------------------------------------------------------------

    def __call__(self, text: str, *, drop_marks: bool = False) -> str:
        """Transliterate ``text``; ``drop_marks`` leaves out stress marks on source letters."""
        if self._any_source.search(text) is None:
            return text
        text, marked = self._repairer(text)
        if marked or self.names:
            return self._run_marked(text, drop_marks or self.names)
        return self._run(text)

    def _run(self, text: str) -> str:
        if self._context is not None:
            text = self._context.sub(self._render, text)
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

    def _render(self, m: re.Match[str]) -> str:
        name = m.lastgroup
        text = m.group()
        # Most matches are lower-case, whose output depends on nothing else: cache them.
        hit = self._lower_cache.get((name, text))
        if hit is not None:
            return hit
        if name == "caps":
            return self._caps[text]
        if name == "apos":
            return self._apostrophe or ""
        if name == "lone":
            return (
                self._caps[text] if self._lone_caps(m.string, m.start()) else self._title_of[text]
            )
        assert name is not None
        rule = self._rules[name]
        if text.islower():
            value = "".join(rule.lower)
            if len(self._lower_cache) < 4096:  # bounded: lower-case matches of the rules
                self._lower_cache[(name, text)] = value
            return value
        return "".join(self._render_each(m))

    def _render_each(self, m: re.Match[str]) -> list[str]:
        """The output of each character of a match (for text whose marks are put back)."""
        name = m.lastgroup
        if name in ("caps", "apos", "lone"):
            return [self._render(m)]
        assert name is not None
        rule = self._rules[name]
        s = m.string
        start, end = m.span()
        pieces = []
        for i in range(start, end):
            ch = s[i]
            k = i - start
            if not ch.isupper():
                pieces.append(rule.lower[k])
            elif self._all_caps_at(s, i):
                pieces.append(rule.upper[k])
            else:
                pieces.append(rule.title[k])
        return pieces

    def _all_caps_at(self, s: str, i: int) -> bool:
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if nxt.isupper():
            return True
        if nxt.isalpha():
            return False
        prev = s[i - 1] if i > 0 else ""
        if prev in APOSTROPHES and i > 1:  # ДАР’Я: look past an in-word apostrophe
            prev = s[i - 2]
        if prev.isalpha():
            return prev.isupper()
        return self._lone_caps(s, i)

    @staticmethod
    def _lone_caps(s: str, i: int) -> bool:
        """Whether a capital that is a word of its own is written in ALL CAPS.

        It is, inside ALL-CAPS text: when the next word on the line (or, at the end of a
        sentence, the word before) has two capitals (Я ЛЮБЛЮ ТЕБЯ -> YA LYUBLYU TEBYA). A
        capital followed by a full stop is an initial and keeps Title case (Ю. Щ. -> Yu. Shch.).
        """
        n = len(s)
        if i + 1 < n and s[i + 1] == ".":
            return False
        k = i + 1
        while k < n and k <= i + _LONE_WINDOW and not s[k].isalpha() and s[k] not in _SENTENCE_END:
            k += 1
        if k < n and s[k].isalpha():
            return k + 1 < n and s[k].isupper() and s[k + 1].isupper()
        k = i - 1
        while k > 0 and k >= i - _LONE_WINDOW and not s[k].isalpha() and s[k] not in _SENTENCE_END:
            k -= 1
        return k >= 1 and s[k].isupper() and s[k - 1].isupper()
