"""Resolving standard names: shorthands, case, ``auto``, suggestions, one compile per standard."""

from __future__ import annotations

import pytest

import translit
from translit.standards.cache import compile_scheme
from translit.standards.registry import closest, resolve


def test_names_of_one_standard_compile_once() -> None:
    assert compile_scheme("ru") is compile_scheme("ru-bgn-pcgn") is compile_scheme(" RU ")


@pytest.mark.parametrize(
    ("given", "suggested"),
    [("ru-bgn", "ru-bgn-pcgn"), ("iso9", "iso-9"), ("ukr", "uk"), ("atuo", "auto")],
)
def test_suggestions(given: str, suggested: str) -> None:
    with pytest.raises(ValueError, match=f"did you mean '{suggested}'"):
        resolve(given)


def test_error_lists_what_exists() -> None:
    with pytest.raises(ValueError, match=r"unknown scheme 'xx-nope'\. Expected 'auto', a language"):
        resolve("xx-nope")


def test_closest_for_other_choices() -> None:
    assert closest("frist", ["frequent", "first"]) == ["first"]
    assert closest("zzz", ["frequent", "first"]) == []


def test_clear_caches_forgets_compiled_standards() -> None:
    before = compile_scheme("uk")
    translit.standards.clear_caches()
    assert compile_scheme("uk") is not before
    assert translit.transliterate("Київ", "uk") == "Kyiv"


def test_old_module_paths_keep_working() -> None:
    from translit.detection import detect_language
    from translit.engine import compile_scheme as old_compile
    from translit.registry import resolve as old_resolve
    from translit.transliteration import transliterate

    assert old_compile("iso-9")("Щ") == "Ŝ"
    assert old_resolve("ru") == "ru-bgn-pcgn"
    assert detect_language("Київ") == "uk"
    assert transliterate("Київ", "uk") == "Kyiv"
