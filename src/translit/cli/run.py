"""One run of the command: lexicon, inputs, plan, the two passes, output and summary."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from .._log import timed
from . import progress as _progress
from . import textio
from .concurrency import results
from .console import Console
from .engines import (
    Engine,
    TranslitEngine,
    cluster_record,
    make_normalizer,
    second_pass,
)
from .options import PROG, Options, WriteBack
from .passes import Job, Result, Settings
from .plan import PlanError, make_plan
from .records import Records
from .report import Tally, plural
from .rundir import run_dir
from .scan_pool import cluster_scanned, scan_inputs, start_workers, workers_for
from .sources import collect
from .streams import copy_to_stdout, flush_stdout, stdout_buffer, write_stdout
from .textio import Fingerprint
from .verbose import log_to_stderr, show_configuration
from .write import NewFile, WriteError, clean_stale_temporaries

if TYPE_CHECKING:
    from ..names.lexicon import Lexicon
    from .worker_set import WorkerSet

__all__ = ["run"]


class _ReportSink(Protocol):
    def write(self, data: bytes) -> None: ...


class _StreamSink:
    """The report on stdout, or on a path that is not a regular file (``/dev/stdout``)."""

    def __init__(self, stream: BinaryIO | None, path: str | None = None) -> None:
        self.stream = stream
        self.path = path

    def write(self, data: bytes) -> None:
        if self.stream is None:
            write_stdout(data)
            return
        try:
            self.stream.write(data)
        except OSError as err:
            raise WriteError(f"{self.path}: cannot write: {err.strerror or err}") from None


def run(options: Options) -> int:
    """Run the command with validated ``options``; return the exit status."""
    if not options.verbose:
        return _run(options)
    show_configuration(options)
    remove = log_to_stderr()
    try:
        return _run(options)
    finally:
        remove()


def _run(options: Options) -> int:
    console = Console(options.quiet)
    if options.list_schemes:
        _list_schemes()
        return 0
    if options.variants:
        from .variants import print_variants

        return print_variants(options, console)
    try:
        lexicon = _load_lexicon(options.lexicon, console)
    except OSError as err:
        return console.fatal(f"cannot read lexicon {err.filename}: {err.strerror or err}")
    except ValueError as err:  # LexiconError: "path:line: message"
        return console.fatal(str(err))

    engine: Engine | None = None
    normalizer: Any = None
    if options.no_names:
        assert options.transliterate is not None
        engine = TranslitEngine(options.transliterate)
    else:
        try:
            normalizer = make_normalizer(
                lexicon,
                options.canonical,
                options.transliterate,
                options.language,
                options.lexicon_only,
            )
        except ValueError as err:
            return console.fatal(str(err))
    wb = options.write_back
    if sys.stdout is None and (
        wb in (WriteBack.STDOUT, WriteBack.DIFF) or options.discover or options.report == "-"
    ):
        return console.fatal("standard output is closed")

    with run_dir() as tmpdir:
        sources = collect(options, console, tmpdir)
        try:
            plan = make_plan(sources, options)
        except PlanError as err:
            return console.fatal(str(err))
        if wb in (WriteBack.IN_PLACE, WriteBack.OUTPUT):
            clean_stale_temporaries(plan.directories)
        total = sum(s.size for s in sources)
        progress = _progress.Progress(
            total, len(sources), enabled=_progress.wanted(len(sources), total, options.quiet)
        )
        console.progress = progress
        chunk_bytes = textio.CHUNK_BYTES
        records = (
            Records(options.column, options.field) if options.column or options.field else None
        )
        failed: dict[int, str] = {}
        seen: dict[int, tuple[Fingerprint, str]] = {}
        report: _ReportSink | None = None
        pool: WorkerSet | None = None
        owners: list[int] | None = None
        try:
            # Before pass 1, so that a report that cannot be written does not wait for it.
            report, commit = _open_report(options.report)
            if normalizer is not None:
                progress.phase("discovering names")
                pool = start_workers(normalizer, sources, workers_for(options.jobs, total))
                scanned = scan_inputs(
                    normalizer,
                    sources,
                    options.input_encoding,
                    chunk_bytes,
                    console,
                    progress,
                    failed,
                    seen,
                    records,
                    pool,
                )
                owners = scanned.owners
                found = cluster_scanned(normalizer, scanned, pool, _clustering(progress))
                progress.close()
                if options.discover and options.format == "synonyms":
                    from .variants import print_synonyms

                    return print_synonyms(found.clusters, len(sources) - len(failed), console)
                if options.discover:
                    return _print_clusters(found.clusters, len(sources) - len(failed), console)
                engine = second_pass(normalizer, found, records)
            assert engine is not None
            tally = Tally(skipped=sum(1 for why in failed.values() if why == "binary"))
            jobs = [
                Job(
                    i,
                    s.display,
                    s.path,
                    plan.targets[i],
                    plan.shown[i],
                    plan.backups[i],
                    plan.backups_shown[i],
                    s.size,
                    *seen.get(i, (None, None)),
                )
                for i, s in enumerate(sources)
                if i not in failed
            ]
            settings = Settings(
                write_back=wb,
                input_encoding=options.input_encoding,
                output_encoding=options.output_encoding,
                chunk_bytes=chunk_bytes,
                diff=options.diff,
                report=bool(options.report),
                report_skipped=options.report_skipped,
                break_links=options.break_links,
                records=records,
            )
            return _second_pass(
                options,
                jobs,
                settings,
                engine,
                (report, commit),
                tmpdir,
                tally,
                console,
                progress,
                (pool, owners),
            )
        except WriteError as err:  # the report could not be written
            return console.fatal(str(err))
        except BaseException:  # interrupted: the workers stop at once
            if pool is not None:
                pool.stop()
                pool = None
            raise
        finally:
            if pool is not None:
                pool.close()
            progress.close()
            if isinstance(report, NewFile):
                report.discard()
            elif isinstance(report, _StreamSink) and report.stream is not None:
                report.stream.close()


def _second_pass(
    options: Options,
    jobs: Sequence[Job],
    settings: Settings,
    engine: Engine,
    report_sink: tuple[_ReportSink | None, Any],
    tmpdir: str,
    tally: Tally,
    console: Console,
    progress: _progress.Progress,
    workers: tuple[WorkerSet | None, list[int] | None] = (None, None),
) -> int:
    report, commit = report_sink
    pool, owners = workers
    spool_dir = os.path.join(tmpdir, "spool")
    os.makedirs(spool_dir, exist_ok=True)
    progress.phase("normalizing")
    with timed("rewrite") as facts:  # (--verbose: pass 2, the files written included)
        facts["files"] = len(jobs)
        n = workers_for(options.jobs, sum(j.size for j in jobs))
        for result in results(jobs, settings, engine, spool_dir, n, progress, pool, owners):
            _collect(result, report, options, tally, console)
    flush_stdout()
    if report is not None:
        report.write(tally.summary_record(console.errors))
        commit()
    progress.close()
    if not options.quiet:
        console.warn(tally.summary(options, console.errors))
    if console.errors:
        return 2
    if options.check and tally.changed_files:
        return 1
    return 0


def _open_report(path: str | None) -> tuple[_ReportSink | None, Any]:
    """The report's sink and what completes it."""
    if not path:
        return None, lambda: None
    if path == "-":
        return _StreamSink(None), flush_stdout
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):  # /dev/stdout, a FIFO
        try:
            stream = open(path, "wb")  # closed by _second_pass
        except OSError as err:
            raise WriteError(f"{path}: cannot write: {err.strerror or err}") from None
        sink = _StreamSink(stream, path)

        def flush() -> None:
            try:
                stream.flush()
            except OSError as err:
                raise WriteError(f"{path}: cannot write: {err.strerror or err}") from None

        return sink, flush
    new = NewFile(path, path)
    return new, new.commit


def _collect(
    result: Result,
    report: _ReportSink | None,
    options: Options,
    tally: Tally,
    console: Console,
) -> None:
    """Count one file's result and copy its spools (text, diff, report) in input order."""
    try:
        if result.skipped:
            tally.skipped += 1
            console.warn(result.skipped)
            return
        for warning in result.warnings:
            console.warn(warning)
        if result.error is not None:
            console.error(result.error)
            return
        tally.files_ok += 1
        if result.reencoded:
            tally.reencoded += 1
        if result.changes:
            tally.changed_files += 1
            tally.changes += result.changes
            tally.names |= result.names
            if options.check:
                console.warn(f"would normalize {result.display}")
        for kind in ("text", "diff"):
            if kind in result.held:
                flush_stdout()
                write_stdout(result.held[kind])
            elif kind in result.spools:
                flush_stdout()
                copy_to_stdout(result.spools[kind])
        if report is not None and "report" in result.held:
            report.write(result.held["report"])
        elif report is not None and "report" in result.spools:
            with open(result.spools["report"], "rb") as f:
                while True:
                    data = f.read(1 << 20)
                    if not data:
                        break
                    report.write(data)
    finally:
        for path in result.spools.values():
            try:
                os.unlink(path)
            except OSError:
                pass


def _print_clusters(clusters: Sequence[Any], readable: int, console: Console) -> int:
    for cluster in clusters:
        line = json.dumps(cluster_record(cluster), ensure_ascii=False) + "\n"
        write_stdout(line.encode("utf-8"))
    flush_stdout()
    console.warn(
        f"{PROG}: {plural(len(clusters), 'cluster')} of name variants in {plural(readable, 'file')}"
    )
    return 2 if console.errors else 0


def _load_lexicon(paths: Sequence[str], console: Console) -> Lexicon | None:
    if not paths:
        return None
    from ..names.lexicon import Lexicon

    lexicons = [Lexicon.from_file(path) for path in paths]
    if len(lexicons) == 1:
        merged = lexicons[0]
    else:
        merged = Lexicon()
        for lex in lexicons:
            for entry in lex:
                merged.add(entry)
    for conflict in merged.conflicts[:5]:
        console.warn(f"{PROG}: warning: lexicon: {conflict}")
    if len(merged.conflicts) > 5:
        console.warn(f"{PROG}: warning: lexicon: {len(merged.conflicts) - 5} more conflicts")
    return merged


def _clustering(progress: _progress.Progress) -> Any:
    """The progress of clustering, block by block, once reading is done (``None`` when no
    progress is shown)."""
    if not progress.enabled:
        return None
    started: list[bool] = []

    def told(done: int, total: int) -> None:
        if not started:
            started.append(True)
            progress.phase("clustering names")
        progress.steps(done, total, "blocks")

    return told


def _list_schemes() -> None:
    from ..registry import schemes

    lines = []
    for s in schemes():
        flags = []
        if s.default_for:
            flags.append("default for " + ", ".join(s.default_for))
        if s.reversible:
            flags.append("reversible")
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        lines.append(f"{s.id}\t{s.name} ({', '.join(s.languages)}){extra}\n")
    stdout_buffer()
    write_stdout("".join(lines).encode("utf-8"))
    flush_stdout()
