"""Decoding the inputs: invalid bytes are reported with file, line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from translit.cli import textio

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    run,
    subprocess_run,
    write,
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_invalid_utf8(capsysbinary: Any) -> None:
    bad = b"Lukashenka spoke.\nLukashenko \xff again.\n"
    write("bad.txt", bad)
    write("good.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-i", "bad.txt", "good.txt")
    assert code == 2
    assert out == b""
    assert err.splitlines()[0] == "bad.txt:2:12: invalid UTF-8 byte 0xff"
    assert Path("bad.txt").read_bytes() == bad
    assert Path("good.txt").read_text() == ARTICLE_OUT
    assert err.splitlines()[-1].endswith("(1 change), 1 error")
    assert "Traceback" not in err


def test_invalid_utf8_after_the_first_chunk(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textio, "CHUNK_BYTES", 32)
    lines = [f"Lukashenka said {i}.\n" for i in range(6)] + ["Lukashenko\n"] * 10
    bad = "".join(lines).encode() + b"tail \xc3\x28 here\n"
    write("bad.txt", bad)
    mtime = Path("bad.txt").stat().st_mtime
    write("good.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-i", "bad.txt", "good.txt")
    assert (code, out) == (2, b"")
    assert "bad.txt:17:6: invalid UTF-8 byte 0xc3\n" in err
    assert Path("bad.txt").read_bytes() == bad
    assert Path("bad.txt").stat().st_mtime == mtime
    assert Path("good.txt").read_text() == ARTICLE_OUT
    assert not list(Path().glob(".translit-*"))


def test_invalid_utf8_subprocess(tmp_path: Path) -> None:
    write(tmp_path / "bad.txt", b"abc\n\xfe\n")
    result = subprocess_run("bad.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().splitlines()[0] == "bad.txt:2:1: invalid UTF-8 byte 0xfe"
    assert b"Traceback" not in result.stderr


def test_binary_file_skipped(capsysbinary: Any) -> None:
    data = b"Lukashenka\x00\x01\x02" * 10
    write("blob.txt", data)
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-i", "blob.txt", "a.txt")
    assert (code, out) == (0, b"")
    assert "blob.txt: binary file skipped\n" in err
    assert "1 binary file skipped" in err
    assert Path("blob.txt").read_bytes() == data
    assert Path("a.txt").read_text() == ARTICLE_OUT
