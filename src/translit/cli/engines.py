"""What changes in a piece of text: the command's only door to the normalizer.

Every call the command makes into :mod:`translit.normalizer` is here, so a change of the
normalizer's interface touches this module alone:

* :func:`make_normalizer` builds it from the options and the lexicon;
* pass 1, :func:`scan`, counts every chunk of every input into one census (each input in its
  language, told once from its start; :mod:`~translit.cli.scan_pool` runs it in several
  processes), and :func:`cluster_census` gets the clusters back;
* pass 2 asks :func:`second_pass` for an :class:`Engine`; ``engine.for_document(input)`` gives
  the changes of each chunk of that input (``normalizer.with_clusters(clusters).explain(chunk,
  language=...)``).

With ``--column`` or ``--field`` (:mod:`~translit.cli.records`) both passes read the names of
the records instead of prose: pass 1 counts each value that is one name, pass 2 gives each such
value the form of its cluster whole (:mod:`translit.text.units`).

``--no-names`` uses :class:`TranslitEngine` instead, which only transliterates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from .reads import Reads, lookup

if TYPE_CHECKING:  # the normalizer is imported when a run needs it, not for --help
    from ..names.lexicon import Lexicon
    from ..text.rewrite import Change
    from .records import Reader, Records

__all__ = [
    "Engine",
    "EngineError",
    "FirstPass",
    "RecordEngine",
    "Scanned",
    "TranslitEngine",
    "checked",
    "cluster_census",
    "cluster_record",
    "make_normalizer",
    "scan",
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


class FirstPass(NamedTuple):
    """Pass 1's result: the clusters, the language each input was found to be in, and the
    census entries the clusters decided (pass 2 reads the same texts: a spelling no cluster
    holds stays as it is, without being matched again)."""

    clusters: Sequence[Any]
    languages: dict[str, str]
    decided: frozenset[Any] = frozenset()
    reads: Reads | None = None


class Scanned(NamedTuple):
    """Pass 1 before clustering: the census of the inputs, the language of each input, and
    the readings of their chunks kept for pass 2 (none with records); scanned by workers
    (:mod:`~translit.cli.scan_pool`), the nodes of the census's spellings and the worker that
    read each input (-1: the main process)."""

    census: Any
    languages: dict[str, str]
    reads: Reads | None
    nodes: dict[tuple[str, str], tuple[str, ...]] | None = None
    owners: list[int] | None = None


def scan(
    normalizer: Any,
    pieces: Iterable[tuple[str, str]],
    records: Records | None = None,
    budget: int | None = None,
) -> Scanned:
    """Count every chunk of ``pieces`` ((input, chunk), inputs in order) into one census.

    An input's language is told from its first characters (however it is cut into chunks),
    and every chunk counts under the input's name at its offset, so the census depends neither
    on the chunk size nor on the order of the inputs, and the censuses of consecutive runs of
    inputs add up to the census of all of them. With ``records``, the names of the records
    are counted instead of the text. ``budget``: the mentions kept for pass 2
    (:class:`~translit.cli.reads.Reads`).
    """
    from .._collector import paused
    from .._log import timed
    from ..text.census import Census
    from ..text.language import SAMPLE_CHARS, document_language

    census = Census()
    reads = Reads(budget)
    languages: dict[str, str] = {}
    pending: list[str] = []  # the chunks of the current input, until its language is known
    current: str | None = None
    offset = 0
    reader: Reader | None = None

    def count(document: str, chunks: list[str]) -> None:
        nonlocal offset, reader
        lang = languages.get(document)
        if lang is None:
            lang = languages[document] = normalizer.language or document_language(
                "".join(chunks)[:SAMPLE_CHARS]
            )
        # As Normalizer.census does: the collector is off while the chunks read (they make
        # no cycles), on while the files are read between them.
        with paused():
            for chunk in chunks:
                if records is None:
                    read = normalizer._read(chunk)
                    normalizer._count_read(chunk, read, census, lang, document, offset)
                    reads.keep(document, chunk, read)
                elif reader is not None:
                    reader = _count_records(
                        normalizer, reader, chunk, census, lang, document, offset
                    )
                offset += len(chunk)

    with timed("scan") as facts:
        for document, chunk in pieces:
            if document != current:
                if current is not None and pending:
                    count(current, pending)
                current, pending, offset = document, [], 0
                reader = records.reader(document) if records is not None else None
            if document in languages:
                count(document, [chunk])
                continue
            pending.append(chunk)
            if sum(len(c) for c in pending) >= SAMPLE_CHARS:
                count(document, pending)
                pending = []
        if current is not None and pending:
            count(current, pending)
        facts.update(inputs=len(languages), spellings=len(census))
    return Scanned(census, languages, reads if records is None else None)


def cluster_census(
    normalizer: Any, scanned: Scanned, progress: Callable[[int, int], None] | None = None
) -> FirstPass:
    """The clusters of a scanned census, in blocks with ``progress(done, total)`` after each."""
    census = scanned.census
    if progress is None:
        found = normalizer.discover(census)
    else:  # in blocks, to tell how far it is (the same clusters)
        found = normalizer.discover(census, progress=progress)
    return FirstPass(found, scanned.languages, frozenset(census.tallies), scanned.reads)


def _count_records(
    normalizer: Any,
    reader: Reader,
    chunk: str,
    census: Any,
    language: str,
    document: str,
    offset: int,
) -> Reader | None:
    """Count the names of one piece of records; ``None`` when the input is no such table
    (pass 2 reports it)."""
    from ..text.units import count_unit
    from .records import RecordError

    try:
        for item in reader.items(chunk):
            count_unit(normalizer, item.value, census, language, document, offset + item.start)
    except RecordError:
        return None
    return reader


def cluster_record(cluster: Any) -> dict[str, Any]:
    """The ``--discover`` record of one cluster."""
    record: dict[str, Any] = cluster.to_dict()
    return record


class _NameEngine:
    def __init__(
        self,
        normalizer: Any,
        languages: dict[str, str],
        language: str | None,
        reads: Reads | None = None,
        kept: dict[bytes, Any] | None = None,
    ) -> None:
        self.normalizer = normalizer
        self.languages = languages
        self.language = language
        self.reads = reads
        self.kept = kept or {}

    def edits(self, text: str) -> Sequence[Change]:
        read = lookup(self.kept, text)  # pass 1's reading of this chunk, if kept
        changes: Sequence[Change] = self.normalizer._explain_paused(text, self.language, read)
        return changes

    def skipped(self, text: str) -> Sequence[Any]:
        found: Sequence[Any] = self.normalizer.skipped(text)
        return found

    def with_reads(self, reads: Reads) -> _NameEngine:
        """This engine taking back the readings ``reads`` kept (a worker's own, in pass 2)."""
        return _NameEngine(self.normalizer, self.languages, self.language, reads)

    def for_document(self, document: str) -> Engine:
        kept = self.reads.of(document) if self.reads is not None else None
        return _NameEngine(
            self.normalizer, self.languages, self.languages.get(document), self.reads, kept
        )


def second_pass(normalizer: Any, found: FirstPass, records: Records | None = None) -> Engine:
    """Pass 2: the engine that normalises every chunk with the clusters of pass 1."""
    applied = normalizer.with_clusters(found.clusters, census=found.decided)
    if records is not None:
        return RecordEngine(applied, found.languages, records)
    return _NameEngine(applied, found.languages, None, found.reads)


class RecordEngine:
    """Pass 2 with ``--column``/``--field``: each value that is one name takes its cluster's
    form whole (one change per value); the input must be read from its start, chunk after
    chunk (``for_document`` starts it again)."""

    def __init__(
        self,
        normalizer: Any,
        languages: dict[str, str],
        records: Records,
        document: str | None = None,
    ) -> None:
        self.normalizer = normalizer
        self.languages = languages
        self.records = records
        self.language = languages.get(document) if document is not None else None
        self.reader = records.reader(document) if document is not None else None

    def for_document(self, document: str) -> Engine:
        return RecordEngine(self.normalizer, self.languages, self.records, document)

    def skipped(self, text: str) -> Sequence[Any]:
        return []

    def edits(self, text: str) -> Sequence[Change]:
        from ..text.rewrite import Change, apply_changes
        from ..text.units import unit_changes
        from .records import RecordError

        if self.reader is None:
            raise EngineError("records read without naming their input")  # pragma: no cover
        out: list[Change] = []
        try:
            for item in self.reader.items(text):
                changes = unit_changes(self.normalizer, item.value, self.language)
                new = apply_changes(item.value, changes)
                if new != item.value:
                    raw = text[item.start : item.end]
                    why = changes[0].why
                    out.append(Change(item.start, item.end, raw, item.encode(new), new, why))
        except RecordError as err:
            raise EngineError(str(err)) from None
        return out


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
