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


def test_a_word_is_read_once_however_the_fold_is_asked_for() -> None:
    # The gate asks for a word's table folds from three places, by position and by keyword:
    # one cached reading serves them all (it used to be read twice, 13 us a new word).
    import translit
    from translit.text import exact_readings
    from translit.text.exact_readings import light_forms

    translit.clear_caches()
    first = light_forms("Mikalai", table=True)
    assert light_forms("Mikalai", True) is first
    assert exact_readings._light_forms.cache_info().currsize == 1
    assert light_forms("Mikalai") is not first  # the other fold is another entry
    assert exact_readings._light_forms.cache_info().currsize == 2
