"""The combined regular expression of a standard: every context rule, the apostrophe rule and
the capitals whose case the letters around decide, in one pattern that CPython's ``re`` runs
fast.

Its shape is what makes the compiled engine fast, so it is spelled out here:

* **one literal letter first in every branch.** ``re`` then gathers those letters into a
  character set and skips to candidates in C, and at a candidate it rejects the branch of any
  other letter with one comparison. (A branch starting with a class or a lookbehind makes it
  try every branch at every candidate, or every position.) A rule matching ``з`` and ``З``
  gets one branch per letter; branches of different letters never compete, so grouping the
  rules by first letter keeps the order that matters: longer matches first, then file order.
* **lower-case letters first**, the common case, since branches are tried in order.
* **one group per branch**, empty, at its end, so the callback finds a branch's output by the
  group number alone (``Match.lastindex``). Where a branch's output depends on nothing but the
  branch — a rule's match in lower case or in Title case before a lower-case letter, an
  apostrophe — it is worked out here (``fixed``).
* **contexts as lookarounds** after the match, merged where they can be (all letter sets of an
  ``after`` list in one class).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .._unicode import APOSTROPHE_CLASS, APOSTROPHES, LETTER
from .tables import Rule, Tables

__all__ = ["Branch", "ContextPattern", "alternation", "context_pattern"]


@dataclass(frozen=True)
class Branch:
    """One branch of the pattern.

    Attributes:
        letter: the letter it starts with.
        body: the pattern after the letter (its contexts included).
        fixed: its output wherever it matches, or None where the surroundings decide (case).
        what: the rule it belongs to, or ``"apos"``, ``"capital"``.
    """

    letter: str
    body: str
    fixed: str | None
    what: Rule | str


@dataclass(frozen=True)
class ContextPattern:
    """The compiled pattern and, per group number, its branch's fixed output and rule."""

    regex: re.Pattern[str] | None
    fixed: tuple[str | None, ...]
    what: tuple[Rule | str | None, ...]


def char_class(chars: Iterable[str]) -> str:
    """A regular-expression class of ``chars`` (one that never matches if there are none),
    with runs of consecutive code points as ranges: a standard's classes hold hundreds of
    letters, and ``re`` parses a range much faster.

    >>> char_class("вгдба"), char_class("ab")
    ('[а-д]', '[ab]')
    """
    points = sorted({ord(c) for c in chars})
    if not points:
        return "(?!)"
    parts: list[str] = []
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        if prev - start >= 2:
            parts.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        else:
            parts += [re.escape(chr(c)) for c in range(start, prev + 1)]
        start = prev = cp
    return "[" + "".join(parts) + "]"


def _cases(c: str) -> list[str]:
    """``c`` and its upper-case form, lower-case first (one form if it has no other)."""
    up = c.upper()
    return [c, up] if len(up) == 1 and up != c else [c]


def _context(
    items: Sequence[str | frozenset[str]],
    n: int,
    ahead: bool,
    negate: bool = False,
    through: frozenset[str] = frozenset(),
) -> str:
    """A rule's context as lookarounds, written for the position after the ``n`` matched
    letters (a lookbehind steps back over them)."""
    start = _word_start_or(items, n) if not (ahead or negate or through) else None
    if start is not None:
        return start
    parts: list[str] = []
    letters: set[str] = set()
    for item in items:
        if isinstance(item, frozenset):
            letters |= item  # "any of" two sets is one set: one check instead of two
        elif item in ("^", "$"):
            if ahead:  # end of word: no letter follows, not even after an apostrophe
                parts.append(f"(?!{LETTER})(?!{APOSTROPHE_CLASS}{LETTER})")
            else:
                back = "." * n
                parts.append(f"(?<!{LETTER}{back})(?<!{LETTER}{APOSTROPHE_CLASS}{back})")
        elif item == "apostrophe":
            cls = APOSTROPHE_CLASS
            parts.append(f"(?={cls}{LETTER})" if ahead else f"(?<={LETTER}{cls}{'.' * n})")
        else:  # "letter"
            parts.append(_class_context(LETTER, n, ahead, through))
    if letters:
        parts.insert(0, _class_context(char_class(letters), n, ahead, through))
    if negate:
        return "(?!" + "|".join(f"(?:{p})" for p in parts) + ")"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _word_start_or(items: Sequence[str | frozenset[str]], n: int) -> str | None:
    """``after: ["^", <letters>, ...]`` (a vowel rule: word-initially or after a vowel) in
    fewer lookbehinds, or None for other lists.

    Written plainly, the letter before the match fails three or four checks in the usual case,
    a consonant. With p the letter before and pp the one before it, "^" is "p is not a letter,
    and not an apostrophe after a letter", and "apostrophe" is "p is an apostrophe after a
    letter". So

    * ``^ or S or apostrophe`` = (p in S, or p not a letter) or (p apostrophe, pp letter), and
      the first half is one class: p is not a letter outside S;
    * ``^ or S`` = (p in S, or p not a letter) and (p in S, or not (p apostrophe, pp letter)).

    Either way a consonant before fails the first check. (Any letter in S, or none.)
    """
    kinds = {x if isinstance(x, str) else "set" for x in items}
    if not ({"^", "set"} <= kinds <= {"^", "set", "apostrophe"}):
        return None
    letters = set().union(*(x for x in items if isinstance(x, frozenset)))
    back = "." * n
    inside = char_class(letters)[1:-1]  # the class body, for a negated class
    letter_outside = f"[^\\W\\d_{inside}]"  # [^\W\d_...]: a letter, not one of these
    apostrophe_after_letter = f"{LETTER}{APOSTROPHE_CLASS}{back}"
    if "apostrophe" in kinds:
        return f"(?:(?<!{letter_outside}{back})|(?<={apostrophe_after_letter}))"
    return (
        f"(?<!{letter_outside}{back})"
        f"(?:(?<={char_class(letters)}{back})|(?<!{apostrophe_after_letter}))"
    )


def _class_context(cls: str, n: int, ahead: bool, through: frozenset[str]) -> str:
    if ahead:
        return f"(?={cls})"
    # "through": closing quotes or brackets may stand between (re needs a fixed width per
    # lookbehind, so one alternative per count, up to three).
    back = "." * n  # the matched letters (not ".{n}": a repeat is slower to run)
    alts = [f"(?<={cls}{back})"]
    if through:
        between = char_class(through)
        alts += [f"(?<={cls}{between * k}{back})" for k in range(1, 4)]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _rule_body(rule: Rule, case: str = "any") -> str:
    """The pattern of a rule after its first letter: its other letters and its contexts.

    ``case``: ``"lower"``, the other letters in lower case; ``"mixed"``, at least one of them
    in upper case (lower case is a branch of its own, tried first); ``"any"``, either.
    """
    n = len(rule.match)
    rest = rule.match[1:]
    if case == "lower":
        pattern = re.escape(rest)
    elif case == "mixed" and len(rest) == 1:
        pattern = re.escape(rest.upper())
    else:
        pattern = "".join(char_class(_cases(c)) for c in rest)
    if rule.after:
        pattern += _context(rule.after, n, ahead=False, through=rule.through)
    if rule.not_after:
        pattern += _context(rule.not_after, n, ahead=False, negate=True)
    if rule.before:
        pattern += _context(rule.before, 0, ahead=True)
    if rule.not_before:
        pattern += _context(rule.not_before, 0, ahead=True, negate=True)
    return pattern


def branches(tables: Tables) -> list[Branch]:
    """Every branch of a standard's pattern, in the order they are tried at one letter."""
    out: list[Branch] = []
    lower = char_class(c for c in tables.covered if c.islower())
    for rule in tables.rules:
        first = rule.match[0]
        mixed = any(len(_cases(c)) > 1 for c in rule.match[1:])
        for ch in _cases(first):
            if ch == first:
                out.append(Branch(ch, _rule_body(rule, "lower"), "".join(rule.lower), rule))
                if mixed:  # зЬ
                    out.append(Branch(ch, _rule_body(rule, "mixed"), None, rule))
                continue
            # Upper case. A capital followed by a lower-case letter is written in Title case
            # (see all_caps_at): the usual case, whose output is known here.
            title = rule.title[0] + "".join(rule.lower[1:])
            if len(rule.match) > 1:  # Зг: the next letter is the rule's own
                out.append(Branch(ch, _rule_body(rule, "lower"), title, rule))
            else:
                out.append(Branch(ch, f"(?={lower}){_rule_body(rule)}", title, rule))
            out.append(Branch(ch, _rule_body(rule), None, rule))  # ЗГ, Е., ...
    covered = char_class(tables.covered)
    if tables.apostrophe is not None:
        body = f"(?<={covered}.)(?={covered})"
        out += [Branch(ch, body, tables.apostrophe, "apos") for ch in APOSTROPHES]
    # Letters whose output differs between Title and ALL-CAPS (Щ: Shch/SHCH) take it from the
    # letters around them (see :func:`~.tables.capital_output`). Before a lower-case letter, the
    # usual case, they are in Title case like any capital: only the others match here.
    for ch in tables.caps:
        out.append(Branch(ch, f"(?!{lower})", None, "capital"))
    return out


def alternation(items: Sequence[tuple[str, str]]) -> str:
    """One pattern trying ``items`` (first letter, pattern after it) in order, grouped by first
    letter, lower-case letters first.

    >>> alternation([("a", "x"), ("B", "z"), ("b", "y"), ("a", "w")])
    '(?:a(?:x|w)|b(?:y)|B(?:z))'
    """
    by_first: dict[str, list[str]] = {}
    for letter, body in items:
        by_first.setdefault(letter, []).append(body)
    if not by_first:
        return "(?!)"
    order = sorted(by_first, key=lambda ch: not ch.islower())  # stable: first seen first
    return "(?:" + "|".join(f"{re.escape(ch)}(?:{'|'.join(by_first[ch])})" for ch in order) + ")"


def context_pattern(tables: Tables) -> ContextPattern:
    """Compile the branches of ``tables`` into one pattern."""
    found = branches(tables)
    if not found:
        return ContextPattern(None, (), ())
    # The group is an empty one at the end of its branch: it is only entered once the branch
    # has matched, and the branch still starts with a plain letter that re rejects quickly.
    regex = re.compile(
        alternation([(b.letter, f"{b.body}(?P<g{i}>)") for i, b in enumerate(found)]), re.S
    )
    fixed: list[str | None] = [None] * (regex.groups + 1)
    what: list[Rule | str | None] = [None] * (regex.groups + 1)
    for i, b in enumerate(found):
        index = regex.groupindex[f"g{i}"]
        fixed[index] = b.fixed
        what[index] = b.what
    return ContextPattern(regex, tuple(fixed), tuple(what))
