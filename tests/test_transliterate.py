"""Behaviour users rely on: casing, Unicode forms, look-alikes, apostrophes, errors."""

from __future__ import annotations

import unicodedata

import pytest

import translit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Щеглова", "Shcheglova"),
        ("ЩЕГЛОВА", "SHCHEGLOVA"),  # never ShchEGLOVA
        ("ЩЕГЛОВА Ю. Щ.", "SHCHEGLOVA Yu. Shch."),  # initials keep Title case
        ("Юлия ЮЛИЯ юлия", "Yuliya YULIYA yuliya"),
        ("ЕЁ", "YEYË"),
        ("Йошкар-Ола", "Yoshkar-Ola"),  # a hyphen starts a new word
    ],
)
def test_russian_bgn_casing(text: str, expected: str) -> None:
    assert translit.transliterate(text, "ru-bgn-pcgn") == expected


def test_ukrainian_all_caps_digraphs() -> None:
    assert translit.transliterate("ЗГУРСЬКИЙ ЄВГЕН", "uk") == "ZGHURSKYI YEVHEN"
    assert translit.transliterate("Згурський Євген", "uk") == "Zghurskyi Yevhen"


def test_decomposed_input_gives_the_same_output() -> None:
    for word in ("Йошкар-Ола", "Соловьёв", "Їжакевич", "ЙОД"):
        nfd = unicodedata.normalize("NFD", word)
        assert nfd != word
        for scheme in ("ru-bgn-pcgn", "uk-kmu-2010", "iso-9"):
            assert translit.transliterate(nfd, scheme) == translit.transliterate(word, scheme)


def test_latin_lookalikes_inside_cyrillic_words_are_repaired() -> None:
    assert translit.transliterate("Вiталiй", "uk") == "Vitalii"  # Latin i (registries)
    assert translit.transliterate("Bіталій", "uk") == "Vitalii"  # Latin B
    assert translit.transliterate("Сергeй", "ru") == "Sergey"  # Latin e
    # Latin words, and mixed words with non-look-alike Latin letters, are left alone.
    assert translit.transliterate("iPhone Віталій", "uk") == "iPhone Vitalii"
    assert translit.transliterate("Windows", "uk") == "Windows"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "`"])
def test_every_apostrophe_form_is_recognised(apostrophe: str) -> None:
    word = f"Мар{apostrophe}їне"
    assert translit.transliterate(word, "uk-kmu-2010") == "Marine"


def test_apostrophes_outside_words_are_punctuation() -> None:
    text = "'Київ' — it's `quoted`"
    assert translit.transliterate(text, "uk") == "'Kyiv' — it's `quoted`"


def test_punctuation_digits_spacing_and_line_endings_pass_through() -> None:
    text = "\ufeffМосква,\t12.5%\r\n«Минск»\u00a0—\n\n  Сочи!? "
    expected = "\ufeffMoskva,\t12.5%\r\n«Minsk»\u00a0—\n\n  Sochi!? "
    assert translit.transliterate(text, "ru") == expected


def test_other_scripts_pass_through_or_go_through_unidecode() -> None:
    text = "Москва 北京 Αθήνα"
    assert translit.transliterate(text, "ru") == "Moskva 北京 Αθήνα"
    assert translit.transliterate(text, "ru", fallback="unidecode") == "Moskva Bei Jing  Athena"


def test_unknown_scheme_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="unknown scheme 'xx-nope'"):
        translit.transliterate("Москва", "xx-nope")


def test_reverse_of_a_non_reversible_standard_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not reversible"):
        translit.transliterate("Moskva", "ru-bgn-pcgn", reverse=True)


def test_reverse_iso9() -> None:
    assert translit.transliterate("Ŝerbakov, Ûrij", "iso-9", reverse=True) == "Щербаков, Юрий"


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        translit.transliterate(b"bytes", "ru")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="fallback"):
        translit.transliterate("x", "ru", fallback="drop")  # type: ignore[arg-type]


def test_language_shorthands_and_case_insensitive_ids() -> None:
    assert translit.transliterate("Щ", "RU-BGN-PCGN") == translit.transliterate("Щ", "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Київ — столиця України", "uk"),
        ("Ґудзик", "uk"),
        ("Мінск — сталіца Беларусі, горад на Свіслачы", "be"),
        ("Ўсход", "be"),
        ("Съешь же ещё этих мягких французских булок", "ru"),
        ("Београд је главни град Србије и Ђорђе", "sr"),
        ("Скопје е главен град на Македонија, ѓубре, ќерка", "mk"),
        ("България е държава в Югоизточна Европа", "bg"),
        ("Αθήνα", "el"),
        ("თბილისი", "ka"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert translit.detect_language(text) == lang


def test_detect_language_without_known_script() -> None:
    assert translit.detect_language("Hello, world") is None
    assert translit.detect_language("") is None


def test_every_scheme_is_listed_with_metadata() -> None:
    listed = translit.schemes()
    assert [s.id for s in listed] == sorted(s.id for s in listed)
    for s in listed:
        assert s.name and s.languages and s.document and s.script
    assert any("ru" in s.default_for for s in listed)
