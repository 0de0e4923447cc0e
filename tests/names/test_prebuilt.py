"""The prebuilt name indexes (translit.names.prebuilt): what the builders make, never stale."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import translit
from translit.names import prebuilt

given = importlib.import_module("translit.names.given")
places = importlib.import_module("translit.names.places")
signature = importlib.import_module("translit.names.signature")
exact_readings = importlib.import_module("translit.text.exact_readings")
place_standards = importlib.import_module("translit.text.place_standards")

SHIPPED = Path(prebuilt.__file__).resolve().parent.parent / "data" / prebuilt.BUILT


@pytest.fixture(autouse=True)
def _fresh() -> Any:
    translit.clear_caches()
    yield
    translit.clear_caches()


def test_the_shipped_file_is_what_the_builders_make() -> None:
    # Fails after an edit of a name table, a convention, a fold or the code that reads them
    # until the file is made again: python scripts/name_indexes.py
    assert SHIPPED.read_text(encoding="utf-8") == prebuilt.dumps(prebuilt.build()), (
        "data/built/name_indexes.json is stale: run python scripts/name_indexes.py"
    )


def test_a_process_uses_the_shipped_file() -> None:
    assert prebuilt.part("places") is not None
    # (the builders are not called: the file answers)
    assert places._index() == prebuilt.as_index(prebuilt.part("places"))


def test_each_index_from_the_file_equals_its_builder() -> None:
    loaded = (
        given._indexes(),
        places._index(),
        exact_readings._given_index(),
        exact_readings._place_index(),
        signature.tables_record(signature._tables()),
        place_standards._by_place(),
    )
    translit.clear_caches()
    with prebuilt._set_aside():
        built = (
            given.build_indexes(),
            places.build_index(),
            exact_readings.build_given_index(),
            exact_readings.build_place_index(),
            signature.tables_record(signature.build_tables()),
            place_standards.build_by_place(),
        )
    assert loaded == built


def test_other_data_than_the_files_is_built_not_read(monkeypatch: Any) -> None:
    monkeypatch.setattr(prebuilt, "fingerprint", lambda: "0" * 64)
    translit.clear_caches()
    assert prebuilt.part("given") is None
    calls: list[str] = []
    real = places.build_index

    def counted() -> Any:
        calls.append("built")
        return real()

    monkeypatch.setattr(places, "build_index", counted)
    assert places.place_ids("Kyiv") == {"kyiv"}
    assert calls == ["built"]


def test_the_fingerprint_follows_every_source_file() -> None:
    files = prebuilt._source_files()
    assert "given_names.tsv" in files and "places.tsv" in files
    assert "names/signature.json" in files and "text/exact_reading.json" in files
    assert "schemes/ru-bgn-pcgn.json" in files  # (the place spellings of every standard)
    assert any(f.startswith("names/conventions/") for f in files)
    assert prebuilt.BUILT not in files
    # Stable within a process and a hex digest.
    assert prebuilt.fingerprint() == prebuilt.fingerprint()
    assert len(prebuilt.fingerprint()) == 64


class _Rewritten:
    """A data file whose bytes ``change`` rewrites (the others' paths pass through)."""

    def __init__(self, inner: Any, change: Callable[[bytes], bytes]) -> None:
        self.inner, self.change = inner, change

    def read_bytes(self) -> bytes:
        return self.change(self.inner.read_bytes())


def _rewrite_sources(monkeypatch: Any, change: Callable[[bytes], bytes], only: str = "") -> None:
    real = prebuilt._path

    def path(name: str) -> Any:
        found = real(name)
        wanted = name == only if only else found.is_file()
        return _Rewritten(found, change) if wanted else found

    monkeypatch.setattr(prebuilt, "_path", path)


def test_an_edited_source_changes_the_fingerprint(monkeypatch: Any) -> None:
    before = prebuilt.fingerprint()
    _rewrite_sources(monkeypatch, lambda data: data + b"\n", only="places.tsv")
    assert prebuilt.fingerprint() != before


def test_a_broken_file_is_set_aside(monkeypatch: Any, tmp_path: Path) -> None:
    broken = tmp_path / "x.json"
    broken.write_text("{not json", encoding="utf-8")
    real = prebuilt._path
    monkeypatch.setattr(
        prebuilt, "_path", lambda name: broken if name == prebuilt.BUILT else real(name)
    )
    translit.clear_caches()
    assert prebuilt.part("given") is None
    assert translit.same_name("Mykola", "Nikolai")


def test_the_file_is_valid_json_with_every_part() -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    parts = {"given", "places", "exact_given", "exact_places", "signature", "place_standards"}
    assert {"fingerprint", *parts} <= set(data)


def test_windows_line_ends_leave_the_fingerprint_as_it_is(monkeypatch: Any) -> None:
    before = prebuilt.fingerprint()
    _rewrite_sources(monkeypatch, lambda data: data.replace(b"\n", b"\r\n"))
    assert prebuilt.fingerprint() == before
