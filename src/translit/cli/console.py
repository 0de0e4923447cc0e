"""Messages on stderr, and the count of errors that decides the exit status.

Data goes to stdout, every message to stderr, one line each. A closed or full stderr is not an
error of the run: the message is dropped.
"""

from __future__ import annotations

from .options import PROG
from .progress import Progress
from .stderr import say

__all__ = ["Console", "say"]


class Console:
    """Errors and warnings of one run; the progress line is cleared before each message."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.errors = 0
        self.progress = Progress(0, 0, enabled=False)

    def error(self, message: str) -> None:
        """A problem with one file or argument: printed even with ``--quiet``; exit status 2."""
        self.progress.close()
        say(message)
        self.errors += 1

    def warn(self, message: str) -> None:
        """Something skipped or not kept that does not make the run fail."""
        if not self.quiet:
            self.progress.close()
            say(message)

    def fatal(self, message: str) -> int:
        """A problem that stops the run before anything is written; returns the exit status."""
        self.progress.close()
        say(f"{PROG}: error: {message}")
        return 2
