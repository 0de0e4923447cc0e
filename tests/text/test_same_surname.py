"""When two spellings are one surname for clustering (``text/same_surname.py``)."""

from __future__ import annotations

import pytest

from translit.text.own_words import own_word
from translit.text.same_surname import same_surname


def english(word: str) -> bool:
    return own_word(word, "en")


@pytest.mark.parametrize(
    ("a", "b"), [("Lukashenko", "Lukashenka"), ("Hrabskyi", "Grabsky"), ("Zelensky", "Zelenskyy")]
)
def test_marked_spellings_the_matcher_joins_are_one(a: str, b: str) -> None:
    assert same_surname(a, b, is_word=english)


def test_weakly_marked_spellings_need_a_full_name_with_a_slavic_given_name() -> None:
    assert not same_surname("Babaryka", "Babariko")
    assert same_surname("Babaryka", "Babariko", named={"Babaryka"})


def test_a_word_of_the_language_needs_a_voucher() -> None:
    assert not same_surname("Belov", "Bellow", is_word=english)
    assert not same_surname("Flachau", "Flachgau", is_word=lambda w: own_word(w, "de"))


def test_languages_kept_apart_never_merge() -> None:
    assert not same_surname("Petrovic", "Petrovich", named={"Petrovic"}, vouched={"Petrovic"})
