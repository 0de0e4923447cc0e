"""A full name's spellings assembled from its words' (:mod:`translit.variants.assemble`)."""

from __future__ import annotations

from translit import same_name, variants
from translit.variants.assemble import full_name_spellings, word_spellings
from translit.variants.forms import name_words
from translit.variants.official import record_writers


def test_a_full_name_mixes_its_words_languages_and_conventions() -> None:
    found = {v.spelling: v for v in variants("Аляксандр Рыгоравіч Лукашэнка")}
    # The Belarusian passport's given name beside the surname's Russian form, as records
    # write it; the list names both conventions and languages, in word order.
    mixed = found["Aliaksandr Lukashenko"]
    assert "+" in mixed.convention and mixed.convention.startswith("be-passport")
    assert mixed.language.startswith("be+")
    assert all(same_name("Аляксандр Рыгоравіч Лукашэнка", s) for s in found)


def test_words_are_combined_from_records_writers_only() -> None:
    spellings = word_spellings("Лукашэнка", "surname", "be", None, None)
    assert spellings and {v.convention for v in spellings} <= record_writers()
    assert "english" in record_writers() and "german" not in record_writers()
    german = word_spellings("Лукашэнка", "surname", "be", None, ("german",))
    assert {v.convention for v in german} == {"german"}


def test_the_list_is_ranked_and_within_its_limit() -> None:
    name = "Дмитро Васильович Фірташ"
    found = full_name_spellings(name, "uk", name_words(name), None, None, 10)
    assert len(found) == 10
    assert [v.score for v in found] == sorted((v.score for v in found), reverse=True)
    # With and without the patronymic.
    assert {len(v.spelling.split()) for v in found} == {2, 3}
