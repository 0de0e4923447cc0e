"""The ``translit-normalize`` command line.

The command unifies the spelling variants of names (``Lukashenka`` → ``Lukashenko``) in text
files, and optionally transliterates them, with the conventions of black, ruff and sed:

* data (the text, a diff, a report or the clusters) goes to stdout, every message to stderr;
* exit status 0 on success, 1 when ``--check`` finds something to change, 2 on usage, input or
  output errors (the other files are still processed);
* files are never damaged: every write is planned and checked before the first one, a file is
  replaced atomically and only when its text changes, a backup is whole or absent, and a file
  another program changed during the run is left alone.

Names are made consistent across all the inputs of one run, in two passes over the inputs,
chunk by chunk (memory stays bounded whatever the size of a file). The package is split as
black's is:

* :mod:`~translit.cli.parser`, :mod:`~translit.cli.options`, :mod:`~translit.cli.config` — the
  parser, the table of conflicting flags and :class:`WriteBack`, the configuration file;
* :mod:`~translit.cli.sources`, :mod:`~translit.cli.ignore` — files, directories, links,
  ``.gitignore``, standard input and pipes;
* :mod:`~translit.cli.plan` — every write planned and checked before the first one;
* :mod:`~translit.cli.engines` — the only module that calls the normalizer;
* :mod:`~translit.cli.passes`, :mod:`~translit.cli.concurrency` — pass 1 (discovery) and pass 2
  (normalising one file), in worker processes with ``--jobs``;
* :mod:`~translit.cli.textio`, :mod:`~translit.cli.write` — reading and writing files safely;
* :mod:`~translit.cli.diff`, :mod:`~translit.cli.report`, :mod:`~translit.cli.progress`,
  :mod:`~translit.cli.console`, :mod:`~translit.cli.streams` — what the run prints;
* :mod:`~translit.cli.run` — one run; :mod:`~translit.cli.main` — exit status and signals.
"""

from __future__ import annotations

from .main import main

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .options import DEFAULT_INCLUDE, Options, WriteBack, build_parser

__all__ = ["DEFAULT_INCLUDE", "Options", "WriteBack", "build_parser", "main"]


def __getattr__(name: str) -> Any:
    # The parser and the options (argparse, dataclasses) are imported when first asked for, not
    # by every start of the command: most runs of one short text never need them.
    if name in ("DEFAULT_INCLUDE", "Options", "WriteBack", "build_parser"):
        from . import options

        return getattr(options, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
