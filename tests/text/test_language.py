from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.text.language import (
    SAMPLE_CHARS,
    UNDETERMINED,
    _function_words,
    document_language,
    wordlist_language,
)


def test_every_listed_function_word_is_lower_case() -> None:
    # document_language looks every word of a text up without testing its case first: a
    # capitalised word (a name, a sentence start) must never be found in the lists.
    index = _function_words()
    assert len(index) > 1000
    assert all(w[:1].islower() for w in index)
    assert all(z > 0 for found in index.values() for _, z in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said on Monday that the talks with the opposition would go on.", "en"),
        ("Der Minister sagte am Montag, dass die Gespräche mit der Opposition weitergehen.", "de"),
        ("Le ministre a dit lundi que les discussions avec l'opposition vont continuer.", "fr"),
        ("Minister powiedział, że rozmowy nie są jeszcze zakończone i że będą trwały dalej.", "pl"),
        ("Министр сказал в понедельник, что переговоры с оппозицией будут продолжены.", "ru"),
        ("Міністр сказав у понеділок, що переговори з опозицією триватимуть і далі.", "uk"),
        ("Lukashenka, Zelenskyy, Putin", UNDETERMINED),
    ],
)
def test_the_language_of_a_document(text: str, language: str) -> None:
    assert document_language(text) == language


def test_names_and_capitalised_words_do_not_vote() -> None:
    # The same English sentence with every word capitalised has no function word left.
    sentence = "the talks with the opposition would go on and on for the whole of the year"
    assert document_language(sentence) == "en"
    assert document_language(sentence.title()) == UNDETERMINED


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="abc DEF.\nöé", max_size=200))
def test_only_the_start_of_a_long_document_counts(tail: str) -> None:
    head = "The minister said that the talks would go on. " * (SAMPLE_CHARS // 40)
    assert document_language(head + tail) == document_language(head[:SAMPLE_CHARS])


def test_the_wordlist_of_a_language() -> None:
    assert wordlist_language("de", cyrillic=False) == "de"
    assert wordlist_language("hr", cyrillic=False) == "sh"
    assert wordlist_language(UNDETERMINED, cyrillic=False) == "en"
    assert wordlist_language("ru", cyrillic=False) == "en"  # Latin words in Russian text
    assert wordlist_language("uk", cyrillic=True) == "uk"
    assert wordlist_language("be", cyrillic=True) == "ru"  # no Belarusian wordlist


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_is_cut_into_the_same_words(text: str) -> None:
    # document_language cuts ASCII text with a plain ASCII class: the same words as the
    # Unicode class of letters gives.
    from translit.text.language import _ASCII_WORD, _WORD

    assert _ASCII_WORD.findall(text) == _WORD.findall(text)


# A short paragraph whose function words of two letters or more are few: its words of one
# letter (French à and a) tell its language. Before, it was too short to tell, and joined the
# corpus's main language.
_FRENCH = (
    "Le président ukrainien Volodymyr Zelensky a rencontré Emmanuel Macron à Paris. Zelensky a "
    "demandé des chars. Vladimir Poutine a réagi. Alexandre Loukachenko, le dirigeant "
    "biélorusse, soutient Poutine."
)


def test_words_of_one_letter_tell_a_short_text_s_language() -> None:
    assert document_language(_FRENCH) == "fr"
    index = _function_words()
    assert ("fr", index["à"][0][1]) in index["à"] and "y" in index and "w" in index


def test_a_short_french_text_keeps_its_french_spellings_in_a_german_corpus() -> None:
    from translit import Normalizer

    german = (
        "Der ukrainische Präsident Wolodymyr Selenskyj traf am Montag den Kanzler in Berlin. "
        "Selenskyj sagte, die Ukraine brauche mehr Waffen. Kremlchef Wladimir Putin warnte den "
        "Westen. Der Machthaber Alexander Lukaschenko unterstützt Putin."
    )
    n = Normalizer()
    found = n.discover([german, german.replace("Montag", "Dienstag"), _FRENCH])
    assert n.with_clusters(found)(_FRENCH) == _FRENCH
