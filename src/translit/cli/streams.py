"""Standard output, and what happens when it is closed or full.

Every write to stdout goes through here, so a closed stdout (``>&-``) or a full device
(``> /dev/full``) becomes one :class:`StdoutError` with a one-line message instead of a traceback.
A reader that goes away (``| head``) raises :class:`BrokenPipeError`, which ends the run quietly.
"""

from __future__ import annotations

import codecs
import os
import shutil
import sys
from typing import BinaryIO

__all__ = ["StdoutError", "StdoutText", "copy_to_stdout", "detach_stdout", "stdout_buffer"]


class StdoutError(Exception):
    """Standard output is closed or cannot be written (the message says which)."""


def stdout_buffer() -> BinaryIO:
    """The binary stdout (``StdoutError`` when there is none)."""
    stream = sys.stdout
    if stream is None:
        raise StdoutError("standard output is closed")
    return stream.buffer


def _failed(err: OSError) -> StdoutError:
    return StdoutError(f"cannot write to standard output: {err.strerror or err}")


def write_stdout(data: bytes) -> None:
    try:
        stdout_buffer().write(data)
    except BrokenPipeError:
        raise
    except OSError as err:
        raise _failed(err) from None


def flush_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise _failed(err) from None


def copy_to_stdout(path: str) -> None:
    """Copy a spool file to stdout."""
    out = stdout_buffer()
    with open(path, "rb") as f:
        try:
            shutil.copyfileobj(f, out)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise _failed(err) from None


class StdoutText:
    """A text sink that encodes to stdout (one byte-order mark at most, like a file)."""

    def __init__(self, encoding: str) -> None:
        self.encoder = codecs.getincrementalencoder(encoding)(errors="strict")

    def write(self, text: str) -> int:
        write_stdout(self.encoder.encode(text))
        return len(text)

    def close(self) -> None:
        write_stdout(self.encoder.encode("", final=True))


def detach_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
