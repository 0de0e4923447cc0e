"""Pass 1 on the run's workers: the same census, clusters, output, report and messages as one
process, whatever the number of workers, and a worker lost on the way changes nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli import scan_pool
from translit.cli.scan_pool import MIN_BYTES, runs, workers_for

from .util import ARTICLE, GRABSKY, run, write

_MAIN = os.getpid()
_ORIGINAL_SCAN_RUN = scan_pool._scan_run


def _dies_after_the_first_run(start: int, *args: Any) -> Any:
    if start > 0 and os.getpid() != _MAIN:
        os._exit(1)  # (as a worker killed by the system)
    return _ORIGINAL_SCAN_RUN(start, *args)


@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=60), st.integers(1, 20))
def test_runs_cut_the_inputs_into_consecutive_runs(sizes: list[int], parts: int) -> None:
    cut = runs(sizes, parts)
    assert 1 <= len(cut) <= parts
    assert cut[0][0] == 0 and cut[-1][1] == len(sizes)
    assert all(a < b for a, b in cut)  # none empty
    assert all(cut[i][1] == cut[i + 1][0] for i in range(len(cut) - 1))  # no gap, no overlap
    total = sum(sizes) + len(sizes)  # (an input weighs its size and a byte)
    for i, (a, b) in enumerate(cut[:-1]):  # each run closes once it reaches its share
        assert (sum(sizes[:b]) + b) * parts >= total * (i + 1)
        if b - 1 > a:  # and not before (a run holds one input at least)
            assert (sum(sizes[: b - 1]) + b - 1) * parts < total * (i + 1)


def test_workers_for_a_run() -> None:
    assert workers_for(3, 10) == 3  # as asked
    assert workers_for(0, MIN_BYTES - 1) == 1  # a small run stays in one process
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert workers_for(0, 1000 * MIN_BYTES) == cpus
    assert workers_for(0, 2 * MIN_BYTES) == min(2, cpus or 1)


def _corpus() -> None:
    # Spellings of one name spread over many files, so that no worker sees them all.
    for i in range(12):
        body = (ARTICLE if i % 3 else GRABSKY) * (1 + i % 4)
        write(f"d/{i:02d}.txt", body + f"Olexander Zbyvalonak met Oleksandr Zbivalonak ({i}).\n")
    write("d/05b.txt", b"\x00\x01binary")
    write("d/07b.txt", b"caf\xe9 \xff not UTF-8\n")


def _all_outputs(capsysbinary: Any, jobs: str) -> tuple[Any, ...]:
    code, out, err = run(capsysbinary, "--jobs", jobs, "--report", f"r{jobs}.jsonl", "d")
    code_d, diff, err_d = run(capsysbinary, "--jobs", jobs, "--diff", "d")
    code_o, _, _ = run(capsysbinary, "--jobs", jobs, "-o", f"out{jobs}/", "d")
    outs = {p.name: p.read_bytes() for p in sorted(Path(f"out{jobs}").rglob("*.txt"))}
    clusters = run(capsysbinary, "--jobs", jobs, "--discover", "d")
    return (
        code,
        out,
        err,
        code_d,
        diff,
        err_d,
        code_o,
        outs,
        Path(f"r{jobs}.jsonl").read_text(),
        clusters,
    )


def test_workers_give_what_one_process_gives(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_pool, "MIN_BYTES", 0)  # the workers for a small corpus
    _corpus()
    one = _all_outputs(capsysbinary, "1")
    assert one[0] == 2  # the file that is not UTF-8
    assert "binary file skipped" in one[2]
    assert one[1].count(b"Lukashenko") > 0 and b"Lukashenka" not in one[1]
    for jobs in ("2", "3"):
        assert _all_outputs(capsysbinary, jobs) == one


def test_records_on_workers(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_pool, "MIN_BYTES", 0)
    names = ["Lukashenko", "Lukashenka", "Lukashenko", "Grabskyi", "Grabsky", "Grabskyi"]
    for i in range(6):
        rows = "".join(f"{i}{j},{names[(i + j) % 6]}\n" for j in range(4))
        write(f"t/{i}.csv", "id,name\n" + rows)
    got = [run(capsysbinary, "--jobs", jobs, "--column", "name", "t") for jobs in ("1", "2")]
    assert got[0] == got[1]
    assert got[0][0] == 0 and b"Lukashenka" not in got[0][1]


def _corpus_in_one_process(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The corpus written, workers allowed for it, and what one process makes of it."""
    monkeypatch.setattr(scan_pool, "MIN_BYTES", 0)
    _corpus()
    return _all_outputs(capsysbinary, "1")


def test_a_run_whose_worker_died_is_counted_by_the_main_process(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _corpus_in_one_process(capsysbinary, monkeypatch)
    monkeypatch.setattr(scan_pool, "_scan_run", _dies_after_the_first_run)
    assert _all_outputs(capsysbinary, "2") == one


def test_pass_2_engine_takes_the_worker_s_readings() -> None:
    from translit.cli.engines import _NameEngine
    from translit.cli.reads import Reads

    reads = Reads()
    reads.keep("a.txt", "Lukashenko.", ([], ["mention"]))
    engine = _NameEngine(object(), {"a.txt": "en"}, None).with_reads(reads)
    inner = engine.for_document("a.txt")
    assert isinstance(inner, _NameEngine) and inner.kept and inner.language == "en"


_PIECES = [
    "Alexander Lukashenko met Putin in Minsk. ",
    "Lukashenka left. ",
    "Aliaksandr Lukashenka spoke. ",
    "Grabsky said. ",
    "Grabskyi agreed. ",
    "Serhii Hrabskyi left for Kyiv. ",
    "Zelensky and Zelenskyy met Navalny. ",
    "Nothing here.\n",
    "\n",
]


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=12), min_size=2, max_size=7),
    st.sampled_from(["2", "3"]),
)
def test_any_corpus_comes_out_the_same_with_workers(files: list[list[str]], jobs: str) -> None:
    import shutil
    import tempfile

    from translit.cli import main

    here = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        try:
            for i, pieces in enumerate(files):
                write(f"in/{i}.txt", "".join(pieces))
            got = []
            for n in ("1", jobs):
                shutil.rmtree("out", ignore_errors=True)
                with _min_bytes(0):
                    code = main(["-q", "--jobs", n, "--report", f"r{n}.jsonl", "-o", "out/", "in"])
                outs = {p.name: p.read_bytes() for p in sorted(Path("out").glob("*.txt"))}
                got.append((code, outs, Path(f"r{n}.jsonl").read_text()))
            assert got[0] == got[1]
        finally:
            os.chdir(here)


class _min_bytes:
    """scan_pool.MIN_BYTES set for a block (hypothesis runs the body many times in one test)."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __enter__(self) -> None:
        self.saved = scan_pool.MIN_BYTES
        scan_pool.MIN_BYTES = self.value

    def __exit__(self, *exc: object) -> None:
        scan_pool.MIN_BYTES = self.saved


def test_a_system_that_cannot_start_processes_runs_in_one(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translit.cli import worker_set

    one = _corpus_in_one_process(capsysbinary, monkeypatch)

    def cannot(*args: Any, **kwargs: Any) -> None:
        raise OSError(38, "Function not implemented")  # (as multiprocessing without /dev/shm)

    monkeypatch.setattr(worker_set.WorkerSet, "__init__", cannot)
    assert _all_outputs(capsysbinary, "2") == one
