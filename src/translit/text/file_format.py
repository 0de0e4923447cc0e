"""The files a census and a discovery are saved in: versioned JSON Lines, gzip by name.

A file is UTF-8 JSON Lines (compressed with gzip when its name ends in ``.gz``): a header object
``{"format": NAME, "version": N, "count": ROWS, ...}`` on the first line, then one JSON value
per row. A reader refuses another format, a newer version, a malformed line and a row count that
does not match the header (a file cut short), with a :class:`FormatError` naming the file and
the line. Files are written to a temporary file beside the target and renamed over it, so a
file is whole or absent.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import secrets
from collections.abc import Iterable, Iterator
from typing import IO, Any

__all__ = ["FormatError", "read_rows", "write_rows"]


class FormatError(ValueError):
    """A census or discovery file cannot be read; the message names the file (and line)."""


def _open(path: str | os.PathLike[str], mode: str, gz: bool) -> IO[str]:
    if gz:
        return io.TextIOWrapper(gzip.GzipFile(path, mode + "b"), encoding="utf-8", newline="\n")
    return open(path, mode, encoding="utf-8", newline="\n")


def write_rows(
    path: str | os.PathLike[str],
    name: str,
    version: int,
    rows: Iterable[Any],
    count: int,
    **extra: Any,
) -> None:
    """Write a header and ``count`` rows to ``path`` (atomically)."""
    target = os.path.abspath(os.fspath(path))
    # Beside the target (the rename stays on one file system), created with the usual mode.
    temporary = f"{target}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        with _open(temporary, "x", target.endswith(".gz")) as f:
            header = {"format": name, "version": version, "count": count, **extra}
            f.write(json.dumps(header, ensure_ascii=False) + "\n")
            written = 0
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
                written += 1
            if written != count:  # pragma: no cover - a bug of the caller
                raise ValueError(f"{count} rows announced, {written} written")
        os.replace(temporary, target)
    except BaseException as err:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(err, OSError):  # named by the target, not the temporary file
            raise OSError(err.errno, f"cannot write: {err.strerror or err}", target) from None
        raise


def read_rows(
    path: str | os.PathLike[str], name: str, version: int
) -> tuple[dict[str, Any], Iterator[tuple[int, Any]]]:
    """The header of a file of format ``name`` (at most ``version``), and its rows with their
    line numbers. The row count is checked when the rows are exhausted."""
    shown = os.fspath(path)
    try:
        f = _open(path, "r", shown.endswith(".gz"))
    except OSError as err:
        raise FormatError(f"{shown}: cannot read: {err.strerror or err}") from None
    try:
        first = f.readline()
    except (OSError, EOFError, UnicodeDecodeError) as err:
        f.close()
        raise FormatError(f"{shown}: cannot read: {err}") from None
    try:
        header = json.loads(first)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != name:
        f.close()
        raise FormatError(f"{shown}:1: not a {name} file (its first line has no "
                          f'{{"format": "{name}"}} header)')  # fmt: skip
    found = header.get("version")
    if not isinstance(found, int) or not 1 <= found <= version:
        f.close()
        raise FormatError(
            f"{shown}:1: {name} version {found!r} is not one this translit reads (1 to {version})"
        )
    count = header.get("count")
    if not isinstance(count, int) or count < 0:
        f.close()
        raise FormatError(f"{shown}:1: the header's count must be a whole number")

    def rows() -> Iterator[tuple[int, Any]]:
        line = 1
        with f:
            try:
                for text in f:
                    line += 1
                    try:
                        yield line, json.loads(text)
                    except ValueError:
                        raise FormatError(f"{shown}:{line}: not a JSON value") from None
            except (OSError, EOFError, UnicodeDecodeError) as err:
                raise FormatError(f"{shown}:{line + 1}: cannot read: {err}") from None
        if line - 1 != count:
            raise FormatError(
                f"{shown}: {count} rows announced in the header, {line - 1} found "
                "(a file cut short?)"
            )

    return header, rows()
