"""The entry point: options in, exit status out, and never a traceback.

Exit status 0 on success, 1 when ``--check`` finds something to change (or stdout's reader went
away, as with ``| head``), 2 on a usage, input or output error, 130 on Ctrl-C and 128 + N on
signal N (SIGTERM, SIGHUP), after the temporary files are removed.
"""

from __future__ import annotations

import sys

from .quick import quick_run

# The full run's modules (argparse, the normalizer, ...) are imported only when the short way
# (:mod:`~translit.cli.quick`) cannot answer; so is typing.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any

    from .options import Options

__all__ = ["Terminated", "main"]


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds the run so that temporary files are removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: Any) -> None:
    import signal

    signal.signal(signum, signal.SIG_IGN)  # a second signal must not cut the clean-up short
    raise Terminated(signum)


def _signals_unwind() -> Any:
    """While the run lasts, SIGTERM and SIGHUP raise :class:`Terminated` (main thread only)."""
    from contextlib import contextmanager

    return contextmanager(_unwinding)()


def _unwinding() -> Iterator[None]:
    import signal
    import threading

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None:
                previous[signum] = signal.signal(signum, _terminate)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _waits_on_a_terminal(options: Options) -> bool:
    """No input named and standard input is a terminal: the run would wait silently."""
    if options.files or options.list_schemes:
        return False
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    quick = quick_run(argv)
    if quick is not None:
        return quick

    from .config import ConfigError
    from .console import say
    from .options import PROG, build_parser, parse
    from .run import run
    from .streams import StdoutError, detach_stdout

    parser = build_parser()
    with _signals_unwind():
        try:
            options = parse(parser, argv)
            if _waits_on_a_terminal(options):
                say(f"usage: {PROG} [options] FILE|DIRECTORY|- ...")
                say(f"{PROG}: error: no input: name files or directories, or '-' to read the "
                    "terminal (see --help)")  # fmt: skip
                return 2
            return run(options)
        except ConfigError as err:
            say(f"{PROG}: error: {err}")
            return 2
        except SystemExit as exc:  # argparse: --help, --version and usage errors
            code = exc.code
            if code is None or isinstance(code, int):
                return code or 0
            say(str(code))
            return 2
        except (KeyboardInterrupt, Terminated) as exc:
            return _stopped(exc)
        except BrokenPipeError:
            # The reader of stdout went away (``| head``): stop quietly, as sed does.
            detach_stdout()
            return 1
        except StdoutError as err:
            say(f"{PROG}: error: {err}")
            detach_stdout()
            return 2
        except Exception as err:  # a bug: one line, not a traceback
            signalled = _signal_within(err)
            if signalled is not None:
                return _stopped(signalled)
            say(f"{PROG}: internal error: {type(err).__name__}: {err}")
            return 2


def _stopped(exc: BaseException) -> int:
    """Remove the temporary files of a run stopped by Ctrl-C, SIGTERM or SIGHUP; its status."""
    import signal

    from .console import say
    from .options import PROG
    from .write import remove_temporaries

    remove_temporaries()
    if isinstance(exc, Terminated):
        say(f"{PROG}: terminated ({signal.Signals(exc.signum).name})")
        return 128 + exc.signum
    say(f"{PROG}: interrupted")
    return 130


def _signal_within(err: BaseException) -> BaseException | None:
    """The Ctrl-C or SIGTERM an exception was raised from, if any: Python wraps what a class
    body's ``__set_name__`` raises in a RuntimeError, so a signal that arrives while a module
    is being imported comes out as one."""
    seen: set[int] = set()
    at: BaseException | None = err
    while at is not None and id(at) not in seen:
        if isinstance(at, (KeyboardInterrupt, Terminated)):
            return at
        seen.add(id(at))
        at = at.__cause__ or at.__context__
    return None
