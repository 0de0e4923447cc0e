"""The exact reading of short and weakly marked words (``text/exact_readings.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit.text.exact_readings import same_g_and_h, same_reading


@pytest.mark.parametrize(
    ("a", "b"),
    [("Harrow", "Garrow"), ("Holden", "Golden"), ("Hale", "Gale"), ("Horbach", "Gorbach")],
)
def test_g_against_h_is_two_words_though_the_readings_meet(a: str, b: str) -> None:
    assert same_reading(a, b)  # both read as г: the reason for the guard
    assert not same_g_and_h(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kharkiv", "Charkiv"), ("Zhukov", "Shukov"), ("Babaryka", "Babariko"), ("Olga", "OLGA")],
)
def test_digraphs_and_other_letters_are_not_compared(a: str, b: str) -> None:
    assert same_g_and_h(a, b)


@given(st.text(), st.text())
def test_same_g_and_h_is_symmetric_and_reflexive(a: str, b: str) -> None:
    assert same_g_and_h(a, b) == same_g_and_h(b, a)
    assert same_g_and_h(a, a)
