"""``--verbose``: the configuration a run uses, and the library's log of steps and timings,
on stderr."""

from __future__ import annotations

import json
from typing import Any

from .console import say
from .options import PROG, Options

__all__ = ["log_to_stderr", "show_configuration"]


def log_to_stderr() -> Any:
    """``--verbose``: the ``translit`` logger's messages (steps and timings) on stderr, for
    the run; returns what removes the handler again."""
    import logging

    from .._log import LOGGER

    class Say(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(f"{PROG}: {record.getMessage()}")  # whatever sys.stderr is now

    logger = logging.getLogger(LOGGER)
    handler, level = Say(logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def remove() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    return remove


def show_configuration(options: Options) -> None:
    """``--verbose``: the configuration file read and every option given, with its origin."""
    say(f"{PROG}: configuration file: {options.config or 'none'}")
    for name, origin in options.origins:
        value = getattr(options, name.replace("-", "_"), None)
        if isinstance(value, tuple):
            value = list(value)
        shown = "the command line" if origin == "command line" else origin
        say(f"{PROG}: {name} = {json.dumps(value, ensure_ascii=False)}  (from {shown})")
