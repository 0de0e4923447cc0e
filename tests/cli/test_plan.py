"""``-o`` and the plan of the writes: output paths, and refusing to overwrite an input."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    GRABSKY,
    GRABSKY_OUT,
    run,
    set_stdin,
    write,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_output_file(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, _ = run(capsysbinary, "-o", "out.txt", "a.txt")
    assert (code, out) == (0, b"")
    assert Path("out.txt").read_text() == ARTICLE_OUT
    assert Path("a.txt").read_text() == ARTICLE


def test_output_into_existing_directory(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    os.mkdir("out")
    code, _, _ = run(capsysbinary, "-o", "out", "a.txt")
    assert code == 0
    assert Path("out/a.txt").read_text() == ARTICLE_OUT


def test_output_directory_for_many(capsysbinary: Any) -> None:
    write("corpus/a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("corpus/sub/b.md", "Lukashenka left.\n")
    write("corpus/skip.bin", "Lukashenka\n")  # not a text type: not included
    write("extra.txt", GRABSKY)
    code, out, _ = run(capsysbinary, "-o", "out", "corpus", "extra.txt")
    assert (code, out) == (0, b"")
    assert Path("out/a.txt").read_text() == "Alexander Lukashenko met Putin.\nLukashenko spoke.\n"
    assert Path("out/sub/b.md").read_text() == "Lukashenko left.\n"
    assert Path("out/extra.txt").read_text() == GRABSKY_OUT
    assert not Path("out/skip.bin").exists()
    assert Path("corpus/sub/b.md").read_text() == "Lukashenka left.\n"
    # A second run does not read its own output directory inside the corpus.
    code, _, _ = run(capsysbinary, "-o", "corpus/out", "corpus")
    assert code == 0
    assert Path("corpus/out/sub/b.md").read_text() == "Lukashenko left.\n"
    code, _, _ = run(capsysbinary, "-o", "corpus/out", "corpus")
    assert code == 0
    assert not Path("corpus/out/out").exists()


def test_output_directory_not_a_directory(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", ARTICLE)
    write("out", "a file")
    code, _, err = run(capsysbinary, "-o", "out", "a.txt", "b.txt")
    assert code == 2
    assert "not a directory" in err
    assert Path("out").read_text() == "a file"


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "a.txt", "a.txt"],
        ["-o", "./sub/../a.txt", "a.txt"],
        ["-o", "link.txt", "a.txt"],
        ["-o", "a.txt", "-"],
        ["-o", ".", "a.txt", "b.txt"],
        ["-o", "alias", "d"],
    ],
    ids=["same", "dotted", "symlink", "stdin-to-input", "dir-of-inputs", "dir-symlink"],
)
def test_output_refuses_an_input(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", ARTICLE)
    write("d/a.txt", ARTICLE)
    os.mkdir("sub")
    os.symlink("a.txt", "link.txt")
    os.symlink("d", "alias")
    set_stdin(monkeypatch, ARTICLE.encode())
    if "-" in args:
        # stdin is not an input file; writing to a.txt is fine then.
        code, _, _ = run(capsysbinary, *args)
        assert code == 0
        assert Path("a.txt").read_text() == ARTICLE_OUT
        return
    code, out, err = run(capsysbinary, *args)
    assert code == 2
    assert out == b""
    assert "refusing to write" in err and "it is one of the inputs" in err
    assert Path("a.txt").read_text() == ARTICLE
    assert Path("d/a.txt").read_text() == ARTICLE


def test_report_refuses_an_input(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--report", "a.txt", "a.txt")
    assert code == 2
    assert "refusing to write a.txt (the report): it is one of the inputs" in err
    assert Path("a.txt").read_text() == ARTICLE
