"""The inputs of a run: files, directories walked for files, standard input and pipes.

* A file named on the command line is read whatever its name; a symbolic link is resolved once
  and the file it names then is read (and written) by that resolved path, so repointing the
  link during the run changes nothing.
* A directory is walked in sorted order for regular files matching ``--include``, skipping
  hidden names, what ``.gitignore`` files ignore (unless ``--no-ignore``, see
  :mod:`~translit.cli.ignore`), ``--exclude`` matches, the ``-o`` directory, FIFOs, sockets and
  devices (which could block the run for ever), and symbolic links to files outside the
  directory unless ``--follow-links`` is given (links to directories are only followed then).
* Standard input and pipes can be read once only: they are copied to a spool file for the two
  passes, up to :data:`SPOOL_LIMIT` bytes; a stream that starts with binary data (``/dev/zero``)
  is skipped after its first 8 KB.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .console import Console
from .ignore import IgnoreRules
from .options import Options
from .realpaths import real_path
from .textio import BINARY_SNIFF_BYTES, InputError, bom_hint, is_binary, wide

__all__ = ["SPOOL_LIMIT", "STDIN_NAME", "Source", "collect"]

#: Standard input and pipes are buffered up to this many bytes (bigger inputs must be files).
SPOOL_LIMIT = 1 << 30
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One input of the run."""

    display: str  #: the name in messages, reports and diffs
    path: str  #: where to read: the resolved path of a file, or the spool of a stream
    real: str | None = None  #: resolved path of a file (None for stdin and pipes)
    root: str | None = None  #: the directory argument it was found under
    size: int = 0
    dev: int = 0
    ino: int = 0


def _size_label(n: int) -> str:
    for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if n >= 1 << shift and n % (1 << shift) == 0:
            return f"{n >> shift} {unit}"
    return f"{n} bytes"


def spool(stream: BinaryIO, display: str, path: str, encoding: str) -> str:
    """Copy ``stream`` to the file ``path``; return ``""`` or, for binary data, a warning.

    Raises:
        InputError: the stream is bigger than :data:`SPOOL_LIMIT`, or cannot be read or
            buffered (a full disk).
    """
    limit = SPOOL_LIMIT
    head = b""
    try:
        while len(head) < BINARY_SNIFF_BYTES:
            data = stream.read(BINARY_SNIFF_BYTES - len(head))
            if not data:
                break
            head += data
    except OSError as err:
        raise InputError(f"{display}: {err.strerror or err}") from None
    if not wide(encoding) and is_binary(head):
        return f"{display}: binary file skipped{bom_hint(head)}"
    try:
        with open(path, "wb") as out:
            out.write(head)
            total = len(head)
            while True:
                try:
                    data = stream.read(1 << 20)
                except OSError as err:
                    raise InputError(f"{display}: {err.strerror or err}") from None
                if not data:
                    break
                total += len(data)
                if total > limit:
                    raise InputError(
                        f"{display}: larger than {_size_label(limit)}, the limit for standard "
                        "input and pipes (give it as a file)"
                    )
                out.write(data)
    except OSError as err:
        raise InputError(
            f"{display}: cannot buffer it in {os.path.dirname(path)}: {err.strerror or err}"
        ) from None
    return ""


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives
        return False


def walk(
    root: str, options: Options, skip_dir: str | None, console: Console
) -> Iterator[tuple[str, os.stat_result]]:
    """The files a directory argument contributes, in sorted order, with their status."""
    includes = options.include
    excludes = options.exclude
    root_real = os.path.realpath(root)
    visited = {root_real}
    top = None if options.no_ignore else IgnoreRules.above(root)

    def wanted(name: str) -> bool:
        return any(fnmatch.fnmatch(name, g) for g in includes)

    def excluded(name: str, rel: str) -> bool:
        return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in excludes)

    def visit(
        directory: str, rel_dir: str, rules: IgnoreRules | None
    ) -> Iterator[tuple[str, os.stat_result]]:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            console.error(f"{err.filename or directory}: {err.strerror or err}")
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = rel_dir + name
            if excluded(name, rel):
                continue
            path = entry.path
            is_link = entry.is_symlink()
            try:
                st = os.stat(path)
            except OSError:
                if is_link and wanted(name):
                    console.warn(f"{path}: broken symbolic link skipped")
                continue
            is_dir = stat.S_ISDIR(st.st_mode)
            if rules is not None and rules.ignored(path, is_dir):
                continue
            if is_dir:
                if is_link and not options.follow_links:
                    continue
                real = os.path.realpath(path)
                if real == skip_dir or real in visited:
                    continue  # the -o directory, or a loop of links
                visited.add(real)
                yield from visit(path, rel + "/", rules.below(path) if rules else None)
                continue
            if not wanted(name):
                continue
            if is_link and not options.follow_links:
                if not _inside(os.path.realpath(path), root_real):
                    console.warn(
                        f"{path}: symbolic link out of {root} skipped (--follow-links follows it)"
                    )
                    continue
            if not stat.S_ISREG(st.st_mode):
                console.warn(f"{path}: not a regular file; skipped")
                continue
            yield path, st

    yield from visit(root, "", top)


def collect(options: Options, console: Console, spool_dir: str) -> list[Source]:
    """The inputs, in argument order, each file once; problems are reported on ``console``."""
    skip_dir = None
    if options.output and os.path.isdir(options.output):
        skip_dir = os.path.realpath(options.output)
    sources: list[Source] = []
    seen: set[str] = set()
    stdin_done = False

    directories: dict[str, str] = {}

    def add(display: str, st: os.stat_result, root: str | None = None) -> None:
        real = real_path(display, directories)
        if real in seen:
            return
        seen.add(real)
        sources.append(Source(display, real, real, root, st.st_size, st.st_dev, st.st_ino))

    def add_stream(display: str, stream: BinaryIO) -> None:
        path = os.path.join(spool_dir, f"input-{len(sources)}")
        note = spool(stream, display, path, options.input_encoding)
        if note:
            console.warn(note)
            return
        sources.append(Source(display, path, size=os.path.getsize(path)))

    for name in options.inputs:
        try:
            if name == "-":
                if stdin_done:
                    continue
                stdin_done = True
                if sys.stdin is None:
                    raise InputError(f"{STDIN_NAME}: standard input is closed")
                add_stream(STDIN_NAME, sys.stdin.buffer)
                continue
            try:
                st = os.stat(name)
            except OSError as err:
                console.error(f"{name}: {err.strerror or err}")
                continue
            if stat.S_ISDIR(st.st_mode):
                found = 0
                for path, file_st in walk(name, options, skip_dir, console):
                    found += 1
                    add(path, file_st, root=name)
                if not found:
                    console.error(
                        f"{name}: no files matching {' '.join(options.include)}"
                        + (f" (excluding {' '.join(options.exclude)})" if options.exclude else "")
                    )
            elif stat.S_ISREG(st.st_mode):
                add(name, st)
            elif options.in_place:
                console.error(f"{name}: not a regular file; cannot rewrite it in place")
            else:
                try:
                    with open(name, "rb") as stream:
                        add_stream(name, stream)
                except OSError as err:
                    console.error(f"{name}: {err.strerror or err}")
        except InputError as err:
            console.error(str(err))
    return sources
