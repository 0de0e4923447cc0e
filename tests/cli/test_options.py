"""Usage: the validation of the options, --help, --version, --list-schemes, the progress line."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from translit.cli import build_parser, main, progress

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    run,
    write,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


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
