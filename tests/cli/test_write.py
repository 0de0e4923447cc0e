"""Writing: ``-i`` in place (atomic, backups, bytes kept) and failures while writing."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from translit.cli import textio

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    CLEAN,
    GRABSKY,
    GRABSKY_OUT,
    run,
    subprocess_run,
    write,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_in_place(capsysbinary: Any) -> None:
    a = write("a.txt", ARTICLE)
    b = write("b.txt", CLEAN)
    os.chmod(a, 0o640)
    old = time.time() - 1000
    os.utime(b, (old, old))
    b_inode = b.stat().st_ino
    code, out, err = run(capsysbinary, "-i", "a.txt", "b.txt")
    assert (code, out) == (0, b"")
    assert a.read_text() == ARTICLE_OUT
    assert stat.S_IMODE(a.stat().st_mode) == 0o640
    # The unchanged file is not rewritten.
    assert b.read_text() == CLEAN
    assert b.stat().st_mtime == pytest.approx(old)
    assert b.stat().st_ino == b_inode
    assert not Path("a.txt.orig").exists()
    assert not list(Path().glob(".translit-*"))
    assert err == "translit-normalize: 1 name unified in 1 file (1 change)\n"


def test_in_place_backup(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", CLEAN)
    code, _, _ = run(capsysbinary, "-i", "--backup", ".orig", "a.txt", "b.txt")
    assert code == 0
    assert Path("a.txt").read_text() == ARTICLE_OUT
    assert Path("a.txt.orig").read_text() == ARTICLE
    assert not Path("b.txt.orig").exists()  # only rewritten files get a backup


def test_in_place_follows_symlink(capsysbinary: Any) -> None:
    write("real.txt", ARTICLE)
    os.symlink("real.txt", "link.txt")
    code, _, _ = run(capsysbinary, "-i", "link.txt")
    assert code == 0
    assert os.path.islink("link.txt")
    assert Path("real.txt").read_text() == ARTICLE_OUT


def test_in_place_subprocess(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", ARTICLE)
    result = subprocess_run("-i", "d", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert (tmp_path / "d" / "a.txt").read_text() == ARTICLE_OUT


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffAlexander Lukashenko met Putin.\r\nLukashenko spoke.\r\nLukashenka left.\r\n",
        "Alexander Lukashenko met Putin.\nLukashenko spoke.\r\nLukashenka left.\r",
        "Alexander Lukashenko met Putin.\nLukashenko spoke.\nLukashenka left.",
        "\ufeffLukashenko.\n\n\r\n  Lukashenko \t Lukashenka\u2028end\x0c",
    ],
    ids=["bom-crlf", "mixed-endings", "no-final-newline", "odd-whitespace"],
)
def test_bytes_preserved(capsysbinary: Any, data: str) -> None:
    raw = data.encode("utf-8")
    expected = raw.replace(b"Lukashenka", b"Lukashenko")
    write("a.txt", raw)
    code, out, _ = run(capsysbinary, "a.txt")
    assert (code, out) == (0, expected)
    code, _, _ = run(capsysbinary, "-o", "out.txt", "a.txt")
    assert Path("out.txt").read_bytes() == expected
    code, _, _ = run(capsysbinary, "-i", "a.txt")
    assert Path("a.txt").read_bytes() == expected


def test_failure_while_writing_leaves_the_original(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", GRABSKY)
    calls = []
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    code, _, err = run(capsysbinary, "-i", "a.txt", "b.txt")
    assert code == 2
    assert "a.txt: cannot write: Input/output error\n" in err
    assert Path("a.txt").read_text() == ARTICLE
    assert Path("b.txt").read_text() == GRABSKY_OUT
    assert sorted(p.name for p in Path().iterdir()) == ["a.txt", "b.txt"]


def test_failure_mid_stream_leaves_the_original(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The normalizer fails on a later chunk while the file is being written."""
    from translit.normalizer import Normalizer

    monkeypatch.setattr(textio, "CHUNK_BYTES", 40)
    text = "".join(f"Lukashenko said {i}.\n" for i in range(10)) + "Lukashenka left.\n"
    write("a.txt", text)
    write("b.txt", GRABSKY)
    real = Normalizer.explain
    seen: list[str] = []

    def explain(self: Normalizer, chunk: str) -> Any:
        seen.append(chunk)
        if "Lukashenka" in chunk and seen.count(chunk) == 2:  # the write pass, not the probe
            raise RuntimeError("boom")
        return real(self, chunk)

    monkeypatch.setattr(Normalizer, "explain", explain)
    code, _, err = run(capsysbinary, "-i", "a.txt", "b.txt")
    assert code == 2
    assert "a.txt: internal error: RuntimeError: boom\n" in err
    assert Path("a.txt").read_text() == text
    assert Path("b.txt").read_text() == GRABSKY_OUT
    assert not list(Path().glob(".translit-*"))


def test_unencodable_output(capsysbinary: Any) -> None:
    """cp1251 cannot write ISO 9's Ŝ: an error, and the file stays as it was."""
    data = "Щербаков пришел.\n".encode("cp1251")
    write("a.txt", data)
    code, _, err = run(
        capsysbinary,
        "--encoding",
        "cp1251",
        "--transliterate",
        "iso-9",
        "--no-names",
        "-i",
        "a.txt",
    )
    assert code == 2
    assert "a.txt: the normalized text cannot be encoded as cp1251" in err
    assert Path("a.txt").read_bytes() == data
    code, _, _ = run(
        capsysbinary, "--encoding", "cp1251", "--transliterate", "ru", "--no-names", "-i", "a.txt"
    )
    assert code == 0
    assert Path("a.txt").read_bytes() == b"Shcherbakov prishel.\n"
