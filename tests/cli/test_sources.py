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


def test_directory_walk_is_sorted_and_skips_hidden(capsysbinary: Any) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden/d.txt", "sub/.e.txt"):
        write(f"d/{name}", name + "\n")
    code, out, _ = run(capsysbinary, "d")
    assert code == 0
    assert out.decode() == "a.txt\nb.txt\nsub/c.txt\n"


def test_broken_link_in_a_directory_is_a_warning(capsysbinary: Any) -> None:
    write("d/a.txt", ARTICLE)
    os.symlink("missing.txt", "d/broken.txt")
    code, out, err = run(capsysbinary, "d")
    assert code == 0
    assert out.decode() == ARTICLE_OUT
    assert "d/broken.txt: broken symbolic link skipped\n" in err


def test_links_inside_the_tree(capsysbinary: Any) -> None:
    """A link to a file of the same tree is read once (as the file); a link to a directory is
    followed only with --follow-links, and a loop of links ends."""
    write("d/a.txt", "a\n")
    os.symlink("a.txt", "d/same.txt")
    write("elsewhere/b.txt", "b\n")
    os.symlink("../elsewhere", "d/more")
    os.symlink("..", "d/loop")
    code, out, _ = run(capsysbinary, "d")
    assert (code, out.decode()) == (0, "a\n")
    code, out, _ = run(capsysbinary, "--follow-links", "d")
    assert (code, out.decode()) == (0, "a\nb\n")


def test_explicit_link_is_read_through(capsysbinary: Any) -> None:
    """A link named on the command line is followed wherever it leads."""
    write("outside/x.txt", ARTICLE)
    os.symlink("outside/x.txt", "x.txt")
    code, out, _ = run(capsysbinary, "x.txt")
    assert (code, out.decode()) == (0, ARTICLE_OUT)


def test_a_fifo_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    import subprocess
    import sys

    from .util import child_env

    os.mkfifo(tmp_path / "pipe")
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "pipe"],
        cwd=tmp_path,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with open(tmp_path / "pipe", "wb") as f:
        f.write(ARTICLE.encode())
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert out.decode() == ARTICLE_OUT


def test_binary_stdin_is_skipped(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from .util import set_stdin

    set_stdin(monkeypatch, b"\x00\x01" * 10000)
    code, out, err = run(capsysbinary, "-")
    assert (code, out) == (0, b"")
    assert "<stdin>: binary file skipped" in err
