"""Reading lexicon files: plain text, CSV/TSV and JSON (:func:`read_entries`).

Every problem is a :class:`~translit.names.lexicon.LexiconError` whose one-line message names the
file and the line (and, in JSON, the path of the value: ``$.entries[3].native``). The limits are
documented: a CSV/TSV field holds at most :data:`FIELD_LIMIT` characters, and JSON is read to the
nesting depth Python allows (a lexicon needs four levels).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from .lexicon_entry import LexiconEntry, LexiconError

__all__ = ["FIELD_LIMIT", "read_entries"]

#: The longest CSV/TSV field, in characters (the csv module's own limit).
FIELD_LIMIT = 128 * 1024
_COLUMNS = ("canonical", "variants", "native", "lang")


def read_entries(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> list[LexiconEntry]:
    """The entries of a lexicon file, by its extension.

    * plain text (``.txt`` or any other extension): one canonical name per line, optionally
      followed by variants after ``|`` (``Kyiv | Kiev | Київ``); ``#`` starts a comment, blank
      lines are skipped;
    * CSV or TSV (``.csv``, ``.tsv``): a header row with ``canonical`` and optionally
      ``variants`` (separated by ``|``), ``native`` and ``lang``; blank lines and lines starting
      with ``#`` between records are skipped (inside a quoted field they are text);
    * JSON (``.json``): a list of names or of objects with those keys, or an object with such a
      list under ``"entries"``.

    A UTF-8 byte-order mark is ignored.

    Raises:
        LexiconError: the file is malformed; the message gives the path and line.
        OSError: the file cannot be read.
    """
    path = os.fspath(path)
    with open(path, "rb") as f:
        data = f.read()
    text = _decode(data, path, encoding)
    ext = os.path.splitext(path)[1].lower()
    if ext == ".json":
        return list(_read_json(text, path))
    if ext in (".csv", ".tsv"):
        return list(_read_table(text, path, "\t" if ext == ".tsv" else ","))
    return list(_read_plain(text, path))


def _decode(data: bytes, path: str, encoding: str) -> str:
    if codecs.lookup(encoding).name == "utf-8":
        encoding = "utf-8-sig"  # a byte-order mark is not part of the first name
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        before = data[: err.start].decode(encoding, errors="replace")
        line = before.count("\n") + 1
        col = len(before) - before.rfind("\n")
        label = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise LexiconError(
            f"{path}:{line}:{col}: invalid {label} byte 0x{data[err.start]:02x}"
        ) from None


def _split_variants(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def _read_plain(text: str, path: str) -> Iterator[LexiconEntry]:
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        canonical, _, rest = line.partition("|")
        if not canonical.strip():
            raise LexiconError(f"{path}:{n}: no canonical name before '|'")
        yield LexiconEntry(canonical.strip(), _split_variants(rest), line=n)


class _Records:
    """The physical lines of a CSV text for :mod:`csv`, skipping blank and ``#`` lines where a
    record would start (never inside a quoted field), and numbering the records' first lines."""

    def __init__(self, text: str) -> None:
        self.lines = iter(io.StringIO(text, newline=""))
        self.number = 0
        self.start = 0
        self.at_start = True

    def __iter__(self) -> _Records:
        return self

    def __next__(self) -> str:
        while True:
            line = next(self.lines)
            self.number += 1
            if self.at_start:
                if not line.strip() or line.startswith("#"):
                    continue
                self.at_start = False
                self.start = self.number
            return line


def _read_table(text: str, path: str, delimiter: str) -> Iterator[LexiconEntry]:
    records = _Records(text)
    reader = csv.reader(records, delimiter=delimiter)
    header: list[str] | None = None
    while True:
        records.at_start = True
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            n = records.start
            if "field larger than field limit" in str(err):
                raise LexiconError(
                    f"{path}:{n}: a field longer than {FIELD_LIMIT} characters, the limit "
                    "of a lexicon field"
                ) from None
            raise LexiconError(f"{path}:{n}: {err}") from None
        n = records.start
        if header is None:
            header = [h.strip().lower() for h in row]
            if "canonical" not in header:
                raise LexiconError(f"{path}:{n}: the header has no 'canonical' column")
            unknown = set(header) - set(_COLUMNS)
            if unknown:
                raise LexiconError(f"{path}:{n}: unknown column(s) {', '.join(sorted(unknown))}")
            continue
        if len(row) != len(header):
            raise LexiconError(f"{path}:{n}: expected {len(header)} columns, found {len(row)}")
        rec = dict(zip(header, row))
        canonical = rec["canonical"].strip()
        if not canonical:
            raise LexiconError(f"{path}:{n}: empty canonical name")
        yield LexiconEntry(
            canonical,
            _split_variants(rec.get("variants")),
            (rec.get("native") or "").strip() or None,
            (rec.get("lang") or "").strip() or None,
            n,
        )


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _read_json(text: str, path: str) -> Iterator[LexiconEntry]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise LexiconError(f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
    except RecursionError:
        raise LexiconError(
            f"{path}: nested more than {sys.getrecursionlimit()} levels deep; a lexicon needs four"
        ) from None
    where = "$"
    if isinstance(data, dict):
        data = data.get("entries")
        where = "$.entries"
    if not isinstance(data, list):
        raise LexiconError(f"{path}: expected a list of names or an object with 'entries'")
    lines = _json_item_lines(text, len(data))
    for i, item in enumerate(data):
        line = lines[i]
        at = f"{path}:{line}: {where}[{i}]"
        if isinstance(item, str):
            if not item.strip():
                raise LexiconError(f"{at}: empty canonical name")
            yield LexiconEntry(item.strip(), line=line)
            continue
        if not isinstance(item, dict):
            raise LexiconError(
                f"{at}: expected a name or an object with 'canonical', found {_json_type(item)}"
            )
        canonical = item.get("canonical")
        if not isinstance(canonical, str):
            raise LexiconError(
                f"{at}.canonical: expected a string, found {_json_type(canonical)}"
                if "canonical" in item
                else f"{at}: an object without 'canonical'"
            )
        if not canonical.strip():
            raise LexiconError(f"{at}.canonical: empty canonical name")
        variants = item.get("variants", [])
        if variants is None:
            variants = []
        if isinstance(variants, str):
            variants = list(_split_variants(variants))
        if not isinstance(variants, list):
            raise LexiconError(
                f"{at}.variants: expected a list of strings, found {_json_type(variants)}"
            )
        for j, v in enumerate(variants):
            if not isinstance(v, str):
                raise LexiconError(f"{at}.variants[{j}]: expected a string, found {_json_type(v)}")
        for key in ("native", "lang"):
            value = item.get(key)
            if value is not None and not isinstance(value, str):
                raise LexiconError(f"{at}.{key}: expected a string, found {_json_type(value)}")
        yield LexiconEntry(
            canonical.strip(),
            tuple(v.strip() for v in variants if v.strip()),
            (item.get("native") or "").strip() or None,
            (item.get("lang") or "").strip() or None,
            line,
        )


def _json_item_lines(text: str, count: int) -> list[int]:
    """The line on which each element of the entries array starts."""
    decoder = json.JSONDecoder()
    start = text.find("[")
    if text.lstrip().startswith("{"):
        key = text.find('"entries"')
        start = text.find("[", key) if key >= 0 else -1
    lines: list[int] = []
    if start < 0:
        return [0] * count
    pos = start + 1
    line = text.count("\n", 0, pos) + 1
    ws = " \t\r\n,"
    while len(lines) < count:
        end = pos
        while end < len(text) and text[end] in ws:
            end += 1
        line += text.count("\n", pos, end)
        pos = end
        lines.append(line)
        try:
            _, end = decoder.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError):
            break
        line += text.count("\n", pos, end)
        pos = end
    return lines + [0] * (count - len(lines))
