"""CSV and TSV records with the offsets of their fields, so that one cell can be rewritten and
every other byte kept.

The fields are read as RFC 4180 (and Python's ``csv``) read them: a field that starts with a
double quote runs to the closing quote, ``""`` inside it being one quote, and may hold the
delimiter and line breaks; any other field runs to the next delimiter or line break. Records
end at ``\\n`` or ``\\r\\n`` outside quotes. :func:`record_chunks` re-cuts the pieces a file is
read in at record boundaries, so that no quoted field is split between two pieces.

>>> text = 'a,"b, ""c"" d",e' + "\\r\\n" + 'x,,"y' + "\\n" + 'z"' + "\\n"
>>> [[(f.value, f.quoted) for f in r] for r in records(text, ",")]
[[('a', False), ('b, "c" d', True), ('e', False)], [('x', False), ('', False), ('y\\nz', True)]]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Field", "encode", "record_chunks", "records", "sniff_delimiter", "split_complete"]


class Field(NamedTuple):
    """One field: ``text[start:end]`` is its raw text (quotes included), ``value`` its value."""

    start: int
    end: int
    value: str
    quoted: bool
    well_formed: bool = True  #: False for junk after a closing quote ("a"b)


@lru_cache(maxsize=8)
def _patterns(delimiter: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = re.escape(delimiter)
    # A quote followed by a quote is always an escaped quote, never the closing one: a field
    # cut short after "" waits for its end instead of closing early.
    return re.compile(r'"((?:[^"]|"")*)"(?!")'), re.compile(rf"[^{d}\r\n]*")


def records(text: str, delimiter: str) -> Iterator[list[Field]]:
    """The records of ``text``, which must end at a record boundary (or be the whole file)."""
    for record, _ in _scan(text, delimiter):
        yield record


def _scan(text: str, delimiter: str) -> Iterator[tuple[list[Field], int]]:
    """Each record and the offset after its line break (-1: the record is not ended: an
    unclosed quoted field, or the end of the text without a line break)."""
    quoted_rx, plain_rx = _patterns(delimiter)
    pos, n = 0, len(text)
    while pos < n:
        record: list[Field] = []
        while True:
            if pos < n and text[pos] == '"':
                m = quoted_rx.match(text, pos)
                if m is None:  # the closing quote is in a later piece
                    record.append(Field(pos, n, text[pos + 1 :], True, False))
                    yield record, -1
                    return
                field = Field(pos, m.end(), m.group(1).replace('""', '"'), True)
                pos = m.end()
                junk = plain_rx.match(text, pos)
                assert junk is not None
                if junk.end() > pos:  # "a"b: kept as it is, never rewritten
                    field = Field(field.start, junk.end(), field.value, True, False)
                    pos = junk.end()
                record.append(field)
            else:
                m = plain_rx.match(text, pos)
                assert m is not None
                record.append(Field(pos, m.end(), m.group(), False))
                pos = m.end()
            if pos < n and text[pos] == delimiter:
                pos += 1
                continue
            break
        # the end of the record: \r\n, \n, a lone \r, or the end of the text
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < n - 1 or (pos == n - 1 and text[pos] == "\n"):
            pos += 1
        else:  # the end of the text, or a CR whose LF may come in the next piece
            yield record, -1
            return
        yield record, pos


def split_complete(text: str, delimiter: str) -> int:
    """The length of the part of ``text`` made of records ended by a line break.

    >>> split_complete('a,b\\n"c\\nd",e\\n"f', ","), split_complete("a,b", ",")
    (12, 0)
    """
    end = 0
    for _, after in _scan(text, delimiter):
        if after < 0:
            break
        end = after
    return end


def record_chunks(chunks: Iterable[str], delimiter: str) -> Iterator[str]:
    """``chunks`` re-cut at record boundaries (joined, they give the same text); a record
    waits for the next chunk until its line break is read."""
    pending = ""
    for chunk in chunks:
        text = pending + chunk if pending else chunk
        cut = split_complete(text, delimiter)
        if cut:
            yield text[:cut]
        pending = text[cut:]
    if pending:
        yield pending


def encode(value: str, quoted: bool, delimiter: str) -> str:
    """The raw text of a field holding ``value`` (quoted as before, or when it must be)."""
    if quoted or any(c in value for c in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def sniff_delimiter(name: str, first_line: str) -> str:
    """Tab for ``.tsv``/``.tab`` files; otherwise the separator the header line uses most
    (tab, comma, semicolon or bar; comma when it has none).

    >>> sniff_delimiter("-", "id\\tname"), sniff_delimiter("x.csv", "id;name")
    ('\\t', ';')
    """
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    counts = {d: first_line.count(d) for d in ("\t", ",", ";", "|")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","
