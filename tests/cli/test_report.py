"""``--report``: the JSON Lines records of the changes and the summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from translit.cli import textio

from .util import (
    ARTICLE,
    CLEAN,
    GRABSKY,
    GRABSKY_OUT,
    read_report,
    run,
    write,
)


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
    monkeypatch.setattr(textio, "CHUNK_BYTES", 50)
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


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_spools_in_memory_and_on_disk_give_the_same_output(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """A small input keeps its report and diff in memory, a large one spools them to files:
    the bytes out are the same, and no spool file is made for a small one."""
    from translit.cli import passes

    write("a.txt", ARTICLE)
    write("b.txt", GRABSKY)
    write("c.txt", "Naïve café — " + ARTICLE)
    made: list[str] = []
    real_open = open

    def spying_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith((".report", ".diff")):
            made.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spying_open)
    outputs = []
    for limit in (passes.MEMORY_SPOOL_BYTES, 0):
        monkeypatch.setattr(passes, "MEMORY_SPOOL_BYTES", limit)
        made.clear()
        argv = ["--jobs", jobs, "--diff", "--report", f"r{limit}.jsonl", "a.txt", "b.txt", "c.txt"]
        code, out, _ = run(capsysbinary, *argv)
        assert code == 0
        outputs.append((out, Path(f"r{limit}.jsonl").read_bytes()))
        if jobs == "1":  # (workers' opens are not seen from here)
            assert bool(made) == (limit == 0)
    assert outputs[0] == outputs[1]
    assert b"-Later Lukashenka left." in outputs[0][0]
    assert b"+Later Lukashenko left." in outputs[0][0]
    assert outputs[0][1].count(b'"type": "change"') == 3
