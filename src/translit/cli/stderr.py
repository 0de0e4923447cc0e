"""One line on standard error: the only output the short way (:mod:`.quick`) and the console
share, kept apart so that the short way imports nothing else."""

from __future__ import annotations

import sys

__all__ = ["say"]


def say(line: str) -> None:
    """Print one line on stderr, if there is a stderr to print on."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass
