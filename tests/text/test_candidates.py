"""The gate: which capitalised words may be names written from Cyrillic, Greek or Georgian."""

from __future__ import annotations

import json

import pytest

from translit.text import candidates
from translit.text.candidates import (
    OBLIQUE_PATRONYMIC,
    Verdict,
    classify,
    strong_surname,
    surname_languages,
)


@pytest.mark.parametrize(
    "word, kind",
    [
        ("Lukashenka", "surname"),
        ("Lukaschenko", "surname"),
        ("Łukaszenka", "surname"),
        ("Tsikhanouskaya", "surname"),
        ("Kovalchuk", "surname"),
        ("Ivanou", "surname"),
        ("Abramovich", "surname"),
        ("Kyiv", "place"),
        ("Homel", "place"),
        ("Moscow", "place"),
        ("Mykola", "given"),
        ("Siarhei", "given"),
        ("Лукашэнка", "native"),
        ("Games", "other"),
        ("Paris", "other"),
        ("Now", "other"),
        ("Merck", "other"),
        ("Evans", "other"),
        ("HIV", "other"),
        ("The", "other"),
    ],
)
def test_verdicts(word: str, kind: str) -> None:
    assert classify(word).kind == kind


def test_english_words_never_read_as_given_names_or_places() -> None:
    # The matching key reads these as Зоя, Лев, Анна, Дон, Гродна; an exact reading does not.
    for word in ("So", "See", "Love", "One", "Dion", "Gordiin"):
        assert classify(word).kind not in ("given", "place"), word


def test_weak_endings_are_marked() -> None:
    assert strong_surname("Lukashenko") and strong_surname("Zelenskyy")
    assert not strong_surname("Martin") and not strong_surname("Kodak")


def test_surname_languages_from_the_ending() -> None:
    assert surname_languages("Lukashenka") == {"be"}
    assert surname_languages("Hrabskyi") == {"uk"}
    assert surname_languages("Putin") == frozenset()


def test_a_misspelt_key_in_the_endings_data_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(json.dumps(candidates._endings_data()))
    data["endings"][0]["befor"] = "x"
    monkeypatch.setattr(candidates, "_endings_data", lambda: data)
    candidates._endings.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"surname_endings.json: endings\[0\]: unknown"):
            candidates._endings()
    finally:
        candidates._endings.cache_clear()


def test_a_broken_pattern_names_the_file_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(json.dumps(candidates._endings_data()))
    data["endings"][1]["key"] = "(unclosed"
    monkeypatch.setattr(candidates, "_endings_data", lambda: data)
    candidates._endings.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"endings\[1\]\.key"):
            candidates._endings()
    finally:
        candidates._endings.cache_clear()


def test_the_gate_reads_a_new_word_once() -> None:
    # The given-name, place and ending tests share one reading of the word (the ending test
    # used to read it a second time, casefolded).
    import translit
    from translit.names.spelling import reading_spellings

    translit.clear_caches()
    assert classify("Takshamionak").kind == "surname"
    assert reading_spellings.cache_info().currsize == 1
    translit.clear_caches()
    classify("Straßenko")  # casefolded "strassenko" is read apart: ß and ss read differently
    assert reading_spellings.cache_info().currsize == 2


@pytest.mark.parametrize("word", ["Vasil'yevny", "Vasil'yevnoy", "Dmitriyevny", "Ivanivnoi"])
def test_a_patronymic_in_an_oblique_case_is_no_surname(word: str) -> None:
    # -evny, -ivnoi look like the adjectival surname ending (Sadovnyi), but are the genitive
    # and instrumental of -evna, -ivna
    assert classify(word) == Verdict("other", OBLIQUE_PATRONYMIC)
    assert classify("Sadovnyi").kind == "surname"


def test_romanized_prose_keeps_the_cases_of_a_patronymic() -> None:
    # (before: the instrumental Vasil’yevnoy became the more frequent genitive Vasil’yevny)
    from translit import Normalizer

    texts = [
        "U Mar’i Vasil’yevny yest’ den’gi, i Mar’i Vasil’yevny net.",
        "On sprosil Mar’yu Vasil’yevnu, no Vasil’yevny ne bylo.",
        "Podarennykh yemu Mar’yey Vasil’yevnoy chasakh.",
    ]
    n = Normalizer()
    corpus = n.with_clusters(n.discover(texts))
    assert [corpus(t) for t in texts] == texts
