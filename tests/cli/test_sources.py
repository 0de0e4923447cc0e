"""The inputs: missing and unreadable files, directories, --include and --exclude."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    run,
    write,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_missing_file(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "missing.txt", "a.txt")
    assert code == 2
    assert out.decode() == ARTICLE_OUT
    assert err.splitlines()[0] == "missing.txt: No such file or directory"
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_unreadable_file(capsysbinary: Any) -> None:
    write("secret.txt", ARTICLE)
    os.chmod("secret.txt", 0)
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "secret.txt", "a.txt")
    assert code == 2
    assert "secret.txt: Permission denied" in err
    assert out.decode() == ARTICLE_OUT


def test_unreadable_file_mocked(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    write("secret.txt", ARTICLE)
    write("a.txt", ARTICLE)
    real_open = open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.path.basename(str(file)) == "secret.txt":
            raise PermissionError(13, "Permission denied", file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    code, out, err = run(capsysbinary, "secret.txt", "a.txt")
    assert code == 2
    assert "secret.txt: Permission denied\n" in err
    assert out.decode() == ARTICLE_OUT


def test_empty_directory(capsysbinary: Any) -> None:
    os.mkdir("empty")
    write("other/picture.png", b"\x89PNG")
    code, out, err = run(capsysbinary, "empty", "other")
    assert code == 2
    assert out == b""
    lines = err.splitlines()
    assert lines[0].startswith("empty: no files matching *.txt")
    assert lines[1].startswith("other: no files matching *.txt")


def test_directory_include_exclude(capsysbinary: Any) -> None:
    write("d/a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("d/notes.md", "Lukashenka left.\n")
    write("d/drafts/c.txt", "Lukashenka\n")
    write("d/.git/x.txt", "Lukashenka\n")
    write("d/.hidden.txt", "Lukashenka\n")
    write("d/data.csv", "name\nLukashenka\n")
    code, _, _ = run(capsysbinary, "-i", "--exclude", "drafts", "--exclude", "*.csv", "d")
    assert code == 0
    assert Path("d/notes.md").read_text() == "Lukashenko left.\n"
    for untouched in ("d/drafts/c.txt", "d/.git/x.txt", "d/.hidden.txt"):
        assert Path(untouched).read_text() == "Lukashenka\n"
    assert Path("d/data.csv").read_text() == "name\nLukashenka\n"
    code, _, _ = run(capsysbinary, "-i", "--include", "*.csv", "d")
    assert Path("d/data.csv").read_text() == "name\nLukashenka\n"  # alone, nothing to unify
    code, out, _ = run(capsysbinary, "--include", "*.md", "--include", "*.csv", "d", "d/a.txt")
    assert out.decode() == "name\nLukashenko\nLukashenko left.\n" + (
        "Alexander Lukashenko met Putin.\nLukashenko spoke.\n"
    )


def test_directory_relative_exclude(capsysbinary: Any) -> None:
    write("d/keep/a.txt", "Lukashenka Lukashenko Lukashenko\n")
    write("d/skip/a.txt", "Lukashenka Lukashenko Lukashenko\n")
    code, _, _ = run(capsysbinary, "-i", "--exclude", "skip/*", "d")
    assert code == 0
    assert Path("d/keep/a.txt").read_text() == "Lukashenko Lukashenko Lukashenko\n"
    assert Path("d/skip/a.txt").read_text() == "Lukashenka Lukashenko Lukashenko\n"


def test_same_file_twice_is_read_once(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, _ = run(capsysbinary, "a.txt", "./a.txt")
    assert code == 0
    assert out.decode() == ARTICLE_OUT
