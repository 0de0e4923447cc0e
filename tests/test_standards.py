"""Every published example of every standard, generated from the data files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import translit
from translit.registry import load_scheme_data

REQUIRED = [
    "ru-bgn-pcgn",
    "ru-icao-9303",
    "ru-ala-lc",
    "ru-ala-lc-simplified",
    "ru-wikipedia",
    "ru-gost-7.79-b",
    "iso-9",
    "uk-kmu-2010",
    "uk-bgn-pcgn-1965",
    "be-national-2007",
    "be-national-2023",
    "be-bgn-pcgn",
    "be-passport",
    "be-mvd-2008",
    "bg-streamlined",
    "sr-latin",
    "mk-2013",
    "mk-1977",
    "el-elot-743",
    "ka-national-2002",
]
SHARED_VECTORS = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "vectors.tsv"

CASES = [
    pytest.param(s.id, e.source_text, e.expected, id=f"{s.id}:{e.source_text}")
    for s in translit.schemes()
    for e in s.examples
]


@pytest.mark.parametrize(("scheme", "source", "expected"), CASES)
def test_published_example(scheme: str, source: str, expected: str) -> None:
    assert translit.transliterate(source, scheme) == expected


@pytest.mark.parametrize("scheme", REQUIRED)
def test_required_standard_ships_with_examples(scheme: str) -> None:
    meta = translit.schemes()
    by_id = {s.id: s for s in meta}
    assert scheme in by_id, f"{scheme} has no data file"
    assert len(by_id[scheme].examples) >= 5
    data = load_scheme_data(scheme)
    for key in ("name", "document", "languages", "script", "sources", "letters"):
        assert data.get(key), f"{scheme}: missing {key}"
    for example in data["examples"]:
        assert example["source"] in data["example_sources"]


def test_shipped_examples_match_the_shared_reference() -> None:
    """The examples in the data files are the reference vectors (refresh with
    scripts/import_examples.py)."""
    if not SHARED_VECTORS.exists():
        pytest.skip("../shared/reference is not available")
    shipped = {(s.id, e.source_text, e.expected) for s in translit.schemes() for e in s.examples}
    ids = {s.id for s in translit.schemes()}
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "import_examples", Path(__file__).resolve().parents[1] / "scripts" / "import_examples.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(SHARED_VECTORS, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sid = mod.IDS.get(row["scheme_id"], row["scheme_id"].replace("_", "-"))
            if sid in ids:
                assert (sid, row["cyrillic"], row["latin"]) in shipped


def test_data_files_are_valid_json_with_matching_ids() -> None:
    folder = Path(translit.__file__).parent / "data" / "schemes"
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["id"] == path.stem
