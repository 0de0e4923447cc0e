"""Patronymic endings and their oblique cases (names/morphology.py, data/names/roles.json)."""

from __future__ import annotations

import json

import pytest

import translit.names.morphology as morphology
from translit.names._data import DataError
from translit.names.given import oblique_patronymic_ids, patronymic_given_ids
from translit.names.spelling import token_keys


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Vasil'yevny", "vasilii"),  # Russian genitive, BGN/PCGN
        ("Vasil'yevnoy", "vasilii"),  # instrumental
        ("Vasilievnu", "vasilii"),  # accusative
        ("Васильевной", "vasilii"),
        ("Ivanivnoi", "ivan"),  # Ukrainian instrumental, KMU 2010
        ("Olehivnoiu", "oleg"),
        ("Stepanovny", "stepan"),
    ],
)
def test_a_feminine_patronymic_in_another_case_leads_to_its_given_name(
    word: str, given: str
) -> None:
    assert given in oblique_patronymic_ids(token_keys(word))


@pytest.mark.parametrize(
    "word",
    [
        "Vasilyevna",  # the nominative is a patronymic, not an oblique form
        "Ivanovich",
        "Sadovnyi",  # a surname in -ovnyi whose stem is no given name
        "Chornyi",
        "Kholodnyi",
        "Lukashenko",
    ],
)
def test_other_words_are_no_oblique_patronymic(word: str) -> None:
    assert oblique_patronymic_ids(token_keys(word)) == frozenset()


def test_the_oblique_form_and_the_nominative_lead_to_one_given_name() -> None:
    assert oblique_patronymic_ids(token_keys("Vasil'yevny")) == patronymic_given_ids("Vasil'yevna")


def _roles_with(monkeypatch: pytest.MonkeyPatch, change: dict[str, object]) -> None:
    data = json.loads(json.dumps(morphology._roles()))
    data["patronymic"].update(change)
    monkeypatch.setattr(morphology, "_roles", lambda: data)
    morphology._patronymics.cache_clear()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"oblique": {"endings": []}}, "oblique: endings must be a non-empty list"),
        ({"oblique": {"endings": ["I", "u+"]}}, "oblique: endings must be a non-empty list"),
        ({"oblique": {}}, "oblique"),
    ],
)
def test_a_bad_oblique_entry_names_the_file(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, object], message: str
) -> None:
    _roles_with(monkeypatch, change)
    try:
        with pytest.raises(DataError, match=f"roles.json: patronymic: {message}"):
            morphology.oblique_patronymic("vAsIlAvnI")
    finally:
        monkeypatch.undo()
        morphology._patronymics.cache_clear()


def test_a_feminine_suffix_must_end_in_the_nominative(monkeypatch: pytest.MonkeyPatch) -> None:
    endings = json.loads(json.dumps(morphology._roles()["patronymic"]["endings"]))
    endings.append({"ending": "AvnI", "gender": "f", "role": False, "forms": "-"})
    _roles_with(monkeypatch, {"endings": endings})
    try:
        with pytest.raises(DataError, match="every feminine suffix must end in the nominative"):
            morphology.oblique_patronymic("vAsIlAvnI")
    finally:
        monkeypatch.undo()
        morphology._patronymics.cache_clear()


def test_without_oblique_endings_nothing_is_oblique(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(json.dumps(morphology._roles()))
    del data["patronymic"]["oblique"]
    monkeypatch.setattr(morphology, "_roles", lambda: data)
    morphology._patronymics.cache_clear()
    try:
        assert morphology.oblique_patronymic("vAsIlAvnI") is None
    finally:
        monkeypatch.undo()
        morphology._patronymics.cache_clear()
