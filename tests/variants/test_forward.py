"""The Cyrillic → Latin writing tables (:mod:`translit.variants.forward`)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit.names._data import DataError
from translit.variants.forward import (
    DECAY,
    Alternative,
    Table,
    _all_products,
    _best_first,
    _products,
    after_letter,
    best_products,
)

TABLE = Table(
    {
        "а": "a",
        "б": "b",
        "е": [{"out": ["ye", "e"], "after": "^|[аео]"}, {"out": "e"}],
        "й": ["y", "i"],
        "ий$": ["y", "iy"],
        "кс": ["ks", "x"],
        "к": "k",
        "с": "s",
    },
    "test",
)


def test_contexts_longest_match_and_word_end() -> None:
    assert TABLE.spell("еба")[0] == ("yeba", pytest.approx(1 / (1 + DECAY)))
    assert [s for s, _ in TABLE.spell("бе")] == ["be"]
    assert [s for s, _ in TABLE.spell("бий")] == ["by", "biy"]
    assert [s for s, _ in TABLE.spell("бйб")] == ["byb", "bib"]
    assert [s for s, _ in TABLE.spell("акс")] == ["aks", "ax"]


def test_probabilities_of_one_word_sum_to_one() -> None:
    spellings = TABLE.spell("еййкса", beam=100)
    assert math.isclose(sum(p for _, p in spellings), 1.0)
    assert [p for _, p in spellings] == sorted((p for _, p in spellings), reverse=True)


def test_match_is_the_probability_of_the_best_way() -> None:
    assert TABLE.match("акс", "ax") == pytest.approx(DECAY / (1 + DECAY))
    assert TABLE.match("акс", "aks") == pytest.approx(1 / (1 + DECAY))
    assert TABLE.match("акс", "akx") == 0.0
    assert TABLE.match("бий", "biy") > 0


def test_inverse_lists_the_glide_after_a_sign() -> None:
    table = Table({"е": [{"out": "ye", "after": "ь"}, {"out": "e"}], "ь": ""}, "test")
    entries = {(latin, cyr) for latin, cyr, _, _ in table.inverse()}
    assert ("ye", "е") in entries and ("ye", "ье") in entries and ("e", "е") in entries


@pytest.mark.parametrize(
    "spec", [{"е": 3}, {"е": [{"after": "x"}]}, {"е": [{"out": "e", "before": "("}]}]
)
def test_malformed_tables_name_the_grapheme(spec: dict[str, object]) -> None:
    with pytest.raises(DataError, match="'е'"):
        Table(spec, "data/variants/press/x.json")


segments = st.lists(
    st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=3, unique=True).map(
        lambda outs: Alternative(
            tuple(outs),
            None,
            None,
            tuple(DECAY**i / sum(DECAY**j for j in range(len(outs))) for i in range(len(outs))),
        )
    ),
    min_size=1,
    max_size=6,
)


@given(segments, st.integers(1, 8))
def test_the_fast_and_the_best_first_search_agree(segs: list[Alternative], beam: int) -> None:
    fast = _all_products(segs, beam)
    slow = _best_first(segs, beam)
    assert [round(p, 9) for _, p in fast] == [round(p, 9) for _, p in slow]
    # Equal probabilities may come in another order, never other strings at another one.
    assert {t for t, p in fast if p > min(q for _, q in fast)} <= {t for t, _ in slow}


@given(segments, st.integers(1, 8))
def test_the_one_pass_products_are_the_segments_products(
    segs: list[Alternative], beam: int
) -> None:
    # Table.spell keeps the letters with one spelling as text between the graphemes with a
    # choice: the same spellings, in the same order, as the products of all the segments.
    fixed, branching, run = [], [], ""
    for seg in segs:
        if len(seg.outs) == 1:
            run += seg.outs[0]
        else:
            fixed.append(run)
            branching.append(seg)
            run = ""
    fixed.append(run)
    if not branching:
        return
    plain = [s if len(s.outs) > 1 else Alternative(s.outs, None, None) for s in segs]
    assert _products(fixed, branching, beam) == best_products(plain, beam)


def test_spell_writes_a_word_without_choices_in_one_piece() -> None:
    assert TABLE.spell("баб") == [("bab", 1.0)]
    assert TABLE.spell("бакс", 2) == [("baks", 2 / 3), ("bax", 1 / 3)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^", (True, frozenset())),
        ("л", (False, frozenset("л"))),
        ("[жчшщ]", (False, frozenset("жчшщ"))),
        ("(?:^|[аео'])", (True, frozenset("аео'"))),
        ("^|[аео]|ь", (True, frozenset("аеоь"))),
        ("ь[аео]", None),  # two letters
        ("[^аео]", None),  # a negated class
        ("[а-я]", None),  # a range
        ("(?:ь|ъ)+", None),
        (".", None),
    ],
)
def test_a_context_of_one_letter_is_read_as_its_letters(
    pattern: str, expected: tuple[bool, frozenset[str]] | None
) -> None:
    assert after_letter(pattern) == expected


@given(st.text("аеоьжшлкб'", max_size=8), st.sampled_from(["^", "л", "(?:^|[аео'])", "[жш]|ь"]))
def test_a_one_letter_context_fits_where_its_pattern_does(text: str, pattern: str) -> None:
    # The one-letter look (Table._options) agrees with the pattern searched at the end.
    import re

    found = after_letter(pattern)
    assert found is not None
    at_start, letters = found
    expected = re.compile("(?:" + pattern + ")$").search(text) is not None
    assert (at_start if not text else text[-1] in letters) == expected


@given(st.text("абекйсь", max_size=8))
def test_contexts_decided_in_the_pattern_as_after_each_match(word: str) -> None:
    table = Table(
        {
            "а": "a",
            "б": "b",
            "е": [
                {"out": ["ye", "e"], "after": "^|[аео]", "before": "[кс]"},
                {"out": "ie", "after": "ь"},
                {"out": "E", "after": "^"},
            ],
            "й": [{"out": ["i", "y"], "after": "[аеи]"}, {"out": "j"}],
            "ий$": ["y", "iy"],
            "кс": ["ks", "x"],
            "к": "k",
            "с": "s",
            "ь": "",
        },
        "test",
    )
    assert table._resolved is not None
    assert table._parse(word) == table._parse_searching(word)


def test_a_context_of_more_than_a_letter_is_looked_at_after_the_match() -> None:
    table = Table({"а": "a", "е": [{"out": "ye", "after": "ь[аео]"}, {"out": "e"}], "ь": ""}, "t")
    assert table._resolved is None
    assert table.spell("ьае") == [("aye", 1.0)] and table.spell("ае") == [("ae", 1.0)]
