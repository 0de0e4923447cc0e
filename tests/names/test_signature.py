"""The signature of a token (translit.names.signature) is shared by every key of every reading
of it: the screen of same_name relies on that to tell different names apart without reading
them in full."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from translit.names import signature as sig
from translit.names._data import DataError
from translit.names.parsing import split_tokens
from translit.names.spelling import given_name_keys, token_keys

from .strategies import CYRILLIC_WORDS, LATIN_WORDS, cyrillic_names

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _every_key_has_it(token: str) -> None:
    own = sig.signature(token)
    if own is None:
        return
    keys = token_keys(token) | given_name_keys(token)
    assert {sig.key_signature(k) for k in keys} == {own}, (token, own)


@settings(max_examples=1500, deadline=None)
@given(LATIN_WORDS)
def test_every_reading_of_a_latin_word_has_its_signature(word: str) -> None:
    _every_key_has_it(word)


@settings(max_examples=500, deadline=None)
@given(CYRILLIC_WORDS)
def test_every_key_of_a_cyrillic_word_has_its_signature(word: str) -> None:
    _every_key_has_it(word)


@settings(max_examples=300, deadline=None)
@given(cyrillic_names())
def test_a_name_and_its_words(lang_name: tuple[str, str]) -> None:
    for word in lang_name[1].split():
        _every_key_has_it(word)


def test_every_word_of_the_development_set() -> None:
    path = EVAL / "dev_clusters.tsv"
    if not path.exists():
        pytest.skip("../shared/eval/ (the name-variant evaluation set) is not available")
    words: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            for token in split_tokens(row["variant"]):
                words.update(p for p in token.split("-") if p)
    assert len(words) > 3000
    for word in sorted(words):
        _every_key_has_it(word)


def test_examples() -> None:
    assert sig.signature("Lukashenko") == sig.signature("Лукашэнка") == "LN"
    assert sig.signature("Vladimir") == sig.signature("Уладзімір")
    assert sig.signature("Воўк") == sig.signature("Volk") == sig.signature("Волк")
    assert sig.signature("Petrov") != sig.signature("Ivanov")
    assert sig.signature("Przybylski") is None  # Polish rz is ж: the r may be gone
    assert sig.signature("Tsikhanouskaya") is None  # ou is у or оў


def test_the_spellings_that_leave_a_word_without_one_are_worked_out_from_the_conventions() -> None:
    found = sig.breaking_spellings()
    for spelling in ("rz", "ph", "ą", "ę", "gy", "ou", "au", "dzh", "ef$"):
        assert spelling in found


def test_a_malformed_class_names_the_file(monkeypatch: Any) -> None:
    real = sig.read_json

    def broken(name: str) -> dict[str, Any]:
        data = real(name)
        if name == "names/signature.json":
            data = dict(data, classes={**data["classes"], "cc": {"letters": "c", "why": "-"}})
        return data

    monkeypatch.setattr(sig, "read_json", broken)
    sig._tables.cache_clear()
    try:
        with pytest.raises(DataError, match=r"signature\.json: class 'cc'"):
            sig.build_tables()
    finally:
        monkeypatch.undo()
        sig._tables.cache_clear()
