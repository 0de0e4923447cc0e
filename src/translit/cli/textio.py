"""Reading text files without ever damaging them.

* Input is decoded strictly and in chunks that end at a line break, so memory stays bounded
  and every byte (BOM, CRLF, a missing final newline) survives the round trip unchanged.
* A decoding error becomes an :class:`InputError` whose message names the file, line and column
  of the bad byte.
* UTF-16 and UTF-32 are read with the byte order their byte-order mark gives, and the mark is kept
  as the text's first character, so writing the text back gives the same bytes.
* What pass 1 read is remembered as a :class:`Fingerprint` (identity, size, time and a hash of the
  bytes), so pass 2 can tell that another program changed the file in between.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = [
    "BINARY_SNIFF_BYTES",
    "CHUNK_BYTES",
    "Fingerprint",
    "HashingReader",
    "InputChanged",
    "InputError",
    "bom_hint",
    "file_codec",
    "is_binary",
    "iter_text_chunks",
]

#: Size of the pieces files are read in.
CHUNK_BYTES = 1 << 20
#: A file whose first this many bytes hold a NUL byte is binary (the heuristic of git and grep).
BINARY_SNIFF_BYTES = 8192

# Byte-order marks, the longer first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(Exception):
    """A file cannot be read as text; ``str(error)`` is a one-line message naming it."""


class InputChanged(InputError):
    """A file changed between the two passes (another program saved or appended to it)."""


def is_binary(head: bytes) -> bool:
    """True for data with a NUL byte in its first 8 KB (the heuristic of git and grep)."""
    return b"\0" in head[:BINARY_SNIFF_BYTES]


def wide(codec: str) -> bool:
    """True for UTF-16 and UTF-32, whose text holds NUL bytes."""
    return codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))


def file_codec(requested: str, head: bytes) -> str:
    """The codec to read (and write back) a file whose first bytes are ``head``.

    ``utf-16`` and ``utf-32`` without a byte order take it from the byte-order mark and keep the
    mark as text (so the file's bytes survive); without a mark they are little-endian, as Windows
    writes them. Every other encoding is used as given.

    >>> file_codec("utf-16", b"\\xfe\\xff\\x00A")
    'utf-16-be'
    >>> file_codec("UTF16", b"A\\x00")
    'utf-16-le'
    >>> file_codec("cp1251", b"\\xcb")
    'cp1251'
    """
    family = codecs.lookup(requested).name
    if family not in ("utf-16", "utf-32"):
        return requested
    for bom, codec in _BOMS:
        if codec.startswith(family) and head.startswith(bom):
            return codec
    return family + "-le"


def bom_hint(head: bytes) -> str:
    """For a "binary" file that starts with a UTF-16 or UTF-32 byte-order mark: what to use.

    >>> bom_hint(b"\\xff\\xfeL\\x00")
    ' (it starts with a UTF-16 byte-order mark: try --input-encoding utf-16)'
    >>> bom_hint(b"\\x00\\x01")
    ''
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            family = codec[:6]
            return (
                f" (it starts with a {family.upper()} byte-order mark: "
                f"try --input-encoding {family})"
            )
    return ""


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when pass 1 read it."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    digest: bytes = b""

    @classmethod
    def of(cls, st: os.stat_result, digest: bytes = b"") -> Fingerprint:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, digest)

    def same_file(self, st: os.stat_result) -> bool:
        """The same file, not written since (identity, size and modification time)."""
        return (self.dev, self.ino, self.size, self.mtime_ns) == (
            st.st_dev,
            st.st_ino,
            st.st_size,
            st.st_mtime_ns,
        )


class HashingReader:
    """A binary stream that hashes what is read through it."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self._hash = hashlib.blake2b(digest_size=16)

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self._hash.update(data)
        return data

    def tell(self) -> int:
        return self.stream.tell()

    def digest(self) -> bytes:
        return self._hash.digest()


def iter_text_chunks(
    stream: BinaryIO | HashingReader,
    name: str,
    encoding: str = "utf-8",
    chunk_bytes: int = CHUNK_BYTES,
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
            prefix = good.decode(encoding, errors="replace")
            before = pending + prefix
            nl = before.count("\n")
            bad_line = line + nl
            bad_col = (len(before) - before.rfind("\n") - 1 if nl else col + len(before)) + 1
            if err.start < len(err.object):
                what = f"byte 0x{err.object[err.start]:02x}"
            else:
                what = "end of file (an incomplete character)"
            label = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
            raise InputError(f"{name}:{bad_line}:{bad_col}: invalid {label} {what}") from None
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
