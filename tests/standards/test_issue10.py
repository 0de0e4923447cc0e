"""Every case of issue 10 (conformance gaps, detection on names, consistent ``auto``)."""

from __future__ import annotations

import unicodedata

import pytest

import translit
from translit import transliterate

# -- stress marks are marks, never word boundaries ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scheme", "kept", "dropped"),
    [
        ("Андрі́й", "uk-kmu-2010", "Andríi", "Andrii"),
        ("Марі́я", "uk-kmu-2010", "Maríia", "Mariia"),
        ("Софи́я", "bg-streamlined", "Sofía", "Sofia"),
        ("Та́ышлы", "ru-bgn-pcgn", "Tá·yshly", "Ta·yshly"),
        ("Ю́ЛИЯ", "ru-bgn-pcgn", "YÚLIYA", "YULIYA"),
        ("Йо́шкар-Ола́", "ru-bgn-pcgn", "Yóshkar-Olá", "Yoshkar-Ola"),
    ],
)
def test_stress_mark_is_kept_or_dropped_never_a_boundary(
    text: str, scheme: str, kept: str, dropped: str
) -> None:
    assert transliterate(text, scheme) == kept
    assert transliterate(text, scheme, marks="drop") == dropped
    bare = text.replace("\u0301", "")
    assert transliterate(bare, scheme) == dropped


def test_stress_marks_in_decomposed_text() -> None:
    nfd = unicodedata.normalize("NFD", "Андрі́й Йосипович")
    assert transliterate(nfd, "uk") == "Andríi Yosypovych"


def test_unknown_marks_option() -> None:
    with pytest.raises(ValueError, match="marks"):
        transliterate("Андрі́й", "uk", marks="strip")  # type: ignore[arg-type]


# -- Greek punctuation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«εγώ»;", "«egó»?"),
        ("«εγώ»\u037e", "«egó»?"),
        ("(εγώ);", "(egó)?"),
        ("εγώ\u0387 και", "egó; kai"),
        ("«εγώ»\u00b7 και", "«egó»; kai"),
        ("x; y", "x; y"),  # not after Greek: left alone
    ],
)
def test_greek_question_mark_and_ano_teleia(text: str, expected: str) -> None:
    assert transliterate(text, "el-elot-743") == expected


def test_greek_punctuation_equal_after_nfc() -> None:
    for text in ("Τι κάνεις\u037e", "«εγώ»\u037e", "πού\u0387 εδώ"):
        nfc = unicodedata.normalize("NFC", text)
        assert nfc != text
        assert transliterate(text, "el") == transliterate(nfc, "el")


# -- no letter of the source script in the output -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scheme", "expected"),
    [
        ("ѐ ѝ Ѐ Ѝ", "mk-2013", "è ì È Ì"),
        ("Εὐάγγελος", "el-elot-743", "Evángelos"),
        ("Ἀθῆναι", "el-elot-743", "Athínai"),
        ("Объект Мыкола", "uk-kmu-2010", "Obekt Mykola"),
        ("Мар\u00b4яна", "uk-kmu-2010", "Mariana"),
        ("Мар\u2032яна", "uk-kmu-2010", "Mariana"),
        ("Київ", "ru-bgn-pcgn", "Kiyiv"),
        ("Ўсход", "ru-bgn-pcgn", "Wskhod"),
        ("Ђорђе", "mk-2013", "Đorđe"),
        ("Ѓорѓи", "sr-latin", "Ǵorǵi"),
        ("ჱ Ⴀ ⴀ", "ka-national-2002", "ē A a"),
    ],
)
def test_letters_the_standard_lacks_fall_back(text: str, scheme: str, expected: str) -> None:
    assert unicodedata.normalize("NFC", transliterate(text, scheme)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Я ЛЮБЛЮ ТЕБЯ", "YA LYUBLYU TEBYA"),
        ("ЛЮБЛЮ Я", "LYUBLYU YA"),
        ("Я люблю", "Ya lyublyu"),
        ("ЩЕГЛОВА Ю. Щ.", "SHCHEGLOVA Yu. Shch."),  # initials keep Title case
        ("Ю. Щ. ЩЕГЛОВА", "Yu. Shch. SHCHEGLOVA"),
    ],
)
def test_one_letter_word_in_all_caps_text(text: str, expected: str) -> None:
    assert transliterate(text, "ru-bgn-pcgn") == expected


# -- detection and auto ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Киев", "Москва", "Щукина", "Сергей", "Щербаков"])
def test_russian_words_are_not_bulgarian_or_macedonian(word: str) -> None:
    assert translit.detect_language(word) not in ("bg", "mk", "sr")


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("Киев", "ru"),
        ("Щукина", "ru"),
        ("Сергей", "ru"),
        ("Київ", "uk"),
        ("Зеленський", "uk"),
        ("Володимир", "uk"),
        ("Ціханоўская", "be"),
        ("Лукашэнка", "be"),
        ("Ђорђе", "sr"),
        ("Ќерка", "mk"),
        ("България", "bg"),
    ],
)
def test_detect_language_of_one_word(word: str, lang: str) -> None:
    assert translit.detect_language(word) == lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сергей Щербаков", "Sergey Shcherbakov"),
        ("Володимир Зеленський", "Volodymyr Zelenskyi"),
        ("Святлана Ціханоўская", "Sviatlana Cichanoŭskaja"),
        ("Юлия Щеглова", "Yuliya Shcheglova"),
    ],
)
def test_auto_gives_one_standard_per_name(text: str, expected: str) -> None:
    assert transliterate(text, "auto") == expected


def test_a_name_in_another_language_keeps_one_standard() -> None:
    # A Belarusian name inside a Russian sentence: the whole name follows Belarusian.
    out = transliterate("Вчера Святлана Ціханоўская заявила, что это не так.", "auto")
    assert out == "Vchera Sviatlana Cichanoŭskaja zayavila, chto eto ne tak."


@pytest.mark.parametrize("text", ["ЩЕГЛОВАA.ЩЕГЛОВА", "Сергей Щербаков", "Мар'яна Київ Ѓорѓи"])
def test_auto_is_idempotent(text: str) -> None:
    once = transliterate(text, "auto")
    assert transliterate(once, "auto") == once


# -- names: optional marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "scheme", "standard", "name"),
    [
        ("Лукашэнка", "ru", "Lukash·enka", "Lukashenka"),
        ("Ильич", "ru-bgn-pcgn", "Il’ich", "Ilich"),
        ("Гезгалы", "be-bgn-pcgn", "Hyez·haly", "Hyezhaly"),
        ("Ильич", "ru-ala-lc", "Ilʹich", "Ilich"),
        ("Андрі́й", "uk", "Andríi", "Andrii"),
    ],
)
def test_name_oriented_output_drops_optional_marks(
    text: str, scheme: str, standard: str, name: str
) -> None:
    assert transliterate(text, scheme) == standard
    assert transliterate(text, scheme, names=True) == name


def test_names_option_with_auto() -> None:
    assert transliterate("Лукашэнка Ильич", "auto", names=True) == "Lukashenka Ilich"


# -- registry: did you mean, auto -----------------------------------------------------------------


def test_unknown_scheme_suggests_the_closest() -> None:
    with pytest.raises(ValueError, match=r"did you mean 'ru-bgn-pcgn'"):
        transliterate("Москва", "ru-bgn")
    with pytest.raises(ValueError, match=r"did you mean 'uk-kmu-2010'"):
        transliterate("Москва", "uk-kmu2010")


def test_auto_is_accepted_where_a_scheme_is() -> None:
    from translit.standards.registry import resolve

    assert resolve("auto") == "auto"
    assert resolve(" AUTO ") == "auto"
    assert transliterate("Київ", " Auto ") == "Kyiv"
    with pytest.raises(ValueError, match="named standard"):
        resolve("auto", allow_auto=False)
