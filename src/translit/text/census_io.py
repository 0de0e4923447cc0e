"""A census on disk (:meth:`Census.save`, :meth:`Census.load`) and in a pickle.

Format ``translit-census``, version 4 (see :mod:`~translit.text.file_format`): a header
``{"format": "translit-census", "version": 4, "count": N}``, then one entry a line, sorted::

    ["en","surname","Lukashenka",2,1,"3f1c9a0b2d4e5f60",0]

that is language, kind (``person``, ``surname``, ``place``, ``native``, ``unlisted``, ``lower``
or ``initial``), spelling, count in mixed case, count in ALL CAPS, and the first occurrence: the
document's name and the offset in it. Version 2 added the kind ``unlisted`` (a full name whose
given name is no form of the given-name table, kept as evidence of who carries a surname:
:mod:`~translit.text.carriers`), version 3 the kind ``lower`` (a lower-case word, under its
capitalised spelling, as evidence that the capitalised spelling is a word:
:mod:`~translit.text.lower_words`), version 4 the kind ``initial`` (the mentions of a spelling
that begin a sentence or a line: :mod:`~translit.text.sentence_starts`); files of earlier
versions still load. The same census
always gives the same bytes; the censuses of parts of a corpus, saved apart, load and add up
to the census of the whole.

A census pickles as columns (lists of strings and numbers), ten times smaller to load than its
objects: engines send censuses between processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from .census import Census, Entry, Tally
from .file_format import FormatError, read_rows, write_rows

__all__ = ["FORMAT", "VERSION", "from_columns", "load", "save", "to_columns"]

FORMAT = "translit-census"
VERSION = 4
_KINDS = ("person", "surname", "place", "native", "unlisted", "lower", "initial")


def save(census: Census, path: str | os.PathLike[str]) -> None:
    """Write ``census`` to ``path`` (gzip-compressed when the name ends in ``.gz``)."""

    def rows() -> Iterator[list[Any]]:
        for e in sorted(census.tallies):
            t = census.tallies[e]
            yield [e.language, e.kind, e.spelling, t.mixed, t.caps, t.first[0], t.first[1]]

    write_rows(path, FORMAT, VERSION, rows(), len(census.tallies))


def load(path: str | os.PathLike[str]) -> Census:
    """Read a census written by :func:`save`; :class:`FormatError` names the file and line."""
    shown = os.fspath(path)
    _, rows = read_rows(path, FORMAT, VERSION)
    tallies: dict[Entry, Tally] = {}
    for line, row in rows:
        if not (isinstance(row, list) and len(row) == 7):
            raise FormatError(f"{shown}:{line}: expected a list of 7 values, got {row!r}")
        language, kind, spelling, mixed, caps, document, offset = row
        if not all(isinstance(v, str) for v in (language, kind, spelling, document)) or not all(
            type(v) is int and v >= 0 for v in (mixed, caps, offset)
        ):
            raise FormatError(
                f"{shown}:{line}: expected [language, kind, spelling, mixed, caps, document, "
                f"offset] (texts and counts), got {row!r}"
            )
        if kind not in _KINDS:
            raise FormatError(f"{shown}:{line}: unknown kind {kind!r} (one of {', '.join(_KINDS)})")
        entry = Entry(language, kind, spelling)
        if entry in tallies:
            raise FormatError(f"{shown}:{line}: {language}/{kind}/{spelling!r} is listed twice")
        tallies[entry] = Tally(mixed, caps, (document, offset))
    return Census(tallies)


Columns = tuple[list[str], list[str], list[str], list[int], list[int], list[str], list[int]]


def to_columns(census: Census) -> Columns:
    """The census as seven lists (its pickled form)."""
    cols: Columns = ([], [], [], [], [], [], [])
    lang, kind, spelling, mixed, caps, document, offset = cols
    for e, t in census.tallies.items():
        lang.append(e.language)
        kind.append(e.kind)
        spelling.append(e.spelling)
        mixed.append(t.mixed)
        caps.append(t.caps)
        document.append(t.first[0])
        offset.append(t.first[1])
    return cols


def from_columns(cols: Columns) -> dict[Entry, Tally]:
    """The tallies of :func:`to_columns`' lists."""
    from .._collector import paused

    with paused():  # one entry and one tally per spelling, none refers back
        return {
            Entry(lang, kind, spelling): Tally(mixed, caps, (document, offset))
            for lang, kind, spelling, mixed, caps, document, offset in zip(*cols)
        }
