"""Mentions: where the names are, as units that are rewritten whole or not at all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.text.mentions import Skip, find_mentions


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.spelling) for m in find_mentions(text, [])]


def test_persons_surnames_places_and_native_words() -> None:
    assert mentions("Serhii Grabsky met Lukashenka in Homel; Лукашэнка too.") == [
        ("person", "Serhii Grabsky"),
        ("surname", "Lukashenka"),
        ("place", "Homel"),
        ("native", "Лукашэнка"),
    ]


def test_initials_patronymic_and_surname_first() -> None:
    assert mentions("A. G. Lukashenko, Alexander Grigorievich Lukashenko.") == [
        ("person", "A. G. Lukashenko"),
        ("person", "Alexander Grigorievich Lukashenko"),
    ]
    found = find_mentions("LUKASHENKO Alexander spoke.", [])
    assert [(m.kind, m.spelling, m.caps) for m in found] == [
        ("person", "Lukashenko Alexander", True)
    ]


def test_places_of_several_words_even_across_lower_case_links() -> None:
    assert mentions("From Rostow am Don to Nizhny Novgorod and Rostov-on-Don.") == [
        ("place", "Rostow am Don"),
        ("place", "Nizhny Novgorod"),
        ("place", "Rostov-on-Don"),
    ]


def test_clitics_tails_and_soft_sign_apostrophes() -> None:
    text = "Putin's aides, the Lukashenka-era laws, Vasyl' Kovalchuk and 'Lukashenko' quoted."
    found = find_mentions(text, [])
    assert [m.spelling for m in found] == ["Putin", "Lukashenka", "Vasyl' Kovalchuk", "Lukashenko"]
    assert text[found[0].start : found[0].end] == "Putin"


def test_a_soft_sign_after_s_belongs_to_a_given_name() -> None:
    found = find_mentions("Ales' Bialiatski met Jones' Kovalenko.", [])
    assert [m.spelling for m in found] == ["Ales' Bialiatski", "Kovalenko"]


def test_given_names_alone_and_english_words_are_skipped_with_a_reason() -> None:
    skips: list[Skip] = []
    found = find_mentions("Mark and Paul saw Games in Paris. Now NATO.", [], skips=skips)
    assert found == []
    reasons = {s.text: s.reason for s in skips}
    assert "given name alone" in reasons["Mark"]
    assert reasons["Games"] == "no surname ending of the supported languages"
    assert "ALL CAPS" in reasons["NATO"]


def test_a_surname_without_a_suffix_after_an_east_slavic_given_name() -> None:
    assert mentions("Leonid Kuchma met Sergei Shoigu and Mykola Borozna.") == [
        ("person", "Leonid Kuchma"),
        ("person", "Sergei Shoigu"),
        ("person", "Mykola Borozna"),
    ]
    # after a patronymic too (which is no surname of its own)
    assert mentions("Leonid Danylovych Kuchma spoke.") == [("person", "Leonid Danylovych Kuchma")]
    # not after a given name that transliterates none (Michael), not alone, not four letters
    # or fewer (too few to tell names apart), not in ALL CAPS, not a word of other marks
    skips: list[Skip] = []
    text = "Michael Kuchma. Then Kuchma. Leonid Kuch. Leonid KUCHMA. Leonid Kuch3ma."
    assert find_mentions(text, [], skips=skips) == []
    assert {s.text for s in skips} >= {"Michael", "Kuchma", "Leonid", "Kuch", "KUCHMA"}


def test_protected_spans_hold_no_mention() -> None:
    from translit.text.protect import protected_spans

    text = "See https://x.org/Lukashenka and @Lukashenka; Lukashenka spoke."
    spans, _ = protected_spans(text)
    found = find_mentions(text, spans)
    assert [(m.spelling, m.start) for m in found] == [("Lukashenka", text.rindex("Lukashenka"))]


def test_a_run_of_capitalised_words_costs_linear_work() -> None:
    # 20,000 capitalised words in one line: every word is looked at a bounded number of times,
    # so the mentions come out one per name-like word, without building sub-spans.
    line = " ".join(["Lukashenka", "Games", "Ivanov", "Now"] * 5000)
    found = find_mentions(line, [])
    assert len(found) == 10000
    assert {m.spelling for m in found} == {"Lukashenka", "Ivanov"}


_WORDS = [
    "The",
    "In",
    "NATO",
    "Mr",
    "Serhii",
    "Grabsky",
    "Lukashenka",
    "LUKASHENKO",
    "Nizhny",
    "Novgorod",
    "Rostow",
    "am",
    "Don",
    "Kyiv",
    "Minsk",
    "Putin's",
    "A.",
    "G.",
    "Biała",
    "Podlaska",
    "Games",
    "Лукашенко",
    "Mykola",
    "Vasyl'",
    "Jones'",
    "era",
    "and",
    "met",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=14), st.lists(st.sampled_from(" ,.\n"), max_size=14)
)
def test_runs_skipped_as_inert_give_the_same_mentions(words: list[str], seps: list[str]) -> None:
    # find_mentions passes over runs in which no unit can start, unless skips are asked for;
    # the mentions must be those of the full cut.
    text = "".join(w + (seps[i] if i < len(seps) else " ") for i, w in enumerate(words))
    assert find_mentions(text, []) == find_mentions(text, [], skips=[])


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(categories=["Lu", "Ll", "Lt", "Lo", "Mn", "Nd"]), min_size=1))
def test_a_word_of_letters_alone_is_kept_whole_as_trim_keeps_it(word: str) -> None:
    # The scan skips trim for a word of letters alone (most words): trim must keep such a word
    # whole, quoted or not.
    from translit.text.words import trim

    if word.isalpha():
        assert trim(word, False) == (word, False) == trim(word, True)
