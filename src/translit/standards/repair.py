"""Input repairs before a standard runs, done only inside the words that need them.

* decomposed letters are composed where the result is a letter of the standard (и + ◌̆ -> й);
* letters the standard lacks that are its letters with stress or accent marks are read as the
  base letter with the marks (ѐ -> е + ◌̀; polytonic ἄ -> ά after the standard's ``marks`` map);
* Latin letters that look like letters of the script are read as those letters inside a word
  of the script, when every Latin letter of the word is a look-alike (``data/lookalikes.json``:
  ``Вiталiй`` with Latin i).

One regular-expression scan finds the places; text without them is returned as it is.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from .._unicode import (
    APOSTROPHE_CLASS,
    APOSTROPHES,
    LETTER,
    MARK_CLASS,
    MARKS,
    SCRIPT_RANGES,
    is_mark,
)
from .outside import compose_covered
from .registry import data_text

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


__all__ = ["Repairer", "lookalikes"]


@lru_cache(maxsize=4)  # one entry per script
def lookalikes(script: str) -> dict[str, tuple[str, ...]]:
    """Latin letter -> the letters of ``script`` it is typed for (``data/lookalikes.json``)."""
    data: dict[str, dict[str, list[str]]] = json.loads(data_text("lookalikes.json"))
    return {k: tuple(v) for k, v in data.get(script, {}).items()}


def _class(chars: set[str] | frozenset[str] | dict[str, Any]) -> str:
    if not chars:
        return "(?!)"
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class Repairer:
    """The repairs of one standard: call it on text, get ``(text, has_marks)``.

    ``has_marks`` tells whether a repaired word still carries combining marks (stress marks),
    which the engine then looks through.
    """

    def __init__(self, data: dict[str, Any], covered: frozenset[str], aliases: dict[str, str]):
        self._covered = covered
        self._aliases = aliases
        self._marks_map: dict[str, str] = data.get("marks", {})
        look = lookalikes(data["script"])
        self._lookalike = {
            lat: next((c for c in cands if c in covered), cands[0]) for lat, cands in look.items()
        }
        ranges = SCRIPT_RANGES.get(data["script"], "")
        self._ranges = ranges
        script_class = "[" + ranges + re.escape("".join(sorted(covered))) + "]"
        src_class = _class(covered)
        look_class = _class(set(self._lookalike))
        scan_first = "[" + MARKS + re.escape("".join(sorted(set(self._lookalike) | set(aliases))))
        scan_first += "]"
        self._scan = re.compile(
            scan_first + f"(?:(?<={MARK_CLASS})(?<={script_class}.)"
            f"|(?<={_class(set(aliases))})"
            f"|(?<={look_class})(?:(?<={src_class}.)|(?={src_class})))"
        )
        self._word = re.compile(f"(?:{LETTER}|{MARK_CLASS}|{APOSTROPHE_CLASS}(?={LETTER}))+")
        #: The first place in a text that needs a repair, or None (most text needs none).
        self.find = self._scan.search

    def any_source(self, extra: set[str]) -> re.Pattern[str]:
        """A pattern that finds any character the standard may change."""
        chars = set(self._covered) | set(self._aliases) | extra
        return re.compile("[" + self._ranges + re.escape("".join(sorted(chars))) + "]")

    def __call__(self, text: str, first: re.Match[str] | None = None) -> tuple[str, bool]:
        """Repair ``text``; ``first``: what :attr:`find` found in it, if it was called."""
        if first is None:
            first = self._scan.search(text)
        if first is None:
            return text, False
        pieces: list[str] = []
        pos = 0
        marked = False
        for m in self._scan.finditer(text, first.start()):
            if m.start() < pos:
                continue
            w = self._word_around(text, m.start())
            if w is None:
                continue
            ws, we = w
            word = self.repair_word(text[ws:we])
            marked = marked or any(is_mark(c) for c in word)
            pieces.append(text[pos:ws])
            pieces.append(word)
            pos = we
        pieces.append(text[pos:])
        return "".join(pieces), marked

    def _word_around(self, text: str, i: int) -> tuple[int, int] | None:
        start = i
        while start > 0 and (
            text[start - 1].isalpha()
            or is_mark(text[start - 1])
            or (text[start - 1] in APOSTROPHES and start > 1 and text[start - 2].isalpha())
        ):
            start -= 1
        m = self._word.match(text, start)
        if m is None or m.end() <= i:
            # Looking back went past something that does not continue a word ("Ͱ'̀ϰ").
            start = i
            m = self._word.match(text, i)
            if m is None:
                return None
        return start, m.end()

    def repair_word(self, word: str) -> str:
        """Repair one word (see the module docstring)."""
        if any(is_mark(c) for c in word):
            word = unicodedata.normalize("NFC", word)
        if self._aliases:
            word = "".join(self._aliases.get(c, c) for c in word)
        latin = [c for c in unicodedata.normalize("NFD", word) if c.isascii() and c.isalpha()]
        if (
            latin
            and all(c in self._lookalike for c in latin)
            and any(c in self._covered for c in word)
        ):
            word = unicodedata.normalize("NFD", word)
            word = "".join(self._lookalike.get(c, c) for c in word)
        if any(is_mark(c) for c in word):
            if self._marks_map:
                word = "".join(self._marks_map.get(c, c) for c in word)
            word = compose_covered(word, self._covered)
        return word
