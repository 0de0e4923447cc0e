"""What a standard's data file says, in the form both engines read: letter tables in three case
forms, context rules in the order they are tried, and the casing decisions.

:mod:`.compiler` turns these into a regular expression and a ``str.translate`` table;
:mod:`.reference` applies them one character at a time. Neither reads the data file itself, so
the two can only differ in how they run a standard, never in what the standard says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .._unicode import APOSTROPHES, is_letter, title_case
from .outside import Outside, letters_outside

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    class LetterTable(Protocol):
        """What a standard lends another as its fallback: its letters, without context."""

        @property
        def id(self) -> str: ...

        def letter_output(self, ch: str) -> tuple[str, str] | None: ...


__all__ = [
    "Rule",
    "Tables",
    "all_caps_at",
    "build_tables",
    "capital_output",
    "lone_caps",
    "with_upper",
]

# A capital letter that is a word of its own ("Я ЛЮБЛЮ ТЕБЯ") looks this far for the next word.
_LONE_WINDOW = 24
_SENTENCE_END = frozenset("\n\r.!?;")


def with_upper(chars: str) -> frozenset[str]:
    """``chars`` and the upper-case form of each that is one character (the letters a rule
    written in lower case matches)."""
    out = set(chars)
    for c in chars:
        up = c.upper()
        if len(up) == 1:
            out.add(up)
    return frozenset(out)


@dataclass(frozen=True)
class Rule:
    """A context rule of the data file, ready to run.

    Attributes:
        name: its name in the compiled pattern (``r`` and its index in the file).
        match: the lower-case letters it matches (each also in upper case).
        after, not_after, before, not_before: the contexts, as in the data file (class names
            resolved to letters, both cases).
        through: characters that may stand between the ``after`` context and the match.
        lower, title, upper: the output of each matched letter in lower, Title and ALL CAPS.
    """

    name: str
    match: str
    after: tuple[str | frozenset[str], ...]
    not_after: tuple[str | frozenset[str], ...]
    before: tuple[str | frozenset[str], ...]
    not_before: tuple[str | frozenset[str], ...]
    through: frozenset[str]
    lower: tuple[str, ...]
    title: tuple[str, ...]
    upper: tuple[str, ...]


#: Context items that are not letter sets.
SPECIAL_CONTEXTS = frozenset({"^", "$", "apostrophe", "letter"})


@dataclass(frozen=True)
class Tables:
    """One standard (or its name-oriented variant), read from its data file.

    Attributes:
        id: the standard's id.
        lower: lower-case (and caseless) letter -> output.
        title: upper-case letter -> Title output.
        upper: upper-case letter -> ALL-CAPS output.
        extra: further characters mapped unconditionally.
        outside: letters of the script the standard lacks (see :mod:`.outside`).
        own_letters: the letters the standard itself has, both cases.
        rules: the context rules, longest match first, then in file order.
        apostrophe: output for an apostrophe between two letters of the standard, or None.
        caps: upper-case letters whose Title and ALL-CAPS outputs differ -> ALL-CAPS output.
        table: character -> output for everything the rules leave alone (the letter table in
            lower and Title case, and ``extra``).
    """

    id: str
    lower: dict[str, str]
    title: dict[str, str]
    upper: dict[str, str]
    extra: dict[str, str]
    outside: Outside
    own_letters: frozenset[str]
    rules: tuple[Rule, ...]
    apostrophe: str | None
    caps: dict[str, str]
    table: dict[str, str]

    @cached_property
    def covered(self) -> frozenset[str]:
        """Every letter the letter table writes (own letters, fallbacks), both cases."""
        return frozenset(self.lower) | frozenset(self.title)

    @cached_property
    def upper_letters(self) -> frozenset[str]:
        """The upper-case covered letters and A-Z: what counts as a capital next to a letter."""
        return frozenset(c for c in self.covered if c.isupper()) | frozenset(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        )

    def letter_output(self, ch: str) -> tuple[str, str] | None:
        """The letter table's output for ``ch`` (no context) and its ALL-CAPS form, or None."""
        value = self.table.get(ch)
        if value is None:
            return None
        return value, self.upper.get(ch, value.upper())


def build_tables(
    data: dict[str, Any], fallbacks: Sequence[LetterTable] = (), *, names: bool = False
) -> Tables:
    """Read a standard's data file (see ``docs/data-format.rst``).

    Args:
        data: the parsed data file.
        fallbacks: the standards whose letter tables fill in letters this one lacks.
        names: the name-oriented variant: the characters of ``names_drop`` are left out of
            every output.
    """
    scheme_id: str = data["id"]
    drop = str.maketrans("", "", data.get("names_drop", "")) if names else {}

    def out(s: str) -> str:
        return s.translate(drop) if drop else s

    letters: dict[str, str] = {**data.get("supplement", {}), **data["letters"]}
    title_over: dict[str, str] = data.get("title", {})
    upper_over: dict[str, str] = data.get("upper", {})
    classes: dict[str, str] = data.get("classes", {})

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
    own = frozenset(lower) | frozenset(title)

    outside = letters_outside(data, lower, own, fallbacks)
    for src, (t, u) in outside.table.items():
        if src.islower() or src.upper() == src:
            lower[src] = out(t)
        else:
            title[src] = out(t)
            upper[src] = out(u)

    def context(items: Sequence[str]) -> tuple[str | frozenset[str], ...]:
        return tuple(
            item if item in SPECIAL_CONTEXTS else with_upper(classes.get(item, item))
            for item in items
        )

    rules: list[Rule] = []
    ordered = sorted(enumerate(data.get("rules", [])), key=lambda ir: (-len(ir[1]["match"]), ir[0]))
    for idx, rule in ordered:
        match: str = rule["match"]
        n = len(match)
        value = rule["output"]
        segs = [out(s) for s in (value if isinstance(value, list) else [value] + [""] * (n - 1))]
        if len(segs) != n:
            raise ValueError(f"{scheme_id}: rule {match!r} needs {n} output segments")
        t_over = rule.get("title")
        rules.append(
            Rule(
                name=f"r{idx}",
                match=match,
                after=context(rule.get("after", ())),
                not_after=context(rule.get("not_after", ())),
                before=context(rule.get("before", ())),
                not_before=context(rule.get("not_before", ())),
                through=frozenset("".join(classes.get(t, t) for t in rule.get("through", ()))),
                lower=tuple(segs),
                title=tuple([out(t_over)] + [title_case(s) for s in segs[1:]])
                if t_over is not None
                else tuple(title_case(s) for s in segs),
                upper=tuple(s.upper() for s in segs),
            )
        )
    apostrophe = data.get("apostrophe")
    extra = {k: out(v) for k, v in data.get("extra", {}).items()}
    tables = Tables(
        id=scheme_id,
        lower=lower,
        title=title,
        upper=upper,
        extra=extra,
        outside=outside,
        own_letters=own,
        rules=tuple(rules),
        apostrophe=None if apostrophe is None else out(apostrophe),
        caps={k: upper[k] for k in title if title[k] != upper[k]},
        table={**lower, **title, **extra},
    )
    _check_outputs_stay(scheme_id, tables)
    for rule in tables.rules:
        sets = [x for x in (*rule.after, *rule.not_after, *rule.before, *rule.not_before)]
        if any(not isinstance(x, str) and "\n" in x for x in sets) or "\n" in rule.through:
            # The compiled engine cuts long texts after line breaks (see compiler._PIECE).
            raise ValueError(f"{scheme_id}: rule {rule.match!r}: a line break in a context")
    return tables


def _check_outputs_stay(scheme_id: str, tables: Tables) -> None:
    """Rule outputs go through the letter table once more in the compiled engine (rules run
    first, the table after them), so no output may hold a character the table changes."""
    table = tables.table
    outputs = [s for r in tables.rules for s in (*r.lower, *r.title, *r.upper)]
    outputs += [*tables.caps.values(), tables.apostrophe or ""]
    for s in outputs:
        changed = [c for c in s if table.get(c, c) != c]
        if changed:
            raise ValueError(
                f"{scheme_id}: the output {s!r} of a rule holds {changed[0]!r}, which the "
                "letter table would change again"
            )


def capital_output(tables: Tables, s: str, i: int) -> str:
    """The output of ``s[i]``, a capital whose Title and ALL-CAPS forms differ, where no rule
    applies: ALL CAPS when the next letter is a capital, or when the word ends after it and
    the letter before it is a capital; a capital that is a word of its own by
    :func:`lone_caps`; Title case otherwise (docs: Casing)."""
    c = s[i]
    upper = tables.upper_letters
    n = len(s)
    nxt = s[i + 1] if i + 1 < n else ""
    prev = s[i - 1] if i > 0 else ""
    prev2 = s[i - 2] if i > 1 else ""
    if nxt and nxt in upper:
        return tables.caps[c]
    if (prev and prev in upper) or (prev and prev in APOSTROPHES and prev2 and prev2 in upper):
        if not is_letter(nxt):
            return tables.caps[c]
    alone_before = not is_letter(prev) and not (prev and prev in APOSTROPHES and is_letter(prev2))
    nxt2 = s[i + 2] if i + 2 < n else ""
    alone_after = not is_letter(nxt) and not (nxt and nxt in APOSTROPHES and is_letter(nxt2))
    if alone_before and alone_after and lone_caps(s, i):
        return tables.caps[c]
    return tables.title[c]


def all_caps_at(s: str, i: int) -> bool:
    """Whether the upper-case letter at ``s[i]`` takes its ALL-CAPS output (docs: Casing)."""
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
    return lone_caps(s, i)


def lone_caps(s: str, i: int) -> bool:
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
