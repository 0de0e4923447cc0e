"""The short way through a run whose output is provably its input: one capitalised word at most.

A name is only ever rewritten to another spelling of a name *in the same input* (without
``--lexicon`` or ``--transliterate``), and every name mention starts at a capital letter. So
text from standard input in which at most one whitespace-separated token holds an upper-case
letter, and that token a single run of letters, holds at most one mention, one spelling, and
nothing to unify: the full run would copy it to stdout and say "no names to unify in 1 file".
This module does exactly that without importing the parser, the normalizer or the name
matcher, which is what makes ``echo Lukashenka | translit-normalize`` start in a few
milliseconds. Anything else (an option, a configuration file that sets options, a second
capitalised word, bytes that are not plain UTF-8 text, more than :data:`LIMIT` bytes) goes
the full way, with standard input handed over unread. ``tests/cli/test_quick.py`` checks by
hypothesis that both ways give the same bytes, messages and exit status.
"""

from __future__ import annotations

import io
import os
import sys

from .stderr import say as _say

# Not ``from typing import ...``: importing typing alone costs about half a bare start.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, BinaryIO

__all__ = ["LIMIT", "PROG", "at_most_one_name", "quick_run"]

PROG = "translit-normalize"

#: The most bytes of standard input the short way reads before it gives up (the check is
#: linear, but a long text almost always has two capitalised words).
LIMIT = 1 << 16

_ARGS = frozenset({"-", "-q", "--quiet"})
_BOM = b"\xef\xbb\xbf"


def at_most_one_name(text: str) -> bool:
    """True when ``text`` cannot hold two name mentions: at most one token (split at white
    space) has an upper-case letter, and its letters are one chain (runs of letters joined by
    single apostrophes or hyphens, as in ``Lukashenka's`` or ``Rostov-na-Donu``), which the
    mention finder reads as one capitalised word at most.

    >>> at_most_one_name("Lukashenka"), at_most_one_name("said (Lukashenka's) aide")
    (True, True)
    >>> at_most_one_name("Lukashenka met Lukashenko"), at_most_one_name("Lukashenka,Lukashenko")
    (False, False)
    """
    seen = False
    for token in text.split():
        if token.islower() or not any(c.isupper() for c in token):
            continue
        if seen or not _one_chain(token):
            return False
        seen = True
    return True


def _one_chain(token: str) -> bool:
    """Whether the letters of ``token`` are runs joined by single ``'``, ``’`` or ``-`` (other
    characters only before the first letter or after the last): a capitalised word starts at
    an upper-case letter after no letter, mark, digit or hyphen, and then takes in every such
    run, so the token holds one at most."""
    letters = [i for i, c in enumerate(token) if c.isalpha()]
    joined = False
    for c in token[letters[0] : letters[-1] + 1] if letters else "":
        if c.isalpha():
            joined = False
        elif c in "'’-" and not joined:
            joined = True
        else:
            return False
    return True


def _no_configuration() -> bool:
    """True when no configuration file applies: none is found from the current directory up
    (as :func:`~translit.cli.config.find_pyproject` searches for standard input), or the one
    found is valid TOML without a ``[tool.translit-normalize]`` table."""
    try:
        current = os.getcwd()
    except OSError:
        return False
    while True:
        candidate = os.path.join(current, "pyproject.toml")
        if os.path.isfile(candidate):
            break
        if os.path.exists(os.path.join(current, ".git")):
            return True
        parent = os.path.dirname(current)
        if parent == current:
            return True
        current = parent
    try:
        with open(candidate, "rb") as f:
            data = f.read()
    except OSError:
        return False
    if sys.version_info >= (3, 11):
        import tomllib as toml
    else:  # pragma: no cover - the same parser before 3.11
        import tomli as toml
    try:
        parsed = toml.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, toml.TOMLDecodeError):
        return False
    tool = parsed.get("tool")
    return not isinstance(tool, dict) or tool.get("translit-normalize") is None


class _Prefixed(io.RawIOBase):
    """The bytes already read, then the rest of the stream: standard input handed over."""

    def __init__(self, head: bytes, rest: BinaryIO, owner: object) -> None:
        self.head = head
        self.rest = rest
        self.owner = owner  # the text stream over ``rest``: dropped, it would close ``rest``

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _hand_over(head: bytes, stdin: BinaryIO) -> None:
    """Put what was read back in front of standard input, for the full run to read."""
    raw = _Prefixed(head, stdin, sys.stdin)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8")


def quick_run(argv: Sequence[str] | None) -> int | None:
    """Run the short way and return the exit status, or None: the full run must decide."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not _ARGS.issuperset(args) or args.count("-") > 1:
        return None
    stdin, stdout = sys.stdin, sys.stdout
    if stdin is None or stdout is None:
        return None
    try:
        if stdin.isatty():
            return None
        buffer = stdin.buffer
    except (AttributeError, OSError, ValueError):
        return None
    if not _no_configuration():
        return None
    pieces: list[bytes] = []
    with _signals() as stopped:
        try:
            whole = _read(buffer, pieces)
        except OSError:  # the full run reads on, and reports the error as it does
            _hand_over(b"".join(pieces), buffer)
            return None
        except KeyboardInterrupt:
            _say(f"{PROG}: interrupted")
            return 130
        except _Stopped:
            _say(f"{PROG}: terminated ({stopped[0]})")
            return 128 + int(stopped[1])
    data = b"".join(pieces)
    text = None
    if whole and b"\0" not in data and not data.startswith(_BOM):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None or not at_most_one_name(text):
        _hand_over(data, buffer)
        return None
    return _copy(data, quiet="-q" in args or "--quiet" in args)


def _read(buffer: BinaryIO, pieces: list[bytes]) -> bool:
    """Read standard input into ``pieces``; return whether it was read whole. Reading stops
    early (at most :data:`LIMIT` bytes) once the short way clearly cannot take the text, such
    as at a second capitalised word, so that the full run starts on a long stream without
    waiting for its end."""
    size = 0
    capitalised = 0
    tail = b""  # the bytes after the last line break or space: maybe a token cut in two
    read = getattr(buffer, "read1", buffer.read)
    while True:
        piece = read(LIMIT + 1 - size)
        if not piece:
            return True
        pieces.append(piece)
        size += len(piece)
        if size > LIMIT or b"\0" in piece:
            return False
        # (bytes cut inside a character decode loosely here: an early verdict only hands over)
        chunk = tail + piece
        cut = max(chunk.rfind(b" "), chunk.rfind(b"\n"), chunk.rfind(b"\t")) + 1
        tail = chunk[cut:]
        capitalised += _capitalised(chunk[:cut].decode("utf-8", "replace"))
        if capitalised > 1:
            return False


def _capitalised(text: str) -> int:
    """The number of tokens of ``text`` with an upper-case letter."""
    return sum(1 for t in text.split() if not t.islower() and any(c.isupper() for c in t))


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived while standard input was read."""


class _signals:
    """While standard input is read, SIGTERM and SIGHUP end the run as the full run's do."""

    def __enter__(self) -> list[Any]:
        import signal

        self.stopped: list[Any] = []
        self.previous: dict[int, object] = {}

        def stop(signum: int, frame: object) -> None:
            self.stopped[:] = [signal.Signals(signum).name, signum]
            raise _Stopped

        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None:
                try:
                    self.previous[signum] = signal.signal(signum, stop)
                except ValueError:  # not the main thread: signals stay as they are
                    pass
        return self.stopped

    def __exit__(self, *exc: object) -> None:
        import signal

        for signum, handler in self.previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


def _copy(data: bytes, quiet: bool) -> int:
    """Write ``data`` to stdout and the summary to stderr, as the full run would."""
    try:
        out = sys.stdout.buffer
        out.write(data)
        out.flush()
    except BrokenPipeError:
        from .streams import detach_stdout

        detach_stdout()
        return 1
    except OSError as err:
        from .streams import detach_stdout

        _say(f"{PROG}: error: cannot write to standard output: {err.strerror or err}")
        detach_stdout()
        return 2
    if not quiet:
        _say(f"{PROG}: no names to unify in 1 file")
    return 0
