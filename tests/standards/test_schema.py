"""The schema of the data files: every shipped file passes, mistakes are named by file and key."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import translit
from translit.standards.registry import load_scheme_data, scheme_ids
from translit.standards.schema import SchemeDataError, check_scheme

FOLDER = Path(translit.__file__).parent / "data" / "schemes"


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.json")), ids=lambda p: p.stem)
def test_every_shipped_file_follows_the_schema(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    check_scheme(data, source=path.name, known_ids=scheme_ids())


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(load_scheme_data("ru-bgn-pcgn"))
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["rules"][0].update(befor=["$"]),
            r"rules\[0\]: unknown key 'befor' \(did you mean 'before'\?\)",
        ),
        (lambda d: d.update(leters={}), r"unknown key 'leters' \(did you mean 'letters'\?\)"),
        (lambda d: d.pop("document"), r"missing key 'document'"),
        (lambda d: d["letters"].update({"Ж": "ZH"}), r"letters: 'Ж' must be a lower-case letter"),
        (
            lambda d: d["rules"][0].update(output=["a", "b"]),
            r"rules\[0\]: output must be one string per",
        ),
        (
            lambda d: d["rules"][0].update(after=["vowels"]),
            r"'vowels' is not a class \(did you mean 'vowel'\?\)",
        ),
        (
            lambda d: d["rules"][0].update(before=["^"]),
            r"'\^' \(start of a word\) belongs in after",
        ),
        (lambda d: d.update(fallback=["iso9"]), r"fallback: 'iso9' is not a standard id"),
        (lambda d: d["examples"][0].update(source="zz"), r"examples\[0\]: source 'zz' is not in"),
        (lambda d: d.update(script="Latin"), r"script: must be one of"),
        (lambda d: d.update(reversible="no"), r"reversible: must be true or false"),
    ],
)
def test_mistakes_are_named_by_file_and_key(change: Any, message: str) -> None:
    with pytest.raises(SchemeDataError, match="ru-bgn-pcgn.json: .*" + message):
        check_scheme(broken(change), source="ru-bgn-pcgn.json", known_ids=scheme_ids())


def test_debug_mode_checks_files_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from translit.standards import registry

    calls: list[str] = []
    monkeypatch.setenv("TRANSLIT_DEBUG", "1")
    monkeypatch.setattr(
        "translit.standards.schema.check_scheme",
        lambda data, source, known_ids=(): calls.append(source),
    )
    registry.load_scheme_data.cache_clear()
    try:
        registry.load_scheme_data("iso-9")
    finally:
        registry.load_scheme_data.cache_clear()
    assert calls and calls[0].endswith("iso-9.json")


def test_every_letter_of_each_script_is_covered() -> None:
    from translit.standards.cache import compile_scheme

    for sid in scheme_ids():
        assert compile_scheme(sid).outside.missing == (), sid
