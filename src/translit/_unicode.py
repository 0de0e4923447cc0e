"""Unicode facts the whole package shares: scripts, apostrophes, combining marks, words.

One definition each, so the transliteration engine, language detection and name matching agree
on what a letter of a script, an apostrophe inside a word or a mark on a letter is.

>>> script_of("Щ"), script_of("ά"), script_of("ბ"), script_of("Q")
('Cyrillic', 'Greek', 'Georgian', None)
>>> strip_marks("Андрі́й")
'Андрій'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "APOSTROPHES",
    "APOSTROPHE_CLASS",
    "LETTER",
    "MARKS",
    "MARK_CLASS",
    "SCRIPT_RANGES",
    "STRESS_MARKS",
    "is_letter",
    "is_mark",
    "script_letters",
    "script_of",
    "strip_marks",
    "title_case",
]

#: Characters typed as an apostrophe inside a word (Ukrainian, Belarusian): ASCII ', the right
#: single quotation mark, the modifier letter apostrophe, the grave accent, the left single
#: quotation mark, the modifier prime, the acute accent (´, U+00B4) and the prime (′, U+2032).
APOSTROPHES = "'\u2019\u02bc`\u2018\u02b9\u00b4\u2032"
APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"

#: Blocks of each source script (a regular-expression class body).
SCRIPT_RANGES = {
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Georgian": "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f",
}

#: Blocks of combining marks (a regular-expression class body): the general block, the Cyrillic
#: titlo and its kin, the extended and supplementary blocks, marks for symbols and half marks.
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u2de0-\u2dff\ua66f-\ua67d\ua69e\ua69f"
)
MARK_CLASS = f"[{MARKS}]"
#: Marks that stress or accent a letter without making it another letter (Андрі́й, ѝ = и + `).
#: A standard's ``marks`` key adds its own (the polytonic Greek marks).
STRESS_MARKS = "\u0300\u0301"
#: A letter, for ``re`` (word characters that are neither digits nor the underscore).
LETTER = r"[^\W\d_]"


def is_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter in the sense of :data:`LETTER`, without ``re``: a word
    character (``str.isalnum``) that is not a decimal digit nor the underscore.

    >>> is_letter("ж"), is_letter("ʼ"), is_letter("5"), is_letter("_"), is_letter("")
    (True, True, False, False, False)
    """
    return ch.isalnum() and not ch.isdecimal() and ch != "_"


def is_mark(ch: str) -> bool:
    """Whether ``ch`` is a combining mark (Unicode categories Mn, Mc, Me)."""
    return unicodedata.category(ch)[0] == "M"


def strip_marks(text: str) -> str:
    """``text`` with every combining mark removed (composed letters are left as they are)."""
    return _marks().sub("", text)


@lru_cache(maxsize=1)  # compiled on first use, not when the package is imported
def _marks() -> re.Pattern[str]:
    return re.compile(MARK_CLASS)


def title_case(s: str) -> str:
    """Upper-case the first cased character of ``s`` ('·y' -> '·Y', 'shch' -> 'Shch')."""
    for i, ch in enumerate(s):
        if ch.lower() != ch.upper():
            return s[:i] + ch.upper() + s[i + 1 :]
    return s


def script_of(ch: str) -> str | None:
    """The source script whose blocks hold ``ch`` (its first character), or None."""
    if not ch:
        return None
    cp = ord(ch[0])
    for name, blocks in _SCRIPT_POINTS.items():
        for start, end in blocks:
            if start <= cp <= end:
                return name
    return None


@lru_cache(maxsize=4)
def script_letters(script: str) -> tuple[str, ...]:
    """Every letter (``str.isalpha``) in the blocks of ``script``, in code point order."""
    out: list[str] = []
    for start, end in _pairs(script):
        out.extend(c for c in map(chr, range(ord(start), ord(end) + 1)) if c.isalpha())
    return tuple(out)


def _pairs(script: str) -> list[tuple[str, str]]:
    body = SCRIPT_RANGES[script]
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            pairs.append((body[i], body[i + 2]))
            i += 3
        else:
            pairs.append((body[i], body[i]))
            i += 1
    return pairs


#: Script -> its blocks as (first, last) code points.
_SCRIPT_POINTS = {name: tuple((ord(a), ord(b)) for a, b in _pairs(name)) for name in SCRIPT_RANGES}
