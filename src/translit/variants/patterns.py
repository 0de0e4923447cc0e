"""Regular expressions made from lists of strings and from the reading data's patterns, built so
that the engine finds them in few steps: every branch begins with one letter, which the
engine looks for before it tries the branch.
"""

from __future__ import annotations

import re

from ..names.alternation import top_alternatives

__all__ = ["alternation", "anchors", "any_of", "found_alike"]


_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def found_alike(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """A pattern found in the same texts as ``pattern`` (only whether it is found counts),
    with every branch beginning with one letter: the engine then skips the letters none
    begins with (``[čšž]`` and ``ya|yo`` become ``č|š|ž`` and ``y(?:a|o)``). ``pattern``
    itself where a branch begins otherwise.

    >>> found_alike(re.compile("kh|ya|yo|[čš]")).pattern
    'k(?:h)|y(?:a|o)|č|š'
    """
    if pattern is None:
        return None
    branches: dict[str, list[str]] = {}
    for branch in top_alternatives(pattern.pattern):
        if branch[:1] == "[":
            end = branch.find("]")
            letters, rest = branch[1:end], branch[end + 1 :]
            if end < 2 or any(c in _SPECIAL or c == "-" for c in letters):
                return pattern
        elif branch and branch[0] not in _SPECIAL:
            letters, rest = branch[0], branch[1:]
        else:
            return pattern
        if rest[:1] in ("*", "+", "?", "{"):
            return pattern  # the first letter may be absent
        for c in letters:
            branches.setdefault(c, []).append(rest)
    alike = "|".join(
        re.escape(c) + ("" if "" in rests else "(?:" + "|".join(rests) + ")")
        for c, rests in branches.items()
    )
    return re.compile(alike, pattern.flags)


def alternation(strings: set[str]) -> re.Pattern[str] | None:
    if not strings:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(strings, key=lambda x: (-len(x), x))))


def any_of(strings: set[str]) -> re.Pattern[str] | None:
    """A pattern found where one of ``strings`` is, as a tree of their letters
    (``д(?:з(?:е|я)|с(?:е))``): each position is looked at once per letter, not once per
    string (hundreds of hazards' letters)."""
    if not strings:
        return None

    def tree(items: list[str]) -> str:
        if "" in items:
            return ""  # a string ends here: it is found whatever follows
        heads: dict[str, list[str]] = {}
        for item in items:
            heads.setdefault(item[0], []).append(item[1:])
        return "|".join(
            re.escape(c) + (f"(?:{tree(rest)})" if any(rest) else "")
            for c, rest in sorted(heads.items())
        )

    return re.compile(tree(sorted(strings)))


def anchors(graphemes: set[str]) -> tuple[str, ...]:
    """One letter, or failing that two, such that every grapheme has one of them (the
    fewest; the first in alphabetical order), or none (:attr:`Checker.anchors`)."""
    if not graphemes:
        return ()
    letters = sorted(set("".join(graphemes)))
    for a in letters:
        if all(a in g for g in graphemes):
            return (a,)
    for i, a in enumerate(letters):
        for b in letters[i + 1 :]:
            if all(a in g or b in g for g in graphemes):
                return (a, b)
    return ()
