"""The run's private scratch directory, and the ones killed runs left behind.

A run keeps standard input (and any other stream) spooled, and the diffs and reports of large
files, in a temporary directory it removes when it ends, also on SIGTERM, SIGHUP and Ctrl-C.
SIGKILL gives it no chance: the directory, with a copy of what was piped in, would stay. So
its name carries the process id (``translit-PID-XXXXXXXX``), and each run first removes the
directories of its user whose process has ended.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile

from .write import left_by_ended_runs

__all__ = ["PREFIX", "clean_stale_run_dirs", "run_dir"]

PREFIX = "translit-"
_NAME = re.compile(rf"\A{re.escape(PREFIX)}(\d+)-[a-z0-9_]{{8}}\Z")


def run_dir() -> tempfile.TemporaryDirectory[str]:
    """A new private directory for this run (a context manager that removes it)."""
    clean_stale_run_dirs(tempfile.gettempdir())
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")


def clean_stale_run_dirs(parent: str) -> int:
    """Remove the run directories in ``parent`` that belong to this user and whose process has
    ended; return how many. Anything else, or what cannot be told, is left alone."""
    removed = 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in left_by_ended_runs(parent, _NAME):
        try:
            st = entry.stat(follow_symlinks=False)
            if not entry.is_dir(follow_symlinks=False) or (uid is not None and st.st_uid != uid):
                continue
            shutil.rmtree(entry.path)
            removed += 1
        except OSError:
            pass
    return removed
