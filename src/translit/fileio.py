"""Reading and writing text files without ever damaging them.

* Input is decoded strictly and in chunks that end at a line break, so memory stays bounded
  and every byte (BOM, CRLF, a missing final newline) survives the round trip unchanged.
* A decoding error becomes an :class:`InputError` whose message names the file, line and column
  of the bad byte.
* Output to a path goes to a temporary file in the same directory, is flushed to disk, gets the
  original's permission bits and atomically replaces the target; on any error the target is
  untouched and the temporary file is removed.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

__all__ = ["InputError", "atomic_write", "is_binary", "iter_text_chunks"]

CHUNK_BYTES = 1 << 20
BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """A file cannot be read as text; ``str(error)`` is a one-line message naming it."""


def is_binary(head: bytes) -> bool:
    """True for data with a NUL byte in its first 8 KB (the heuristic of git and grep)."""
    return b"\0" in head[:BINARY_SNIFF_BYTES]


def iter_text_chunks(
    stream: BinaryIO, name: str, encoding: str = "utf-8", chunk_bytes: int = CHUNK_BYTES
) -> Iterator[str]:
    """Decode ``stream`` strictly, yielding pieces of text that end at a line break.

    Joining the pieces gives the whole decoded text. A piece only ends inside a line when a
    single line is longer than ``chunk_bytes`` (then it ends between words where possible).

    Raises:
        InputError: ``path:line:column: invalid UTF-8 byte 0x..`` (or the encoding's name).
        LookupError: ``encoding`` is unknown.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    line = 1
    col = 0
    pending = ""
    while True:
        data = stream.read(chunk_bytes)
        final = not data
        try:
            text = decoder.decode(data, final=final)
        except UnicodeDecodeError as err:
            good = err.object[: err.start]
            try:
                prefix = good.decode(encoding, errors="replace")
            except LookupError:  # pragma: no cover - decoder exists, so the codec does
                prefix = ""
            before = pending + prefix
            nl = before.count("\n")
            bad_line = line + nl
            bad_col = (len(before) - before.rfind("\n") - 1 if nl else col + len(before)) + 1
            byte = err.object[err.start]
            label = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
            raise InputError(
                f"{name}:{bad_line}:{bad_col}: invalid {label} byte 0x{byte:02x}"
            ) from None
        pending += text
        if final:
            if pending:
                yield pending
            return
        cut = pending.rfind("\n") + 1
        if cut == 0 and len(pending) > chunk_bytes:
            cut = pending.rfind(" ") + 1 or len(pending)
        if cut:
            piece, pending = pending[:cut], pending[cut:]
            nl = piece.count("\n")
            line += nl
            col = len(piece) - piece.rfind("\n") - 1 if nl else col + len(piece)
            yield piece


def atomic_write(path: str, pieces: Iterable[str], encoding: str = "utf-8") -> None:
    """Write ``pieces`` to ``path`` atomically, keeping an existing file's permission bits.

    If iterating ``pieces`` raises, the exception propagates and ``path`` is left as it was.
    """
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=".translit-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            for piece in pieces:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
