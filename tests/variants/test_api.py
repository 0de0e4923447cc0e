"""The public functions: :func:`translit.variants`, :func:`translit.to_native`,
:func:`translit.identify`, with the issue's examples and their invariants."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from names.strategies import cyrillic_names

import translit
from translit import Candidate, Origin, Variant, identify, same_name, to_native, variants
from translit.variants.identify import writes


def spellings(name: str, **kw: object) -> list[str]:
    return [v.spelling for v in variants(name, **kw)]  # type: ignore[arg-type]


def test_the_issue_s_examples() -> None:
    firtash = spellings("Dmytro Firtash")
    assert firtash[0] == "Dmytro Firtash"
    assert {"Dmitry Firtash", "Dmitrii Firtash"} <= set(firtash)
    kolomoisky = spellings("Ihor Kolomoiskyi", limit=60)
    assert {"Igor Kolomoisky", "Igor Kolomoiskiy"} <= set(kolomoisky)
    assert {"Kolomoiskyi", "Kolomoiskii", "Kolomoiskiy"} <= set(spellings("Kolomoisky"))


def test_a_variant_has_its_convention_language_score_and_native_form() -> None:
    v = variants("Зеленський", limit=1)[0]
    assert v == Variant("Zelenskyi", "uk-kmu-2010", "uk", v.score, "Зеленський")
    assert 0 < v.score <= 1
    found = variants("Лукашенко")
    assert [x.score for x in found] == sorted((x.score for x in found), reverse=True)
    assert any(x.spelling == "Лукашэнка" and x.convention == "native" for x in found)
    assert any(x.spelling == "Łukaszenko" and x.convention == "polish" for x in found)


def test_options() -> None:
    assert len(variants("Лукашенко", limit=3)) == 3
    assert variants("Лукашенко", limit=0) == []
    assert {v.language for v in variants("Лукашенко", languages=["be"])} == {"be"}
    german = variants("Лукашенко", conventions=["german"])
    assert german and {v.convention for v in german} == {"german"}
    latin = variants("Loukachenko")
    assert latin[0][:2] == ("Loukachenko", "input") and latin[0].native == "Лукашенко"
    assert latin[0].language in ("ru", "uk")  # Лукашенко is written so in both
    with pytest.raises(TypeError):
        variants(3)  # type: ignore[arg-type]
    assert variants("") == []


def test_the_package_is_callable_as_the_function() -> None:
    import translit.variants.press  # binds the name to the package

    assert translit.variants("Лукашенко", limit=2) == variants("Лукашенко", limit=2)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cyrillic_names())
def test_every_variant_is_the_same_name(case: tuple[str, str]) -> None:
    _, name = case
    for v in variants(name, limit=20):
        assert same_name(name, v.spelling), (name, v)


@pytest.mark.parametrize(
    ("name", "others"),
    [
        ("Иванов", ["Иванова", "Иваненко", "Ивановский"]),
        ("Тихановская", ["Тихановский", "Тихонова"]),
        ("Петров", ["Петрова", "Петренко", "Петровский"]),
    ],
)
def test_gender_forms_and_suffix_families_never_appear(name: str, others: list[str]) -> None:
    for v in variants(name):
        assert not any(same_name(other, v.spelling) for other in others), v


def test_to_native() -> None:
    top = to_native("Hrabskyi", limit=3)
    assert all(isinstance(c, Candidate) for c in top)
    assert "Грабський" in [c.native for c in top]
    assert "Лукашенко" in [c.native for c in to_native("Lukaschenko", limit=3)]
    assert to_native("Loukachenko")[0].native == "Лукашенко"
    assert "Ціханоўская" in [c.native for c in to_native("Tsikhanouskaya", limit=2)]
    full = to_native("Aliaksandr Lukashenka", limit=3)
    assert "Аляксандр Лукашэнка" in [c.native for c in full]
    assert full[0].parts == tuple(full[0].native.split())
    assert sum(c.score for c in to_native("Grabsky", limit=10)) <= 1.0 + 1e-9
    assert to_native("Лукашенко")[0].native == "Лукашенко"
    assert to_native("", limit=3) == [] and to_native("Grabsky", limit=0) == []


def test_to_native_reads_names_as_names() -> None:
    def top(latin: str, n: int = 3) -> list[str]:
        return [c.native for c in to_native(latin, limit=n)]

    assert "Гурцевич" in top("Gurtsevich")  # not Гурцевых
    assert "Михайлова" in top("Mikhailova")  # Михайлович: the stem of the name
    assert "Тихонова" in top("Tichonova")  # Тихон
    assert "Бельский" in top("Belski")
    assert top("Kuznetsov-Krasovsky", 1) == ["Кузнецов-Красовский"]
    assert top("Alexander Grigorievich Lukashenko", 1) == ["Александр Григорьевич Лукашенко"]


@pytest.mark.parametrize(
    ("spelling", "convention", "language"),
    [("Hrabskyi", "uk-kmu-2010", "uk"), ("Grabsky", "english", "ru"), ("Hrabski", "polish", "be")],
)
def test_identify_the_issue_s_examples(spelling: str, convention: str, language: str) -> None:
    origins = identify(spelling)
    assert all(isinstance(o, Origin) for o in origins)
    assert (convention, language) in [(o.convention, o.language) for o in origins]
    assert origins[0].score == 1.0


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cyrillic_names())
def test_the_top_origin_writes_the_spelling_back(case: tuple[str, str]) -> None:
    _, name = case
    for v in variants(name, limit=5):
        if v.convention in ("native", "input"):
            continue
        origins = identify(v.spelling)
        if origins:
            top = origins[0]
            assert writes(top.native, top.language, top.convention, v.spelling), (v, top)
            if top.kind == "standard":
                got = translit.transliterate(top.native, top.convention, names=True)
                assert got.lower() == " ".join(v.spelling.split()).lower()


def test_results_do_not_depend_on_the_hash_seed() -> None:
    code = (
        "import translit, json; print(json.dumps([list(v) for v in "
        "translit.variants('Аляксандр Рыгоравіч Лукашэнка', limit=20)] + "
        "[list(c) for c in translit.to_native('Hrabskyi')], ensure_ascii=False))"
    )
    outs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        outs.add(run.stdout)
    assert len(outs) == 1


def test_clear_caches_empties_the_caches() -> None:
    from translit.variants import api, cognates, forms, native

    variants("Лукашенко")
    to_native("Lukaschenko")
    translit.clear_caches()
    for cached in (api._variants, cognates.cognate_forms, forms.native_names,
                   native.word_candidates):  # fmt: skip
        assert cached.cache_info().currsize == 0
    assert variants("Лукашенко")[0].spelling == "Lukashenko"
