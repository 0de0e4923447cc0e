"""End-to-end tests of the ``translit-normalize`` command line.

Most tests call :func:`translit.cli.main` in a temporary directory and look at the exit code,
stdout (bytes), stderr and the files; a few run ``python -m translit`` in a subprocess.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import random
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from translit import cli
from translit.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2a0d7510474f6b48.txt"

# Lukashenko (2) wins over Lukashenka (1).
ARTICLE = (
    "Alexander Lukashenko met Putin in Minsk.\nLukashenko spoke first.\nLater Lukashenka left.\n"
)
ARTICLE_OUT = ARTICLE.replace("Lukashenka", "Lukashenko")
# Grabskyi (2) wins over Grabsky (1).
GRABSKY = "Grabsky said. Grabskyi agreed. Serhii Grabskyi left.\n"
GRABSKY_OUT = GRABSKY.replace("Grabsky ", "Grabskyi ")
CLEAN = "Nothing to see here: Putin met Putin.\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def run(capsysbinary: Any, *args: str) -> tuple[int, bytes, str]:
    code = main(list(args))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def write(path: str | Path, text: str | bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def subprocess_run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> Any:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="ascii")
    return subprocess.run(
        [sys.executable, "-m", "translit", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


# == The main job ===========================================================================


def test_seed_article(capsysbinary: Any) -> None:
    code, out, err = run(capsysbinary, str(SEED))
    original = SEED.read_text(encoding="utf-8")
    assert code == 0
    assert original.count("Lukashenka") == 3
    # Lukashenka -> Lukashenko (8 against 3); Grabskyi (2) wins over the full name's
    # Grabsky (1), and the full name follows.
    expected = original.replace("Lukashenka", "Lukashenko").replace(
        "Serhii Grabsky\n", "Serhii Grabskyi\n"
    )
    assert out.decode("utf-8") == expected
    assert err == "translit-normalize: 2 names unified in 1 file (4 changes)\n"


def test_frequency_decides_either_way(capsysbinary: Any) -> None:
    write("a.txt", GRABSKY)
    code, out, _ = run(capsysbinary, "a.txt")
    assert (code, out.decode()) == (0, GRABSKY_OUT)
    write("b.txt", "Serhii Grabsky said. Grabsky agreed. Grabskyi left.\n")
    code, out, _ = run(capsysbinary, "b.txt")
    assert out.decode() == "Serhii Grabsky said. Grabsky agreed. Grabsky left.\n"


def test_nothing_to_change(capsysbinary: Any) -> None:
    write("a.txt", CLEAN)
    code, out, err = run(capsysbinary, "a.txt")
    assert (code, out.decode()) == (0, CLEAN)
    assert err == "translit-normalize: no names to unify in 1 file\n"


def test_corpus_wide_consistency(capsysbinary: Any) -> None:
    """A file with only the minority spelling follows the majority of the whole run."""
    write("a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("b.txt", "Lukashenka left.\n")
    code, out, err = run(capsysbinary, "a.txt", "b.txt")
    assert code == 0
    assert out.decode() == "Alexander Lukashenko met Putin.\nLukashenko spoke.\nLukashenko left.\n"
    assert "1 name unified in 1 file (1 change)" in err
    # On its own, b.txt has nothing to unify.
    code, out, _ = run(capsysbinary, "b.txt")
    assert out.decode() == "Lukashenka left.\n"


def test_empty_file(capsysbinary: Any) -> None:
    write("empty.txt", b"")
    code, out, err = run(capsysbinary, "empty.txt")
    assert (code, out) == (0, b"")
    assert err == "translit-normalize: no names to unify in 1 file\n"
    code, _, _ = run(capsysbinary, "-o", "out.txt", "empty.txt")
    assert code == 0
    assert Path("out.txt").read_bytes() == b""


def test_quiet(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-q", "a.txt")
    assert (code, out.decode(), err) == (0, ARTICLE_OUT, "")


# == stdin and stdout =======================================================================


def test_stdin_to_stdout(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, ARTICLE.encode())
    code, out, err = run(capsysbinary)
    assert (code, out.decode()) == (0, ARTICLE_OUT)
    assert "1 name unified in 1 file (1 change)" in err


def test_dash_reads_stdin_among_files(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    write("a.txt", "Alexander Lukashenko met Putin.\n")
    set_stdin(monkeypatch, b"Lukashenko spoke. Lukashenka left.\n")
    code, out, _ = run(capsysbinary, "a.txt", "-")
    assert code == 0
    assert out.decode() == "Alexander Lukashenko met Putin.\nLukashenko spoke. Lukashenko left.\n"


def test_stdin_subprocess() -> None:
    result = subprocess_run(stdin=ARTICLE.encode())
    assert result.returncode == 0
    assert result.stdout.decode() == ARTICLE_OUT
    assert result.stderr.decode() == "translit-normalize: 1 name unified in 1 file (1 change)\n"


def test_stdin_preserves_bytes_subprocess() -> None:
    data = "\ufeffLukashenko spoke.\r\nLukashenko again.\r\nLukashenka left.".encode()
    result = subprocess_run("-", stdin=data)
    assert result.returncode == 0
    assert result.stdout == data.replace(b"Lukashenka", b"Lukashenko")


def test_utf8_whatever_the_locale_subprocess(tmp_path: Path) -> None:
    """PYTHONIOENCODING=ascii in the child: the text still goes out as UTF-8."""
    write(tmp_path / "a.txt", "Лукашенко: Lukashenko. Lukashenko. Lukashenka.\n")
    result = subprocess_run("a.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == "Лукашенко: Lukashenko. Lukashenko. Lukashenko.\n"


def test_closed_stdout_subprocess(tmp_path: Path) -> None:
    """``translit-normalize big.txt | head``: the run stops quietly, without a traceback."""
    write(tmp_path / "big.txt", ARTICLE * 20000)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "big.txt"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100) == (ARTICLE_OUT * 2).encode()[:100]
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 1
    assert b"Traceback" not in err and b"Broken pipe" not in err


# == --check ================================================================================


def test_check_exit_codes(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", CLEAN)
    before = Path("a.txt").read_bytes()
    code, out, err = run(capsysbinary, "--check", "a.txt", "b.txt")
    assert code == 1
    assert out == b""
    assert "would normalize a.txt\n" in err
    assert "would normalize b.txt" not in err
    assert err.endswith("translit-normalize: 1 name would be unified in 1 file (1 change)\n")
    assert Path("a.txt").read_bytes() == before
    code, out, err = run(capsysbinary, "--check", "b.txt")
    assert (code, out) == (0, b"")
    code, out, err = run(capsysbinary, "--check", "-q", "a.txt")
    assert (code, out, err) == (1, b"", "")


def test_check_subprocess(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = subprocess_run("--check", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"would normalize a.txt" in result.stderr
    write(tmp_path / "a.txt", ARTICLE_OUT)
    assert subprocess_run("--check", "a.txt", cwd=tmp_path).returncode == 0


# == --diff =================================================================================


def expected_diff(path: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            path,
            path,
            "(original)",
            "(normalized)",
        )
    )


def test_diff(capsysbinary: Any) -> None:
    text = ARTICLE + "".join(f"filler line {i}\n" for i in range(10)) + "Lukashenka again.\n"
    write("a.txt", text)
    write("b.txt", CLEAN)
    code, out, err = run(capsysbinary, "--diff", "a.txt", "b.txt")
    assert code == 0
    new = text.replace("Lukashenka", "Lukashenko")
    assert out.decode() == expected_diff("a.txt", text, new)
    assert out.decode().count("@@ ") == 2  # two hunks, far apart
    assert Path("a.txt").read_text() == text  # --diff writes nothing
    assert "2 changes" in err


def test_diff_applies_with_patch(capsysbinary: Any) -> None:
    """The diff is a valid patch, also for CRLF and a missing final newline."""
    import shutil

    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    text = "Lukashenko spoke.\r\nLukashenko again.\r\n\r\nLukashenka left."
    write("a.txt", text)
    code, out, _ = run(capsysbinary, "--diff", "a.txt")
    assert code == 0
    assert b"\\ No newline at end of file" in out
    write("a.patch", out)
    subprocess.run(["patch", "-s", "-p0", "-i", "a.patch"], check=True)
    assert Path("a.txt").read_bytes() == text.replace("Lukashenka", "Lukashenko").encode()


def test_check_with_diff(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--check", "--diff", "a.txt")
    assert code == 1
    assert out.decode() == expected_diff("a.txt", ARTICLE, ARTICLE_OUT)
    assert "would normalize a.txt" in err


@pytest.mark.parametrize("seed", range(40))
def test_streamed_diff_matches_difflib(seed: int) -> None:
    """The streaming diff writer gives difflib's hunks for any pattern of changed lines."""
    rng = random.Random(seed)
    n = rng.randrange(1, 60)
    old = [f"line {i} stays\n" for i in range(n)]
    new = list(old)
    for i in rng.sample(range(n), rng.randrange(1, min(n, 8) + 1)):
        new[i] = f"LINE {i} changed\n"
    out = io.StringIO()
    d = cli._Diff(out, "f\t(original)", "f\t(normalized)", cli.DIFF_CONTEXT)
    text = "".join(old)
    # Feed the text in random pieces, each change as one edit.
    pos = 0
    for i, (a, b) in enumerate(zip(old, new)):
        start = sum(len(x) for x in old[:i])
        if a != b:
            d.equal(text[pos:start])
            d.change(a[:-1], b[:-1])
            pos = start + len(a) - 1
    rest = text[pos:]
    while rest:
        cut = rng.randrange(1, len(rest) + 1)
        d.equal(rest[:cut])
        rest = rest[cut:]
    d.close()
    assert out.getvalue() == "".join(
        difflib.unified_diff(old, new, "f", "f", "(original)", "(normalized)")
    )


# == --report ===============================================================================


def read_report(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_report_records(capsysbinary: Any) -> None:
    text = "\ufeffLukashenko spoke.\r\nLukashenko again, naïve café.\r\nLater Lukashenka left.\n"
    write("a.txt", text)
    write("b.txt", GRABSKY)
    write("c.txt", CLEAN)
    code, out, _ = run(capsysbinary, "--report", "changes.jsonl", "a.txt", "b.txt", "c.txt")
    assert code == 0
    assert out.decode() == text.replace("Lukashenka", "Lukashenko") + GRABSKY_OUT + CLEAN
    records = read_report("changes.jsonl")
    changes = [r for r in records if r["type"] == "change"]
    assert [(r["path"], r["original"], r["replacement"]) for r in changes] == [
        ("a.txt", "Lukashenka", "Lukashenko"),
        ("b.txt", "Grabsky", "Grabskyi"),
    ]
    a = changes[0]
    assert set(a) == {
        "type", "path", "line", "column", "start", "end",
        "original", "replacement", "canonical", "reason",
    }  # fmt: skip
    # start/end index the decoded text (the BOM is character 0); line/column are 1-based.
    assert text[a["start"] : a["end"]] == "Lukashenka"
    assert (a["line"], a["column"]) == (3, 7)
    assert a["canonical"] == "Lukashenko"
    assert "Lukashenko" in a["reason"]
    b = changes[1]
    assert (b["line"], b["column"], b["start"], b["end"]) == (1, 1, 0, 7)
    assert records[-1] == {
        "type": "summary",
        "schema_version": 1,
        "files": 3,
        "changed_files": 2,
        "changes": 2,
        "errors": 0,
    }


def test_report_offsets_across_chunks(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small chunks give the same records: offsets and lines continue across chunks."""
    lines = [f"Line {i}: Lukashenko said something.\n" for i in range(30)]
    lines[7] = "Line 7: Lukashenka said so.\n"
    lines[23] = "Line 23: and LUKASHENKA, in capitals, and Lukashenka again.\n"
    text = "".join(lines)
    write("a.txt", text)
    code, _, _ = run(capsysbinary, "--check", "--report", "big.jsonl", "a.txt")
    assert code == 1
    monkeypatch.setattr(cli, "CHUNK_BYTES", 50)
    code, _, _ = run(capsysbinary, "--check", "--report", "small.jsonl", "a.txt")
    assert code == 1
    big, small = read_report("big.jsonl"), read_report("small.jsonl")
    assert big == small
    changes = [r for r in small if r["type"] == "change"]
    assert [(r["line"], r["original"]) for r in changes] == [
        (8, "Lukashenka"),
        (24, "LUKASHENKA"),
        (24, "Lukashenka"),
    ]
    for r in changes:
        assert text[r["start"] : r["end"]] == r["original"]
        line_start = text.rfind("\n", 0, r["start"]) + 1
        assert r["column"] == r["start"] - line_start + 1
        assert text.count("\n", 0, r["start"]) + 1 == r["line"]
    assert changes[1]["replacement"] == "LUKASHENKO"


def test_report_to_stdout(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--check", "--report", "-", "a.txt")
    assert code == 1
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["type"] for r in records] == ["change", "summary"]
    assert "would normalize a.txt" in err


def test_report_dash_needs_free_stdout(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--report", "-", "a.txt")
    assert code == 2
    assert out == b""
    assert "--report - needs -i, -o or --check" in err


def test_report_counts_errors(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("bad.txt", b"ok\n\xff\n")
    code, _, _ = run(capsysbinary, "--check", "--report", "r.jsonl", "a.txt", "bad.txt", "nope")
    assert code == 2
    summary = read_report("r.jsonl")[-1]
    assert summary == {
        "type": "summary",
        "schema_version": 1,
        "files": 1,
        "changed_files": 1,
        "changes": 1,
        "errors": 2,
    }


# == In place ===============================================================================


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


# == -o =====================================================================================


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
    assert "refusing to write the report to a.txt" in err
    assert Path("a.txt").read_text() == ARTICLE


# == Errors =================================================================================


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
    monkeypatch.setattr(cli, "CHUNK_BYTES", 32)
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
    assert "a.txt: Input/output error\n" in err
    assert Path("a.txt").read_text() == ARTICLE
    assert Path("b.txt").read_text() == GRABSKY_OUT
    assert sorted(p.name for p in Path().iterdir()) == ["a.txt", "b.txt"]


def test_failure_mid_stream_leaves_the_original(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The normalizer fails on a later chunk while the file is being written."""
    from translit.normalizer import Normalizer

    monkeypatch.setattr(cli, "CHUNK_BYTES", 40)
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
        if str(file) == "secret.txt":
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


# == Lexicons ===============================================================================


def test_lexicon(capsysbinary: Any) -> None:
    write("names.txt", "# people\nAlexander Lukashenka\n")
    write("a.txt", ARTICLE)
    code, out, _ = run(capsysbinary, "--lexicon", "names.txt", "a.txt")
    assert code == 0
    assert out.decode() == ARTICLE.replace("Lukashenko", "Lukashenka")


def test_several_lexicons_are_merged(capsysbinary: Any) -> None:
    write("people.csv", "canonical,variants\nAlexander Lukashenka,Lukashenko\n")
    write("more.json", json.dumps(["Serhii Grabsky"]))
    write("a.txt", ARTICLE + GRABSKY)
    code, out, _ = run(capsysbinary, "--lexicon", "people.csv", "--lexicon", "more.json", "a.txt")
    assert code == 0
    text = out.decode()
    assert "Lukashenko" not in text
    assert "Grabskyi" not in text and "Grabsky said" in text


def test_malformed_lexicon(capsysbinary: Any) -> None:
    write("people.csv", "canonical,variants\nAlexander Lukashenka,Lukashenko\nA,B,C\n")
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--lexicon", "people.csv", "-i", "a.txt")
    assert code == 2
    assert out == b""
    assert err == "translit-normalize: error: people.csv:3: expected 2 columns, found 3\n"
    assert Path("a.txt").read_text() == ARTICLE
    write("bad.json", '[\n  "Alexander Lukashenka",\n  oops\n]\n')
    code, _, err = run(capsysbinary, "--lexicon", "bad.json", "a.txt")
    assert code == 2
    assert err.startswith("translit-normalize: error: bad.json:3:")
    assert len(err.splitlines()) == 1


def test_missing_lexicon(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--lexicon", "nope.csv", "a.txt")
    assert (code, out) == (2, b"")
    assert (
        err
        == "translit-normalize: error: cannot read lexicon nope.csv: No such file or directory\n"
    )


# == Options of the normalizer ==============================================================


def test_canonical_first(capsysbinary: Any) -> None:
    write("a.txt", "Lukashenka first.\nLukashenko then.\nLukashenko again.\n")
    code, out, _ = run(capsysbinary, "--canonical", "first", "a.txt")
    assert out.decode() == "Lukashenka first.\nLukashenka then.\nLukashenka again.\n"
    code, out, _ = run(capsysbinary, "--canonical", "frequent", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko first.\nLukashenko then.\nLukashenko again.\n"


def test_canonical_scheme(capsysbinary: Any) -> None:
    write("a.txt", "Лукашенко. Lukashenka. Lukashenka.\n")
    code, out, _ = run(capsysbinary, "--canonical", "ru-bgn-pcgn", "--transliterate", "ru", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko. Lukashenko. Lukashenko.\n"


def test_unknown_schemes(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    for args in (["--canonical", "nonsense"], ["--transliterate", "xx-nope"]):
        code, out, err = run(capsysbinary, *args, "a.txt")
        assert (code, out) == (2, b"")
        assert "error:" in err and "Traceback" not in err


def test_transliterate_with_names(capsysbinary: Any) -> None:
    write("a.txt", "Лукашенко встретился с Путиным. Lukashenka. Lukashenko.\n")
    code, out, _ = run(capsysbinary, "--transliterate", "ru", "a.txt")
    assert code == 0
    text = out.decode()
    assert "Lukashenka" not in text
    assert not any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_no_names(capsysbinary: Any) -> None:
    write("a.txt", "Щербаков и Lukashenka, Lukashenko Lukashenko.\nOK\n")
    code, out, err = run(
        capsysbinary, "--transliterate", "ru", "--no-names", "--report", "r.jsonl", "a.txt"
    )
    assert code == 0
    assert out.decode() == "Shcherbakov i Lukashenka, Lukashenko Lukashenko.\nOK\n"
    assert err == "translit-normalize: 1 file transliterated (1 change)\n"
    change = read_report("r.jsonl")[0]
    assert (change["original"], change["replacement"]) == ("Щербаков и", "Shcherbakov i")
    assert (change["line"], change["column"], change["start"], change["end"]) == (1, 1, 0, 10)


def test_no_names_needs_transliterate(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--no-names", "a.txt")
    assert (code, out) == (2, b"")
    assert "--no-names needs --transliterate" in err
    code, _, err = run(
        capsysbinary, "--no-names", "--transliterate", "ru", "--lexicon", "x", "a.txt"
    )
    assert code == 2
    assert "cannot be combined with --lexicon" in err


def test_no_names_stdin_subprocess() -> None:
    result = subprocess_run(
        "--transliterate", "uk", "--no-names", stdin="Згурський, Київ\n".encode()
    )
    assert result.returncode == 0
    assert result.stdout == b"Zghurskyi, Kyiv\n"


# == --discover =============================================================================


def test_discover(capsysbinary: Any) -> None:
    write("a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("b.txt", "Lukashenka left.\n" + GRABSKY)
    before = Path("b.txt").read_bytes()
    code, out, err = run(capsysbinary, "--discover", "a.txt", "b.txt")
    assert code == 0
    clusters = [json.loads(line) for line in out.decode().splitlines()]
    by_canonical = {c["canonical"]: c for c in clusters}
    assert set(by_canonical) == {"Lukashenko", "Grabskyi"}
    variants = {v["spelling"]: v["count"] for v in by_canonical["Lukashenko"]["variants"]}
    assert variants == {"Lukashenko": 2, "Lukashenka": 1}  # the full name votes too
    assert Path("b.txt").read_bytes() == before
    assert err == "translit-normalize: 2 clusters of name variants in 2 files\n"


def test_discover_excludes_writing(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--discover", "-i", "a.txt")
    assert code == 2
    assert "--discover changes nothing" in err


# == --jobs =================================================================================


def test_jobs_give_the_same_output(capsysbinary: Any) -> None:
    for i in range(5):
        write(f"d/{i}.txt", (ARTICLE if i % 2 else GRABSKY) * (i + 1) + f"File {i}.\n")
    write("d/bad.txt", b"\xff")
    outputs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsysbinary, "--jobs", jobs, "--report", f"r{jobs}.jsonl", "d")
        code_d, diff, _ = run(capsysbinary, "--jobs", jobs, "--diff", "d")
        outputs.append((code, out, err, code_d, diff, Path(f"r{jobs}.jsonl").read_text()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 2  # bad.txt
    assert outputs[0][1].startswith(GRABSKY_OUT.encode())


def test_jobs_in_place(capsysbinary: Any) -> None:
    for i in range(4):
        write(f"d/{i}.txt", ARTICLE)
    code, _, _ = run(capsysbinary, "-j", "0", "-i", "d")
    assert code == 0
    assert all(Path(f"d/{i}.txt").read_text() == ARTICLE_OUT for i in range(4))


# == Usage ==================================================================================


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
    monkeypatch.setattr(cli, "PROGRESS_MIN_FILES", 2)
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
