"""Letters of the source script that a standard does not have, and what it writes for them.

No letter of the source script is left in the output of any standard. Where the standard is
silent, each letter gets, in this order:

1. its base letter, when it is a letter of the standard with stress or accent marks on it
   (Macedonian ѐ ѝ, polytonic Greek ἄ ῆ, compatibility forms ϐ ϑ): the word is read with the
   base letter and the marks are kept (or dropped) like any stress mark;
2. the value of the first fallback standard that has the letter (``fallback`` in the data file:
   Russian letters in Ukrainian text take the Russian value of the same family, anything else
   ISO 9);
3. the value of the same letter under another name of the script (Georgian Asomtavruli and
   Nuskhuri letters take the value of the Mkhedruli letter of the same name).

The docs page of every standard lists what it falls back on.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._unicode import STRESS_MARKS, is_mark, script_letters, title_case

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .tables import LetterTable


__all__ = ["Outside", "compose_covered", "letters_outside"]


@dataclass(frozen=True)
class Outside:
    """What a standard writes for the letters of its script it does not have.

    Attributes:
        table: letter -> (output, ALL-CAPS output), from fallback standards or letter names.
        aliases: letter -> its base letter and marks, read in its place before the rules run.
        origin: letter -> where its value comes from (a standard id, ``"marks"``, ``"name"``).
        missing: letters nothing covers (empty for every shipped standard; a test checks it).
    """

    table: dict[str, tuple[str, str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()


def compose_covered(text: str, covered: frozenset[str] | set[str]) -> str:
    """Compose each letter with the marks after it as far as the result is a covered letter.

    >>> compose_covered("\u03b1\u0301", {"\u03ac"})
    'ά'
    >>> compose_covered("\u0438\u0300", {"\u0438"})  # ѝ is not covered: the mark stays apart
    'ѝ'
    """
    out: list[str] = []
    for c in text:
        if out and is_mark(c):
            cand = unicodedata.normalize("NFC", out[-1] + c)
            if len(cand) == 1 and cand in covered:
                out[-1] = cand
                continue
        out.append(c)
    return "".join(out)


def _decomposed(
    ch: str, own: frozenset[str], marks_map: dict[str, str], accents: set[str]
) -> str | None:
    d = unicodedata.normalize("NFD", ch)
    if d == ch or d[0] not in own:
        d = unicodedata.normalize("NFKD", ch)  # compatibility forms: ϐ -> β, ϴ -> Θ, ϓ -> Ύ
    if d == ch or d[0] not in own:
        return None
    marks = d[1:]
    if not all(is_mark(m) and m in accents for m in marks):
        return None
    return compose_covered(d[0] + "".join(marks_map.get(m, m) for m in marks), own)


def _same_letter(ch: str, lower: dict[str, str]) -> str | None:
    """The lower-case output of the letter with the same name in another form of the script."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    for form in ("MTAVRULI CAPITAL LETTER", "CAPITAL LETTER", "SMALL LETTER"):
        if form in name:
            try:
                other = unicodedata.lookup(name.replace(form, "LETTER"))
            except KeyError:
                return None
            return lower.get(other)
    return None


def letters_outside(
    data: dict[str, Any],
    lower: dict[str, str],
    own: frozenset[str],
    fallbacks: Sequence[LetterTable],
) -> Outside:
    """Work out what the standard of ``data`` writes for the letters of its script it lacks.

    Args:
        data: the standard's data file.
        lower: its lower-case letter table (own letters and supplement).
        own: every letter it has, in both cases.
        fallbacks: the fallback standards' letter tables, in order.
    """
    marks_map: dict[str, str] = data.get("marks", {})
    accents = set(STRESS_MARKS) | set(marks_map)
    out = Outside()
    missing: list[str] = []
    for ch in script_letters(data["script"]):
        if ch in own:
            continue
        alias = _decomposed(ch, own, marks_map, accents)
        if alias is not None:
            out.aliases[ch] = alias
            out.origin[ch] = "marks"
            continue
        for fb in fallbacks:
            value = fb.letter_output(ch)
            if value is not None:
                out.table[ch] = value
                out.origin[ch] = fb.id
                break
        else:
            same = _same_letter(ch, lower)
            if same is None:
                missing.append(ch)
                continue
            cased = title_case(same) if ch.isupper() else same
            out.table[ch] = (cased, cased.upper())
            out.origin[ch] = "name"
    return Outside(out.table, out.aliases, out.origin, tuple(missing))
