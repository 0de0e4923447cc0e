"""A one-line progress indicator on stderr (only on a terminal, only for big runs)."""

from __future__ import annotations

import sys
import time

__all__ = ["PROGRESS_MIN_BYTES", "PROGRESS_MIN_FILES", "Progress"]

#: The progress bar appears (on a terminal) from this many files or bytes on.
PROGRESS_MIN_FILES = 20
PROGRESS_MIN_BYTES = 32 << 20

_PROG = "translit-normalize"


def wanted(files: int, total_bytes: int, quiet: bool) -> bool:
    """Whether a run of this size shows progress: not quiet, stderr a terminal, a big run."""
    stream = sys.stderr
    try:
        tty = stream is not None and stream.isatty()
    except (OSError, ValueError):
        tty = False
    return not quiet and tty and (files >= PROGRESS_MIN_FILES or total_bytes >= PROGRESS_MIN_BYTES)


class Progress:
    """Bytes and files done of a phase ("discovering names", "normalizing")."""

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
        self._write(
            f"\r{_PROG}: {self.label} [{bar:<30}] {frac:4.0%} "
            f"({self.files_done}/{self.files} files)\x1b[K"
        )
        self.shown = True

    def steps(self, done: int, total: int, unit: str) -> None:
        """Progress counted in steps (the blocks of clustering), not in bytes and files."""
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        frac = done / max(total, 1)
        bar = "#" * int(frac * 30)
        self._write(
            f"\r{_PROG}: {self.label} [{bar:<30}] {frac:4.0%} ({done}/{total} {unit})\x1b[K"
        )
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self._write("\r\x1b[K")
            self.shown = False

    @staticmethod
    def _write(text: str) -> None:
        try:
            sys.stderr.write(text)
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            pass
