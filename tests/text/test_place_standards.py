"""The standards' spellings of the places of the table (``text/place_standards.py``)."""

from __future__ import annotations

import pytest

from translit import transliterate
from translit.text.place_standards import is_standard_spelling, standard_spellings


@pytest.mark.parametrize(
    ("spelling", "place"),
    [("Kyiv", "kyiv"), ("Kiyev", "kyiv"), ("Kharkov", "kharkiv"), ("Lugansk", "luhansk")],
)
def test_the_standards_forms_are_known(spelling: str, place: str) -> None:
    assert is_standard_spelling(spelling, (place,))


@pytest.mark.parametrize(("spelling", "place"), [("Alta", "yalta"), ("Violins", "volyn")])
def test_words_that_only_read_like_the_place_are_not(spelling: str, place: str) -> None:
    assert not is_standard_spelling(spelling, (place,))


def test_every_default_standard_of_each_language_is_included() -> None:
    assert transliterate("Луганськ", "uk-kmu-2010").casefold() in standard_spellings("luhansk")
    assert transliterate("Луганск", "ru-bgn-pcgn").casefold() in standard_spellings("luhansk")
