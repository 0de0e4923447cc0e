"""Pass 1's readings kept for pass 2 (``cli/reads.py``)."""

from __future__ import annotations

import pickle
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.cli import reads
from translit.cli.reads import Reads, lookup
from translit.text.normalizer import Normalizer

from .util import ARTICLE, GRABSKY, run, write

TEXTS = {
    "a.txt": ARTICLE * 3,
    "b.txt": GRABSKY + "Nothing here.\n" + GRABSKY,
    "c.txt": "Kyiv and Kiev. Mykola Azarov met Nikolai Azarov.\n",
}


def _run_all(capsysbinary: Any, *args: str) -> tuple[int, bytes, bytes]:
    code, out, _ = run(capsysbinary, "--report", "r.jsonl", *args, *TEXTS)
    return code, out, Path("r.jsonl").read_bytes()


@pytest.mark.parametrize("mode", [[], ["--diff"], ["-o", "out/"], ["--jobs", "2"]])
def test_kept_readings_give_the_same_output(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, mode: list[str]
) -> None:
    for name, text in TEXTS.items():
        write(name, text)
    kept = _run_all(capsysbinary, *mode)
    outputs = (
        sorted(p.read_bytes() for p in Path("out").rglob("*.txt")) if mode[:1] == ["-o"] else []
    )
    monkeypatch.setattr(reads, "KEPT_MENTIONS", 0)
    again = _run_all(capsysbinary, *mode)
    assert kept == again and kept[0] == 0 and b"Lukashenko" in kept[2]
    if outputs:
        assert outputs == sorted(p.read_bytes() for p in Path("out").rglob("*.txt"))


def test_pass_2_does_not_read_a_kept_chunk_again(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in TEXTS.items():
        write(name, text)
    calls: list[str] = []
    real = Normalizer._read

    def counting(self: Normalizer, text: str) -> Any:
        calls.append(text)
        return real(self, text)

    monkeypatch.setattr(Normalizer, "_read", counting)
    code, out, _ = _run_all(capsysbinary, "--jobs", "1")
    assert code == 0 and len(calls) == len(TEXTS)  # pass 1 only
    assert out.decode().count("Lukashenko") == ARTICLE.count("Lukash") * 3


def test_the_budget_and_the_digest() -> None:
    n = Normalizer()
    r = Reads(budget=5)
    one = n._read("Lukashenko met Lukashenka.")  # two mentions: costs 3
    r.keep("a", "Lukashenko met Lukashenka.", one)
    assert lookup(r.of("a"), "Lukashenko met Lukashenka.") == one
    assert lookup(r.of("a"), "Lukashenko met Lukashenka!") is None  # another text
    r.keep("b", "Lukashenko met Lukashenka.", one)  # 3 more than the 2 left: the end
    r.keep("c", "Kyiv.", n._read("Kyiv."))
    assert r.of("b") == {} and r.of("c") == {} and lookup(r.of("zzz"), "x") is None
    copy = pickle.loads(pickle.dumps(r))  # a worker started afresh reads again
    assert copy.of("a") == {}


WORDS = [
    *("Lukashenko", "Lukashenka", "LUKASHENKA", "Grabsky", "Grabskyi", "Serhii", "Sergei"),
    *("Kyiv", "Kiev", "Mykola", "Nikolai", "Azarov", "Лукашенко", "Games", "The"),
    *("said", "met", "in", "and", "left.", "Mr", "\n", "\n\n", "'s", "—"),
]
corpora = st.lists(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join), min_size=1, max_size=6
)


@given(corpus=corpora)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_corpus_comes_out_the_same_with_and_without_kept_readings(
    corpus: list[str], capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as d:
        for i, text in enumerate(corpus):
            write(Path(d, "in", f"{i:02d}.txt"), text)
        outs = []
        for kept in (reads.KEPT_MENTIONS, 0):
            monkeypatch.setattr(reads, "KEPT_MENTIONS", kept)
            report = Path(d, f"r{kept}.jsonl")
            code, out, _ = run(
                capsysbinary, "--jobs", "1", "--report", str(report), str(Path(d, "in"))
            )
            outs.append((code, out, report.read_bytes()))
        assert outs[0] == outs[1]
