"""Spellings at home in a document's language: a place takes its language's form, and a tie
between spellings of a name goes to the one its language writes."""

from __future__ import annotations

import pytest

from translit import Normalizer
from translit.text.home_spellings import name_home_rank, place_at_home


@pytest.mark.parametrize(
    ("spelling", "ids", "wordlist", "expected"),
    [
        ("Moscow", ("moskva",), "en", True),  # the English word
        ("Moskau", ("moskva",), "en", False),  # German, quoted in English
        ("Moskau", ("moskva",), "de", True),
        ("Lwów", ("lviv",), "en", False),
        ("Lwów", ("lviv",), "pl", True),
        ("Lviv", ("lviv",), "pl", True),  # a standard's spelling is at home anywhere
        ("Hrodna", ("hrodna",), "en", True),
    ],
)
def test_place_at_home(spelling: str, ids: tuple[str, ...], wordlist: str, expected: bool) -> None:
    assert place_at_home(spelling, ids, wordlist) is expected


@pytest.mark.parametrize(
    ("spelling", "wordlist", "rank"),
    [
        ("Yanukovych", "en", 2),
        ("Viktor Yanukovych", "en", 2),
        ("Zelenskyy", "en", 2),  # the English press's convention, at home as a known word
        ("Janukowitsch", "en", 0),
        ("Wiktor Janukowitsch", "en", 0),  # by its least-at-home word
        ("Janukowitsch", "de", 2),
        ("Tschornowil", "de", 2),  # the German press's convention
        ("Chornovil", "de", 1),  # an international romanization
        ("Chornovil", "en", 2),
        ("Лукашенко", "en", 0),
        ("Xénia", "en", 0),  # English by default only: no press writes é in it
        ("Mal’kov", "en", 2),  # an apostrophe is no letter beyond a-z
        ("Łarysa", "pl", 2),  # the Polish press's ł
        ("", "en", 2),
    ],
)
def test_name_home_rank(spelling: str, wordlist: str, rank: int) -> None:
    assert name_home_rank(spelling, wordlist) == rank


def test_an_english_text_keeps_its_own_word_for_a_place() -> None:
    text = "German papers wrote Moskau, and Moskau again. The talks in Moscow ended."
    n = Normalizer(language="en")
    assert n(text) == text.replace("Moskau", "Moscow")
    reason = n.explain(text)[0].reason
    assert reason.endswith("Moscow is written so in the document's language (en), Moskau is not")


def test_a_quoted_exonym_never_replaces_the_document_s_word() -> None:
    text = "The Polish press wrote Lwów. Later the mayor of Lviv spoke."
    assert Normalizer(language="en")(text) == text.replace("Lwów", "Lviv")
    # a Polish text writes Lwów: its wordlist knows both, so the first seen wins as before
    polish = "Prasa pisała o Lwów. Potem przemówił mer miasta Lviv."
    assert Normalizer(language="pl")(polish) == polish.replace("Lviv", "Lwów")


def test_a_tie_between_names_goes_to_the_document_s_spelling() -> None:
    english = "Der Spiegel wrote that Janukowitsch fled. Later Yanukovych reached Russia."
    assert Normalizer(language="en")(english) == english.replace("Janukowitsch", "Yanukovych")
    german = "Die Zeitung schrieb über Yanukovych. Später kam Janukowitsch nach Berlin."
    assert Normalizer(language="de")(german) == german.replace("Yanukovych", "Janukowitsch")


def test_a_name_s_majority_still_decides() -> None:
    # People of other languages keep their own spellings, which wordlists often do not know:
    # home decides ties only.
    text = "Janukowitsch fled. Janukowitsch said so. Later Yanukovych reached Russia."
    assert Normalizer(language="en")(text) == text.replace("Yanukovych", "Janukowitsch")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German critics praised Tschaikowski. Tchaikovsky wrote ballets.",
            "German critics praised Tchaikovsky. Tchaikovsky wrote ballets.",
        ),
        (
            "Dostojewski was read in Berlin. Dostoevsky wrote novels. Dostoyevsky died in 1881.",
            "Dostoevsky was read in Berlin. Dostoevsky wrote novels. Dostoevsky died in 1881.",
        ),
        ("Garri Kasparow lost. Garry Kasparov won.", "Garry Kasparov lost. Garry Kasparov won."),
    ],
)
def test_english_prose_quoting_the_german_press_stays_english(text: str, expected: str) -> None:
    # each pair ties: the German spelling came first and was the canonical form
    assert Normalizer(language="en")(text) == expected


def test_an_exonym_gives_way_only_to_the_language_s_own_word_for_the_place() -> None:
    # English too, though the wordlist does not know it: a standard's form does not outweigh it
    text = "Transcarpathia is green. Transcarpathia again. Zakarpattia is official."
    assert Normalizer(language="en")(text) == text.replace("Zakarpattia", "Transcarpathia")
    # a name of several words is at home when the wordlist knows each word
    text = "Rostov-on-Don and Rostov-na-Donu. Rostov-on-Don."
    assert Normalizer(language="en")(text) == text.replace("Rostov-na-Donu", "Rostov-on-Don")
