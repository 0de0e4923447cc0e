"""Writing files so that no state of the disk ever loses data.

A file is replaced by writing a temporary file next to it (named ``.translit-PID-XXXXXXXX.tmp``),
flushing it to disk, giving it the original's owner, group and permission bits, and renaming it
over the original; the directory is flushed after the rename. A backup is made just before that
rename, atomically too: a hard link to the original (or, where links are not possible, a copy
written the same way), renamed to ``FILE+SUFFIX``. At every moment the original and the backup are
each either absent, the old text or the new text — never a part. A new file (``-o`` into a tree
where it is absent) is written unnamed and linked in once whole, where the system allows it
(:mod:`~translit.cli.unnamed`), and under a temporary name elsewhere.

A run killed with SIGKILL can leave a temporary file behind; the next run that writes in the same
directory removes it (:func:`clean_stale_temporaries`), once the process named in it has ended.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable
from typing import BinaryIO

from .unnamed import link_unnamed, open_unnamed

__all__ = [
    "NewFile",
    "WriteError",
    "clean_stale_temporaries",
    "left_by_ended_runs",
    "remove_temporaries",
    "replace_file",
    "write_stream",
]

_TEMP_PREFIX = ".translit-"
_TEMP = re.compile(r"\A\.translit-(\d+)-[0-9a-z]{8}\.tmp\Z")

# The temporary files of this process that may exist. A name is registered before the file is
# created and forgotten once it is renamed or removed, so a signal arriving between two
# statements cannot leave a file no one knows of (see remove_temporaries).
_LIVE: set[str] = set()


class WriteError(Exception):
    """A file could not be written; ``str(error)`` names the file (and directory) at fault."""


def _dir_label(directory: str) -> str:
    rel = os.path.relpath(directory)
    return directory if rel.startswith(os.pardir) else rel


def _create_temp(directory: str, shown: str) -> tuple[int, str]:
    """A new, empty, private file in ``directory`` (the same file system as the target)."""
    for _ in range(100):
        path = os.path.join(directory, f"{_TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.tmp")
        _LIVE.add(path)
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), path
        except FileExistsError:
            _LIVE.discard(path)
            continue
        except OSError as err:
            _LIVE.discard(path)
            raise WriteError(
                f"{shown}: cannot write in the directory {_dir_label(directory)}: "
                f"{err.strerror or err}"
            ) from None
    raise WriteError(f"{shown}: cannot create a temporary file in {_dir_label(directory)}")


def _fsync_dir(directory: str) -> None:
    """Flush a directory entry (a rename) to disk, where the system allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as err:  # some file systems cannot flush directories
        if err.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _remove(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass
        _LIVE.discard(path)


def _renamed(path: str, to: str) -> None:
    os.replace(path, to)
    _LIVE.discard(path)


def remove_temporaries() -> None:
    """Remove every temporary file this process has open (on SIGTERM, SIGHUP, Ctrl-C)."""
    for path in list(_LIVE):
        _remove(path)


def _copy_metadata(fd: int, like: os.stat_result, shown: str, warn: Callable[[str], None]) -> None:
    """Give the file open as ``fd`` the owner, group and permission bits of ``like``."""
    if hasattr(os, "fchown"):
        mine = os.fstat(fd)
        if (mine.st_uid, mine.st_gid) != (like.st_uid, like.st_gid):
            try:
                os.fchown(fd, like.st_uid, like.st_gid)
            except OSError as err:
                try:  # a member of the group may keep the group at least
                    os.fchown(fd, -1, like.st_gid)
                    lost = "owner"
                except OSError:
                    lost = "owner and group"
                warn(
                    f"{shown}: {lost} {like.st_uid}:{like.st_gid} not kept ({err.strerror or err})"
                )
    # After chown, which clears the set-user-ID bits.
    os.fchmod(fd, stat.S_IMODE(like.st_mode))


def _new_file_mode(fd: int) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)


def _backup(path: str, backup: str, shown: str, warn: Callable[[str], None]) -> None:
    """Make ``backup`` (``shown`` in messages) a whole copy of ``path``, atomically."""
    try:
        if os.path.samefile(path, backup):
            return  # already a second name of the original (a run killed after linking it)
    except OSError:
        pass
    directory = os.path.dirname(backup) or os.curdir
    fd, tmp = _create_temp(directory, shown)
    os.close(fd)
    try:
        try:
            # A second name for the original's data: nothing is copied, nothing can be cut
            # short, and owner, mode and times are the original's.
            os.unlink(tmp)
            os.link(path, tmp)
        except OSError:
            _copy_into(path, tmp, shown, warn)
        _renamed(tmp, backup)
        tmp = ""
        _fsync_dir(directory)
    except OSError as err:
        raise WriteError(f"{shown}: cannot write the backup: {err.strerror or err}") from None
    finally:
        if tmp:
            _remove(tmp)


def _copy_bytes(fin: BinaryIO, fout: BinaryIO) -> None:
    shutil.copyfileobj(fin, fout, 1 << 20)


def _copy_into(src: str, tmp: str, shown: str, warn: Callable[[str], None]) -> None:
    with open(src, "rb") as fin:
        like = os.fstat(fin.fileno())
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fout:
            _copy_bytes(fin, fout)
            fout.flush()
            os.fsync(fout.fileno())
            _copy_metadata(fout.fileno(), like, shown, warn)
    os.utime(tmp, ns=(like.st_atime_ns, like.st_mtime_ns))


def replace_file(
    path: str,
    pieces: Iterable[str],
    encoding: str,
    *,
    shown: str,
    like: os.stat_result | None = None,
    backup: str | None = None,
    backup_shown: str | None = None,
    verify: Callable[[], None] | None = None,
    warn: Callable[[str], None] = lambda message: None,
) -> None:
    """Replace (or create) the file ``path`` with ``pieces``, atomically.

    Args:
        path: the file to write (not a symbolic link: the caller resolves it).
        pieces: the text; if iterating it raises, ``path`` is left as it was.
        encoding: the codec to write with.
        shown: the name of the file in messages.
        like: the status of the file being replaced, whose owner, group and mode the new file
            gets (none: a new file, mode ``0666`` less the umask).
        backup: where to keep the old file, made just before the rename.
        backup_shown: the backup's name in messages.
        verify: called once the new text is on disk and before anything is renamed; raising
            there leaves every file as it was.
        warn: receives a one-line warning (an owner or group that could not be kept).

    Raises:
        WriteError: the file could not be written (nothing changed); other exceptions from
            ``pieces`` or ``verify`` propagate, again with nothing changed.
    """
    directory = os.path.dirname(os.path.abspath(path))
    # Replacing a file forces the new text to disk before the rename, so a power cut leaves
    # the old text or the new one. A new file (-o into a fresh tree) replaces nothing: its
    # input is untouched, so it is not forced to disk, which would cost more than the rest.
    durable = like is not None or os.path.lexists(path)
    if not durable and backup is None:
        unnamed = open_unnamed(directory)
        if unnamed is not None:
            _write_new(unnamed, path, pieces, encoding, shown, verify)
            return
    fd, tmp = _create_temp(directory, shown)
    try:
        try:
            with os.fdopen(fd, "w", encoding=encoding, errors="strict", newline="") as out:
                for piece in pieces:
                    out.write(piece)
                out.flush()
                if durable:
                    os.fsync(out.fileno())
                if like is not None:
                    _copy_metadata(out.fileno(), like, shown, warn)
                else:
                    _new_file_mode(out.fileno())
        except OSError as err:
            raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None
        if verify is not None:
            verify()
        if backup is not None:
            _backup(path, backup, backup_shown or backup, warn)
        try:
            _renamed(tmp, path)
        except OSError as err:
            raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None
        tmp = ""
        if durable:
            _fsync_dir(directory)
    finally:
        if tmp:
            _remove(tmp)


def _write_new(
    fd: int,
    path: str,
    pieces: Iterable[str],
    encoding: str,
    shown: str,
    verify: Callable[[], None] | None,
) -> None:
    """:func:`replace_file` of a new file, written unnamed (``fd``) and linked in whole."""
    with os.fdopen(fd, "w", encoding=encoding, errors="strict", newline="") as out:
        try:
            for piece in pieces:
                out.write(piece)
            out.flush()
            _new_file_mode(out.fileno())
        except OSError as err:
            raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None
        if verify is not None:
            verify()
        try:
            try:
                if link_unnamed(out.fileno(), path):
                    return
            except OSError:
                pass  # (not linked here: copied under a name below)
            # A file of that name appeared since the run looked (replaced, as a temporary file
            # renamed over it would replace it), or the system refused the link.
            _copy_named(out.fileno(), path, shown)
        except OSError as err:
            raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None


def _copy_named(fd: int, path: str, shown: str) -> None:
    """Put the bytes of the unnamed file ``fd`` at ``path``, through a temporary name."""
    tmp_fd, tmp = _create_temp(os.path.dirname(path), shown)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        with os.fdopen(fd, "rb", closefd=False) as fin, os.fdopen(tmp_fd, "wb") as out:
            _copy_bytes(fin, out)
            out.flush()
            _new_file_mode(out.fileno())
        _renamed(tmp, path)
        tmp = ""
    finally:
        if tmp:
            _remove(tmp)


def write_stream(path: str, pieces: Iterable[str], encoding: str, *, shown: str) -> None:
    """Write ``pieces`` to something that is not a regular file (``/dev/stdout``, a FIFO)."""
    encoder = codecs.getincrementalencoder(encoding)(errors="strict")
    try:
        with open(path, "wb") as out:
            for piece in pieces:
                out.write(encoder.encode(piece))
            out.write(encoder.encode("", final=True))
    except OSError as err:
        raise WriteError(f"{shown}: cannot write: {err.strerror or err}") from None


def _pid_running(pid: int) -> bool:
    """Whether process ``pid`` may still run (true when it cannot be told)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or not ours to tell: keep its file
    return True


def left_by_ended_runs(directory: str, name: re.Pattern[str]) -> list[os.DirEntry[str]]:
    """The entries of ``directory`` whose name matches ``name`` and whose process (the
    pattern's first group) has ended."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    out = []
    for entry in entries:
        m = name.match(entry.name)
        if m is not None and not _pid_running(int(m.group(1))):
            out.append(entry)
    return out


def clean_stale_temporaries(directories: Iterable[str]) -> int:
    """Remove the temporary files a killed run left in ``directories``; return how many.

    Only files named as :func:`replace_file` names them, whose process has ended, are removed.
    """
    removed = 0
    for directory in directories:
        for entry in left_by_ended_runs(directory, _TEMP):
            try:
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                pass
    return removed


class NewFile:
    """A file written under a temporary name and renamed into place by :meth:`commit` (the
    report: a run that fails leaves the previous report whole)."""

    def __init__(self, path: str, shown: str) -> None:
        self.path = path
        self.shown = shown
        self.directory = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = _create_temp(self.directory, shown)
        self.file = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        try:
            self.file.write(data)
        except OSError as err:
            raise WriteError(f"{self.shown}: cannot write: {err.strerror or err}") from None

    def commit(self) -> None:
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            try:
                _copy_metadata(self.file.fileno(), os.stat(self.path), self.shown, lambda m: None)
            except FileNotFoundError:
                _new_file_mode(self.file.fileno())
            self.file.close()
            _renamed(self.tmp, self.path)
            self.tmp = ""
            _fsync_dir(self.directory)
        except OSError as err:
            raise WriteError(f"{self.shown}: cannot write: {err.strerror or err}") from None
        finally:
            self.discard()

    def discard(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass
        if self.tmp:
            _remove(self.tmp)
            self.tmp = ""
