"""Decoding the inputs: invalid bytes are reported with file, line and column."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import textio

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    run,
    subprocess_run,
    write,
)


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


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.sampled_from("ab \n\r\u00e9\u0416\U0001f600\ufeff"), max_size=300),
    encoding=st.sampled_from(["utf-8", "utf-16-le", "utf-32-be", "cp1251"]),
    chunk=st.integers(1, 64),
)
def test_chunks_join_to_the_text(text: str, encoding: str, chunk: int) -> None:
    """Whatever the chunk size: the chunks are the decoded text, each ends at a line break
    (unless a line is longer than a chunk), and encoding them gives the bytes back."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    chunks = list(textio.iter_text_chunks(io.BytesIO(data), "t", encoding, chunk))
    assert "".join(chunks) == text
    assert "".join(chunks).encode(encoding) == data
    for piece in chunks[:-1]:
        assert piece.endswith(("\n", " ")) or len(piece.encode(encoding)) > chunk


def test_changed_file_is_detected_by_its_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\n")
    with open(path, "rb") as f:
        reader = textio.HashingReader(f)
        assert reader.read() == b"one\n"
        seen = textio.Fingerprint.of(os.fstat(f.fileno()), reader.digest())
    assert seen.same_file(os.stat(path))
    path.write_bytes(b"two, longer\n")
    assert not seen.same_file(os.stat(path))
