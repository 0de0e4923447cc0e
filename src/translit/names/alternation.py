"""Regular-expression helpers for the convention markers: a pattern's top-level alternatives,
and one quick test for many markers at once.
"""

from __future__ import annotations

import re

__all__ = ["AnyMarker", "top_alternatives"]


class AnyMarker:
    """Does a token have the marker of some convention but English? The markers that start
    with a letter or a set of letters are one alternation, which the regular-expression engine
    scans quickly (it skips to the letters that can start one); those that start with an
    anchor or a lookaround are a second one."""

    def __init__(self, patterns: list[str]) -> None:
        quick: list[str] = []
        slow: list[str] = []
        for p in patterns:
            for alternative in top_alternatives(p):
                (slow if alternative.startswith(("(?", "^")) else quick).append(alternative)
        self.quick = re.compile("|".join(f"(?:{p})" for p in quick) or "(?!)")
        self.slow = re.compile("|".join(f"(?:{p})" for p in slow) or "(?!)")

    def search(self, low: str) -> bool:
        return self.quick.search(low) is not None or self.slow.search(low) is not None


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (split at "|" outside groups and sets)."""
    out, depth, start, i, in_set = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out
