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
    real = Normalizer._explain
    seen: list[str] = []

    # (pass 2 explains each chunk through _explain, with or without pass 1's reading of it)
    def explain(self: Normalizer, chunk: str, *args: Any) -> Any:
        seen.append(chunk)
        if "Lukashenka" in chunk and seen.count(chunk) == 2:  # the write pass, not the probe
            raise RuntimeError("boom")
        return real(self, chunk, *args)

    monkeypatch.setattr(Normalizer, "_explain", explain)
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


def test_backup_already_linked_by_a_killed_run(capsysbinary: Any) -> None:
    """A run killed between linking the backup and replacing the file left the file with a
    second name, its backup: the next run finishes the job."""
    write("a.txt", ARTICLE)
    os.link("a.txt", "a.txt.orig")
    code, _, err = run(capsysbinary, "-i", "--backup", ".orig", "a.txt")
    assert code == 0, err
    assert Path("a.txt").read_text() == ARTICLE_OUT
    assert Path("a.txt.orig").read_text() == ARTICLE
    assert sorted(os.listdir()) == ["a.txt", "a.txt.orig"]


def test_replace_file_keeps_nothing_when_verify_refuses(tmp_path: Path) -> None:
    from translit.cli.textio import InputChanged
    from translit.cli.write import replace_file

    target = write(tmp_path / "a.txt", "old\n")

    def refuse() -> None:
        raise InputChanged("a.txt: changed since it was read; left untouched")

    with pytest.raises(InputChanged):
        replace_file(
            str(target), ["new\n"], "utf-8", shown="a.txt", backup=str(target) + ".b", verify=refuse
        )
    assert target.read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    from translit.cli.write import replace_file

    old = os.umask(0o027)
    try:
        replace_file(str(tmp_path / "new.txt"), ["x"], "utf-8", shown="new.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_only_our_dead_temporaries_are_cleaned(tmp_path: Path) -> None:
    import subprocess
    import sys

    from translit.cli.write import clean_stale_temporaries

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead, alive = child.pid, os.getpid()
    names = [
        f".translit-{dead}-0123abcd.tmp",  # ours, its process ended: removed
        f".translit-{alive}-0123abcd.tmp",  # ours, still running: kept
        f".translit-{dead}-0123abcd.tmp.txt",  # not our name
        ".translit-abcdefgh.tmp",  # not our name (another tool, or an older version)
        f"translit-{dead}-0123abcd.tmp",
    ]
    for name in names:
        write(tmp_path / name, "x")
    os.mkdir(tmp_path / f".translit-{dead}-ffffffff.tmp")  # a directory: kept
    assert clean_stale_temporaries([str(tmp_path), str(tmp_path / "missing")]) == 1
    assert sorted(os.listdir(tmp_path)) == sorted([*names[1:], f".translit-{dead}-ffffffff.tmp"])


def test_reencoding_in_place(capsysbinary: Any) -> None:
    """--output-encoding different from the input's: -i rewrites every file, changed or not."""
    write("a.txt", "Лукашенко.\n".encode("cp1251"))
    code, _, err = run(
        capsysbinary, "--input-encoding", "cp1251", "--output-encoding", "utf-8", "-i", "a.txt"
    )
    assert code == 0, err
    assert Path("a.txt").read_text(encoding="utf-8") == "Лукашенко.\n"
    assert err == "translit-normalize: no names to unify in 1 file, 1 file re-encoded\n"


def test_utf16_without_a_bom_is_little_endian(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE.encode("utf-16-le"))
    code, _, _ = run(capsysbinary, "--encoding", "utf-16", "-i", "a.txt")
    assert code == 0
    assert Path("a.txt").read_bytes() == ARTICLE_OUT.encode("utf-16-le")


def test_utf16_to_stdout_has_one_bom(capsysbinary: Any) -> None:
    write("a.txt", ("\ufeff" + ARTICLE).encode("utf-16-be"))
    write("b.txt", ("\ufeff" + CLEAN).encode("utf-16-be"))
    code, out, _ = run(capsysbinary, "--input-encoding", "utf-16", "--output-encoding", "utf-8",
                       "a.txt", "b.txt")  # fmt: skip
    assert code == 0
    assert out.decode("utf-8") == "\ufeff" + ARTICLE_OUT + "\ufeff" + CLEAN
