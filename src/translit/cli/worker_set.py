"""Worker processes that each keep what they worked out, and get the tasks that need it.

A pool hands a task to whichever worker is free; :class:`WorkerSet` hands each task to the
worker the caller names. The run counts a run of files in one worker (which keeps its readings
and its warm caches) and later rewrites those same files in that worker, instead of sending
the readings back and forth.

Every worker is started before anything else runs in the main process (no thread exists
when they fork), and ends by itself when the main process is gone (killed). Tasks go to a
worker through its own pipe, results come back through one queue, and
:meth:`WorkerSet.result` waits for the result of one task: a worker that died (SIGKILL, out of
memory) fails its unfinished tasks with :class:`WorkerDied` rather than leaving the run
waiting.
"""

from __future__ import annotations

import collections
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["WorkerDied", "WorkerSet"]

# How long the main process waits for a result before it looks whether the workers still live
# (and a worker for a task before it runs the handlers of signals that came meanwhile).
_POLL_SECONDS = 0.2

# Tasks sent to a worker ahead of its results (the rest wait in the main process).
_IN_FLIGHT = 2

# How long a worker sent SIGTERM has to remove its files and end before SIGKILL.
_GRACE_SECONDS = 5.0


class WorkerDied(Exception):
    """The worker running a task ended before it finished (killed, or out of memory)."""


def _serve(
    tasks: Any,
    results: Any,
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
    at_exit: Callable[[], None] | None,
    inherited: list[Any],
) -> None:
    """A worker's loop: run each task read from ``tasks``, put its outcome on ``results``;
    stop at the end of ``tasks`` or when the main process is gone."""
    import multiprocessing

    # The process that started this one, whatever the start method (a forkserver is the
    # parent the system sees).
    parent = multiprocessing.parent_process()
    assert parent is not None
    ppid = os.getppid()
    try:
        for connection in inherited:  # the other workers' pipes: their ends must be theirs
            connection.close()
        _end_with_parent()
        if initializer is not None:
            initializer(*initargs)
        while True:
            if os.getppid() != ppid or not parent.is_alive():  # killed: no one waits
                os._exit(1)  # (not flushing results no one will read)
            # Waking up now and then: a signal may be taken by the results queue's thread,
            # and its handler runs only once this thread executes Python code again.
            if not tasks.poll(_POLL_SECONDS):
                continue
            try:
                data = tasks.recv_bytes()
            except EOFError:  # the main process closed the pipe: no more tasks
                return
            ident, function, args = pickle.loads(data)
            try:
                outcome: tuple[str, Any] = ("ok", function(*args))
            except Exception as err:  # the task's own error: the caller gets it
                outcome = ("error", err)
            # Pickled here, not by the queue's thread, where an outcome that does not pickle
            # would be lost and the main process would wait for it forever.
            try:
                payload = pickle.dumps((ident, *outcome), pickle.HIGHEST_PROTOCOL)
            except Exception as err:
                failed = RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]} ({err})")
                payload = pickle.dumps((ident, "error", failed))
            results.put(payload)
    except BaseException:  # SIGTERM or Ctrl-C: remove what this worker made, then stop
        if at_exit is not None:
            at_exit()
        sys.exit(1)  # quietly: the main process reports the run's end


def _end_with_parent() -> None:
    """On Linux, have the kernel send this worker SIGTERM when the main process ends (killed
    in the middle of pass 2, a worker would otherwise finish the files of its task, and its
    temporary files would outlive the run); elsewhere the loop's look at the parent does."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # (no libc to ask)
        pass


class WorkerSet:
    """``n`` worker processes, started at once, each running the tasks given to it in order.

    ``initializer(*initargs)`` runs first in each; ``at_exit`` runs in a worker stopped by a
    signal. Use as a context manager: leaving it stops the workers (at once when leaving on an
    exception).
    """

    def __init__(
        self,
        n: int,
        initializer: Callable[..., None] | None = None,
        initargs: tuple[Any, ...] = (),
        at_exit: Callable[[], None] | None = None,
    ) -> None:
        import multiprocessing  # (here: a run that starts no worker does not pay for it)

        # Forked where that is safe (Linux): a worker starts at once and finds in its memory
        # what the main process holds (pass 1's readings); elsewhere the system's default.
        linux = sys.platform.startswith("linux")
        context = multiprocessing.get_context("fork" if linux else None)
        # Results come back through a queue (its thread in each worker sends them while the
        # worker goes on); tasks go through a pipe per worker that the main process writes to
        # itself, holding no lock a signal could leave taken, and never more than
        # _IN_FLIGHT tasks ahead, so that writing never waits long.
        self._results: Any = context.Queue()
        pipes = [context.Pipe(duplex=False) for _ in range(n)]
        self._pipes: list[Any] = [writer for _, writer in pipes]
        self._processes: list[Any] = []
        for i, (reader, _) in enumerate(pipes):
            others = [r for j, (r, _) in enumerate(pipes) if j != i] + self._pipes
            process = context.Process(
                target=_serve,
                args=(reader, self._results, initializer, initargs, at_exit, others),
                daemon=True,
            )
            self._processes.append(process)
        for process in self._processes:
            process.start()
        for reader, _ in pipes:
            reader.close()
        self._next = 0
        self._owner: dict[int, int] = {}  # unfinished task -> its worker
        self._waiting: list[collections.deque[bytes]] = [collections.deque() for _ in range(n)]
        self._sent = [0] * n  # tasks sent to each worker and not finished
        self._done: dict[int, tuple[str, Any]] = {}

    def __len__(self) -> int:
        return len(self._processes)

    def __enter__(self) -> WorkerSet:
        return self

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.stop()

    def submit(self, worker: int, function: Callable[..., Any], *args: Any) -> int:
        """Queue ``function(*args)`` on worker ``worker``; returns the task's number."""
        ident = self._next
        self._next += 1
        # Pickled here, so that an argument that does not pickle raises here.
        task = pickle.dumps((ident, function, args), pickle.HIGHEST_PROTOCOL)
        self._owner[ident] = worker
        self._waiting[worker].append(task)
        self._feed(worker)
        return ident

    def _feed(self, worker: int) -> None:
        """Send worker ``worker`` its next tasks, up to _IN_FLIGHT unfinished."""
        waiting = self._waiting[worker]
        while waiting and self._sent[worker] < _IN_FLIGHT:
            try:
                self._pipes[worker].send_bytes(waiting[0])
            except OSError:  # the worker is gone: _reap fails its tasks
                return
            waiting.popleft()
            self._sent[worker] += 1

    def result(self, ident: int) -> Any:
        """The result of task ``ident`` (its exception raised here; :class:`WorkerDied` when its
        worker ended before finishing it)."""
        import queue

        while ident not in self._done:
            try:
                got, status, value = pickle.loads(self._results.get(timeout=_POLL_SECONDS))
            except queue.Empty:
                self._reap()
                continue
            worker = self._owner.pop(got, None)
            if worker is not None:
                self._sent[worker] -= 1
                self._feed(worker)
            self._done[got] = (status, value)
        status, value = self._done.pop(ident)
        if status == "ok":
            return value
        raise value

    def map(self, function: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """``function`` of each item, in order, the items dealt in turn to the workers alive;
        an item whose worker died (or when none is left) is worked out here."""
        todo = list(items)
        live = [w for w in range(len(self)) if self.alive(w)]
        idents = [
            self.submit(live[i % len(live)], function, x) if live else -1
            for i, x in enumerate(todo)
        ]
        for item, ident in zip(todo, idents):
            if ident < 0:
                yield function(item)
                continue
            try:
                yield self.result(ident)
            except WorkerDied:
                yield function(item)

    def alive(self, worker: int) -> bool:
        """Whether worker ``worker`` still runs."""
        return bool(self._processes[worker].exitcode is None)

    def _reap(self) -> None:
        """Fail the unfinished tasks of workers that ended."""
        for ident, worker in list(self._owner.items()):
            process = self._processes[worker]
            if process.exitcode is not None:
                del self._owner[ident]
                self._done[ident] = (
                    "error",
                    WorkerDied(f"worker {worker + 1} ended (exit status {process.exitcode})"),
                )
                self._waiting[worker].clear()

    def close(self) -> None:
        """Let the workers finish their tasks, then end them."""
        for pipe in self._pipes:  # the end of its pipe ends a worker's loop
            pipe.close()
        self._join()

    def stop(self) -> None:
        """End the workers now (SIGTERM: their handlers remove what they made; SIGKILL for
        one still there after :data:`_GRACE_SECONDS`)."""
        for process in self._processes:
            if process.exitcode is None:
                process.terminate()
        for pipe in self._pipes:
            pipe.close()
        self._join()

    def _join(self) -> None:
        for process in self._processes:
            process.join(_GRACE_SECONDS)
            if process.exitcode is None:
                process.kill()
                process.join()
        # (the main process never wrote to the results queue: closing it takes no lock)
        self._results.cancel_join_thread()
        self._results.close()
