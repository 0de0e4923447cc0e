"""The press conventions in the writing direction: their data, the letters derived from the
reading conventions, and that every spelling they write reads back as the same name."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from names.strategies import surnames

from translit import same_name
from translit.variants.official import writers
from translit.variants.press import (
    LETTERS,
    checker,
    derived_letters,
    found_alike,
    letter_grams,
    press_conventions,
    risky_letters,
    table,
)

CONVENTIONS = sorted(press_conventions())
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_the_issue_s_languages_are_all_written() -> None:
    for conv in ("english", "german", "french", "polish", "czech", "spanish", "italian",
                 "dutch", "scandinavian", "latvian", "lithuanian"):  # fmt: skip
        assert conv in CONVENTIONS


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_every_letter_is_written_in_latin(convention: str) -> None:
    conv = press_conventions()[convention]
    for lang in conv.languages:
        t = table(convention, lang)
        for letter in LETTERS[lang]:
            for spelling, _ in t.spell(letter + "а" + letter, beam=50):
                assert not _CYRILLIC.search(spelling), (convention, lang, letter, spelling)


def test_letters_are_derived_from_the_reading_data() -> None:
    # Polish rules v out, so в is the base file's w; English keeps v.
    assert derived_letters("polish")["в"] == "w"
    assert derived_letters("english")["в"] == "v"
    # German reads s as с or з, so neither is derived: the press file says which it writes.
    assert "с" not in derived_letters("german") and "з" not in derived_letters("german")


@pytest.mark.parametrize(
    ("convention", "native", "expected"),
    [
        ("german", "Лукашенко", "Lukaschenko"),
        ("french", "Лукашенко", "Loukachenko"),
        ("polish", "Лукашенко", "Łukaszenko"),
        ("czech", "Щербаков", "Ščerbakov"),
        ("italian", "Горбачёв", "Gorbaciov"),
        ("dutch", "Ющенко", "Joesjtsjenko"),
        ("scandinavian", "Чехов", "Tjechov"),
        ("latvian", "Путин", "Putins"),
        ("lithuanian", "Медведев", "Medvedevas"),
        ("spanish", "Тихонов", "Tijonov"),
        ("german", "Зеленський", "Selenskyj"),
        ("polish", "Зеленський", "Zełenski"),
    ],
)
def test_known_press_spellings(convention: str, native: str, expected: str) -> None:
    from translit.variants.generate import spell

    lang = "uk" if "ськ" in native else "ru"
    writer = next(w for w in writers(lang) if w.id == convention)
    assert spell(native, lang, writer)[0][0] == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(("ru", "uk", "be")).flatmap(
    lambda lang: st.tuples(st.just(lang), surnames(lang, "m"))))  # fmt: skip
def test_every_spelling_reads_back_as_the_same_name(case: tuple[str, str]) -> None:
    from translit.variants.generate import spell

    lang, native = case
    for w in writers(lang):
        for spelling, _ in spell(native, lang, w):
            assert same_name(native, spelling), (w.id, native, spelling)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(("ru", "uk", "be")).flatmap(
        lambda lang: st.tuples(st.just(lang), st.text(LETTERS[lang], min_size=1, max_size=9))
    )
)
def test_a_hazard_s_letters_are_found_alike_from_the_word_and_its_grams(
    case: tuple[str, str],
) -> None:
    # risky_grams (the form's letter runs made once for every convention) is risky.
    lang, word = case
    grams = letter_grams(word)
    for convention in CONVENTIONS:
        if lang in press_conventions()[convention].languages:
            check = checker(convention, lang)
            assert check.risky_grams(grams) == check.risky(word), (convention, word)
            if check.risky(word):
                # a form without the letters of any convention's hazard is risky for none
                assert risky_letters(word, lang), (convention, word)


def test_a_sign_between_a_hazard_s_letters_still_counts() -> None:
    # Лук'ян: к + ян once the apostrophe (written as nothing) is dropped.
    grams = letter_grams("лук'ян")
    assert "кя" in grams and "кян" in grams


@settings(max_examples=150, deadline=None)
@given(st.text("".join(sorted(set("".join(LETTERS.values())))) + "-", min_size=1, max_size=10))
def test_every_table_decides_its_contexts_in_its_pattern_as_after_each_match(word: str) -> None:
    # The pattern that decides the contexts (Table._parse) agrees with the look at the
    # letters around each match (the general path), for every press table and language.
    for convention in CONVENTIONS:
        for lang in press_conventions()[convention].languages:
            t = table(convention, lang)
            assert t._resolved is not None, (convention, lang)
            assert t._parse(word) == t._parse_searching(word), (convention, lang, word)


_READERS_LETTERS = "abcehijkloqrstuvwxyzâûêìǵʺčšžłćśźńěřŭõāēīūōļņķģėųįąę"


@settings(max_examples=200, deadline=None)
@given(st.text(_READERS_LETTERS, max_size=12))
def test_a_reader_s_patterns_are_found_alike_rewritten(text: str) -> None:
    # found_alike (each branch beginning with one letter) is found where the reading
    # data's pattern is: implausible spellings and required ones of every reader.
    from translit.names.conventions import implausible, requirements

    for found in (implausible(), requirements()):
        for reader, pattern in found.items():
            alike = found_alike(pattern)
            assert alike is not None
            assert (alike.search(text) is None) == (pattern.search(text) is None), reader


def test_a_pattern_with_an_optional_first_letter_is_kept() -> None:
    for text in ("a?b|c", "(?:ab)|c", "[a-c]x|d", "\\wx"):
        pattern = re.compile(text)
        assert found_alike(pattern) is pattern


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(("ru", "uk", "be")).flatmap(
        lambda lang: st.tuples(st.just(lang), st.text(LETTERS[lang], min_size=1, max_size=10))
    )
)
def test_the_tree_of_hazard_letters_is_found_where_one_of_them_is(case: tuple[str, str]) -> None:
    from translit.variants.press import hazard_letters

    lang, word = case
    pairs = set().union(
        *(
            checker(c, lang).pair_set
            for c in CONVENTIONS
            if lang in press_conventions()[c].languages
        )
    )
    found = hazard_letters(lang)
    assert found is not None
    assert (found.search(word) is not None) == any(p in word for p in pairs), word


@settings(max_examples=100, deadline=None)
@given(
    st.text(_READERS_LETTERS + "-", min_size=1, max_size=12),
    st.text("абвгдежзиклмнопрстуфхцчшщьюяіў'", min_size=1, max_size=8),
    st.booleans(),
)
def test_kept_keeps_what_ok_accepts(spelling: str, native: str, risky: bool) -> None:
    from translit.variants.press import known_letters

    for convention in CONVENTIONS:
        for lang in press_conventions()[convention].languages:
            check = checker(convention, lang)
            accepted = check.ok(native, spelling, risky)
            assert check.kept(native, [(spelling, 0.5)], risky) == (
                [(spelling, 0.5)] if accepted else []
            ), (convention, lang, spelling)
            assert known_letters(lang) <= table(convention, lang).letters


def test_every_grapheme_of_several_readings_holds_an_anchor() -> None:
    from translit.variants.press import _anchors

    assert _anchors({"au", "eu", "ou"}) == ("u",)
    assert _anchors({"sch", "au", "s"}) == ("a", "s")
    assert _anchors({"ab", "cd", "ef"}) == ()
    for convention in CONVENTIONS:
        check = checker(convention, "ru")
        for grapheme in check.ways:
            assert not check.anchors or any(a in grapheme for a in check.anchors)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(("ru", "uk", "be")).flatmap(
        lambda lang: st.tuples(st.just(lang), st.text(LETTERS[lang], min_size=1, max_size=9))
    )
)
def test_a_caseable_table_s_spellings_capitalize_as_their_first_letter(
    case: tuple[str, str],
) -> None:
    lang, word = case
    for convention in CONVENTIONS:
        if lang not in press_conventions()[convention].languages:
            continue
        t = table(convention, lang)
        if not t.caseable:
            continue
        for spelling, _ in t.spell(word, beam=20):
            assert spelling.capitalize() == spelling[:1].upper() + spelling[1:], convention
