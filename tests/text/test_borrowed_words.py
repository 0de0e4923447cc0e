"""Words a language borrowed in another language's spelling (Smirnoff, Tchaikovsky in English)
stay apart from the people its press writes today."""

from __future__ import annotations

import pytest

from translit import Normalizer
from translit.text.borrowed_words import borrowed_spelling, keep_borrowed_apart


@pytest.mark.parametrize(
    ("word", "wordlist", "expected"),
    [
        ("Smirnoff", "en", True),  # French -off, the vodka's English name
        ("Stroganoff", "en", True),
        ("Tchaikovsky", "en", True),  # French tch
        ("Smirnov", "en", False),  # the English press's own convention
        ("Yanukovich", "en", False),
        ("Iouchtchenko", "en", False),  # French, but no word of English: a quoted name
        ("Janukowitsch", "de", False),  # the German press's own
        ("Лукашенко", "en", False),  # another script
        ("Smirnoff", "xx", False),  # a language without a press convention in the data
    ],
)
def test_borrowed_spelling(word: str, wordlist: str, expected: bool) -> None:
    assert borrowed_spelling(word, wordlist) is expected


def test_only_groups_with_a_vouched_spelling_lose_their_borrowed_words() -> None:
    groups = [["Smirnoff", "Smirnov"], ["Tchaikovsky", "Tschaikowski"], ["Lukashenko"]]
    assert keep_borrowed_apart(groups, {"Smirnov"}, "en") == [
        ["Smirnov"],
        ["Tchaikovsky", "Tschaikowski"],
        ["Lukashenko"],
        ["Smirnoff"],
    ]
    # A borrowed spelling a full name vouches for stays (Sergei Rachmaninoff).
    groups = [["Rachmaninoff", "Rachmaninov"]]
    assert keep_borrowed_apart(groups, {"Rachmaninoff"}, "en") == groups


@pytest.mark.parametrize(
    "text",
    [
        # before: Sergei Smirnoff, Smirnoff added
        "Diageo said Smirnoff sales rose. Smirnoff is the best-selling vodka.\n\n"
        "Sergei Smirnov said the team was ready. Smirnov added more.",
        # before: Beef Stroganov
        "Beef Stroganoff was served.\n\nCount Pavel Stroganov gave his name to the dish.",
        # before: played Chaikovsky
        "The orchestra played Tchaikovsky.\n\nPyotr Chaikovsky wrote it. Chaikovsky left.",
    ],
)
def test_a_borrowed_word_makes_no_name_with_a_vouched_person(text: str) -> None:
    assert Normalizer(language="en")(text) == text


def test_without_a_vouched_person_the_borrowed_word_gathers_quoted_spellings() -> None:
    text = "German critics praised Tschaikowski. Tchaikovsky wrote ballets."
    assert Normalizer(language="en")(text) == text.replace("Tschaikowski", "Tchaikovsky")


def test_a_borrowed_spelling_in_a_full_name_is_a_name() -> None:
    text = "Sergei Rachmaninoff wrote it. Rachmaninoff played.\n\nRachmaninov was Russian."
    assert Normalizer(language="en")(text).endswith("Rachmaninoff was Russian.")
