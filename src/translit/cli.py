"""The ``translit-normalize`` command line.

The command unifies the spelling variants of names (``Lukashenka`` → ``Lukashenko``) in text
files, and optionally transliterates them, with the conventions of black, ruff and sed:

* data (the text, a diff, a report or the clusters) goes to stdout, every message to stderr;
* exit status 0 on success, 1 when ``--check`` finds something to change, 2 on usage or input
  errors (the other files are still processed);
* files are never damaged: a file is rewritten through :func:`translit.fileio.atomic_write` and
  only when its text changes; a byte-order mark, CRLF or mixed line endings and a missing final
  newline survive unchanged; a file that cannot be decoded is reported and left alone.

Names are made consistent across all the inputs of one run. The run makes two passes over the
inputs, chunk by chunk (memory stays bounded whatever the size of a file): pass 1 feeds every
chunk of every input to :meth:`translit.Normalizer.discover`; pass 2 normalises each chunk with
``normalizer.with_clusters(clusters).explain(chunk)``. Standard input is buffered to a temporary
file for the two passes.
"""

from __future__ import annotations

import argparse
import codecs
import fnmatch
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Protocol

from . import fileio
from .fileio import InputError, atomic_write, is_binary, iter_text_chunks
from .normalizer import Change

if TYPE_CHECKING:
    from .names.lexicon import Lexicon

__all__ = ["DEFAULT_INCLUDE", "build_parser", "main"]

PROG = "translit-normalize"

#: Files a directory argument contributes unless ``--include`` says otherwise.
DEFAULT_INCLUDE = (
    "*.txt",
    "*.text",
    "*.md",
    "*.markdown",
    "*.rst",
    "*.csv",
    "*.tsv",
    "*.json",
    "*.jsonl",
    "*.ndjson",
    "*.html",
    "*.htm",
    "*.xml",
    "*.srt",
    "*.vtt",
)

#: Size of the pieces files are read in (tests make it small).
CHUNK_BYTES = fileio.CHUNK_BYTES
#: Lines of context around each hunk of ``--diff``.
DIFF_CONTEXT = 3
#: The progress bar appears (on a terminal) from this many files or bytes on.
PROGRESS_MIN_FILES = 20
PROGRESS_MIN_BYTES = 32 << 20

STDIN_NAME = "<stdin>"

_DESCRIPTION = """\
Unify the spelling variants of names in text files (Lukashenka -> Lukashenko, Grabsky ->
Grabskyi or the other way round, by frequency), optionally transliterating them under an
official standard. Without -i, -o, --check, --diff or --discover the normalised text is printed
to stdout; a one-line summary goes to stderr.

Every FILE and every file found under a directory is read twice, chunk by chunk: first to
discover the names and their variants across all inputs (so a name is written the same way in
every file), then to normalise. Directories are searched recursively for files matching
--include, skipping hidden files and directories (names starting with a dot) and anything
matching --exclude."""

_EPILOG = """\
exit status:
  0  success (with --check: nothing would change)
  1  --check: some file would change
  2  usage error, or an input error (missing, unreadable or undecodable file, malformed
     lexicon); the other files are still processed

examples:
  translit-normalize article.txt                   print the article with names unified
  translit-normalize -i --backup .orig corpus/     rewrite files in place, keeping backups
  translit-normalize --check --diff corpus/        show what would change; exit 1 if anything
  translit-normalize --report changes.jsonl -o out/ corpus/
  translit-normalize --lexicon names.csv --canonical first notes.md
  translit-normalize --discover corpus/ > clusters.jsonl
  translit-normalize --transliterate ru --no-names < cyrillic.txt > latin.txt"""


# == Command line ===========================================================================


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to generate the CLI reference)."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files or directories to normalise; none or '-' reads stdin and writes stdout",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")

    names = parser.add_argument_group("names and transliteration")
    names.add_argument(
        "--lexicon",
        action="append",
        metavar="FILE",
        default=[],
        help="canonical names to normalise to, in UTF-8: plain text (one name a line), "
        "CSV/TSV with a 'canonical' column (and 'variants', 'native', 'lang') or JSON; "
        "repeatable, the lexicons are merged",
    )
    names.add_argument(
        "--canonical",
        metavar="frequent|first|SCHEME",
        help="which spelling of a name wins: the most frequent one (default; ties go to the "
        "first seen), the first one seen, or the form a standard (id or language code) gives "
        "for a native-script spelling",
    )
    names.add_argument(
        "--transliterate",
        metavar="SCHEME|auto",
        help="also transliterate source-script text under SCHEME (a standard id or a language "
        "code such as ru, uk, be) or 'auto' (the language of each word), so Cyrillic names "
        "join their Latin variants",
    )
    names.add_argument(
        "--no-names",
        action="store_true",
        help="only transliterate (needs --transliterate); names are left as they are",
    )
    names.add_argument(
        "--discover",
        action="store_true",
        help="print the clusters of name variants found across all inputs as JSON Lines and "
        "change nothing",
    )
    names.add_argument("--list-schemes", action="store_true", help="list the standards and exit")

    out = parser.add_argument_group("output")
    out.add_argument(
        "-i",
        "--in-place",
        action="store_true",
        help="rewrite the files that change (atomically; unchanged files are not touched)",
    )
    out.add_argument(
        "--backup",
        metavar="SUFFIX",
        help="with -i: keep a copy of each rewritten file as FILE+SUFFIX",
    )
    out.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH: a file for one input file, a directory (mirroring the input "
        "directories) for several inputs or a directory input; never one of the inputs",
    )
    out.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if some file would change, listing each as "
        "'would normalize PATH' on stderr",
    )
    out.add_argument(
        "--diff",
        action="store_true",
        help="write a unified diff of the changes to stdout instead of the text",
    )
    out.add_argument(
        "--report",
        metavar="FILE|-",
        help="write every change as JSON Lines to FILE ('-': stdout, with -i, -o or --check): "
        '{"type": "change", "path", "line", "column", "start", "end", "original", '
        '"replacement", "canonical", "reason"} records and a final {"type": "summary", '
        '"schema_version": 1, "files", "changed_files", "changes", "errors"}',
    )
    out.add_argument(
        "-q", "--quiet", action="store_true", help="no summary, warnings or progress; errors only"
    )

    select = parser.add_argument_group("selecting files in directories")
    select.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="file names to take from directories (repeatable; replaces the default list: "
        + " ".join(DEFAULT_INCLUDE).replace("%", "%%")
        + ")",
    )
    select.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        default=[],
        help="skip files and directories whose name or path relative to the directory "
        "argument matches GLOB (repeatable)",
    )

    run = parser.add_argument_group("reading and running")
    run.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the inputs and outputs (default: utf-8, whatever the locale)",
    )
    run.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="normalise N files in parallel (0: one per CPU); output stays in input order",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return _Run(parser, args).run()
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        code = exc.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (``| head``): stop quietly, as sed does.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1


# == Engines: what changes in a piece of text ===============================================


class _Engine(Protocol):
    def edits(self, text: str) -> Sequence[Change]: ...


class _NameEngine:
    """Name normalisation through a :class:`translit.Normalizer` (with clusters fixed)."""

    def __init__(self, normalizer: Any) -> None:
        self.normalizer = normalizer

    def edits(self, text: str) -> Sequence[Change]:
        changes: Sequence[Change] = self.normalizer.explain(text)
        return changes


class _TranslitEngine:
    """``--no-names``: plain transliteration, reported as one edit per changed line (the span
    from the first to the last changed word)."""

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme

    def edits(self, text: str) -> Sequence[Change]:
        from .transliteration import transliterate

        out = transliterate(text, self.scheme)
        if out == text:
            return []
        reason = f"transliterated under {self.scheme}"
        old_lines = text.split("\n")
        new_lines = out.split("\n")
        if len(old_lines) != len(new_lines):  # pragma: no cover - standards keep line breaks
            return [Change(0, len(text), text, out, out, reason)]
        edits: list[Change] = []
        pos = 0
        for a, b in zip(old_lines, new_lines):
            if a != b:
                p = 0
                while p < min(len(a), len(b)) and a[p] == b[p]:
                    p += 1
                limit = min(len(a), len(b)) - p
                s = 0
                while s < limit and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
                    s += 1
                while p > 0 and not a[p - 1].isspace():
                    p -= 1
                while s > 0 and not a[len(a) - s].isspace():
                    s -= 1
                new = b[p : len(b) - s]
                edits.append(Change(pos + p, pos + len(a) - s, a[p : len(a) - s], new, new, reason))
            pos += len(a) + 1
        return edits


class _EngineError(Exception):
    pass


def _checked(edits: Sequence[Change], text: str) -> Sequence[Change]:
    """Refuse edits that do not describe ``text`` (a file is never written from them)."""
    pos = 0
    for e in edits:
        if not (pos <= e.start <= e.end <= len(text)) or text[e.start : e.end] != e.original:
            raise _EngineError(
                f"the normalizer returned an inconsistent change at offset {e.start}"
            )
        pos = e.end
    return edits


# == Unified diff, streamed =================================================================


def _split_lines(text: str) -> list[str]:
    """Lines of ``text`` with their ``\\n`` (only ``\\n`` ends a line; ``\\r`` stays on it)."""
    lines = text.split("\n")
    last = lines.pop()
    out = [line + "\n" for line in lines]
    if last:
        out.append(last)
    return out


def _range(start: int, length: int) -> str:
    if length == 1:
        return str(start)
    if length == 0:
        start -= 1
    return f"{start},{length}"


class _Diff:
    """A unified diff built while the text streams past (bounded memory, like ``diff -u``).

    ``equal(text)`` and ``change(old, new)`` describe the file in order; lines touched by a
    change become a ``-``/``+`` block, the rest context. Call ``close()`` at the end.
    """

    def __init__(self, out: IO[str], old_label: str, new_label: str, context: int) -> None:
        self.out = out
        self.labels = (old_label, new_label)
        self.context = context
        self.old_no = 0  # lines consumed
        self.new_no = 0
        self.before: deque[str] = deque(maxlen=context)
        self.hunk: list[str] | None = None
        self.hunk_start = (0, 0)
        self.hunk_len = [0, 0]
        self.trail: list[str] = []
        self.removed: list[str] = []
        self.added: list[str] = []
        self.header = False
        # the line being assembled (its old and new text), and whether a change touched it
        self.old_buf = ""
        self.new_buf = ""
        self.dirty = False

    # -- input -------------------------------------------------------------------------

    def equal(self, text: str) -> None:
        if not text:
            return
        nl = text.find("\n")
        if nl < 0:
            self.old_buf += text
            self.new_buf += text
            return
        head = text[: nl + 1]
        self.old_buf += head
        self.new_buf += head
        self._end_line()
        rest = text[nl + 1 :]
        cut = rest.rfind("\n") + 1
        if cut:
            self._equal_lines(_split_lines(rest[:cut]))
        self.old_buf = self.new_buf = rest[cut:]

    def change(self, old: str, new: str) -> None:
        self.old_buf += old
        self.new_buf += new
        self.dirty = True

    def close(self) -> None:
        if self.old_buf or self.new_buf:
            self._end_line()
        if self.hunk is not None:
            self._flush(self.trail[: self.context])

    # -- lines -------------------------------------------------------------------------

    def _end_line(self) -> None:
        if self.dirty:
            self._replace(_split_lines(self.old_buf), _split_lines(self.new_buf))
        else:
            self._equal_lines([self.old_buf])
        self.old_buf = self.new_buf = ""
        self.dirty = False

    def _equal_lines(self, lines: list[str]) -> None:
        self._commit()
        n = len(lines)
        self.old_no += n
        self.new_no += n
        c = self.context
        if self.hunk is not None:
            room = 2 * c + 1 - len(self.trail)
            self.trail.extend(lines[:room])
            if len(self.trail) <= 2 * c:
                return
            trail = self.trail
            self._flush(trail[:c])
            self.before.extend(trail[c:])
            lines = lines[room:]
        if c:
            self.before.extend(lines[-c:])

    def _replace(self, old: list[str], new: list[str]) -> None:
        if self.hunk is None:
            self.hunk = [" " + line for line in self.before]
            self.hunk_start = (
                self.old_no - len(self.before) + 1,
                self.new_no - len(self.before) + 1,
            )
            self.hunk_len = [len(self.before), len(self.before)]
        else:
            self.hunk += [" " + line for line in self.trail]
            self.hunk_len[0] += len(self.trail)
            self.hunk_len[1] += len(self.trail)
        self.trail = []
        self.before.clear()
        # Consecutive changed lines form one block: all the - lines, then all the + lines.
        self.removed += old
        self.added += new
        self.old_no += len(old)
        self.new_no += len(new)

    def _commit(self) -> None:
        if self.hunk is None or not (self.removed or self.added):
            return
        self.hunk += ["-" + line for line in self.removed] + ["+" + line for line in self.added]
        self.hunk_len[0] += len(self.removed)
        self.hunk_len[1] += len(self.added)
        self.removed = []
        self.added = []

    def _flush(self, context_after: list[str]) -> None:
        self._commit()
        assert self.hunk is not None
        lines = self.hunk + [" " + line for line in context_after]
        old_len = self.hunk_len[0] + len(context_after)
        new_len = self.hunk_len[1] + len(context_after)
        if not self.header:
            self.out.write(f"--- {self.labels[0]}\n+++ {self.labels[1]}\n")
            self.header = True
        self.out.write(
            f"@@ -{_range(self.hunk_start[0], old_len)} +{_range(self.hunk_start[1], new_len)} @@\n"
        )
        for line in lines:
            self.out.write(
                line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            )
        self.hunk = None
        self.trail = []


# == Processing one file ====================================================================


@dataclass(frozen=True)
class _Settings:
    """What pass 2 does with each file (picklable, for worker processes)."""

    encoding: str
    chunk_bytes: int
    write: str  # "stdout", "inplace", "output" or "none"
    diff: bool
    report: bool
    backup: str | None


@dataclass(frozen=True)
class _Job:
    index: int
    display: str  # the name in messages, reports and diffs
    path: str  # where to read from
    target: str | None = None  # where to write (-i: the real path of the file; -o: the output)
    size: int = 0


@dataclass
class _Result:
    index: int
    display: str
    changes: int = 0
    names: set[str] = field(default_factory=set)
    error: str | None = None
    skipped: bool = False
    spools: dict[str, str] = field(default_factory=dict)


class _StdoutText:
    """A text sink that encodes to ``sys.stdout.buffer``."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding

    def write(self, text: str) -> int:
        sys.stdout.buffer.write(text.encode(self.encoding))
        return len(text)


def _os_message(name: str, err: OSError) -> str:
    return f"{name}: {err.strerror or err}"


def _process(
    job: _Job,
    settings: _Settings,
    engine: _Engine,
    spool_dir: str,
    *,
    in_worker: bool,
    on_chunk: Any = None,
) -> _Result:
    """Pass 2 for one file. Diff and report output go to spool files the caller copies in input
    order once the file succeeded; the text goes to stdout directly (to a spool in a worker)."""
    result = _Result(job.index, job.display)
    opened: list[IO[str]] = []

    def spool(kind: str) -> IO[str]:
        path = os.path.join(spool_dir, f"{job.index}.{kind}")
        result.spools[kind] = path
        encoding = "utf-8" if kind == "report" else settings.encoding
        f = open(path, "w", encoding=encoding, errors="strict", newline="")
        opened.append(f)
        return f

    try:
        with open(job.path, "rb") as f:
            if is_binary(f.read(fileio.BINARY_SNIFF_BYTES)):
                result.skipped = True
                return result
            if settings.write == "inplace":
                # Probe first: an unchanged file is not rewritten (its mtime is kept).
                f.seek(0)
                chunks = iter_text_chunks(f, job.display, settings.encoding, settings.chunk_bytes)
                if not any(_checked(engine.edits(c), c) for c in chunks):
                    return result
            f.seek(0)
            diff = None
            if settings.diff:
                diff = _Diff(
                    spool("diff"),
                    f"{job.display}\t(original)",
                    f"{job.display}\t(normalized)",
                    DIFF_CONTEXT,
                )
            report = spool("report") if settings.report else None

            def tick() -> None:
                if on_chunk is not None:
                    on_chunk(f.tell())

            chunks = iter_text_chunks(f, job.display, settings.encoding, settings.chunk_bytes)
            pieces = _apply(engine, chunks, job.display, diff, report, result, tick)
            if settings.write == "stdout":
                sink: IO[str] | _StdoutText = (
                    spool("text") if in_worker else _StdoutText(settings.encoding)
                )
                for piece in pieces:
                    sink.write(piece)
            elif settings.write in ("inplace", "output"):
                assert job.target is not None
                if settings.write == "inplace" and settings.backup:
                    shutil.copy2(job.target, job.target + settings.backup)
                if settings.write == "output":
                    parent = os.path.dirname(os.path.abspath(job.target))
                    os.makedirs(parent, exist_ok=True)
                atomic_write(job.target, pieces, settings.encoding)
            else:
                for _ in pieces:
                    pass
            if diff is not None:
                diff.close()
    except InputError as err:
        result.error = str(err)
    except UnicodeEncodeError as err:
        bad = err.object[err.start : err.end]
        result.error = (
            f"{job.display}: the normalized text cannot be encoded as {settings.encoding}: {bad!r}"
        )
    except BrokenPipeError:
        raise  # stdout went away: main() stops the run quietly
    except OSError as err:
        result.error = _os_message(job.display, err)
    except _EngineError as err:
        result.error = f"{job.display}: {err}"
    except Exception as err:  # a failing normalizer must not stop the other files
        result.error = f"{job.display}: internal error: {type(err).__name__}: {err}"
    finally:
        for f_out in opened:
            f_out.close()
    return result


def _apply(
    engine: _Engine,
    chunks: Iterable[str],
    display: str,
    diff: _Diff | None,
    report: IO[str] | None,
    result: _Result,
    tick: Any,
) -> Iterator[str]:
    """Yield the normalised chunks, feeding the diff and the report on the way."""
    offset = 0  # characters before the chunk
    line, col = 1, 1  # of ``scan`` in the current chunk
    for chunk in chunks:
        edits = _checked(engine.edits(chunk), chunk)
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
                    record = {
                        "type": "change",
                        "path": display,
                        "line": line,
                        "column": col,
                        "start": offset + e.start,
                        "end": offset + e.end,
                        "original": e.original,
                        "replacement": e.replacement,
                        "canonical": e.canonical,
                        "reason": e.reason,
                    }
                    report.write(json.dumps(record, ensure_ascii=False) + "\n")
                result.names.add(e.canonical)
                pos = e.end
            parts.append(chunk[pos:])
            if diff is not None:
                diff.equal(chunk[pos:])
            result.changes += len(edits)
            out = "".join(parts)
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


_WORKER_ENGINE: _Engine | None = None


def _init_worker(engine: _Engine) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = engine


def _worker(job: _Job, settings: _Settings, spool_dir: str) -> _Result:
    assert _WORKER_ENGINE is not None
    return _process(job, settings, _WORKER_ENGINE, spool_dir, in_worker=True)


# == Progress ===============================================================================


class _Progress:
    """A one-line progress indicator on stderr (only on a terminal, only for big runs)."""

    def __init__(self, total_bytes: int, files: int, enabled: bool) -> None:
        self.total = max(total_bytes, 1)
        self.files = files
        self.enabled = enabled
        self.label = ""
        self.base = 0
        self.done = 0
        self.files_done = 0
        self.last = 0.0
        self.shown = False

    def phase(self, label: str) -> None:
        self.label = label
        self.base = self.done = self.files_done = 0
        self.draw(force=True)

    def file_done(self, size: int) -> None:
        self.base += size
        self.done = self.base
        self.files_done += 1
        self.draw(force=self.files_done == self.files)

    def within(self, pos: int) -> None:
        self.done = self.base + pos
        self.draw()

    def draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        frac = min(self.done / self.total, 1.0)
        bar = "#" * int(frac * 30)
        sys.stderr.write(
            f"\r{PROG}: {self.label} [{bar:<30}] {frac:4.0%} "
            f"({self.files_done}/{self.files} files)\x1b[K"
        )
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


# == The run ================================================================================


@dataclass
class _Source:
    display: str
    path: str  # where to read (a temporary copy for stdin and pipes)
    root: str | None = None  # the directory argument it was found under
    real: str | None = None  # real path of an actual file (None for stdin and pipes)
    size: int = 0


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


class _Run:
    def __init__(self, parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
        self.parser = parser
        self.args = args
        self.errors = 0
        self.skipped = 0
        self.files_ok = 0
        self.changed_files = 0
        self.changes = 0
        self.names: set[str] = set()
        self.failed: set[int] = set()
        self.progress = _Progress(0, 0, enabled=False)

    # -- messages ----------------------------------------------------------------------

    def error(self, message: str) -> None:
        self.progress_close()
        print(message, file=sys.stderr)
        self.errors += 1

    def warn(self, message: str) -> None:
        if not self.args.quiet:
            self.progress_close()
            print(message, file=sys.stderr)

    def fatal(self, message: str) -> int:
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2

    def progress_close(self) -> None:
        progress = getattr(self, "progress", None)
        if progress is not None:
            progress.close()

    # -- validation --------------------------------------------------------------------

    def validate(self) -> None:
        a = self.args
        p = self.parser
        try:
            codecs.lookup(a.encoding)
        except LookupError:
            p.error(f"unknown encoding {a.encoding!r}")
        if a.jobs < 0:
            p.error("--jobs must be 0 (one per CPU) or more")
        if a.no_names:
            if not a.transliterate:
                p.error("--no-names needs --transliterate SCHEME")
            for flag, given in (
                ("--lexicon", a.lexicon),
                ("--canonical", a.canonical),
                ("--discover", a.discover),
            ):
                if given:
                    p.error(f"--no-names cannot be combined with {flag}")
        if a.discover:
            for flag, given in (
                ("-i/--in-place", a.in_place),
                ("-o/--output", a.output),
                ("--check", a.check),
                ("--diff", a.diff),
                ("--report", a.report),
            ):
                if given:
                    p.error(f"--discover changes nothing; it cannot be combined with {flag}")
        if a.in_place:
            for flag, given in (
                ("-o/--output", a.output),
                ("--check", a.check),
                ("--diff", a.diff),
            ):
                if given:
                    p.error(f"-i/--in-place cannot be combined with {flag}")
            if not a.files or "-" in a.files:
                p.error("-i/--in-place needs files, not stdin")
        if a.backup is not None:
            if not a.in_place:
                p.error("--backup needs -i/--in-place")
            if not a.backup or os.sep in a.backup or (os.altsep and os.altsep in a.backup):
                p.error("--backup SUFFIX must be a non-empty file name suffix")
        if a.output is not None:
            for flag, given in (("--check", a.check), ("--diff", a.diff)):
                if given:
                    p.error(f"-o/--output cannot be combined with {flag}")
        if a.report == "-" and not (a.in_place or a.output or (a.check and not a.diff)):
            p.error("--report - needs -i, -o or --check (stdout already carries the text)")
        for scheme, flag in ((a.transliterate, "--transliterate"), (a.canonical, "--canonical")):
            if scheme is None or (flag == "--canonical" and scheme in ("frequent", "first")):
                continue
            from .transliteration import transliterate

            try:
                transliterate("", scheme)
            except ValueError as err:
                p.error(f"{flag}: {err}")

    # -- lexicons ----------------------------------------------------------------------

    def load_lexicon(self) -> Lexicon | None:
        paths: list[str] = self.args.lexicon
        if not paths:
            return None
        from .names.lexicon import Lexicon

        lexicons = [Lexicon.from_file(path) for path in paths]
        if len(lexicons) == 1:
            merged = lexicons[0]
        else:
            merged = Lexicon()
            for lex in lexicons:
                for entry in lex:
                    merged.add(entry)
        for conflict in merged.conflicts[:5]:
            self.warn(f"{PROG}: warning: lexicon: {conflict}")
        if len(merged.conflicts) > 5:
            self.warn(f"{PROG}: warning: lexicon: {len(merged.conflicts) - 5} more conflicts")
        return merged

    # -- inputs ------------------------------------------------------------------------

    def collect(self, tmpdir: str) -> list[_Source]:
        a = self.args
        includes: list[str] = a.include or list(DEFAULT_INCLUDE)
        excludes: list[str] = a.exclude
        skip_dir = os.path.realpath(a.output) if a.output and os.path.isdir(a.output) else None
        sources: list[_Source] = []
        seen: set[str] = set()
        stdin_done = False
        for name in a.files or ["-"]:
            if name == "-":
                if stdin_done:
                    continue
                stdin_done = True
                path = os.path.join(tmpdir, "stdin")
                with open(path, "wb") as spool:
                    shutil.copyfileobj(sys.stdin.buffer, spool)
                sources.append(_Source(STDIN_NAME, path, size=os.path.getsize(path)))
                continue
            try:
                st = os.stat(name)
            except OSError as err:
                self.error(_os_message(name, err))
                continue
            if stat.S_ISDIR(st.st_mode):
                found = 0
                for path in self.walk(name, includes, excludes, skip_dir):
                    real = os.path.realpath(path)
                    if real in seen:
                        continue
                    seen.add(real)
                    found += 1
                    try:
                        size = os.path.getsize(path)
                    except OSError:
                        size = 0
                    sources.append(_Source(path, path, root=name, real=real, size=size))
                if not found:
                    self.error(
                        f"{name}: no files matching {' '.join(includes)}"
                        + (f" (excluding {' '.join(excludes)})" if excludes else "")
                    )
                continue
            real = os.path.realpath(name)
            if real in seen:
                continue
            seen.add(real)
            if stat.S_ISREG(st.st_mode):
                sources.append(_Source(name, name, real=real, size=st.st_size))
            elif a.in_place:
                self.error(f"{name}: not a regular file; cannot rewrite it in place")
            else:
                # A pipe or device can be read once only: buffer it for the two passes.
                path = os.path.join(tmpdir, f"input-{len(sources)}")
                try:
                    with open(name, "rb") as src, open(path, "wb") as spool:
                        shutil.copyfileobj(src, spool)
                except OSError as err:
                    self.error(_os_message(name, err))
                    continue
                sources.append(_Source(name, path, size=os.path.getsize(path)))
        return sources

    def walk(
        self, root: str, includes: list[str], excludes: list[str], skip_dir: str | None
    ) -> Iterator[str]:
        def excluded(name: str, rel: str) -> bool:
            return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in excludes)

        def onerror(err: OSError) -> None:
            self.error(_os_message(err.filename or root, err))

        for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
            rel_dir = os.path.relpath(dirpath, root)
            rel_dir = "" if rel_dir == os.curdir else rel_dir.replace(os.sep, "/") + "/"
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(".")
                and not excluded(d, rel_dir + d)
                and os.path.realpath(os.path.join(dirpath, d)) != skip_dir
            )
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                if not any(fnmatch.fnmatch(name, g) for g in includes):
                    continue
                if excluded(name, rel_dir + name):
                    continue
                yield os.path.join(dirpath, name)

    def targets(self, sources: list[_Source]) -> list[str | None] | None:
        """Output paths for -o / -i; None after a refusal (reported)."""
        a = self.args
        if a.in_place:
            return [s.real for s in sources]
        if not a.output:
            return [None] * len(sources)
        out: str = a.output
        many = len(a.files) > 1 or any(os.path.isdir(f) for f in a.files if f != "-")
        result: list[str | None] = []
        if not many:
            if not sources:
                return []
            src = sources[0]
            if os.path.isdir(out) or out.endswith(("/", os.sep)):
                if src.real is None:
                    self.fatal(f"-o {out}: a directory; give a file name for {src.display}")
                    return None
                result = [os.path.join(out, os.path.basename(src.display))]
            else:
                result = [out]
        else:
            if os.path.exists(out) and not os.path.isdir(out):
                self.fatal(f"-o {out}: not a directory (several inputs need an output directory)")
                return None
            for s in sources:
                if s.real is None:
                    self.fatal(f"-o {out}: {s.display} has no file name to write under {out}")
                    return None
                if s.root is not None:
                    rel = os.path.relpath(s.path, s.root)
                else:
                    rel = os.path.basename(s.display)
                result.append(os.path.join(out, rel))
        inputs = {s.real for s in sources if s.real is not None}
        taken: dict[str, str] = {}
        for s, t in zip(sources, result):
            assert t is not None
            real = os.path.realpath(t)
            if real in inputs:
                self.fatal(f"refusing to write {t}: it is one of the inputs")
                return None
            if real in taken:
                self.fatal(f"{taken[real]} and {s.display} would both be written to {t}")
                return None
            taken[real] = s.display
        return result

    # -- passes ------------------------------------------------------------------------

    def discover_chunks(self, sources: list[_Source], chunk_bytes: int) -> Iterator[str]:
        """Pass 1: every chunk of every readable text input; problems are reported here."""
        for i, s in enumerate(sources):
            try:
                with open(s.path, "rb") as f:
                    if is_binary(f.read(fileio.BINARY_SNIFF_BYTES)):
                        self.failed.add(i)
                        self.skipped += 1
                        self.warn(f"{s.display}: binary file skipped")
                        continue
                    f.seek(0)
                    for chunk in iter_text_chunks(f, s.display, self.args.encoding, chunk_bytes):
                        yield chunk
                        self.progress.within(f.tell())
            except InputError as err:
                self.failed.add(i)
                self.error(str(err))
            except OSError as err:
                self.failed.add(i)
                self.error(_os_message(s.display, err))
            self.progress.file_done(s.size)

    def run(self) -> int:
        a = self.args
        if a.list_schemes:
            _list_schemes()
            return 0
        self.validate()
        try:
            lexicon = self.load_lexicon()
        except OSError as err:
            return self.fatal(f"cannot read lexicon {err.filename}: {err.strerror or err}")
        except ValueError as err:  # LexiconError: "path:line: message"
            return self.fatal(str(err))

        engine: _Engine
        normalizer: Any = None
        if a.no_names:
            engine = _TranslitEngine(a.transliterate)
        else:
            from .normalizer import Normalizer

            try:
                normalizer = Normalizer(
                    lexicon,
                    canonical=a.canonical or "frequent",
                    transliterate=a.transliterate,
                )
            except ValueError as err:
                return self.fatal(str(err))
            engine = _NameEngine(normalizer)

        with tempfile.TemporaryDirectory(prefix="translit-") as tmpdir:
            sources = self.collect(tmpdir)
            if a.report and a.report != "-":
                report_real = os.path.realpath(a.report)
                if any(s.real == report_real for s in sources):
                    return self.fatal(f"refusing to write the report to {a.report}: it is an input")
            targets = self.targets(sources)
            if targets is None:
                return 2
            total = sum(s.size for s in sources)
            self.progress = _Progress(
                total,
                len(sources),
                enabled=not a.quiet
                and sys.stderr.isatty()
                and (len(sources) >= PROGRESS_MIN_FILES or total >= PROGRESS_MIN_BYTES),
            )
            chunk_bytes = CHUNK_BYTES
            try:
                if normalizer is not None:
                    self.progress.phase("discovering names")
                    clusters = normalizer.discover(self.discover_chunks(sources, chunk_bytes))
                    self.progress.close()
                    if a.discover:
                        for cluster in clusters:
                            line = json.dumps(cluster.to_dict(), ensure_ascii=False) + "\n"
                            sys.stdout.buffer.write(line.encode("utf-8"))
                        sys.stdout.flush()
                        readable = len(sources) - len(self.failed)
                        if not a.quiet:
                            print(
                                f"{PROG}: {_plural(len(clusters), 'cluster')} of name variants "
                                f"in {_plural(readable, 'file')}",
                                file=sys.stderr,
                            )
                        return 2 if self.errors else 0
                    engine = _NameEngine(normalizer.with_clusters(clusters))
                return self.normalize(sources, targets, engine, chunk_bytes, tmpdir)
            finally:
                self.progress.close()

    def normalize(
        self,
        sources: list[_Source],
        targets: list[str | None],
        engine: _Engine,
        chunk_bytes: int,
        tmpdir: str,
    ) -> int:
        a = self.args
        write = "inplace" if a.in_place else "output" if a.output else "none"
        if write == "none" and not (a.check or a.diff):
            write = "stdout"
        settings = _Settings(
            encoding=a.encoding,
            chunk_bytes=chunk_bytes,
            write=write,
            diff=a.diff,
            report=bool(a.report),
            backup=a.backup,
        )
        report_out: BinaryIO | None = None
        if a.report == "-":
            report_out = sys.stdout.buffer
        elif a.report:
            try:
                report_out = open(a.report, "wb")  # closed below
            except OSError as err:
                return self.fatal(f"cannot write the report: {_os_message(a.report, err)}")
        jobs = [
            _Job(i, s.display, s.path, t, s.size)
            for i, (s, t) in enumerate(zip(sources, targets))
            if i not in self.failed
        ]
        spool_dir = os.path.join(tmpdir, "spool")
        os.makedirs(spool_dir, exist_ok=True)
        workers = a.jobs or os.cpu_count() or 1
        self.progress.phase("normalizing")
        try:
            for result in self.results(jobs, settings, engine, spool_dir, workers):
                self.collect_result(result, report_out)
            sys.stdout.flush()
            if report_out is not None:
                summary = {
                    "type": "summary",
                    "schema_version": 1,
                    "files": self.files_ok,
                    "changed_files": self.changed_files,
                    "changes": self.changes,
                    "errors": self.errors,
                }
                report_out.write((json.dumps(summary) + "\n").encode("utf-8"))
                report_out.flush()
        finally:
            if report_out is not None and report_out is not sys.stdout.buffer:
                report_out.close()
        self.progress.close()
        if not a.quiet:
            print(self.summary(), file=sys.stderr)
        if self.errors:
            return 2
        if a.check and self.changed_files:
            return 1
        return 0

    def results(
        self,
        jobs: list[_Job],
        settings: _Settings,
        engine: _Engine,
        spool_dir: str,
        workers: int,
    ) -> Iterator[_Result]:
        if workers <= 1 or len(jobs) <= 1:
            for job in jobs:
                yield _process(
                    job, settings, engine, spool_dir, in_worker=False, on_chunk=self.progress.within
                )
                self.progress.file_done(job.size)
            return
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            max_workers=min(workers, len(jobs)), initializer=_init_worker, initargs=(engine,)
        ) as pool:
            futures = [pool.submit(_worker, job, settings, spool_dir) for job in jobs]
            for job, future in zip(jobs, futures):
                try:
                    result = future.result()
                except Exception as err:  # a worker died or could not start
                    result = _Result(job.index, job.display)
                    result.error = f"{job.display}: internal error: {type(err).__name__}: {err}"
                yield result
                self.progress.file_done(job.size)

    def collect_result(self, result: _Result, report_out: BinaryIO | None) -> None:
        try:
            if result.skipped:
                self.skipped += 1
                self.warn(f"{result.display}: binary file skipped")
                return
            if result.error is not None:
                self.error(result.error)
                return
            self.files_ok += 1
            if result.changes:
                self.changed_files += 1
                self.changes += result.changes
                self.names |= result.names
                if self.args.check:
                    self.warn(f"would normalize {result.display}")
            for kind in ("text", "diff"):
                if kind in result.spools:
                    sys.stdout.flush()
                    with open(result.spools[kind], "rb") as f:
                        shutil.copyfileobj(f, sys.stdout.buffer)
            if report_out is not None and "report" in result.spools:
                with open(result.spools["report"], "rb") as f:
                    shutil.copyfileobj(f, report_out)
        finally:
            for path in result.spools.values():
                try:
                    os.unlink(path)
                except OSError:
                    pass

    def summary(self) -> str:
        a = self.args
        would = a.check or (a.diff and not a.in_place)
        files = _plural(self.changed_files, "file")
        changes = _plural(self.changes, "change")
        if a.no_names:
            if self.changes:
                verb = "would be transliterated" if would else "transliterated"
                text = f"{files} {verb} ({changes})"
            else:
                text = f"nothing to transliterate in {_plural(self.files_ok, 'file')}"
        elif self.changes:
            verb = "would be unified" if would else "unified"
            text = f"{_plural(len(self.names), 'name')} {verb} in {files} ({changes})"
        else:
            text = f"no names to unify in {_plural(self.files_ok, 'file')}"
        if self.skipped:
            text += f", {_plural(self.skipped, 'binary file')} skipped"
        if self.errors:
            text += f", {_plural(self.errors, 'error')}"
        return f"{PROG}: {text}"


def _list_schemes() -> None:
    from .registry import schemes

    lines = []
    for s in schemes():
        flags = []
        if s.default_for:
            flags.append("default for " + ", ".join(s.default_for))
        if s.reversible:
            flags.append("reversible")
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        lines.append(f"{s.id}\t{s.name} ({', '.join(s.languages)}){extra}\n")
    sys.stdout.buffer.write("".join(lines).encode("utf-8"))
    sys.stdout.flush()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
