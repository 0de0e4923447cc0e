"""``--column`` and ``--field``: tables whose cells are names, not prose.

With ``--column NAME`` every input is a CSV or TSV table (tab for ``.tsv`` files, else the
separator of its header line) and each cell of the named columns is one name; with
``--field PATH`` every input is JSON Lines and each string at the path (or each string of a
list there) is one name. A name is normalised as a unit (:mod:`translit.text.units`): the
whole value takes its cluster's canonical form, or stays as it is. Nothing else changes: the
other cells, the quoting, the separators and the line endings keep their bytes.

:class:`Records` is picklable (it travels to the worker processes of ``--jobs``); it re-cuts
the pieces a file is read in at record boundaries (:meth:`Records.chunks`) and gives a
:class:`Reader` per input, which finds the values of each piece in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from .csvcells import encode as encode_field
from .csvcells import record_chunks, records, sniff_delimiter
from .jsoncells import JsonLineError, strings_at
from .jsoncells import encode as encode_string

__all__ = ["Item", "Reader", "RecordError", "Records"]


class RecordError(ValueError):
    """An input is not the table the options describe (no such column, a line not JSON)."""


class Item(NamedTuple):
    """One name: ``chunk[start:end]`` is its raw text, ``value`` the name, and ``encode``
    gives the raw text of another value in its place."""

    start: int
    end: int
    value: str
    encode: Callable[[str], str]


class Reader(Protocol):
    def items(self, chunk: str) -> Iterator[Item]:
        """The names of the next piece of the input, in order."""
        ...


@dataclass(frozen=True)
class Records:
    """Which values of which records are names: CSV/TSV ``columns`` or JSON ``fields``."""

    columns: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def chunks(self, chunks: Iterable[str], document: str) -> Iterator[str]:
        """``chunks`` re-cut so that every piece ends at a record boundary."""
        if self.fields:
            return _line_chunks(chunks)
        return _csv_chunks(chunks, document)

    def reader(self, document: str) -> Reader:
        """A reader of the records of one input, from its start."""
        if self.fields:
            return _JsonReader(tuple(tuple(f.split(".")) for f in self.fields))
        return _CsvReader(document, self.columns)


def _line_chunks(chunks: Iterable[str]) -> Iterator[str]:
    pending = ""
    for chunk in chunks:
        text = pending + chunk
        cut = text.rfind("\n") + 1
        if cut:
            yield text[:cut]
        pending = text[cut:]
    if pending:
        yield pending


def _csv_chunks(chunks: Iterable[str], document: str) -> Iterator[str]:
    it = iter(chunks)
    first = next(it, None)
    if first is None:
        return
    delimiter = sniff_delimiter(document, first.split("\n", 1)[0])

    def again() -> Iterator[str]:
        yield first
        yield from it

    yield from record_chunks(again(), delimiter)


@dataclass(frozen=True)
class _FieldEncoder:
    quoted: bool
    delimiter: str

    def __call__(self, value: str) -> str:
        return encode_field(value, self.quoted, self.delimiter)


@dataclass(frozen=True)
class _StringEncoder:
    like: str

    def __call__(self, value: str) -> str:
        return encode_string(value, self.like)


class _CsvReader:
    def __init__(self, document: str, columns: Sequence[str]) -> None:
        self.document = document
        self.columns = columns
        self.delimiter: str | None = None
        self.indexes: list[int] | None = None

    def items(self, chunk: str) -> Iterator[Item]:
        if self.delimiter is None:
            self.delimiter = sniff_delimiter(self.document, chunk.split("\n", 1)[0])
        delimiter = self.delimiter
        for record in records(chunk, delimiter):
            if len(record) == 1 and not record[0].value and not record[0].quoted:
                continue  # a blank line
            if self.indexes is None:
                self.indexes = self._header([f.value.lstrip("\ufeff") for f in record])
                continue
            for i in self.indexes:
                if i < len(record) and record[i].well_formed:
                    f = record[i]
                    yield Item(f.start, f.end, f.value, _FieldEncoder(f.quoted, delimiter))

    def _header(self, names: list[str]) -> list[int]:
        indexes = []
        for column in self.columns:
            if column not in names:
                shown = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
                raise RecordError(f"no column {column!r} in the header (columns: {shown})")
            indexes += [i for i, n in enumerate(names) if n == column]
        return sorted(set(indexes))


class _JsonReader:
    def __init__(self, paths: tuple[tuple[str, ...], ...]) -> None:
        self.paths = paths
        self.line = 0

    def items(self, chunk: str) -> Iterator[Item]:
        pos = 0
        while pos < len(chunk):
            end = chunk.find("\n", pos)
            end = len(chunk) if end < 0 else end + 1
            content = chunk[pos:end].rstrip("\r\n")
            self.line += 1
            skip = 1 if self.line == 1 and content.startswith("\ufeff") else 0
            if content[skip:].strip():
                try:
                    spans = sorted({s for p in self.paths for s in strings_at(content[skip:], p)})
                except JsonLineError as err:
                    raise RecordError(f"line {self.line} is not a JSON value ({err})") from None
                for s, e in spans:
                    raw = content[skip + s : skip + e]
                    value = json.loads(raw)
                    yield Item(pos + skip + s, pos + skip + e, value, _StringEncoder(raw))
            pos = end
