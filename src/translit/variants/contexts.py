"""The alternatives of a grapheme in its contexts, and the one pattern that finds a table's
graphemes with their contexts decided (:class:`~.forward.Table`).

A context is what precedes a grapheme (``after``) or follows it (``before``), in the format the
reading conventions of :mod:`translit.names.conventions` use. Every ``after`` of the press
files looks at one letter (or the word's start), so it can be put in the pattern as a look
behind that letter; the engine then decides the context where it finds the grapheme.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

__all__ = ["Alternative", "after_letter", "resolving"]


class Alternative(NamedTuple):
    """The spellings of a grapheme in one context (``before``/``after`` None: any context),
    and the probability of each: :data:`~.forward.DECAY` times the one before, summing to 1."""

    outs: tuple[str, ...]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    weights: tuple[float, ...] = (1.0,)
    #: ``after`` as (whether the word's start fits, the letters that fit before) where it
    #: is one letter or the start (every context of the data files): a look at one letter
    #: rather than a search through the text before.
    after_letter: tuple[bool, frozenset[str]] | None = None
    #: Whether the spellings are distinct and their weights never rise (those of a data
    #: file always do); None: not known, looked at where it matters.
    ranked: bool | None = None


#: A context of one letter or the word's start: ``^``, a letter, a class of letters
#: (``[аеоэё]``, no ranges), or several of them joined by ``|``, in a group or not.
_ONE_LETTER = re.compile(r"\^|[^\\\[\](){}|^$.*+?-]|\[[^\\\]^-]+\]")


def after_letter(pattern: str) -> tuple[bool, frozenset[str]] | None:
    """A context that looks at the letter before, as (the start fits, the letters that fit),
    or None for any other pattern.

    >>> start, letters = after_letter("(?:^|[аеё])")
    >>> start, sorted(letters)
    (True, ['а', 'е', 'ё'])
    >>> after_letter("ь[аеё]") is None
    True
    """
    text = pattern
    while text.startswith("(?:") and text.endswith(")") and _balanced(text[3:-1]):
        text = text[3:-1]
    start, letters = False, set[str]()
    for part in text.split("|"):
        while part.startswith("(?:") and part.endswith(")") and _balanced(part[3:-1]):
            part = part[3:-1]
        if not part or not _ONE_LETTER.fullmatch(part):
            return None
        if part == "^":
            start = True
        elif part.startswith("["):
            letters.update(part[1:-1])
        else:
            letters.add(part)
    return start, frozenset(letters)


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def resolving(
    keys: list[str],
    alts: Mapping[str, tuple[Alternative, ...]],
    final: Mapping[str, tuple[Alternative, ...]],
) -> tuple[re.Pattern[str], list[Alternative]] | None:
    """One pattern that finds the graphemes of ``keys`` (longest first, a final ``$`` for a
    word end) and decides their contexts as :meth:`Table._options` does, with an empty group
    after each alternative (the match's last group names it), and the alternatives in the
    order of their groups; None if a context is more than the letter before
    (:func:`after_letter`) or a ``before`` pattern has groups of its own.

    Found in one step of the regular-expression engine rather than a match, then a look at
    the letters around it: every branch begins with the grapheme's first letter, so the
    engine skips the letters no grapheme begins with.
    """
    # The branches of the graphemes that begin with each letter, in the order of ``keys``,
    # and the alternative of each empty group in the order of the groups.
    by_letter: dict[str, list[str]] = {}
    group_alts: dict[str, list[Alternative]] = {}
    for key in keys:
        is_final = key.endswith("$")
        g = key[:-1] if is_final else key
        branches = []
        found = group_alts.setdefault(g[0], [])
        for alt in final[g] if is_final else alts[g]:
            look = ""
            if alt.after is not None:
                if alt.after_letter is None:
                    return None
                at_start, letters = alt.after_letter
                body = re.escape(g)
                chars = "".join(re.escape(c) for c in sorted(letters))
                if at_start:  # the start, or a letter of the set: no other letter before
                    look = f"(?<![^{chars}]{body})" if chars else f"(?<![\\s\\S]{body})"
                else:
                    look = f"(?<=[{chars}]{body})" if chars else "(?!)"
            if alt.before is not None:
                if alt.before.groups:
                    return None
                look += f"(?={alt.before.pattern})"
            branches.append(look + "()")
            found.append(alt)
            if not look:
                break  # the alternatives after one for any context are never reached
        else:  # no context fits: the grapheme is kept as it is
            branches.append("()")
            found.append(Alternative((g,), None, None))
        rest = re.escape(g[1:]) + ("$" if is_final else "")
        by_letter.setdefault(g[0], []).append(f"{rest}(?:{'|'.join(branches)})")
    if not by_letter:
        return None
    pattern = "|".join(f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in by_letter.items())
    # Group 0 is never a match's last group.
    out = [Alternative(("",), None, None)]
    for c in by_letter:
        out.extend(group_alts[c])
    return re.compile(pattern), out
