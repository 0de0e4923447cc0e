"""``--variants`` and ``--discover --format synonyms``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from translit.cli.variants import synonym_rule

from .util import run


def test_variants_one_spelling_a_line_a_blank_line_between_names(capsysbinary: Any) -> None:
    code, out, err = run(capsysbinary, "--variants", "--limit", "3", "Лукашенко", "Зеленський")
    assert code == 0, err
    groups = out.decode("utf-8").split("\n\n")
    assert len(groups) == 2
    assert groups[0].splitlines()[0] == "Lukashenko"
    assert groups[1].splitlines()[0] == "Zelenskyi"
    assert all(len(g.splitlines()) == 3 for g in groups)


def test_variants_as_json_lines(capsysbinary: Any) -> None:
    code, out, _ = run(
        capsysbinary, "--variants", "--format", "jsonl", "--limit", "2", "Dmytro Firtash"
    )
    assert code == 0
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert len(records) == 2
    assert set(records[0]) == {"name", "spelling", "convention", "language", "score", "native"}
    assert records[0]["name"] == "Dmytro Firtash" and records[0]["convention"] == "input"


def test_variants_read_names_from_stdin(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Лукашенко\n\nТихонов\n"))
    code, out, _ = run(capsysbinary, "--variants", "--limit", "1")
    assert code == 0
    assert out.decode("utf-8") == "Lukashenko\n\nTikhonov\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--variants", "-i", "x"], "--variants prints the spellings of names"),
        (["--format", "synonyms", "x.txt"], "--format synonyms needs --discover"),
        (["--format", "text", "x.txt"], "--format text needs --variants"),
        (["--discover", "--format", "text", "x.txt"], "--format text needs --variants"),
        (["--variants", "--limit", "0", "x"], "--limit must be 1 or more"),
    ],
)
def test_usage_errors(capsysbinary: Any, args: list[str], message: str) -> None:
    code, _, err = run(capsysbinary, *args)
    assert code == 2 and message in err


def test_synonym_rules_from_a_discovery(capsysbinary: Any) -> None:
    Path("a.txt").write_text(
        "Lukashenko met Lukashenka. Lukashenko spoke. Łukaszenka left.\n", encoding="utf-8"
    )
    code, out, err = run(capsysbinary, "--discover", "--format", "synonyms", "a.txt")
    assert code == 0, err
    assert out.decode("utf-8") == "Lukashenka, Łukaszenka => Lukashenko\n"
    assert "1 synonym rule" in err


def test_synonym_rules_escape_commas() -> None:
    assert synonym_rule(["a", "b,c", "a"], "a") == "b\\,c => a"
    assert synonym_rule(["a"], "a") is None
