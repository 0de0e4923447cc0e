"""What changes in a piece of text: the command's only door to the normalizer.

Every call the command makes into :mod:`translit.normalizer` is here, so a change of the
normalizer's interface touches this module alone:

* :func:`make_normalizer` builds it from the options and the lexicon;
* pass 1, :func:`discover`, counts every chunk of every input into one census (each input in its
  language, told once from its start) and gets the clusters back;
* pass 2 asks :func:`second_pass` for an :class:`Engine`; ``engine.for_document(input)`` gives
  the changes of each chunk of that input (``normalizer.with_clusters(clusters).explain(chunk,
  language=...)``).

``--no-names`` uses :class:`TranslitEngine` instead, which only transliterates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:  # the normalizer is imported when a run needs it, not for --help
    from ..names.lexicon import Lexicon
    from ..text.rewrite import Change

__all__ = [
    "Discovery",
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

    def skipped(self, text: str) -> Sequence[Any]:
        """The capitalised words of ``text`` that are no name, with the reason."""
        ...

    def for_document(self, document: str) -> Engine:
        """The engine for the chunks of one input (named as in pass 1)."""
        ...


class EngineError(Exception):
    """The engine returned changes that do not describe the text."""


def make_normalizer(
    lexicon: Lexicon | None,
    canonical: str | None,
    transliterate: str | None,
    language: str | None = None,
    lexicon_only: bool = False,
) -> Any:
    """The normalizer of a run (``ValueError`` for an unknown scheme)."""
    from ..text.normalizer import Normalizer

    return Normalizer(
        lexicon,
        canonical=canonical or "frequent",
        transliterate=transliterate,
        language=language,
        lexicon_only=lexicon_only,
    )


class Discovery(NamedTuple):
    """Pass 1's result: the clusters, and the language each input was found to be in."""

    clusters: list[Any]
    languages: dict[str, str]


def discover(normalizer: Any, pieces: Iterable[tuple[str, str]]) -> Discovery:
    """Pass 1: the clusters of name variants in ``pieces`` ((input, chunk), inputs in order).

    An input's language is told from its first characters (however it is cut into chunks),
    and every chunk counts under the input's name at its offset, so the result depends neither
    on the chunk size nor on the order of the inputs.
    """
    from ..text.census import Census
    from ..text.language import SAMPLE_CHARS, document_language

    census = Census()
    languages: dict[str, str] = {}
    pending: list[str] = []  # the chunks of the current input, until its language is known
    current: str | None = None
    offset = 0

    def count(document: str, chunks: list[str]) -> None:
        nonlocal offset
        lang = languages.get(document)
        if lang is None:
            lang = languages[document] = normalizer.language or document_language(
                "".join(chunks)[:SAMPLE_CHARS]
            )
        for chunk in chunks:
            normalizer.count(chunk, census, language=lang, document=document, base=offset)
            offset += len(chunk)

    for document, chunk in pieces:
        if document != current:
            if current is not None and pending:
                count(current, pending)
            current, pending, offset = document, [], 0
        if document in languages:
            count(document, [chunk])
            continue
        pending.append(chunk)
        if sum(len(c) for c in pending) >= SAMPLE_CHARS:
            count(document, pending)
            pending = []
    if current is not None and pending:
        count(current, pending)
    return Discovery(normalizer.discover(census), languages)


def cluster_record(cluster: Any) -> dict[str, Any]:
    """The ``--discover`` record of one cluster."""
    record: dict[str, Any] = cluster.to_dict()
    return record


class _NameEngine:
    def __init__(self, normalizer: Any, languages: dict[str, str], language: str | None) -> None:
        self.normalizer = normalizer
        self.languages = languages
        self.language = language

    def edits(self, text: str) -> Sequence[Change]:
        changes: Sequence[Change] = self.normalizer.explain(text, language=self.language)
        return changes

    def skipped(self, text: str) -> Sequence[Any]:
        found: Sequence[Any] = self.normalizer.skipped(text)
        return found

    def for_document(self, document: str) -> Engine:
        return _NameEngine(self.normalizer, self.languages, self.languages.get(document))


def second_pass(normalizer: Any, found: Discovery) -> Engine:
    """Pass 2: the engine that normalises every chunk with the clusters of pass 1."""
    return _NameEngine(normalizer.with_clusters(found.clusters), found.languages, None)


class TranslitEngine:
    """``--no-names``: plain transliteration, reported as one edit per changed line (the span
    from the first to the last changed word)."""

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme

    def for_document(self, document: str) -> Engine:
        return self

    def skipped(self, text: str) -> Sequence[Any]:
        return []

    def edits(self, text: str) -> Sequence[Change]:
        from ..text.rewrite import Change
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
