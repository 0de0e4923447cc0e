"""The two passes over the inputs.

Pass 1 (:func:`first_pass_chunks`) yields every chunk of every readable input for the engine to
discover names in, and remembers what each file was (:class:`~.textio.Fingerprint`). Pass 2
(:func:`process`) normalises one file: it refuses a file that changed since pass 1, feeds the diff
and the report, and writes the text where the plan says. With ``--jobs`` pass 2 runs in worker
processes (:mod:`~translit.cli.concurrency`).
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, BinaryIO

from .console import Console
from .diff import DIFF_CONTEXT, Diff
from .edits import apply
from .engines import Engine, EngineError, checked
from .options import WriteBack
from .progress import Progress
from .records import Records
from .sources import Source
from .streams import StdoutError, StdoutText
from .textio import (
    BINARY_SNIFF_BYTES,
    Fingerprint,
    HashingReader,
    InputChanged,
    InputError,
    bom_hint,
    file_codec,
    is_binary,
    iter_text_chunks,
    wide,
)
from .write import WriteError, replace_file, write_stream

__all__ = ["MEMORY_SPOOL_BYTES", "Job", "Result", "Settings", "first_pass_chunks", "process"]

#: Inputs up to this size keep their diff and report in memory until they are copied out (a
#: report or diff is a few times its input at most); larger ones spool them to files.
MEMORY_SPOOL_BYTES = 256 * 1024


@dataclass(frozen=True)
class Settings:
    """What pass 2 does with each file (picklable, for worker processes)."""

    write_back: WriteBack
    input_encoding: str
    output_encoding: str | None
    chunk_bytes: int
    diff: bool
    report: bool
    break_links: bool = False
    #: also report the capitalised words the normalizer did not take for names, and why
    report_skipped: bool = False
    #: --column/--field: the names of the records, read in pieces cut at record boundaries
    records: Records | None = None


@dataclass(frozen=True)
class Job:
    """One file of pass 2."""

    index: int
    display: str  #: the name in messages, reports and diffs
    path: str  #: where to read from
    target: str | None = None  #: where to write (-i: the resolved file; -o: the output)
    shown: str | None = None  #: the target's name in messages
    backup: str | None = None
    backup_shown: str | None = None
    size: int = 0
    seen: Fingerprint | None = None  #: what pass 1 read
    codec: str | None = None  #: the codec pass 1 read it with


@dataclass
class Result:
    """What pass 2 did with one file."""

    index: int
    display: str
    changes: int = 0
    names: set[str] = field(default_factory=set)
    error: str | None = None
    skipped: str | None = None  #: the warning of a skipped (binary) file
    reencoded: bool = False
    warnings: list[str] = field(default_factory=list)
    spools: dict[str, str] = field(default_factory=dict)
    #: the diff and report of a small file, kept in memory (encoded) instead of a spool file
    held: dict[str, bytes] = field(default_factory=dict)


# == Pass 1 =================================================================================


def first_pass_chunks(
    sources: Sequence[Source],
    encoding: str,
    chunk_bytes: int,
    console: Console,
    progress: Progress,
    failed: dict[int, str],
    seen: dict[int, tuple[Fingerprint, str]],
    records: Records | None = None,
    start: int = 0,
) -> Iterator[tuple[str, str]]:
    """Every chunk of every readable text input, in order, with the input's name.

    Unreadable, undecodable and binary inputs are reported on ``console`` and recorded in
    ``failed``; ``seen`` receives each file's fingerprint and codec (both keyed by the input's
    index, counted from ``start``). With ``records``, the chunks end at record boundaries.
    """
    for i, s in enumerate(sources, start):
        try:
            with open(s.path, "rb") as f:
                st = os.fstat(f.fileno())
                head = f.read(BINARY_SNIFF_BYTES)
                codec = file_codec(encoding, head)
                if not wide(codec) and is_binary(head):
                    failed[i] = "binary"
                    console.warn(f"{s.display}: binary file skipped{bom_hint(head)}")
                    continue
                f.seek(0)
                reader = HashingReader(f)
                chunks = iter_text_chunks(reader, s.display, codec, chunk_bytes)
                if records is not None:
                    chunks = records.chunks(chunks, s.display)
                for chunk in chunks:
                    yield s.display, chunk
                    progress.within(f.tell())
                seen[i] = (Fingerprint.of(st, reader.digest()), codec)
        except InputError as err:
            failed[i] = "error"
            console.error(str(err))
        except OSError as err:
            failed[i] = "error"
            console.error(f"{s.display}: {err.strerror or err}")
        finally:
            progress.file_done(s.size)


# == Pass 2 =================================================================================


def _verified(
    pieces: Iterable[str], reader: HashingReader, seen: Fingerprint | None, message: str
) -> Iterator[str]:
    """``pieces``, then a check that the bytes read are the bytes pass 1 read."""
    yield from pieces
    if seen is not None and seen.digest and reader.digest() != seen.digest:
        raise InputChanged(message)


def _unchanged(path: str, st: os.stat_result, message: str) -> Callable[[], None]:
    """A check, just before the rename, that ``path`` is still the file read as ``st``."""

    def verify() -> None:
        try:
            now = os.stat(path)
        except OSError:
            raise InputChanged(message) from None
        if not Fingerprint.of(st).same_file(now):
            raise InputChanged(message)

    return verify


def process(
    job: Job,
    settings: Settings,
    engine: Engine,
    spool_dir: str,
    *,
    in_worker: bool,
    on_chunk: Callable[[int], None] | None = None,
) -> Result:
    """Pass 2 for one file. Diff and report go to spool files the caller copies in input order
    once the file succeeded; the text goes to stdout directly (to a spool in a worker)."""
    result = Result(job.index, job.display)
    of_all = engine
    engine = engine.for_document(job.display)
    records = settings.records

    def pieces_of(stream: BinaryIO | HashingReader) -> Iterator[str]:
        chunks = iter_text_chunks(stream, job.display, codec, settings.chunk_bytes)
        return chunks if records is None else records.chunks(chunks, job.display)

    opened: list[IO[str]] = []
    in_memory: dict[str, io.TextIOWrapper] = {}
    wb = settings.write_back
    untouched = "left untouched" if wb is WriteBack.IN_PLACE else "skipped"
    changed = f"{job.display}: changed since it was read; {untouched}"
    out_codec = settings.output_encoding or job.codec or settings.input_encoding

    def spool(kind: str, encoding: str) -> IO[str]:
        if kind != "text" and job.size <= MEMORY_SPOOL_BYTES:
            # Creating, reading and removing a file per input cost more than normalizing a
            # small one; a wrapper over bytes encodes (and fails) exactly as the file would.
            held = io.TextIOWrapper(
                io.BytesIO(), encoding, errors="strict", newline="", write_through=True
            )
            in_memory[kind] = held
            return held
        path = os.path.join(spool_dir, f"{job.index}.{kind}")
        result.spools[kind] = path
        f = open(path, "w", encoding=encoding, errors="strict", newline="")
        opened.append(f)
        return f

    try:
        with open(job.path, "rb") as f:
            st = os.fstat(f.fileno())
            if job.seen is not None and not job.seen.same_file(st):
                raise InputChanged(changed)
            head = f.read(BINARY_SNIFF_BYTES)
            codec = job.codec or file_codec(settings.input_encoding, head)
            if not wide(codec) and is_binary(head):
                result.skipped = f"{job.display}: binary file skipped{bom_hint(head)}"
                return result
            out_codec = settings.output_encoding or codec
            reencode = codecs.lookup(out_codec).name != codecs.lookup(codec).name
            if wb is WriteBack.IN_PLACE and not reencode:
                # Probe first: an unchanged file is not rewritten (its mtime is kept).
                f.seek(0)
                if not any(checked(engine.edits(c), c) for c in pieces_of(f)):
                    return result
                engine = of_all.for_document(job.display)  # read from the start again
            if wb is WriteBack.IN_PLACE:
                _may_rewrite(job, st, settings)
            f.seek(0)
            reader = HashingReader(f)
            diff = None
            if settings.diff:
                diff = Diff(
                    spool("diff", out_codec),
                    f"{job.display}\t(original)",
                    f"{job.display}\t(normalized)",
                    DIFF_CONTEXT,
                )
            report = spool("report", "utf-8") if settings.report else None

            def tick() -> None:
                if on_chunk is not None:
                    on_chunk(f.tell())

            pieces = _verified(
                apply(
                    engine,
                    pieces_of(reader),
                    job.display,
                    diff,
                    report,
                    result,
                    tick,
                    skipped=settings.report_skipped,
                ),
                reader,
                job.seen,
                changed,
            )
            if wb is WriteBack.STDOUT:
                if in_worker:
                    sink = spool("text", out_codec)
                    for piece in pieces:
                        sink.write(piece)
                else:
                    text = StdoutText(out_codec)
                    for piece in pieces:
                        text.write(piece)
                    text.close()
            elif wb in (WriteBack.IN_PLACE, WriteBack.OUTPUT):
                _write(job, pieces, out_codec, st, result, changed)
                result.reencoded = reencode
            else:
                for _ in pieces:
                    pass
            if diff is not None:
                diff.close()
    except (InputError, WriteError) as err:
        result.error = str(err)
    except UnicodeEncodeError as err:
        bad = err.object[err.start : err.end]
        result.error = (
            f"{job.display}: the normalized text cannot be encoded as {out_codec}: {bad!r}"
        )
    except (BrokenPipeError, StdoutError):
        raise  # stdout went away or is full: the run stops
    except OSError as err:
        result.error = f"{job.display}: {err.strerror or err}"
    except EngineError as err:
        result.error = f"{job.display}: {err}"
    except Exception as err:  # a failing normalizer must not stop the other files
        result.error = f"{job.display}: internal error: {type(err).__name__}: {err}"
    finally:
        for f_out in opened:
            f_out.close()
        for kind, held in in_memory.items():
            buffer = held.buffer
            assert isinstance(buffer, io.BytesIO)
            result.held[kind] = buffer.getvalue()
            held.close()
    return result


def _may_rewrite(job: Job, st: os.stat_result, settings: Settings) -> None:
    """Refuse to rewrite a read-only file, or one whose other hard links would keep the old
    text (unless ``--break-links``)."""
    if not (st.st_mode & 0o222) or not os.access(job.path, os.W_OK):
        raise InputError(f"{job.display}: read-only file; left untouched")
    links = st.st_nlink
    if links > 1 and job.backup is not None:
        try:
            if os.path.samefile(job.path, job.backup):
                links -= 1  # its own backup, left by a run killed before the rename
        except OSError:
            pass
    if links > 1 and not settings.break_links:
        raise InputError(
            f"{job.display}: {links} hard links; rewriting it would break them "
            "(--break-links to allow); left untouched"
        )


def _write(
    job: Job, pieces: Iterable[str], codec: str, st: os.stat_result, result: Result, changed: str
) -> None:
    """Write the text of ``job`` where the plan says (-i: over the file; -o: the output)."""
    assert job.target is not None
    shown = job.shown or job.target
    verify = _unchanged(job.path, st, changed)
    if job.target == job.path:  # -i
        replace_file(
            job.target,
            pieces,
            codec,
            shown=shown,
            like=st,
            backup=job.backup,
            backup_shown=job.backup_shown,
            verify=verify,
            warn=result.warnings.append,
        )
        return
    try:
        existing: os.stat_result | None = os.stat(job.target)
    except OSError:
        existing = None
    if existing is not None and not os.path.isfile(job.target):
        write_stream(job.target, pieces, codec, shown=shown)  # a device or FIFO
        return
    parent = os.path.dirname(os.path.abspath(job.target))
    try:
        os.makedirs(parent, exist_ok=True)
    except OSError as err:
        raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None
    replace_file(
        job.target,
        pieces,
        codec,
        shown=shown,
        like=existing,
        verify=verify,
        warn=result.warnings.append,
    )
