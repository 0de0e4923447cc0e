"""Case forms that another language writes as a nominative (text/case_forms.py)."""

from __future__ import annotations

import pytest

import translit.text.case_forms as cf
from translit import Normalizer
from translit.names._data import DataError


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the Czech and Croatian genitive of Lukašenko is the Belarusian nominative's spelling
        ("cs", "Alexandr Lukašenko řekl. Podle Lukašenka byly volby spravedlivé."),
        (
            "hr",
            "Aleksandar Lukašenko je rekao. Oni su kritizirali Lukašenka, a Lukašenko je otišao.",
        ),
        # Russian in Latin letters, which the function words take for Croatian
        ("hr", "Prishel Samoylenko. U Samoylenka ne bylo deneg, i Samoylenko ushel."),
        ("hr", "On byl v Dagestane, i vse v Dagestane znali. Potom on pokinul Dagestan."),
        ("hr", "Na Tereke stoyal on, a Terek shumel."),
    ],
)
def test_a_case_form_of_a_nominative_in_the_input_is_never_rewritten(
    language: str, text: str
) -> None:
    assert Normalizer(language=language)(text) == text


def test_languages_without_such_a_declension_unify_the_spellings_as_before() -> None:
    text = "Alexander Lukashenko spoke. Lukashenka replied. Lukashenko left."
    assert Normalizer(language="en")(text) == text.replace("Lukashenka", "Lukashenko")
    # Polish writes the nominative Łukaszenka (genitive Łukaszenki)
    text = "Aleksandr Łukaszenka powiedział. Łukaszenko odpowiedział, Łukaszenka wyszedł."
    assert "Łukaszenko" not in Normalizer(language="pl")(text)


def test_without_its_nominative_a_spelling_is_no_case_form() -> None:
    assert cf.inflected("cs", "surname", ["Lukašenka"], {"Lukašenka"}) == set()
    assert cf.inflected("cs", "surname", ["Lukašenka", "Lukašenko"], {"Lukašenka", "Lukašenko"})


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        ({"cs": {"noun": {"o": ["a"]}}}, "the kind is 'surname' or 'place'"),
        ({"cs": {"surname": {"o": []}}}, "'o' needs a list of case endings"),
        ({"cs": {"surname": {"o": ["o"]}}}, "case endings are non-empty others"),
        ({"cs": []}, "expected an object of kinds of name"),
    ],
)
def test_malformed_data_names_the_file_and_the_key(
    monkeypatch: pytest.MonkeyPatch, languages: object, message: str
) -> None:
    monkeypatch.setattr(cf, "read_json", lambda name: {"languages": languages})
    cf.case_forms.cache_clear()
    try:
        with pytest.raises(DataError, match=r"data/text/case_forms\.json: cs.*" + message):
            cf.case_forms()
    finally:
        cf.case_forms.cache_clear()
