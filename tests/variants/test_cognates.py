"""The Russian, Ukrainian and Belarusian forms of one surname (:mod:`translit.variants.cognates`)
and of a whole name (:mod:`translit.variants.forms`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from names.strategies import surnames

from translit import same_name
from translit.variants.cognates import belarusian_forms, cognate_forms
from translit.variants.forms import native_names, patronymic_forms, word_forms


def forms(word: str, lang: str, target: str) -> list[str]:
    return [f.text for f in cognate_forms(word, lang) if f.language == target]


@pytest.mark.parametrize(
    ("word", "lang", "target", "expected"),
    [
        ("лукашенко", "ru", "be", "лукашэнка"),
        ("зеленский", "ru", "uk", "зеленський"),
        ("зеленский", "ru", "be", "зяленскі"),
        ("тихонов", "ru", "be", "ціханаў"),
        ("быков", "ru", "be", "быкаў"),
        ("акимов", "ru", "uk", "акімов"),
        ("литвиненко", "ru", "uk", "литвиненко"),
        ("алексеев", "ru", "uk", "алексеєв"),
        ("білецький", "uk", "ru", "белецкий"),
        ("біляїв", "uk", "ru", "беляев"),
        ("барысаў", "be", "ru", "борисов"),
        ("ціханаўская", "be", "ru", "тихановская"),
        ("горбачёв", "ru", "be", "гарбачоў"),
        # Belarusian endings and hard consonants in Russian.
        ("кравчанка", "be", "ru", "кравченко"),
        ("гринька", "be", "ru", "гринько"),
        ("лойка", "be", "ru", "лойко"),
        ("мальцаў", "be", "ru", "мальцев"),
        ("мальцава", "be", "ru", "мальцева"),
        ("іванава", "be", "ru", "иванова"),
        ("гусеў", "be", "ru", "гусев"),
        ("хрушчоў", "be", "ru", "хрущёв"),
        ("шаўчук", "be", "ru", "шевчук"),
        ("жалязняк", "be", "ru", "железняк"),
        # The ё Russian print leaves out, as a less likely Russian form.
        ("хрущев", "ru", "ru", "хрущёв"),
    ],
)
def test_cognate_forms(word: str, lang: str, target: str, expected: str) -> None:
    assert expected in forms(word, lang, target)


def test_the_stress_fixes_the_belarusian_form() -> None:
    # ё is always stressed: one form only.
    assert forms("горбачёв", "ru", "be") == ["гарбачоў"]
    # Without ё, every likely stressed syllable gives a form, the penultimate first.
    assert [f for f, _ in belarusian_forms("лукашэнко")][:2] == ["лукашэнка", "лукашанко"]


def test_gender_and_suffix_are_kept() -> None:
    for target in ("ru", "uk", "be"):
        for form in forms("иванов", "ru", target):
            assert not form.endswith(("ова", "ава", "енко", "ский", "скі"))
        for form in forms("иванова", "ru", target):
            assert form.endswith(("ова", "ава"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(("ru", "uk", "be")).flatmap(
    lambda lang: st.tuples(st.just(lang), surnames(lang, "m") | surnames(lang, "f"))))  # fmt: skip
def test_every_cognate_is_the_same_name(case: tuple[str, str]) -> None:
    lang, word = case
    for f in cognate_forms(word.lower(), lang):
        assert same_name(word, f.text), (word, f)


def test_patronymics_are_formed_in_each_language() -> None:
    assert patronymic_forms("Григорий", "ru", "m") == "Григорьевич"
    assert patronymic_forms("Дмитрий", "ru", "m") == "Дмитриевич"  # и after two consonants
    assert patronymic_forms("Михаил", "ru", "m") == "Михайлович"
    assert patronymic_forms("Илья", "ru", "m") == "Ильич"
    assert patronymic_forms("Илья", "ru", "f") == "Ильинична"
    assert patronymic_forms("Міхаіл", "be", "m") == "Міхайлавіч"
    assert patronymic_forms("Васіль", "be", "m") == "Васільевіч"  # a soft stem keeps its sign
    assert patronymic_forms("Генадзь", "be", "f") == "Генадзьеўна"
    assert patronymic_forms("Юрый", "be", "m") == "Юр'евіч"  # р is hard: the apostrophe
    assert patronymic_forms("Дзмітрый", "be", "m") == "Дзмітрыевіч"
    assert patronymic_forms("Сергей", "ru", "f") == "Сергеевна"
    assert patronymic_forms("Павел", "ru", "m") == "Павлович"
    assert patronymic_forms("Микола", "uk", "m") == "Миколайович"
    assert patronymic_forms("Петро", "uk", "f") == "Петрівна"
    assert patronymic_forms("Рыгор", "be", "m") == "Рыгоравіч"
    assert patronymic_forms("Мікалай", "be", "f") == "Мікалаеўна"


def test_given_names_come_from_the_table() -> None:
    found = {(f.text, f.language) for f in word_forms("Микола", "given", "uk")}
    assert {("Микола", "uk"), ("Николай", "ru"), ("Мікалай", "be")} <= found
    conventional = [f for f in word_forms("Александр", "given", "ru") if f.writers]
    assert conventional and conventional[0].text == "Alexander"
    assert conventional[0].writers == ("english",)


def test_a_full_name_in_each_language_with_and_without_its_patronymic() -> None:
    names = native_names("Александр Григорьевич Лукашенко", "ru")
    texts = {(n.text, n.language, n.patronymic) for n in names}
    assert ("Александр Григорьевич Лукашенко", "ru", True) in texts
    assert ("Александр Лукашенко", "ru", False) in texts
    assert ("Аляксандр Рыгоравіч Лукашэнка", "be", True) in texts
    assert ("Олександр Григорович Лукашенко", "uk", True) in texts
    assert names[0].text == "Александр Григорьевич Лукашенко"


def test_a_russian_y_is_a_ukrainian_y_not_i() -> None:
    # ы is и in Ukrainian; only a Russian и is written і.
    assert forms("крылов", "ru", "uk")[0] == "крилов"
    assert forms("акимов", "ru", "uk")[0] == "акімов"


def test_a_guessed_yo_form_comes_after_the_name_as_written() -> None:
    ru = [(f.text, f.weight) for f in cognate_forms("хрущев", "ru") if f.language == "ru"]
    assert ru[0] == ("хрущев", 1.0) and ru[1][0] == "хрущёв" and ru[1][1] < 1.0
    assert forms("иванов", "ru", "ru") == ["иванов"]  # only after л р ч щ ж ш ь


def test_a_surname_on_a_given_name_keeps_its_stem_in_russian() -> None:
    # Belarusian а in an unstressed syllable is Russian о or а: the form that keeps a given
    # name's stem is the Russian one, whatever the letter model prefers.
    assert forms("тарасаў", "be", "ru")[0] == "тарасов"
    assert forms("гаўрылаў", "be", "ru")[0] == "гаврилов"
    assert forms("васілевіч", "be", "ru")[0] == "василевич"


def test_another_languages_forms_weigh_by_the_pair_of_languages() -> None:
    from translit.variants.forms import other_language

    # Belarus has Belarusian and Russian as state languages.
    assert other_language("be", "ru") > other_language("be", "uk")
    assert other_language("ru", "ru") == 1.0
    found = word_forms("Лукашэнка", "surname", "be")
    weight = {f.language: 0.0 for f in found}
    for f in found:
        weight[f.language] += f.weight
    # The forms of one language are alternatives: together they weigh as the language.
    assert weight["ru"] == pytest.approx(other_language("be", "ru"))
    assert weight["uk"] == pytest.approx(other_language("be", "uk"))


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў'", min_size=1, max_size=10),
        st.sampled_from(("ru", "uk", "be")).flatmap(lambda lang: surnames(lang, "m")),
    )
)
def test_a_step_or_chain_whose_patterns_are_not_found_is_skipped(
    word: str,
) -> None:
    # _apply skips a chain none of whose rules' patterns is found in the word, and a step
    # whose rules' patterns (its trigger) are found in no form: the same forms as applying
    # every rule of every step.
    from translit.variants import cognates

    chains, _ = cognates._data()
    word = word.lower()
    chain_trigger = cognates._chain_trigger
    for chain, steps in chains.items():
        expected = cognates._apply(word, chain)
        try:
            chains[chain] = tuple(step._replace(trigger=None) for step in steps)
            cognates._chain_trigger = lambda chain: None  # type: ignore[assignment]
            assert cognates._apply(word, chain) == expected, (chain, word)
        finally:
            chains[chain] = steps
            cognates._chain_trigger = chain_trigger  # type: ignore[assignment]


@settings(max_examples=150, deadline=None)
@given(
    st.text("абвгдежзийклмнопрстуфхцчшщьыэюяіўё'", min_size=1, max_size=10),
    st.sampled_from((None, 0, 1, 2, 5)),
)
def test_the_unstressed_vowels_rewritten_by_translate_as_one_by_one(
    word: str, stress: int | None
) -> None:
    # belarusian_forms with the translate table (_reduction) gives the forms of the
    # vowel-by-vowel rewriting.
    from translit.variants import cognates

    expected = belarusian_forms(word, stress)
    reduction = cognates._reduction
    try:
        cognates._reduction = lambda: None  # type: ignore[assignment]
        assert belarusian_forms(word, stress) == expected
    finally:
        cognates._reduction = reduction  # type: ignore[assignment]


@pytest.mark.parametrize("word", ["лук", "лукаш", "лукашэнко", "каваленкао", "аэоаэоаэо"])
def test_the_stress_order_names_syllables_from_the_end_and_the_start(word: str) -> None:
    # _stress_order read as the data file says: the last, the one before, the first and
    # the third from the end, each once.
    from translit.variants.cognates import _data, _stress_order

    n = sum(1 for c in word if c in _data()[1]["vowels"])
    where = {"last": n - 1, "penult": n - 2, "first": 0, "antepenult": n - 3}
    expected = list(dict.fromkeys(where[s] for s in _data()[1]["stress_order"] if where[s] >= 0))
    found: list[int] = []
    for from_end, offset in _stress_order():
        p = n - offset if from_end else offset
        if p >= 0 and p not in found:
            found.append(p)
    assert found == expected


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.text("абвгдеёжзийклмнопрстуфхцчшщьыэюя", min_size=1, max_size=10),
        st.sampled_from(["тарасов", "борисов", "андреев", "николаенко", "петров", "ив"]),
    )
)
def test_a_stem_is_looked_for_only_where_one_begins(form: str) -> None:
    # _stem_length's shortcut (no stem begins with the form's first letters) gives what
    # looking at every length gives.
    from translit.variants.cognates import _data, _given_stems, _stem_length

    least = int(_data()[1]["unakanne"]["given_name_stems"])
    stems = _given_stems()
    expected = next((k for k in range(len(form) - 1, least - 1, -1) if form[:k] in stems), 0)
    assert _stem_length(form) == expected
