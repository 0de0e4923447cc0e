"""New files written without a name until they are whole (Linux ``O_TMPFILE``).

A file the run creates (``-o`` into a tree where it does not exist yet) is written as an
unnamed file of its directory and linked in under its name once it is whole: it appears
complete or not at all, as a file written under a temporary name and renamed does, but the
directory changes once instead of twice, and a run killed while writing leaves nothing behind,
not even a temporary file for the next run to remove. Two workers writing at once contend less
for the file system (measured on ext4, 1,203 files in two processes: 0.30–0.34 s of system time
against 0.45–0.59 s with a temporary name and a rename).

Where the system has no unnamed files (not Linux, a file system without them, ``/proc`` not
mounted), :func:`open_unnamed` returns None and the caller writes under a temporary name; where
one cannot be linked in (a sandbox that refuses the link), the caller copies it to a temporary
name, and the process names its files from the start after that.
"""

from __future__ import annotations

import os
from functools import lru_cache

__all__ = ["link_unnamed", "open_unnamed"]

# Set once a link failed in this process (other than to a name that exists): not tried again.
_refused: list[bool] = []


@lru_cache(maxsize=1)
def _proc_fds() -> bool:
    # The link is made through /proc/self/fd/N: linkat(AT_EMPTY_PATH) would need a privilege.
    return os.path.isdir("/proc/self/fd")


def open_unnamed(directory: str) -> int | None:
    """A new unnamed file in ``directory``, open for reading and writing (mode ``0600``), or
    None where unnamed files cannot be made and linked there (the caller then names a
    temporary file, and meets any error, such as a directory it may not write in, there)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or _refused or not _proc_fds():
        return None
    try:
        return os.open(directory, os.O_RDWR | flag, 0o600)
    except OSError:
        return None


def link_unnamed(fd: int, path: str) -> bool:
    """Give the unnamed file open as ``fd`` the name ``path``; False when a file of that
    name exists (nothing is replaced). Other failures raise ``OSError``, and later calls of
    :func:`open_unnamed` in this process return None."""
    directory, name = os.path.split(path)
    dir_fd = os.open(directory or os.curdir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        # A directory descriptor makes os.link call linkat, which follows the /proc link to
        # the open file (plain link() would link the symbolic link itself, and fail).
        os.link(f"/proc/self/fd/{fd}", name, dst_dir_fd=dir_fd, follow_symlinks=True)
    except FileExistsError:
        return False
    except OSError:
        _refused.append(True)
        raise
    finally:
        os.close(dir_fd)
    return True
