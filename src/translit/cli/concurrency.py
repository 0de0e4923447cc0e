"""Pass 2 over many files, in worker processes when ``--jobs`` asks for them: the run's
workers, which read the files in pass 1 (:mod:`~.scan_pool`), or workers of its own
(:class:`~.worker_set.WorkerSet`, which a small run or ``--no-names`` starts for pass 2 alone).

Results come back in input order whatever the order the workers finish in; the diff, report and
text of a file are spooled by its worker and copied by the main process (:mod:`~.run`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .engines import Engine
from .passes import Job, Result, Settings, process
from .progress import Progress
from .write import remove_temporaries

if TYPE_CHECKING:
    from .worker_set import WorkerSet

__all__ = ["BATCH_BYTES", "BATCH_FILES", "batches", "results"]


# A worker's engine, sent once by the pool's initializer rather than pickled with every job.
_WORKER_ENGINE: Engine | None = None


def _init_worker(engine: Engine) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = engine


def _use_engine(engine: Engine) -> None:
    """In a worker of the run's :class:`~translit.cli.worker_set.WorkerSet`: pass 2's engine,
    with the readings this worker kept in pass 1."""
    from .scan_pool import worker_reads

    attach = getattr(engine, "with_reads", None)
    _init_worker(attach(worker_reads()) if attach is not None else engine)


def _alive(engine: Engine) -> None:
    """A worker that got its engine when it started answers that it is there."""


#: A task sent to a worker holds consecutive files up to this many bytes (or one larger file):
#: sending a task and its result costs about as much as normalizing a small file.
BATCH_BYTES = 256 * 1024
BATCH_FILES = 64


def _worker(batch: list[Job], settings: Settings, spool_dir: str) -> list[Result]:
    assert _WORKER_ENGINE is not None
    try:
        return [process(job, settings, _WORKER_ENGINE, spool_dir, in_worker=True) for job in batch]
    except BaseException:  # SIGTERM from the main process (WorkerSet.stop)
        remove_temporaries()
        raise


def batches(jobs: Sequence[Job], owners: Sequence[int] | None = None) -> list[list[Job]]:
    """``jobs`` in order, cut into consecutive batches of at most ``BATCH_BYTES`` (a larger
    file alone) and ``BATCH_FILES`` files; with ``owners`` (a worker per input index), the
    files of a batch have one owner."""
    out: list[list[Job]] = []
    size = 0
    for job in jobs:
        if (
            not out
            or size + job.size > BATCH_BYTES
            or len(out[-1]) >= BATCH_FILES
            or (owners is not None and owners[job.index] != owners[out[-1][0].index])
        ):
            out.append([])
            size = 0
        out[-1].append(job)
        size += job.size
    return out


def results(
    jobs: Sequence[Job],
    settings: Settings,
    engine: Engine,
    spool_dir: str,
    workers: int,
    progress: Progress,
    pool: WorkerSet | None = None,
    owners: Sequence[int] | None = None,
) -> Iterator[Result]:
    """Pass 2 over ``jobs``, in order; in ``workers`` processes when there are several, on
    the run's ``pool`` when there is one (each file in the worker that read it, by ``owners``,
    a worker per input index)."""
    if pool is not None and owners is not None:
        yield from _results_on(pool, owners, jobs, settings, engine, spool_dir, progress)
        return
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield process(
                job, settings, engine, spool_dir, in_worker=False, on_chunk=progress.within
            )
            progress.file_done(job.size)
        return
    # Workers of their own: each takes every other batch (no reading of pass 1 to go back to).
    from .worker_set import WorkerSet

    n = min(workers, len(jobs))
    owners = [0] * (max(job.index for job in jobs) + 1)
    for k, batch in enumerate(batches(jobs)):
        for job in batch:
            owners[job.index] = k % n
    # The engine goes to each worker when it starts (forked: with the readings of pass 1).
    try:
        own = WorkerSet(n, _init_worker, (engine,), at_exit=remove_temporaries)
    except (OSError, ImportError, NotImplementedError):  # no processes here: this one
        yield from results(jobs, settings, engine, spool_dir, 1, progress)
        return
    try:
        yield from _results_on(own, owners, jobs, settings, engine, spool_dir, progress, False)
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM) or stdout failed: stop the workers, whose handlers
        # remove their temporary files, before the spool directory goes.
        own.stop()
        raise
    own.close()


def _results_on(
    pool: WorkerSet,
    owners: Sequence[int],
    jobs: Sequence[Job],
    settings: Settings,
    engine: Engine,
    spool_dir: str,
    progress: Progress,
    send_engine: bool = True,
) -> Iterator[Result]:
    """Pass 2 on ``pool``, each batch on the worker ``owners`` names for its files (or on
    another one alive); ``send_engine``: give each worker the engine first (with the
    readings it kept in pass 1)."""
    live = []
    setup = _use_engine if send_engine else _alive
    for w, ident in [(w, pool.submit(w, setup, engine)) for w in range(len(pool))]:
        try:
            pool.result(ident)
            live.append(w)
        except Exception:  # (a worker that died in pass 1, or now)
            pass
    cut = batches(jobs, owners)
    tasks: list[int | None] = []
    for n, batch in enumerate(cut):
        worker = owners[batch[0].index]
        if worker not in live:  # read in the main process, or its worker died: another one
            worker = live[n % len(live)] if live else -1
        if worker < 0:
            tasks.append(None)
        else:
            tasks.append(pool.submit(worker, _worker, batch, settings, spool_dir))
    for batch, task in zip(cut, tasks):
        if task is None:  # no worker left
            done = [process(job, settings, engine, spool_dir, in_worker=False) for job in batch]
        else:
            try:
                done = pool.result(task)
            except Exception as err:
                done = _failed(batch, err)
        for job, result in zip(batch, done):
            yield result
            progress.file_done(job.size)


def _failed(batch: list[Job], err: Exception) -> list[Result]:
    """The results of a batch whose worker died or could not start."""
    # Which files of the batch it finished is not known: each is whole, the old text or the
    # new (files are replaced atomically), and the message says so.
    done = []
    for job in batch:
        result = Result(job.index, job.display)
        result.error = (
            f"{job.display}: internal error: {type(err).__name__}: {err} "
            "(its worker stopped: a file it was writing holds the old text or the new, whole)"
        )
        done.append(result)
    return done
