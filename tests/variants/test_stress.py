"""Written stress marks of a press convention (:mod:`translit.variants.stress`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translit import identify, same_name, to_native, variants
from translit.names._data import DataError
from translit.variants import press, stress
from translit.variants.identify import writes
from translit.variants.stress import spanish_accent, stress_marked, stress_rule, stressed_syllable


@pytest.mark.parametrize(
    ("spelling", "syllable", "count", "expected"),
    [
        ("Borisov", 1, 3, "Borísov"),  # llana ending in a consonant: marked
        ("Borisova", 1, 4, "Borísova"),  # esdrújula: always marked
        ("Smirnov", 1, 2, None),  # aguda ending in v: no mark
        ("Semion", 1, 2, "Semión"),  # aguda ending in n: marked
        ("Petrenko", 1, 3, None),  # llana ending in a vowel: no mark
        ("Afanasiev", 2, 4, "Afanásiev"),  # ie is one syllable
        ("Alekseyev", 2, 4, "Alekséyev"),  # y between vowels is a consonant
        ("Aleksei", 2, 3, "Alekséi"),  # ei one syllable, ending in a vowel
        ("Bykov", 0, 2, None),  # y as a vowel is not marked by these rules
        ("Piotr", 0, 1, None),  # one syllable
        ("Borisov", 1, 4, None),  # the syllables do not match
    ],
)
def test_spanish_accentuation(
    spelling: str, syllable: int, count: int, expected: str | None
) -> None:
    assert spanish_accent(spelling, syllable, count) == expected


def test_the_stress_is_known_from_yo_and_a_surname_s_stem() -> None:
    rule = stress_rule("spanish")
    assert rule is not None
    assert stressed_syllable("семён", "ru", rule) == 1
    assert stressed_syllable("гаврилов", "ru", rule) == 1
    assert stressed_syllable("чехов", "ru", rule) == 0  # Че́хов (a guess: Петро́в is not)
    assert stressed_syllable("львов", "ru", rule) is None  # no vowel in the stem
    assert stressed_syllable("шевченко", "ru", rule) is None
    assert stressed_syllable("гаврилов", "uk", rule) is None  # Ukrainian stress not guessed
    assert stress_rule("english") is None


def test_the_spanish_press_writes_the_mark_beside_the_plain_spelling() -> None:
    found = {v.spelling: v for v in variants("Гаврилов")}
    assert "Gavrílov" in found and "Gavrilov" in found
    assert found["Gavrílov"].convention == "spanish"
    assert found["Gavrílov"].score < found["Gavrilov"].score
    # Marked where ё shows the stress, in a full name word by word.
    assert stress_marked("Семён Гаврилов", "ru", "Semion Gavrilov", stress_rule("spanish")) == (
        "Semión Gavrílov"
    )


def test_a_marked_spelling_is_read_back() -> None:
    assert to_native("Gavrílov", limit=1)[0].native == "Гаврилов"
    top = identify("Gavrílov")[0]
    assert top.convention == "spanish"
    assert writes(top.native, top.language, top.convention, "Gavrílov")
    # A mark where the rules put none is no Spanish spelling.
    assert not writes("Гаврилов", "ru", "spanish", "Gávrilov")


@given(st.sampled_from(["Фёдоров", "Гаврилова", "Ефремов", "Кадыров", "Алексеев", "Ильин"]))
def test_every_marked_spelling_is_the_same_name(name: str) -> None:
    for v in variants(name):
        assert same_name(name, v.spelling), (name, v.spelling)


@pytest.fixture
def fresh() -> Iterator[None]:
    loaders = (press._raw, press.press_conventions, stress.stress_rule)
    for f in loaders:
        f.cache_clear()
    yield
    for f in loaders:
        f.cache_clear()


@pytest.mark.usefixtures("fresh")
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["stress"].update(weight=2), "spanish.json: stress: 'weight' must be in"),
        (lambda d: d["stress"].update(accents="greek"), "spanish.json: stress: 'accents' must be"),
        (lambda d: d["stress"].pop("stem"), "spanish.json: stress: missing key 'stem'"),
    ],
)
def test_a_malformed_stress_rule_is_named(
    monkeypatch: pytest.MonkeyPatch, change: Any, message: str
) -> None:
    real = press.read_json

    def read(path: str) -> dict[str, Any]:
        data = real(path)
        if path == "variants/press/spanish.json":
            change(data)
        return data

    monkeypatch.setattr(press, "read_json", read)
    with pytest.raises(DataError, match=message.replace("(", r"\(")):
        stress_rule("spanish")
