"""A native form's letters as the conventions look at them (:mod:`translit.variants.letters`)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.variants.letters import hazard_letters, letter_grams, risky_letters
from translit.variants.press import LETTERS, checker, press_conventions

CONVENTIONS = sorted(press_conventions())


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(("ru", "uk", "be")).flatmap(
        lambda lang: st.tuples(st.just(lang), st.text(LETTERS[lang], min_size=1, max_size=9))
    )
)
def test_a_hazard_s_letters_are_found_alike_from_the_word_and_its_grams(
    case: tuple[str, str],
) -> None:
    # risky_grams (the form's letter runs made once for every convention) is risky.
    lang, word = case
    grams = letter_grams(word)
    for convention in CONVENTIONS:
        if lang in press_conventions()[convention].languages:
            check = checker(convention, lang)
            assert check.risky_grams(grams) == check.risky(word), (convention, word)
            if check.risky(word):
                # a form without the letters of any convention's hazard is risky for none
                assert risky_letters(word, lang), (convention, word)


def test_a_sign_between_a_hazard_s_letters_still_counts() -> None:
    # Лук'ян: к + ян once the apostrophe (written as nothing) is dropped.
    grams = letter_grams("лук'ян")
    assert "кя" in grams and "кян" in grams


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(("ru", "uk", "be")).flatmap(
        lambda lang: st.tuples(st.just(lang), st.text(LETTERS[lang], min_size=1, max_size=10))
    )
)
def test_the_tree_of_hazard_letters_is_found_where_one_of_them_is(case: tuple[str, str]) -> None:
    lang, word = case
    pairs = set().union(
        *(
            checker(c, lang).pair_set
            for c in CONVENTIONS
            if lang in press_conventions()[c].languages
        )
    )
    found = hazard_letters(lang)
    assert found is not None
    assert (found.search(word) is not None) == any(p in word for p in pairs), word
