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
    press_conventions,
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


@settings(max_examples=100, deadline=None)
@given(
    st.text(_READERS_LETTERS + "-", min_size=1, max_size=12),
    st.text("абвгдежзиклмнопрстуфхцчшщьюяіў'", min_size=1, max_size=8),
    st.booleans(),
)
def test_kept_keeps_what_ok_accepts(spelling: str, native: str, risky: bool) -> None:
    from translit.variants.letters import known_letters

    for convention in CONVENTIONS:
        for lang in press_conventions()[convention].languages:
            check = checker(convention, lang)
            accepted = check.ok(native, spelling, risky)
            assert check.kept(native, [(spelling, 0.5)], risky) == (
                [(spelling, 0.5)] if accepted else []
            ), (convention, lang, spelling)
            assert known_letters(lang) <= table(convention, lang).letters


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
