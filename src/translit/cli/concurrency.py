"""Pass 2 over many files, in worker processes when ``--jobs`` asks for them.

Results come back in input order whatever the order the workers finish in; the diff, report and
text of a file are spooled by its worker and copied by the main process (:mod:`~.run`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .engines import Engine
from .passes import Job, Result, Settings, process
from .progress import Progress
from .write import remove_temporaries

if TYPE_CHECKING:
    from .worker_set import WorkerSet

__all__ = ["BATCH_BYTES", "BATCH_FILES", "batches", "results", "stop_workers"]


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


#: A task sent to a worker holds consecutive files up to this many bytes (or one larger file):
#: sending a task and its result costs about as much as normalizing a small file.
BATCH_BYTES = 256 * 1024
BATCH_FILES = 64


def _worker(batch: list[Job], settings: Settings, spool_dir: str) -> list[Result]:
    assert _WORKER_ENGINE is not None
    try:
        return [process(job, settings, _WORKER_ENGINE, spool_dir, in_worker=True) for job in batch]
    except BaseException:  # SIGTERM from the main process (see stop_workers)
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
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)), initializer=_init_worker, initargs=(engine,)
    )
    try:
        cut = batches(jobs)
        futures = [executor.submit(_worker, batch, settings, spool_dir) for batch in cut]
        for batch, future in zip(cut, futures):
            try:
                done = future.result()
            except Exception as err:  # a worker died or could not start
                done = _failed(batch, err)
            for job, result in zip(batch, done):
                yield result
                progress.file_done(job.size)
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM) or stdout failed: stop the workers, whose handlers
        # remove their temporary files, before the spool directory goes.
        stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _results_on(
    pool: WorkerSet,
    owners: Sequence[int],
    jobs: Sequence[Job],
    settings: Settings,
    engine: Engine,
    spool_dir: str,
    progress: Progress,
) -> Iterator[Result]:
    live = []
    for w, setup in [(w, pool.submit(w, _use_engine, engine)) for w in range(len(pool))]:
        try:
            pool.result(setup)
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


def stop_workers(pool: Any) -> None:
    """Stop the processes of ``pool`` at once (SIGTERM: their handlers remove their files)."""
    processes = getattr(pool, "_processes", None) or {}
    for proc in list(processes.values()):
        try:
            proc.terminate()  # SIGTERM
        except Exception:  # pragma: no cover - already gone
            pass
