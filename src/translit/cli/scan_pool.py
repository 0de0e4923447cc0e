"""Pass 1 in several processes, each of which keeps what it read for pass 2.

With ``--jobs N`` and inputs worth it (:func:`worth_workers`), the run starts ``N`` workers
(:class:`~translit.cli.worker_set.WorkerSet`) and cuts the inputs into runs of consecutive
files, dealt to the workers in turn. A worker counts each of its runs into a census, works out
the nodes of the spellings it met (:func:`~translit.text.nodes.spelling_nodes`: the readings
and keys clustering needs, where the caches hold them) and keeps its readings of the chunks.
The main process adds the censuses up in input order, clusters the whole in blocks on the
workers (:func:`~translit.integrations._scan.discovery_of`, as the Dask and Spark integrations
do), and pass 2 sends each file back to the worker that read it.

A census is a sum (counts, and the first occurrence of each spelling), and each input is
counted in its own language at its own offsets, so the sum of the runs' censuses is the census
one process makes of all the inputs, and the clusters, the output and the report do not depend
on ``--jobs``. Messages about unreadable or binary files are kept by each worker and printed by
the main process in input order.

A run whose worker died is counted again in the main process. One large file is counted in one
process: where its language is told depends on its first chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .console import Console
from .engines import FirstPass, Scanned, cluster_census, scan
from .passes import first_pass_chunks
from .progress import Progress
from .reads import KEPT_MENTIONS, Reads
from .records import Records
from .sources import Source
from .textio import Fingerprint

if TYPE_CHECKING:
    from .worker_set import WorkerSet

__all__ = [
    "MIN_BYTES",
    "RUNS_PER_WORKER",
    "cluster_scanned",
    "runs",
    "scan_inputs",
    "start_workers",
    "worker_reads",
    "workers_for",
    "worth_workers",
]

#: Below this many bytes of input, the run stays in the main process: starting the workers and
#: sending the censuses back costs more than counting a few hundred KB.
MIN_BYTES = 1 << 20

#: Runs of files per worker: more runs even out the workers' loads (a run with a large file
#: finishes late), fewer send fewer censuses back.
RUNS_PER_WORKER = 4

# A worker's state: its normalizer, the readings it kept, the spellings whose nodes it sent.
_NORMALIZER: Any = None
_READS = Reads()
_SENT: set[tuple[str, str]] = set()


def _init_worker(normalizer: Any) -> None:
    global _NORMALIZER, _READS
    _NORMALIZER = normalizer
    _READS = Reads()
    _SENT.clear()


def worker_reads() -> Reads:
    """The readings this worker kept in pass 1 (pass 2 takes them back)."""
    return _READS


class _Kept(Console):
    """A worker's console: the messages, in order, for the main process to print."""

    def __init__(self) -> None:
        super().__init__(quiet=False)
        self.messages: list[tuple[str, str]] = []

    def error(self, message: str) -> None:
        self.messages.append(("error", message))

    def warn(self, message: str) -> None:
        self.messages.append(("warn", message))


class _RunScan(NamedTuple):
    census: Any
    languages: dict[str, str]
    nodes: dict[tuple[str, str], tuple[str, ...]]
    failed: dict[int, str]
    seen: dict[int, tuple[Fingerprint, str]]
    messages: list[tuple[str, str]]


def _scan_run(
    start: int,
    sources: Sequence[Source],
    encoding: str,
    chunk_bytes: int,
    records: Records | None,
    budget: int,
) -> _RunScan:
    from ..text.nodes import spelling_nodes

    console = _Kept()
    failed: dict[int, str] = {}
    seen: dict[int, tuple[Fingerprint, str]] = {}
    pieces = first_pass_chunks(
        sources,
        encoding,
        chunk_bytes,
        console,
        Progress(0, 0, enabled=False),
        failed,
        seen,
        records,
        start,
    )
    found = scan(_NORMALIZER, pieces, records, budget)
    if found.reads is not None:
        _READS.absorb(found.reads.export())
    nodes = spelling_nodes(found.census, _SENT)
    _SENT.update(nodes)
    return _RunScan(found.census, found.languages, nodes, failed, seen, console.messages)


def workers_for(jobs: int, total_bytes: int) -> int:
    """The processes a run uses: ``jobs`` when given, else (0) one per CPU this process may
    run on, but no more than one per :data:`MIN_BYTES` of the run's ``total_bytes``, so that a
    small run stays in one process and a large one uses the machine."""
    if jobs > 0:
        return jobs
    import os

    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (not on every system)
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, total_bytes // MIN_BYTES))


def worth_workers(sources: Sequence[Source], workers: int) -> bool:
    """Whether the run over ``sources`` is better spread over ``workers`` processes."""
    return workers > 1 and len(sources) > 1 and sum(s.size for s in sources) >= MIN_BYTES


def start_workers(normalizer: Any, sources: Sequence[Source], workers: int) -> WorkerSet | None:
    """The run's workers, or None when the inputs are not worth them or the system cannot
    start processes."""
    if not worth_workers(sources, workers):
        return None
    from .._log import timed
    from ..text.frequent_words import preload
    from .worker_set import WorkerSet
    from .write import remove_temporaries

    # Each worker meets thousands of words: the table of frequent ones is loaded once, here,
    # and shared by the forked workers, instead of once in each after 512 words. So are the
    # tables every reading of a name needs (conventions, folds, given names, places), which
    # this process needs again to cluster: made once before the workers start, not once in
    # each worker and again here after them.
    with timed("tables"):  # (--verbose)
        preload()
        _warm_up()
    n = min(workers, len(sources))
    try:
        return WorkerSet(n, _init_worker, (normalizer,), at_exit=remove_temporaries)
    except (OSError, ImportError, NotImplementedError):  # no processes here (no /dev/shm...)
        return None  # the run goes on in this process, with the same result


def _warm_up() -> None:
    """Make the tables the gate and the matcher read (a few hundred milliseconds in a fresh
    process), with words that need every one of them."""
    from ..names.matching import name_keys, same_name
    from ..text.candidates import classify

    for word in ("Lukashenka", "Kyiv", "Mykola"):
        classify(word)
    name_keys("Aliaksandr Lukashenka")
    same_name("Lukashenko", "Lukashenka")


def runs(sizes: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """``[start, end)`` of consecutive inputs cut into at most ``parts`` runs of about equal
    bytes (every run holds at least one input; an input weighs a byte more than its size, as
    opening a file costs something too)."""
    total = sum(sizes) + len(sizes)
    out: list[tuple[int, int]] = []
    start = 0
    done = 0
    for i, size in enumerate(sizes):
        done += size + 1
        # Close the run once it reaches its share of the whole.
        if done * parts >= total * (len(out) + 1) and i + 1 < len(sizes):
            out.append((start, i + 1))
            start = i + 1
    out.append((start, len(sizes)))
    return out


def scan_inputs(
    normalizer: Any,
    sources: Sequence[Source],
    encoding: str,
    chunk_bytes: int,
    console: Console,
    progress: Progress,
    failed: dict[int, str],
    seen: dict[int, tuple[Fingerprint, str]],
    records: Records | None,
    pool: WorkerSet | None = None,
) -> Scanned:
    """Pass 1's census of every input, on the ``pool``'s workers when there is one; as
    :func:`~translit.cli.passes.first_pass_chunks` does, ``failed`` and ``seen`` receive each
    input's outcome and the messages go to ``console``, in input order. The same census
    either way; with a pool, :attr:`Scanned.nodes` holds the nodes of its spellings and each
    input's :attr:`Scanned.owners` entry names the worker that read it."""
    if pool is None:
        chunks = first_pass_chunks(
            sources, encoding, chunk_bytes, console, progress, failed, seen, records
        )
        return scan(normalizer, chunks, records)
    from ..text.census import Census

    cut = runs([s.size for s in sources], len(pool) * RUNS_PER_WORKER)
    total = max(sum(s.size for s in sources), 1)
    census = Census()
    languages: dict[str, str] = {}
    nodes: dict[tuple[str, str], tuple[str, ...]] = {}
    owners: list[int] = []
    tasks = []
    for r, (a, b) in enumerate(cut):
        share = sum(s.size for s in sources[a:b]) * KEPT_MENTIONS // total
        worker = r % len(pool)
        tasks.append(
            pool.submit(worker, _scan_run, a, sources[a:b], encoding, chunk_bytes, records, share)
        )
        owners += [worker] * (b - a)
    for (a, b), task in zip(cut, tasks):
        try:
            done = pool.result(task)
        except Exception:  # its worker died: count the run here (pass 2 reads it again)
            _init_worker(normalizer)
            done = _scan_run(a, sources[a:b], encoding, chunk_bytes, records, 0)
            owners[a:b] = [-1] * (b - a)
        for kind, message in done.messages:
            (console.error if kind == "error" else console.warn)(message)
        census.update(done.census)
        languages.update(done.languages)
        nodes.update(done.nodes)
        failed.update(done.failed)
        seen.update(done.seen)
        for s in sources[a:b]:
            progress.file_done(s.size)
    # (no readings here: each worker kept its own, and pass 2 sends it its files)
    return Scanned(census, languages, None, nodes, owners)


def cluster_scanned(
    normalizer: Any,
    scanned: Scanned,
    pool: WorkerSet | None,
    progress: Callable[[int, int], None] | None,
) -> FirstPass:
    """The clusters of a scanned census: on the ``pool``'s workers in blocks, with the nodes
    they worked out, when there is one; the same clusters either way."""
    if pool is None or scanned.nodes is None:
        return cluster_census(normalizer, scanned, progress)
    from ..integrations._scan import default_blocks, discovery_of

    census = scanned.census
    found = discovery_of(
        census,
        normalizer,
        pool.map,
        default_blocks(len(pool)),
        len(pool),
        scanned.nodes,
    )
    return FirstPass(found, scanned.languages, frozenset(census.tallies), scanned.reads)
