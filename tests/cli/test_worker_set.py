"""WorkerSet: tasks run in the worker named, results come back by task, and a worker that
dies or a result that does not pickle fails its task instead of hanging the run."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from translit.cli.worker_set import WorkerDied, WorkerSet


def _pid(_: object = None) -> int:
    return os.getpid()


def _square(x: int) -> int:
    return x * x


def _fail(message: str) -> None:
    raise ValueError(message)


def _unpicklable() -> object:
    return threading.Lock()


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


_MARK: list[str] = []


def _init(mark: str) -> None:
    _MARK[:] = [mark]


def _marked_at_exit() -> None:
    Path(_MARK[0]).write_text("removed")


def _wait_forever(started: str) -> None:
    Path(started).write_text("started")
    threading.Event().wait()


def test_each_task_runs_in_the_worker_named() -> None:
    with WorkerSet(2) as pool:
        tasks = [pool.submit(i % 2, _pid) for i in range(6)]
        pids = [pool.result(t) for t in tasks]
    assert pids[0] == pids[2] == pids[4] != pids[1] == pids[3] == pids[5]
    assert os.getpid() not in pids


def test_map_keeps_the_order_and_results_come_by_task() -> None:
    with WorkerSet(3) as pool:
        assert list(pool.map(_square, range(10))) == [x * x for x in range(10)]
        late, early = pool.submit(0, _square, 5), pool.submit(1, _square, 6)
        assert pool.result(early) == 36  # asked first, though queued second
        assert pool.result(late) == 25


def test_a_task_s_exception_is_raised_by_result() -> None:
    with WorkerSet(1) as pool:
        task = pool.submit(0, _fail, "bad input")
        with pytest.raises(ValueError, match="bad input"):
            pool.result(task)
        assert pool.result(pool.submit(0, _square, 3)) == 9  # the worker goes on


def test_a_result_that_does_not_pickle_fails_its_task() -> None:
    with WorkerSet(1) as pool:
        with pytest.raises(RuntimeError, match="lock"):
            pool.result(pool.submit(0, _unpicklable))


def test_an_argument_that_does_not_pickle_fails_at_submit() -> None:
    with WorkerSet(1) as pool:
        with pytest.raises(TypeError):
            pool.submit(0, _square, threading.Lock())


def test_a_worker_that_dies_fails_its_tasks_and_the_others_go_on() -> None:
    with WorkerSet(2) as pool:
        dead, after = pool.submit(0, _die), pool.submit(0, _square, 2)
        other = pool.submit(1, _square, 4)
        with pytest.raises(WorkerDied):
            pool.result(dead)
        with pytest.raises(WorkerDied):
            pool.result(after)
        assert not pool.alive(0) and pool.alive(1)
        assert pool.result(other) == 16


def test_stop_ends_busy_workers_and_runs_their_clean_up(tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    previous = signal.signal(signal.SIGTERM, _raise_on_term)  # as the command's handler does
    try:
        pool = WorkerSet(1, _init, (str(mark),), at_exit=_marked_at_exit)
    finally:
        signal.signal(signal.SIGTERM, previous)
    started = tmp_path / "started"
    pool.submit(0, _wait_forever, str(started))
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    pool.stop()
    assert not pool.alive(0)
    assert mark.read_text() == "removed"


def _raise_on_term(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _orphan_pids(tmp: str) -> None:
    """In a child process: start two workers, write their pids, and wait to be killed."""
    pool = WorkerSet(2)
    pids = [pool.result(pool.submit(w, _pid)) for w in range(2)]
    Path(tmp).write_text(" ".join(map(str, pids)))
    threading.Event().wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    import multiprocessing

    mark = tmp_path / "pids"
    parent = multiprocessing.get_context("fork").Process(target=_orphan_pids, args=(str(mark),))
    parent.start()
    deadline = time.monotonic() + 30
    while not mark.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    pids = [int(p) for p in mark.read_text().split()]
    os.kill(parent.pid, signal.SIGKILL)
    parent.join()
    deadline = time.monotonic() + 10
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(p) for p in pids)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # (a zombie has ended)
    except FileNotFoundError:
        return False
