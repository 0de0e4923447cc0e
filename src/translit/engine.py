"""Compile a standard's data file into a fast transliterator.

The data file gives a letter table and context rules (see ``docs/data-format.rst``). Compilation
turns them into two pieces that run in C:

* one combined regular expression holding every context rule, the apostrophe rule and the
  all-caps rule. It starts with one character class of every letter a rule can begin with, so
  ``re`` skips ahead to candidates; each alternative then re-checks its own letter with a
  lookbehind and puts its context checks after it;
* a ``str.translate`` table for everything the rules leave alone. It is a tuple indexed by code
  point, which CPython looks up faster than a dict.

A rule's callback only runs where a rule matched. Rare input problems — decomposed letters (NFD),
Latin look-alike letters inside words of the source script — are found by one more fast scan and
repaired only where they occur.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .registry import load_scheme_data, resolve

__all__ = ["Compiled", "CompiledReverse", "compile_reverse", "compile_scheme"]

#: Characters used as an apostrophe inside words (Ukrainian, Belarusian), in any of their forms.
APOSTROPHES = "'\u2019\u02bc`\u2018\u02b9"
_APOS_CLASS = "[" + re.escape(APOSTROPHES) + "]"
_LETTER = r"[^\W\d_]"
_COMBINING = "[\u0300-\u036f]"
# Blocks of each source script: decomposed letters anywhere in them are composed before lookup.
_SCRIPT_RANGES = {
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Georgian": "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f",
}


def _title(s: str) -> str:
    """Upper-case the first cased character of ``s`` ('·y' -> '·Y', 'shch' -> 'Shch')."""
    for i, ch in enumerate(s):
        if ch.lower() != ch.upper():
            return s[:i] + ch.upper() + s[i + 1 :]
    return s


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
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.id: str = data["id"]
        # "supplement": letters the standard itself does not cover, transliterated forward only.
        letters: dict[str, str] = {**data.get("supplement", {}), **data["letters"]}
        title_over: dict[str, str] = data.get("title", {})
        upper_over: dict[str, str] = data.get("upper", {})
        classes: dict[str, str] = data.get("classes", {})

        # Letter table in three case forms.
        lower: dict[str, str] = dict(letters)
        title: dict[str, str] = {}
        upper: dict[str, str] = {}
        for src, out in letters.items():
            cap = src.upper()
            if len(cap) != 1 or cap == src or cap in letters:
                continue
            title[cap] = title_over.get(src, _title(out))
            upper[cap] = upper_over.get(src, out.upper())
        for src, out in data.get("uppercase_letters", {}).items():
            title[src] = out
            upper[src] = out.upper()
        self.source_letters = frozenset(lower) | frozenset(title)
        src_class = _char_class(self.source_letters)
        upper_letters = {c for c in self.source_letters if c.isupper()} | set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        )
        upper_class = _char_class(upper_letters)

        table: dict[int, str] = {ord(k): v for k, v in lower.items()}
        table.update({ord(k): v for k, v in title.items()})
        table.update({ord(k): v for k, v in data.get("extra", {}).items()})
        size = max(table) + 1 if table else 0
        slots: list[Any] = list(range(size))
        for cp, out in table.items():
            slots[cp] = out
        self._table: tuple[Any, ...] = tuple(slots)

        # Context rules -> one alternation with a named group per rule.
        def context(items: Sequence[str], n: int, ahead: bool, negate: bool = False) -> str:
            parts: list[str] = []
            for item in items:
                if item in ("^", "$"):
                    if ahead:  # end of word: no letter follows, not even after an apostrophe
                        parts.append(f"(?!{_LETTER})(?!{_APOS_CLASS}{_LETTER})")
                    else:
                        parts.append(f"(?<!{_LETTER}.{{{n}}})(?<!{_LETTER}{_APOS_CLASS}.{{{n}}})")
                    continue
                if item == "apostrophe":
                    cls = _APOS_CLASS
                    parts.append(f"(?={cls}{_LETTER})" if ahead else f"(?<={_LETTER}{cls}.{{{n}}})")
                    continue
                if item == "letter":
                    cls = _LETTER
                else:
                    cls = _char_class(_with_upper(classes.get(item, item)))
                parts.append(f"(?={cls})" if ahead else f"(?<={cls}.{{{n}}})")
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
            if rule.get("after"):
                pattern += context(rule["after"], n, ahead=False)
            if rule.get("not_after"):
                pattern += context(rule["not_after"], n, ahead=False, negate=True)
            if rule.get("before"):
                pattern += context(rule["before"], 0, ahead=True)
            if rule.get("not_before"):
                pattern += context(rule["not_before"], 0, ahead=True, negate=True)
            name = f"r{idx}"
            alternatives.append(f"{head}(?P<{name}>{pattern})")
            out = rule["output"]
            segs: list[str] = list(out) if isinstance(out, list) else [out] + [""] * (n - 1)
            if len(segs) != n:
                raise ValueError(f"{self.id}: rule {match!r} needs {n} output segments")
            t_over = rule.get("title")
            self._rules[name] = _Rule(
                lower=tuple(segs),
                title=tuple([t_over] + [_title(s) for s in segs[1:]])
                if t_over is not None
                else tuple(_title(s) for s in segs),
                upper=tuple(s.upper() for s in segs),
            )
        self._apostrophe: str | None = data.get("apostrophe")
        if self._apostrophe is not None:
            firsts.update(APOSTROPHES)
            alternatives.append(f"(?<={_APOS_CLASS})(?P<apos>)(?<={src_class}.)(?={src_class})")
        # Letters whose output differs between Title and ALL-CAPS (Щ: Shch/SHCH) need the
        # all-caps rule: capital, and the next letter is capital too, or the word ends here
        # after a capital.
        self._caps = {k: upper[k] for k in title if title[k] != upper[k]}
        firsts.update(self._caps)
        if self._caps:
            alternatives.append(
                f"(?<={_char_class(self._caps)})(?P<caps>)"
                f"(?:(?={upper_class})|(?:(?<={upper_class}.)|(?<={upper_class}{_APOS_CLASS}.))"
                f"(?!{_LETTER}))"
            )
        self._lower_cache: dict[tuple[str | None, str], str] = {}
        self._context = (
            re.compile(_char_class(firsts) + "(?:" + "|".join(alternatives) + ")", re.S)
            if alternatives
            else None
        )
        self._upper_letters = upper_letters

        # Repairs: decomposed letters, Latin look-alikes inside words of the source script.
        look = _lookalikes(data["script"])
        self._lookalike = {
            lat: next((c for c in cands if c in self.source_letters), cands[0])
            for lat, cands in look.items()
        }
        look_class = _char_class(self._lookalike)
        script_class = (
            "["
            + _SCRIPT_RANGES.get(data["script"], "")
            + re.escape("".join(sorted(self.source_letters)))
            + "]"
        )
        # Text with no character of the source script (English with a few names, code, ...)
        # comes back unchanged: one scan decides it.
        self._any_source = re.compile(
            "["
            + _SCRIPT_RANGES.get(data["script"], "")
            + re.escape("".join(sorted(self.source_letters | set(data.get("extra", {})))))
            + "]"
        )
        scan_first = "[\u0300-\u036f" + "".join(re.escape(c) for c in sorted(self._lookalike)) + "]"
        self._repair_scan = re.compile(
            scan_first + f"(?:(?<={_COMBINING})(?<={script_class}.)"
            f"|(?<={look_class})(?:(?<={src_class}.)|(?={src_class})))"
        )
        self._word = re.compile(f"(?:{_LETTER}|{_COMBINING}|{_APOS_CLASS}(?={_LETTER}))+")
        self._src_class = src_class

    # -- running ---------------------------------------------------------------------------

    def _render(self, m: re.Match[str]) -> str:
        name = m.lastgroup
        text = m.group()
        # Most matches are lower-case, whose output depends on nothing else: cache them.
        hit = self._lower_cache.get((name, text))
        if hit is not None:
            return hit
        s = m.string
        if name == "caps":
            return self._caps[text]
        if name == "apos":
            return self._apostrophe or ""
        assert name is not None
        rule = self._rules[name]
        if text.islower():
            out = "".join(rule.lower)
            if len(self._lower_cache) < 4096:
                self._lower_cache[(name, text)] = out
            return out
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
        return "".join(pieces)

    @staticmethod
    def _all_caps_at(s: str, i: int) -> bool:
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if nxt.isupper():
            return True
        if nxt.isalpha():
            return False
        prev = s[i - 1] if i > 0 else ""
        if prev in APOSTROPHES and i > 1:  # ДАР’Я: look past an in-word apostrophe
            prev = s[i - 2]
        return prev.isupper()

    def repair(self, text: str) -> str:
        """Compose decomposed letters and replace Latin look-alikes inside source words."""
        first = self._repair_scan.search(text)
        if first is None:
            return text
        pieces: list[str] = []
        pos = 0
        for m in self._repair_scan.finditer(text, first.start()):
            if m.start() < pos:
                continue
            w = self._word_around(text, m.start())
            if w is None:
                continue
            ws, we = w
            pieces.append(text[pos:ws])
            pieces.append(self._repair_word(text[ws:we]))
            pos = we
        pieces.append(text[pos:])
        return "".join(pieces)

    def _word_around(self, text: str, i: int) -> tuple[int, int] | None:
        start = i
        while start > 0 and (
            text[start - 1].isalpha()
            or "\u0300" <= text[start - 1] <= "\u036f"
            or (text[start - 1] in APOSTROPHES and start > 1 and text[start - 2].isalpha())
        ):
            start -= 1
        m = self._word.match(text, start)
        if m is None or m.end() <= i:
            return None
        return start, m.end()

    def _repair_word(self, word: str) -> str:
        if any("\u0300" <= c <= "\u036f" for c in word):
            word = unicodedata.normalize("NFC", word)
        latin = [c for c in word if c.isascii() and c.isalpha()]
        if (
            latin
            and all(c in self._lookalike for c in latin)
            and any(c in self.source_letters for c in word)
        ):
            word = "".join(self._lookalike.get(c, c) for c in word)
        return word

    def __call__(self, text: str) -> str:
        if self._any_source.search(text) is None:
            return text
        text = self.repair(text)
        if self._context is not None:
            text = self._context.sub(self._render, text)
        return text.translate(self._table)


@cache
def _lookalikes(script: str) -> dict[str, tuple[str, ...]]:
    path = resources.files("translit") / "data" / "lookalikes.json"
    data: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data.get(script, {}).items()}


@cache
def compile_scheme(scheme: str) -> Compiled:
    """Return the compiled transliterator for an id or language shorthand (cached)."""
    return Compiled(load_scheme_data(resolve(scheme)))


class CompiledReverse:
    """A compiled reverse (Latin -> source script) transliterator of a reversible standard."""

    def __init__(self, forward: Compiled, data: dict[str, Any]) -> None:
        if not data.get("reversible"):
            raise ValueError(
                f"{data['id']} is not reversible: its Latin output does not determine the "
                "original letters; reversible standards: " + ", ".join(_reversible_ids())
            )
        mapping: dict[str, str] = {}

        def add(out: str, src: str) -> None:
            if not out:
                return
            have = mapping.get(out, src)
            if have.lower() == src.lower():
                # ʺ is both ъ and Ъ: keep the first (lower-case) reading.
                mapping.setdefault(out, src)
                return
            if have != src:
                raise ValueError(
                    f"{data['id']}: {out!r} is the output of both {mapping[out]!r} and {src!r}"
                )
            mapping[out] = src

        for src, out in data["letters"].items():
            add(out, src)
            cap = src.upper()
            if len(cap) == 1 and cap != src:
                add(data.get("title", {}).get(src, _title(out)), cap)
                add(data.get("upper", {}).get(src, out.upper()), cap)
        for rule in data.get("rules", []):
            if len(rule["match"]) == 1 and isinstance(rule["output"], str):
                src = rule["match"]
                add(rule["output"], src)
                add(_title(rule["output"]), src.upper())
                add(rule["output"].upper(), src.upper())
        for out, src in data.get("reverse_extra", {}).items():
            mapping[out] = src
        if data.get("apostrophe"):
            mapping.setdefault(data["apostrophe"], "\u02bc")
        self._map = mapping
        keys = sorted(mapping, key=lambda k: (-len(k), k))
        self._pattern = re.compile("|".join(re.escape(k) for k in keys))

    def __call__(self, text: str) -> str:
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return self._pattern.sub(lambda m: self._map[m.group()], text)


@cache
def _reversible_ids() -> tuple[str, ...]:
    from .registry import schemes

    return tuple(s.id for s in schemes() if s.reversible)


@cache
def compile_reverse(scheme: str) -> CompiledReverse:
    """Return the compiled reverse transliterator (cached); ValueError if not reversible."""
    scheme_id = resolve(scheme)
    return CompiledReverse(compile_scheme(scheme_id), load_scheme_data(scheme_id))
