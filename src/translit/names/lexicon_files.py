"""Reading lexicon files in text formats: plain lists, CSV/TSV tables and JSON (see
:meth:`translit.Lexicon.from_file`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from .lexicon_entry import LexiconEntry, LexiconError

__all__ = ["read_json", "read_plain", "read_table"]


def read_plain(text: str) -> Iterator[LexiconEntry]:
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            yield LexiconEntry(line, line=n)


def _split_variants(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def read_table(text: str, path: str, delimiter: str) -> Iterator[LexiconEntry]:
    lines = [ln for ln in io.StringIO(text)]
    data_lines = [(n, ln) for n, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")]
    if not data_lines:
        return
    header_line = data_lines[0][0]
    reader = csv.reader((ln for _, ln in data_lines), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as err:
        raise LexiconError(f"{path}:{header_line}: {err}") from None
    if "canonical" not in header:
        raise LexiconError(f"{path}:{header_line}: the header has no 'canonical' column")
    unknown = set(header) - {"canonical", "variants", "native", "lang"}
    if unknown:
        raise LexiconError(f"{path}:{header_line}: unknown column(s) {', '.join(sorted(unknown))}")
    for (n, _), row in zip(data_lines[1:], reader):
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


def read_json(text: str, path: str) -> Iterator[LexiconEntry]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise LexiconError(f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}") from None
    if isinstance(data, dict):
        data = data.get("entries")
    if not isinstance(data, list):
        raise LexiconError(f"{path}: expected a list of names or an object with 'entries'")
    lines = _json_item_lines(text, len(data))
    for n, item in enumerate(data, 1):
        line = lines[n - 1]
        where = f"{path}:{line}"
        if isinstance(item, str):
            if not item.strip():
                raise LexiconError(f"{where}: empty canonical name")
            yield LexiconEntry(item.strip(), line=line)
        elif isinstance(item, dict) and isinstance(item.get("canonical"), str):
            variants = item.get("variants", [])
            if isinstance(variants, str):
                variants = _split_variants(variants)
            if not isinstance(variants, (list, tuple)) or not all(
                isinstance(v, str) for v in variants
            ):
                raise LexiconError(f"{where}: 'variants' must be a list of strings")
            if not item["canonical"].strip():
                raise LexiconError(f"{where}: empty canonical name")
            yield LexiconEntry(
                item["canonical"].strip(),
                tuple(v.strip() for v in variants if v.strip()),
                item.get("native") or None,
                item.get("lang") or None,
                line,
            )
        else:
            raise LexiconError(f"{where}: expected a name or an object with 'canonical'")


def _json_item_lines(text: str, count: int) -> list[int]:
    """The line on which each element of the entries array starts."""
    decoder = json.JSONDecoder()
    pos = 0
    start = text.find("[")
    if text.lstrip().startswith("{"):
        key = text.find('"entries"')
        start = text.find("[", key) if key >= 0 else -1
    lines: list[int] = []
    if start < 0:
        return [0] * count
    pos = start + 1
    ws = " \t\r\n,"
    while len(lines) < count:
        while pos < len(text) and text[pos] in ws:
            pos += 1
        lines.append(text.count("\n", 0, pos) + 1)
        try:
            _, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
    return lines + [0] * (count - len(lines))
