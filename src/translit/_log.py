"""The ``translit`` logger: what long jobs did and how long it took.

Messages go to the standard :mod:`logging` logger ``"translit"`` at level ``INFO`` (the
steps of a discovery and their timings: scan, clustering, index build) and ``DEBUG`` (each
block). translit configures no handler: an application shows them with, for example,
``logging.basicConfig(level=logging.INFO)``; the command line does with ``-v``.

:mod:`logging` is imported only when some code has imported it already: before that, nobody
can be listening, and a short run does not pay for the import.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["LOGGER", "log", "timed"]

#: The name of the logger.
LOGGER = "translit"

_INFO = 20
_DEBUG = 10


def log(message: str, *args: Any, level: int = _INFO) -> None:
    """Log ``message % args`` on the ``translit`` logger, if anyone could be listening."""
    logging = sys.modules.get("logging")
    if logging is None:
        return
    logger = logging.getLogger(LOGGER)
    if logger.isEnabledFor(level):
        logger.log(level, message, *args)


@contextmanager
def timed(step: str, level: int = _INFO) -> Iterator[dict[str, Any]]:
    """Time a step; the caller fills in the dictionary with what the step did.

    >>> with timed("scan") as facts:
    ...     facts["texts"] = 3
    """
    facts: dict[str, Any] = {}
    start = time.perf_counter()
    yield facts
    seconds = time.perf_counter() - start
    shown = ", ".join(f"{k} {v}" for k, v in facts.items())
    log("%s: %.3f s%s", step, seconds, f" ({shown})" if shown else "", level=level)
