"""Words of the document's own language (``text/own_words.py``)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from translit import Normalizer
from translit.text.own_words import foreign_marked, own_word

PROSE = "Der Bericht sagt, dass der Rat am Montag tagte und die Lage besprach."


@pytest.mark.parametrize(
    ("word", "wordlist"),
    [("Flachau", "de"), ("Aschau", "de"), ("Bajeczka", "pl"), ("Devine", "en")],
)
def test_words_marked_only_as_their_language_marks_its_words_are_own(
    word: str, wordlist: str
) -> None:
    assert own_word(word, wordlist)


@pytest.mark.parametrize(
    ("word", "wordlist"),
    [("Lukashenko", "en"), ("Flachau", "en"), ("Lukaschenko", "fr"), ("Zhukov", "de")],
)
def test_an_ending_or_letters_the_language_lacks_mark_a_word_as_foreign(
    word: str, wordlist: str
) -> None:
    assert foreign_marked(word, wordlist)


def test_a_word_the_wordlist_lacks_is_never_own() -> None:
    assert not own_word("Zbyvalonak", "de")


def test_german_places_in_au_stay_apart_in_german() -> None:
    text = f"{PROSE} Flachau und Flachgau. {PROSE} Aschau und Aschoff."
    assert Normalizer(language="de")(text) == text


def test_a_full_name_vouches_for_a_word_of_the_language() -> None:
    text = (
        f"{PROSE} Wiktor Janukowytsch sprach. {PROSE} Janukowitsch sprach. "
        f"{PROSE} Janukowytsch ging."
    )
    out = Normalizer(language="de")(text)
    assert out.count("Janukowytsch") == 3


def test_the_data_lists_every_language_with_all_kinds_of_marks() -> None:
    path = resources.files("translit") / "data" / "text" / "native_marks.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"en", "de", "fr", "pl"} <= set(data["languages"])
    for marks in data["languages"].values():
        assert set(marks) == {"endings", "markers", "shapes"}
        assert all(isinstance(m, str) and m for m in marks["endings"] + marks["markers"])
        assert all(m.startswith("·") and len(m) > 2 for m in marks["shapes"])


@pytest.mark.parametrize(("word", "wordlist"), [("Gosau", "de"), ("Thalgau", "de")])
def test_a_consonant_before_a_native_ending_is_incidental(word: str, wordlist: str) -> None:
    assert own_word(word, wordlist)  # -sau and -gau are German as -bau and -hau are
    assert not own_word(word, "en")
