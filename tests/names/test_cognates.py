"""Surname cognates across Russian, Ukrainian and Belarusian (``data/names/cognates.json``):
regular sound correspondences, kept apart from suffix families and gender forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.names.fold import cognate_rules
from translit.names.morphology import is_patronymic_key, surname_gender
from translit.names.spelling import readings

from .strategies import surnames


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Белоусов", "Білоусов"),  # Ukrainian і for ѣ
        ("Belousov", "Bilousov"),
        ("Пасечник", "Пасічник"),
        ("Pasechnik", "Pasichnyk"),
        ("Светлов", "Світлов"),
        ("Хлебников", "Хлібников"),
        ("Подгорный", "Підгорний"),  # і for о in a closed syllable
        ("Сокол", "Сокіл"),
        ("Волк", "Вовк"),  # в for л
        ("Долгопол", "Довгопол"),
        ("Dolgopolov", "Dovhopolov"),
        ("Колтун", "Коўтун"),
        ("Толстенков", "Таўсцянкоў"),
        ("Наумов", "Навумаў"),  # Belarusian в in a hiatus
        ("Шапетько", "Шапецька"),  # tsekanne before ь
    ],
)
def test_cognates_match(a: str, b: str) -> None:
    assert translit.same_name(a, b), str(translit.explain_match(a, b))
    # The Russian key comes first, so single-word cognates share their name_key.
    assert translit.name_key(a) == translit.name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelinsky"),  # зелен- has no ѣ
        ("Ivchenko", "Ilchenko"),  # в after и is not л (Іван, Ілля)
        ("Pavlov", "Palov"),
        ("Petrov", "Petrovsky"),  # suffixes stay
        ("Ivanovna Petrova", "Ivanovich Petrov"),
        ("Tikhanovsky", "Tikhalsky"),  # -овский is a suffix, not a root with л
        ("Ivanov", "Ianov"),
    ],
)
def test_cognate_rules_keep_names_apart(a: str, b: str) -> None:
    assert not translit.same_name(a, b), str(translit.explain_match(a, b))


def test_every_rule_is_named() -> None:
    rules = cognate_rules()
    assert rules
    assert all(r.optional and r.why for r in rules)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["ru", "uk", "be"]), st.sampled_from(["m", "f"]), st.data())
def test_rules_never_change_gender_or_a_patronymic(
    lang: str, gender: str, data: st.DataObject
) -> None:
    surname = data.draw(surnames(lang, gender))
    (reading,) = readings(surname)
    first, *rest = reading.variants
    # Every key a cognate rule adds shows the same gender and patronymic ending.
    for key in (first, *rest):
        assert surname_gender(key) == surname_gender(reading.variants[-1])
        assert is_patronymic_key(key) == is_patronymic_key(reading.variants[-1])
