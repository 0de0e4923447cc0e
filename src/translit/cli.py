"""The ``translit-normalize`` command line (first cut: transliteration).

Conventions of black, ruff and sed: data on stdout, messages on stderr; exit 0 on success,
1 when ``--check`` finds something to change, 2 on usage or input errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from .fileio import InputError, atomic_write, is_binary, iter_text_chunks

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to generate the CLI reference)."""
    parser = argparse.ArgumentParser(
        prog="translit-normalize",
        description="Transliterate text under official standards.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads stdin")
    parser.add_argument(
        "--transliterate",
        metavar="SCHEME",
        help="transliterate under SCHEME: a standard id, a language (ru, uk, be, ...) or 'auto'",
    )
    parser.add_argument("--list-schemes", action="store_true", help="list the standards and exit")
    parser.add_argument(
        "-i", "--in-place", action="store_true", help="rewrite the files instead of printing them"
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of inputs and outputs (default: utf-8)"
    )
    return parser


def _list_schemes(out: TextIO) -> None:
    from .registry import schemes

    for s in schemes():
        flags = []
        if s.default_for:
            flags.append("default for " + ", ".join(s.default_for))
        if s.reversible:
            flags.append("reversible")
        extra = f"  [{'; '.join(flags)}]" if flags else ""
        out.write(f"{s.id}\t{s.name} ({', '.join(s.languages)}){extra}\n")


def _transform(chunks: Iterator[str], fn: Callable[[str], str]) -> Iterator[str]:
    for chunk in chunks:
        yield fn(chunk)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_schemes:
        _list_schemes(sys.stdout)
        return 0
    if not args.transliterate:
        parser.error("nothing to do: give --transliterate SCHEME (or --list-schemes)")
    import codecs

    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    from .transliteration import transliterate

    scheme = args.transliterate
    try:
        transliterate("", scheme)
    except ValueError as err:
        parser.error(str(err))

    def fn(text: str) -> str:
        return transliterate(text, scheme)

    files = args.files or ["-"]
    if args.in_place and "-" in files:
        parser.error("--in-place needs files, not stdin")
    status = 0
    for name in files:
        try:
            if name == "-":
                stdin: BinaryIO = sys.stdin.buffer
                for piece in _transform(iter_text_chunks(stdin, "<stdin>", args.encoding), fn):
                    sys.stdout.buffer.write(piece.encode(args.encoding))
                continue
            with open(name, "rb") as f:
                if is_binary(f.read(8192)):
                    print(f"{name}: binary file skipped", file=sys.stderr)
                    continue
                f.seek(0)
                if args.in_place:
                    atomic_write(name, _transform(iter_text_chunks(f, name, args.encoding), fn), args.encoding)
                else:
                    for piece in _transform(iter_text_chunks(f, name, args.encoding), fn):
                        sys.stdout.buffer.write(piece.encode(args.encoding))
        except InputError as err:
            print(err, file=sys.stderr)
            status = 2
        except OSError as err:
            print(f"{name}: {err.strerror or err}", file=sys.stderr)
            status = 2
    sys.stdout.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
