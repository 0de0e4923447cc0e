"""Names written surname first with a comma, as lists write them (text/surname_first.py)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.mentions import Skip, find_mentions


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.spelling) for m in find_mentions(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "LUKASHENKO, Aleksandr Grigoryevich (born 1954)",  # capitals: a list's
        "Lukashenka, Aliaksandr",  # a cell of a table, a line of a list
        "1. Lukashenka, Aliaksandr\n",
        '17,"Lukashenka, Aliaksandr",BY',  # a table read as text: an id and separators
        "Minsk.\n- Lukashenka, Aliaksandr; born 1954",
    ],
)
def test_a_list_s_name_written_surname_first_is_one_person(text: str) -> None:
    (person,) = [m for m in _mentions(text) if m[0] == "person"]
    assert person[1].split()[:2] in (["Lukashenko", "Aleksandr"], ["Lukashenka", "Aliaksandr"])
    assert not [m for m in _mentions(text) if m[0] == "surname"]


@pytest.mark.parametrize(
    "text",
    [
        "He met Lukashenko, Alexander said.",  # prose: the comma is the sentence's
        "Lukashenko, Viktor Orban and Putin",  # Viktor is Orban's
        "Lukashenko, Kyiv and Minsk",  # no given name after the comma
        "Lukashenko,Alexander",  # no space: no list writes so
    ],
)
def test_a_comma_in_prose_or_before_other_words_joins_nothing(text: str) -> None:
    assert ("surname", "Lukashenko") in _mentions(text)
    assert not [m for m in _mentions(text) if m[0] == "person" and "Lukashenko" in m[1]]


def test_a_list_is_unified_whole_and_pairs_stay_of_one_language() -> None:
    text = (
        "Aliaksandr Lukashenka spoke. Aliaksandr Lukashenka left. Aliaksandr Lukashenka sat.\n"
        "Alexander Lukashenko came.\n"
        "1. Lukashenko, Alexander\n"
        "2. LUKASHENKO, Alexander\n"
        "3. LUKASHENKO, Aleksandr Grigoryevich\n"
        "4. LUKASHENKO, Aliaksandr\n"
    )
    lines = Normalizer()(text).splitlines()
    assert lines[2] == "1. Lukashenka, Aliaksandr"
    assert lines[3] == "2. LUKASHENKA, Aliaksandr"  # the spelling of line 1, in capitals
    # A spelling seen only in capitals counts for nothing: its surname alone takes the
    # cluster's form, where the given name pairs with it (Aleksandr is Russian, Lukashenka
    # Belarusian; Aliaksandr is Belarusian).
    assert lines[4] == "3. LUKASHENKO, Aleksandr Grigoryevich"
    assert lines[5] == "4. LUKASHENKA, Aliaksandr"


def test_a_table_read_as_text_unifies_its_names() -> None:
    table = 'id,name\n1,"Kovalenko, Serhii"\n2,"Kovalenko, Sergei"\n3,"Smith, John"\n'
    assert Normalizer()(table) == table.replace("Sergei", "Serhii")


def test_a_surname_without_a_suffix_is_read_before_an_east_slavic_given_name() -> None:
    assert _mentions("SHOIGU, Sergei Kuzhugetovich") == [("person", "Shoigu Sergei Kuzhugetovich")]
    assert _mentions("1. Shoygu, Sergey\n") == [("person", "Shoygu Sergey")]
    # not before a given name of no Cyrillic one, nor a short word, nor in prose
    assert _mentions("1. Meyer, Michael\n") == []
    assert _mentions("He met Kuchma, Leonid said.") == []
    # the word was skipped alone before: it is no longer reported so
    from translit import Normalizer

    assert Normalizer().skipped("1. Shoygu, Sergey\n") == []


def test_a_list_s_suffixless_surnames_are_unified_as_the_prose_s_are() -> None:
    text = "Sergei Shoigu spoke. Sergei Shoigu left.\n1. Shoygu, Sergey\n2. Maier, Maria\n"
    out = Normalizer()(text + "Maria Meyer came.\n")
    assert out.splitlines()[1:3] == ["1. Shoigu, Sergei", "2. Maier, Maria"]
    # An acronym in capitals may be read so, but the wordlist knows it: it merges with nothing.
    text = "UNESCO, Sergei said.\nUNESKO, Sergey said.\n"
    assert Normalizer()(text) == text


_LIST_WORDS = [
    "LUKASHENKO",
    "Lukashenka",
    "Aleksandr",
    "Aliaksandr",
    "Grigoryevich",
    "SHOIGU",
    "Shoygu",
    "Sergei",
    "Viktor",
    "Orban",
    "Maier",
    "Maria",
    "Kyiv",
    "said",
    "the",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_LIST_WORDS), min_size=1, max_size=12),
    st.lists(st.sampled_from([" ", ", ", ",", "\n", "\n1. ", '\n17,"', ". "]), max_size=12),
)
def test_mentions_stay_in_order_apart_and_outside_the_skips(
    words: list[str], seps: list[str]
) -> None:
    text = "".join(w + (seps[i] if i < len(seps) else " ") for i, w in enumerate(words))
    skips: list[Skip] = []
    found = find_mentions(text, [], skips=skips)
    assert found == find_mentions(text, [])
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert all(text[w.start : w.end] == w.text for w in m.words)
    # a word read into a person is no longer reported as skipped alone
    in_mentions = {w.start for m in found for w in m.words}
    assert not any(k.start in in_mentions for k in skips)
