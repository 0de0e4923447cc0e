"""Usage: the validation of the options, --help, --version, --list-schemes, the progress line."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from translit.cli import Options, WriteBack, build_parser, main, progress
from translit.cli.options import CONFLICTS

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    run,
    write,
)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-i"], "-i/--in-place needs files"),
        (["-i", "-"], "-i/--in-place needs files"),
        (["-i", "--check", "a.txt"], "cannot be combined with --check"),
        (["-i", "-o", "x", "a.txt"], "cannot be combined with -o/--output"),
        (["--backup", ".bak", "a.txt"], "--backup needs -i"),
        (["-o", "x", "--diff", "a.txt"], "cannot be combined with --diff"),
        (["--encoding", "klingon", "a.txt"], "unknown encoding"),
        (["--jobs", "-1", "a.txt"], "--jobs must be"),
        (["--bogus"], "unrecognized arguments"),
    ],
)
def test_usage_errors(capsysbinary: Any, args: list[str], message: str) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, *args)
    assert (code, out) == (2, b"")
    assert message in err
    assert err.startswith("usage: translit-normalize")
    assert Path("a.txt").read_text() == ARTICLE


def test_help_and_version(capsysbinary: Any) -> None:
    code, out, _ = run(capsysbinary, "--help")
    assert code == 0
    text = out.decode()
    for option in ("--in-place", "--report", "--discover", "--no-names", "--jobs", "*.txt"):
        assert option in text
    code, out, _ = run(capsysbinary, "--version")
    assert code == 0 and out.decode().startswith("translit-normalize ")


def test_list_schemes(capsysbinary: Any) -> None:
    code, out, _ = run(capsysbinary, "--list-schemes")
    assert code == 0
    ids = [line.split("\t")[0] for line in out.decode().splitlines()]
    assert "ru-bgn-pcgn" in ids and "iso-9" in ids


def test_parser_for_docs() -> None:
    """docs/cli.rst renders build_parser().format_help(); every option is in it."""
    parser = build_parser()
    text = parser.format_help()
    for action in parser._actions:
        for option in action.option_strings:
            assert option in text


def test_progress_on_a_terminal(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    class TTY(io.StringIO):
        def isatty(self) -> bool:
            return True

    for i in range(3):
        write(f"d/{i}.txt", ARTICLE)
    monkeypatch.setattr(progress, "PROGRESS_MIN_FILES", 2)
    tty = TTY()
    monkeypatch.setattr(sys, "stderr", tty)
    code = main(["d"])
    out, _ = capsysbinary.readouterr()
    assert code == 0
    assert out.decode() == ARTICLE_OUT * 3
    err = tty.getvalue()
    assert "\rtranslit-normalize: normalizing [" in err
    assert "(3/3 files)" in err
    assert err.endswith("\r\x1b[K" + "translit-normalize: 1 name unified in 3 files (3 changes)\n")
    # Not on a terminal (the other tests) or with --quiet: no progress.
    tty2 = TTY()
    monkeypatch.setattr(sys, "stderr", tty2)
    main(["-q", "d"])
    assert tty2.getvalue() == ""


def _argv_for(dest: str) -> list[str]:
    values = {
        "no_names": ["--no-names", "--transliterate", "ru"],
        "lexicon": ["--lexicon", "x.txt"],
        "lexicon_only": ["--lexicon-only", "--lexicon", "x.txt"],
        "canonical": ["--canonical", "first"],
        "discover": ["--discover"],
        "variants": ["--variants"],
        "in_place": ["-i"],
        "output": ["-o", "out"],
        "check": ["--check"],
        "diff": ["--diff"],
        "report": ["--report", "r.jsonl"],
        "backup": ["--backup", ".orig"],
        "break_links": ["--break-links"],
        "transliterate": ["--transliterate", "ru"],
        "column": ["--column", "name"],
        "field": ["--field", "name"],
    }
    return values[dest]


@pytest.mark.parametrize(("first", "second", "why"), CONFLICTS)
def test_every_conflict_of_the_table_is_refused(
    capsysbinary: Any, first: str, second: str, why: str
) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, *_argv_for(first), *_argv_for(second), "a.txt")
    assert (code, out) == (2, b"")
    assert "cannot be combined with" in err
    assert Path("a.txt").read_text() == ARTICLE


def test_write_back_follows_the_options() -> None:
    assert Options().write_back is WriteBack.STDOUT
    assert Options(in_place=True).write_back is WriteBack.IN_PLACE
    assert Options(output="out").write_back is WriteBack.OUTPUT
    assert Options(diff=True, check=True).write_back is WriteBack.DIFF
    assert Options(check=True).write_back is WriteBack.CHECK


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ("utf-8", None)),
        (["--encoding", "cp1251"], ("cp1251", None)),
        (["--input-encoding", "cp1251"], ("cp1251", None)),
        (["--output-encoding", "utf-8"], ("utf-8", "utf-8")),
        (["--encoding", "utf-8", "--input-encoding", "cp1251"], ("cp1251", "utf-8")),
    ],
)
def test_encodings(args: list[str], expected: tuple[str, str | None]) -> None:
    from translit.cli.options import parse

    options = parse(build_parser(), [*args, "a.txt"])
    assert (options.input_encoding, options.output_encoding) == expected


def test_no_input_on_a_terminal_is_a_usage_hint(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    class Stdin:
        buffer = Terminal(b"never read")

        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Stdin())
    code, out, err = run(capsysbinary)
    assert (code, out) == (2, b"")
    assert err.splitlines() == [
        "usage: translit-normalize [options] FILE|DIRECTORY|- ...",
        "translit-normalize: error: no input: name files or directories, or '-' to read the "
        "terminal (see --help)",
    ]
    assert Stdin.buffer.tell() == 0
    # '-' reads the terminal, as asked.
    code, out, _ = run(capsysbinary, "-")
    assert (code, out) == (0, b"never read")


def test_help_explains_the_lexicon_formats(capsysbinary: Any) -> None:
    code, out, _ = run(capsysbinary, "--help")
    assert code == 0
    text = " ".join(out.decode().split())
    assert "variants after it separated by '|': 'Kyiv | Kiev | Київ'" in text
    assert "[tool.translit-normalize]" in text and "--no-ignore" in text
