"""The table of frequent words that start no name (``text/frequent_words.py``)."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.text import frequent_words, words
from translit.text.frequent_words import load_table, table_key
from translit.text.words import Facts, facts, gate_facts

TABLE = load_table()
LISTED = sorted(TABLE)


def _from_table(word: str) -> Facts:
    """What ``facts`` answers for a listed word, once the table is loaded."""
    words.facts.cache_clear()
    frequent_words._met = frequent_words.LOAD_AFTER
    return facts(word)


def test_every_entry_is_the_gates_own_verdict_in_title_case_and_in_capitals() -> None:
    # The table is made from the gate; this fails once the gate or its tables change and the
    # table was not made again (python scripts/frequent_words.py).
    stale = []
    for word in LISTED:
        titled = word[0].upper() + word[1:]
        for form, reason in ((titled, TABLE[word]), (word.upper(), f"ALL CAPS, and {TABLE[word]}")):
            f = gate_facts(form)
            if not f.inert or f.verdict.reason != reason:
                stale.append((form, f))
    assert not stale, f"{len(stale)} stale entries, e.g. {stale[:5]}"


def test_the_table_covers_the_common_words_and_no_name() -> None:
    assert {"government", "minister", "regierung", "however"} <= set(TABLE)
    for name in ("ivan", "moscow", "kyiv", "sergei", "petrov", "kovalenko", "mykola"):
        assert name not in TABLE


@given(st.sampled_from(LISTED), st.sampled_from(["title", "caps"]))
@settings(max_examples=300, deadline=None)
def test_facts_from_the_table_equal_facts_worked_out(word: str, case: str) -> None:
    form = word[0].upper() + word[1:] if case == "title" else word.upper()
    assert _from_table(form) == gate_facts(form)


@pytest.mark.parametrize("word", ["Lukashenka", "Nizhny", "Rostow", "McDonald", "The", "Über"])
def test_words_off_the_table_are_worked_out(word: str) -> None:
    assert _from_table(word) == gate_facts(word)


def test_table_key() -> None:
    assert table_key("Government") == table_key("GOVERNMENT") == "government"
    assert table_key("Über") == "über"
    for word in ("government", "McDonald", "Rostov-on-Don", "O'Brien", "A", "", "Putin's"):
        assert table_key(word) is None


def test_the_table_waits_for_enough_words() -> None:
    translit.clear_caches()
    assert frequent_words._met == 0 and load_table.cache_info().currsize == 0
    for _ in range(frequent_words.LOAD_AFTER):
        assert frequent_words.inert_reason("Government") is None
    assert load_table.cache_info().currsize == 0  # a short text does not pay for it
    assert frequent_words.inert_reason("Government") == TABLE["government"]
    assert load_table.cache_info().currsize == 1


def test_preload_uses_the_table_from_the_first_word() -> None:
    translit.clear_caches()
    frequent_words.preload()
    assert load_table.cache_info().currsize == 1
    assert frequent_words.inert_reason("Government") == TABLE["government"]
    translit.clear_caches()  # and clearing the caches waits again
    assert frequent_words.inert_reason("Government") is None


def test_a_malformed_table_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "translit"
    (bad / "data" / "text").mkdir(parents=True)
    (bad / "data" / "text" / "frequent_words.json.gz").write_bytes(
        gzip.compress(json.dumps({"reasons": ["x"], "words": []}).encode())
    )
    monkeypatch.setattr(frequent_words.resources, "files", lambda package: bad)
    load_table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"frequent_words\.json\.gz"):
            load_table()
    finally:
        monkeypatch.undo()
        load_table.cache_clear()
