"""Pass 2's work on one file's chunks: each chunk's edits applied, and the diff and the report
fed on the way, with the line and column of every change."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING

from .diff import Diff
from .engines import Engine, checked
from .report import change_record, skip_record

if TYPE_CHECKING:
    from .passes import Result

__all__ = ["apply"]


def apply(
    engine: Engine,
    chunks: Iterable[str],
    display: str,
    diff: Diff | None,
    report: IO[str] | None,
    result: Result,
    tick: Callable[[], None],
    *,
    skipped: bool = False,
) -> Iterator[str]:
    """Yield the normalised chunks, feeding the diff and the report on the way."""
    offset = 0  # characters before the chunk
    line, col = 1, 1  # of ``scan`` in the current chunk
    for chunk in chunks:
        edits = checked(engine.edits(chunk), chunk)
        first_line, first_col = line, col
        scan = 0
        if not edits:
            if diff is not None:
                diff.equal(chunk)
            out = chunk
        else:
            parts: list[str] = []
            pos = 0
            for e in edits:
                parts += [chunk[pos : e.start], e.replacement]
                if diff is not None:
                    diff.equal(chunk[pos : e.start])
                    diff.change(e.original, e.replacement)
                if report is not None:
                    line, col = _advance(chunk, scan, e.start, line, col)
                    scan = e.start
                    record = change_record(display, line, col, offset + e.start, offset + e.end, e)
                    report.write(json.dumps(record, ensure_ascii=False) + "\n")
                result.names.add(e.canonical)
                pos = e.end
            parts.append(chunk[pos:])
            if diff is not None:
                diff.equal(chunk[pos:])
            result.changes += len(edits)
            out = "".join(parts)
        if report is not None and skipped:
            # The words the gate refused, after the chunk's changes, in order.
            at_line, at_col, at = first_line, first_col, 0
            for w in engine.skipped(chunk):
                at_line, at_col = _advance(chunk, at, w.start, at_line, at_col)
                at = w.start
                record = skip_record(display, at_line, at_col, offset + w.start, offset + w.end, w)
                report.write(json.dumps(record, ensure_ascii=False) + "\n")
        if report is not None:
            line, col = _advance(chunk, scan, len(chunk), line, col)
        offset += len(chunk)
        tick()
        yield out


def _advance(text: str, pos: int, to: int, line: int, col: int) -> tuple[int, int]:
    """Line and 1-based column of ``to``, given those of ``pos`` (``pos <= to``)."""
    nl = text.count("\n", pos, to)
    if nl:
        return line + nl, to - text.rfind("\n", pos, to)
    return line, col + to - pos
