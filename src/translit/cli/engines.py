"""What changes in a piece of text: the command's only door to the normalizer.

Every call the command makes into :mod:`translit.normalizer` is here, so a change of the
normalizer's interface touches this module alone:

* :func:`make_normalizer` builds it from the options and the lexicon;
* pass 1, :func:`discover`, gives it every chunk of every input and gets the clusters back;
* pass 2 asks :func:`second_pass` for an :class:`Engine`, whose ``edits(chunk)`` are the changes
  of one chunk (``normalizer.with_clusters(clusters).explain(chunk)``).

``--no-names`` uses :class:`TranslitEngine` instead, which only transliterates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the normalizer is imported when a run needs it, not for --help
    from ..names.lexicon import Lexicon
    from ..normalizer import Change

__all__ = [
    "Engine",
    "EngineError",
    "TranslitEngine",
    "checked",
    "cluster_record",
    "discover",
    "make_normalizer",
    "second_pass",
]


class Engine(Protocol):
    """Gives the changes of one chunk of text, in order, not overlapping."""

    def edits(self, text: str) -> Sequence[Change]: ...


class EngineError(Exception):
    """The engine returned changes that do not describe the text."""


def make_normalizer(
    lexicon: Lexicon | None, canonical: str | None, transliterate: str | None
) -> Any:
    """The normalizer of a run (``ValueError`` for an unknown scheme)."""
    from ..normalizer import Normalizer

    return Normalizer(lexicon, canonical=canonical or "frequent", transliterate=transliterate)


def discover(normalizer: Any, chunks: Iterable[str]) -> list[Any]:
    """Pass 1: the clusters of name variants found in ``chunks`` (every input, in order)."""
    clusters: list[Any] = normalizer.discover(chunks)
    return clusters


def cluster_record(cluster: Any) -> dict[str, Any]:
    """The ``--discover`` record of one cluster."""
    record: dict[str, Any] = cluster.to_dict()
    return record


class _NameEngine:
    def __init__(self, normalizer: Any) -> None:
        self.normalizer = normalizer

    def edits(self, text: str) -> Sequence[Change]:
        changes: Sequence[Change] = self.normalizer.explain(text)
        return changes


def second_pass(normalizer: Any, clusters: Sequence[Any]) -> Engine:
    """Pass 2: the engine that normalises every chunk with the clusters of pass 1."""
    return _NameEngine(normalizer.with_clusters(clusters))


class TranslitEngine:
    """``--no-names``: plain transliteration, reported as one edit per changed line (the span
    from the first to the last changed word)."""

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme

    def edits(self, text: str) -> Sequence[Change]:
        from ..normalizer import Change
        from ..transliteration import transliterate

        out = transliterate(text, self.scheme)
        if out == text:
            return []
        reason = f"transliterated under {self.scheme}"
        old_lines = text.split("\n")
        new_lines = out.split("\n")
        if len(old_lines) != len(new_lines):  # pragma: no cover - standards keep line breaks
            return [Change(0, len(text), text, out, out, reason)]
        edits: list[Change] = []
        pos = 0
        for a, b in zip(old_lines, new_lines):
            if a != b:
                p = 0
                while p < min(len(a), len(b)) and a[p] == b[p]:
                    p += 1
                limit = min(len(a), len(b)) - p
                s = 0
                while s < limit and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
                    s += 1
                while p > 0 and not a[p - 1].isspace():
                    p -= 1
                while s > 0 and not a[len(a) - s].isspace():
                    s -= 1
                new = b[p : len(b) - s]
                edits.append(Change(pos + p, pos + len(a) - s, a[p : len(a) - s], new, new, reason))
            pos += len(a) + 1
        return edits


def checked(edits: Sequence[Change], text: str) -> Sequence[Change]:
    """Refuse edits that do not describe ``text`` (a file is never written from them)."""
    pos = 0
    for e in edits:
        if not (pos <= e.start <= e.end <= len(text)) or text[e.start : e.end] != e.original:
            raise EngineError(f"the normalizer returned an inconsistent change at offset {e.start}")
        pos = e.end
    return edits
