"""Rewriting: a mention and its target become :class:`Change` records, word by word.

A mention is rewritten whole or not at all. A full name takes the canonical full name when the
two have the same parts (given name, patronymic, surname, initials); otherwise only its surname
changes, and only into a surname form of the given name's language, so that no full name ends
up a hybrid of two spellings. Each word keeps its case style (LUKASHENKA -> LUKASHENKO).

Reasons are rendered only for the changes emitted, once per distinct spelling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..names.parsing import analyze
from .canonical import compatible
from .clusters import Cluster
from .mentions import Mention

__all__ = [
    "WHOLE",
    "Change",
    "apply_changes",
    "lazy_reason",
    "mention_changes",
    "reason",
    "typographic",
    "word_targets",
]


@dataclass(frozen=True)
class Change:
    """One rewrite: ``text[start:end]`` (``original``) becomes ``replacement``.

    ``reason`` is worked out the first time it is read: deciding never pays for explaining.
    """

    start: int
    end: int
    original: str
    replacement: str
    canonical: str
    why: str | Callable[[], str] = field(default="", repr=False, compare=False)

    @property
    def reason(self) -> str:
        """Why this change is made, in one sentence."""
        why = self.why
        if callable(why):
            why = why()
            object.__setattr__(self, "why", why)
        return why

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "canonical": self.canonical,
            "reason": self.reason,
        }


def in_case_of(model: str, word: str) -> str:
    """``word`` in the case style of ``model`` (ALL CAPS or as written)."""
    if model.isupper() and sum(c.isalpha() for c in model) > 1:
        return word.upper()
    return word


def _parts(spelling: str) -> list[tuple[str, str]]:
    """(role, word) for each word of a spelling, by the name parser."""
    words = spelling.split(" ")
    tokens = analyze(spelling).tokens
    if len(tokens) != len(words):
        return [("?", w) for w in words]
    return [(t.role, w) for t, w in zip(tokens, words)]


WHOLE = -1
"""In a :func:`word_targets` result: the whole span of the mention takes the target."""


@lru_cache(maxsize=65_536)
def word_targets(
    spelling: str, kind: str, canonical: str, cluster_kind: str
) -> tuple[tuple[int, str], ...]:
    """(word index, new word) pairs that turn a mention's spelling into ``canonical``.

    Empty when the mention must stay as it is. ``(WHOLE, canonical)``: a place of several
    words, the links between them included, takes the canonical form whole.
    """
    n = spelling.count(" ") + 1
    target_words = canonical.split(" ")
    if cluster_kind != "person" or kind != "person":
        if n == 1:
            return ((0, canonical),)
        if len(target_words) != n:
            return ((WHOLE, canonical),)
        return tuple(enumerate(target_words))
    mine = _parts(spelling)
    target = _parts(canonical)
    if sorted(r for r, _ in mine) == sorted(r for r, _ in target) and "?" not in dict(mine):
        pool: dict[str, list[str]] = {}
        for role, w in target:
            pool.setdefault(role, []).append(w)
        return tuple((i, pool[role].pop(0)) for i, (role, _) in enumerate(mine))
    # Different parts (an initial, a patronymic on one side only): the surname alone changes.
    surname = next((w for r, w in target if r == "surname"), None)
    given = next((w for r, w in mine if r in ("given", "initial")), None)
    if surname is None or not compatible(given, surname):
        return ()
    return tuple((i, surname) for i, (role, _) in enumerate(mine) if role == "surname")


def mention_changes(
    text: str, mention: Mention, canonical: str, kind: str, why: str | Callable[[], str]
) -> list[Change]:
    """The changes that turn ``mention`` of ``text`` into ``canonical`` (empty: none)."""
    out = []
    words = mention.words
    for i, new in word_targets(mention.spelling, mention.kind, canonical, kind):
        if i == WHOLE:
            start, end = words[0].start, words[-1].end
            original = text[start:end]
            if new != original:
                out.append(Change(start, end, original, new, canonical, why))
            continue
        word = words[i]
        new = in_case_of(word.text, new)
        if new != word.text:
            out.append(Change(word.start, word.end, word.text, new, canonical, why))
    return out


def _first_rule(a: str, b: str) -> str:
    from ..names.matching import explain_match

    exp = explain_match(a, b)
    rules = [r for al in exp.alignments for r in al.rules if al.same]
    return rules[0] if rules else "same spelling up to case"


def reason(spelling: str, cluster: Cluster) -> str:
    """Why ``spelling`` becomes the cluster's canonical form, in one sentence."""
    c = cluster.canonical
    counts = dict(cluster.variants)
    if cluster.kind == "native":
        rule = "one spelling up to ё/е and stress marks"
    elif cluster.kind == "place":
        rule = "forms of one place"
    else:
        rule = _first_rule(spelling, c)
    basis = cluster.basis
    n_c, n_s = counts.get(c, 0), counts.get(spelling, 0)
    if spelling not in counts:
        why = f"{c} is the canonical spelling of this name in the discovery applied"
    elif basis == "frequent":
        why = f"{c} is the most frequent spelling in this input, {n_c} against {n_s}"
    elif basis == "first-seen":
        why = f"{c} and {spelling} are equally frequent ({n_c} each); {c} is seen first"
    elif basis in ("home", "home-first-seen"):
        why = _home_reason(c, spelling, n_c, n_s, cluster.language, basis)
    elif basis == "first":
        why = f"{c} is the first spelling seen"
    elif basis == "marked":
        why = f"{c} is the same spelling with its diacritics"
    elif basis == "surname":
        why = f"{c} is written with the surname's canonical spelling ({_surname(c)})"
    elif basis == "composed":
        why = f"the full name takes the surname's canonical spelling ({_surname(c)})"
    elif basis.startswith("standard:"):
        why = f"{c} is the {basis[9:]} form of the name"
    else:
        why = basis
    return f"same name as {c} ({rule}); {why}"


def _home_reason(c: str, spelling: str, n_c: int, n_s: int, language: str, basis: str) -> str:
    """Why the spelling at home in the document's language (:mod:`.home_spellings`) won."""
    home = "the document's language" + (f" ({language})" if language != "und" else "")
    if n_s > n_c:  # (a spelling at home as frequent as that would have won)
        return f"{c} is written so in {home}, {spelling} is not"
    if n_s < n_c:
        return f"{c} is the most frequent spelling written so in {home}, {n_c} against {n_s}"
    why = f"{c} and {spelling} are equally frequent ({n_c} each); {c} is written so in {home}"
    return why + ("; of such spellings it is seen first" if basis == "home-first-seen" else "")


def lazy_reason(spelling: str, cluster: Cluster) -> Callable[[], str]:
    """:func:`reason`, worked out once and only when it is read."""
    memo: list[str] = []

    def why() -> str:
        if not memo:
            memo.append(reason(spelling, cluster))
        return memo[0]

    return why


_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ`´‘", "'"))


def typographic(spelling: str) -> str:
    """A spelling up to case and the form of its apostrophes: what no rewrite is for."""
    return spelling.casefold().translate(_APOSTROPHES)


def _surname(person: str) -> str:
    from .clusters import _surname_of

    return _surname_of(person)[0] or person.rsplit(" ", 1)[-1]


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """Apply non-overlapping changes to ``text``."""
    pieces = []
    pos = 0
    for c in sorted(changes, key=lambda c: c.start):
        pieces.append(text[pos : c.start])
        pieces.append(c.replacement)
        pos = c.end
    pieces.append(text[pos:])
    return "".join(pieces)
