"""Who carries a surname: given names as evidence that spellings are (not) one person's."""

from __future__ import annotations

import pytest

from translit import Normalizer, normalize
from translit.text.carriers import (
    carriers,
    foreign_given,
    given_before,
    people_apart,
    unlisted_names,
)
from translit.text.mentions import find_mentions


def _before(text: str) -> list[str | None]:
    return [given_before(text, m) for m in find_mentions(text, []) if m.kind == "surname"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The economist Kenneth Rogoff spoke.", ["Kenneth"]),
        ("He said, Kenneth Rogoff spoke.", ["Kenneth"]),
        ('the economist "Kenneth Rogoff" spoke.', ["Kenneth"]),
        ("Yesterday Rogoff spoke.", [None]),  # a sentence's first word says nothing
        ("He left. Yesterday Rogoff spoke.", [None]),
        ('He said: "Yesterday Rogoff spoke."', [None]),
        ("(Yesterday Rogoff spoke.)", [None]),
        ("in 2004 Kenneth Rogoff spoke.", [None]),
        ("the economist\nKenneth Rogoff spoke.", [None]),  # a line of its own: a headline
        ("the Olympic Games Rogoff spoke.", [None]),  # a run of capitalised words
        ("the economist Kenneth-Paul Rogoff", [None]),  # a word of letters alone
        ("the economist Rogoff spoke", [None]),  # no capitalised word before
    ],
)
def test_a_word_before_a_surname_is_evidence_in_mid_sentence(
    text: str, expected: list[str | None]
) -> None:
    assert _before(text) == expected


def test_spellings_with_given_names_of_two_people_stay_apart() -> None:
    carried = carriers(
        {"Igor Sikorsky": ("Sikorsky", "Igor"), "A. Sikorska": ("Sikorska", "A.")},
        ["Radosław Sikorski"],
    )
    assert carried == {"Sikorsky": {"Igor"}, "Sikorski": {"Radosław"}}  # initials say nothing
    assert people_apart("Sikorsky", "Sikorski", carried)
    assert not people_apart("Sikorsky", "Sikorskiy", carried)  # no evidence on one side
    assert not people_apart("Sikorskiy", "Sikorskyi", carried)  # no evidence at all


def test_one_given_name_in_common_is_one_person() -> None:
    carried = {
        "Lukashenko": frozenset({"Alexander", "Viktor"}),
        "Lukashenka": frozenset({"Aliaksandr"}),
        "Zelensky": frozenset({"Volodymyr"}),
        "Zelenskyy": frozenset({"Wolodymyr", "Olena"}),
    }
    assert not people_apart("Lukashenko", "Lukashenka", carried)
    assert not people_apart("Zelensky", "Zelenskyy", carried)
    assert people_apart("Lukashenko", "Zelensky", carried)


def test_a_surname_carried_only_by_given_names_of_other_languages_is_their_own() -> None:
    carried = {"Nowitzki": frozenset({"Dirk"}), "Nowicki": frozenset({"Adam"})}
    assert people_apart("Nowitzki", "Nowicki", carried)
    assert people_apart("Nowitzki", "Novitsky", carried)  # Dirk's spelling is his own
    assert not people_apart("Nowicki", "Novitsky", carried)  # Adam is a form of Адам


def test_a_given_name_of_another_language_is_no_form_of_the_table() -> None:
    assert foreign_given("Dirk", "en") and foreign_given("Radosław", "fr")
    assert foreign_given("Kenneth", "en")  # as frequent as a common word, and a name
    assert not foreign_given("Oleksandr", "en") and not foreign_given("Olexander", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Polish minister Radosław Sikorski met the family of Igor Sikorsky. Sikorski and "
        "Sikorsky spoke.",
        "The player Dirk Nowitzki met the mayor Adam Nowicki. Nowicki and Nowitzki spoke.",
        "The president Dilma Rousseff met the writer Alberto Rusev. Rousseff and Rusev spoke.",
        "The economist Kenneth Rogoff met the minister Anatoly Rogov. Rogoff and Rogov spoke.",
    ],
)
def test_people_of_other_languages_keep_their_spellings(text: str) -> None:
    assert normalize(text) == text


def test_one_persons_spellings_still_merge() -> None:
    text = "The leader Alexander Lukashenko spoke. Lukashenka said, and Lukashenko left."
    assert normalize(text).count("Lukashenko") == 3
    headline = "Olympic Games Lukashenka: Lukashenko and Lukashenko again"
    assert "Lukashenka" not in normalize(headline)


def test_evidence_adds_up_across_documents() -> None:
    n = Normalizer(language="en")
    docs = [
        "The minister Radosław Sikorski spoke.",
        "The engineer Igor Sikorsky flew. Sikorsky, Sikorsky.",
        "Sikorski and Sikorsky.",
    ]
    assert all(c.canonical != "Sikorsky" or len(c.variants) == 1 for c in n.discover(docs))
    halves = n.census(docs[:1]) + n.census(docs[1:])
    assert n.discover(halves) == n.discover(docs)


def test_an_applied_discovery_leaves_a_given_name_of_another_language_with_its_surname() -> None:
    n = Normalizer(language="en")
    found = n.discover(["Sikorsky and Sikorski, Sikorsky."])
    assert [c.canonical for c in found] == ["Sikorsky"]
    applied = n.with_clusters(found)
    assert applied("The minister Radosław Sikorski spoke.") == (
        "The minister Radosław Sikorski spoke."
    )
    assert applied("The minister said Sikorski spoke.") == "The minister said Sikorsky spoke."


def test_where_every_noun_is_capitalised_a_word_before_a_surname_is_no_evidence() -> None:
    text = "Der Machthaber Lukaschenko sprach. Später sagte er, dass Lukaschenka ging."
    assert normalize(text, language="de").count("Lukaschenko") == 2
    assert not foreign_given("Machthaber", "de") and not foreign_given("Dirk", "de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chechen leader said Ramzan Kadyrov spoke. Kadyrov met Kadyrow, and Kadyrov left.",
            "The Chechen leader said Ramzan Kadyrov spoke. Kadyrov met Kadyrov, and Kadyrov left.",
        ),
        (
            "We met Nursultan Nazarbayev. Nazarbayev and Nazarbaev spoke. Nazarbayev left.",
            "We met Nursultan Nazarbayev. Nazarbayev and Nazarbayev spoke. Nazarbayev left.",
        ),
    ],
)
def test_names_romanized_from_cyrillic_merge_whatever_the_given_name(
    text: str, expected: str
) -> None:
    # Ramzan and Nursultan are not in the East Slavic table, but both names of each person
    # read as an international romanization: they are written from Cyrillic, not their own.
    assert normalize(text, language="en") == expected


def test_an_applied_discovery_rewrites_a_romanized_name_after_any_given_name() -> None:
    n = Normalizer(language="en")
    applied = n.with_clusters(n.discover(["Nazarbayev and Nazarbaev, Nazarbayev."]))
    assert applied("He met Nursultan Nazarbaev today.") == "He met Nursultan Nazarbayev today."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the minister Raghav Chadha spoke", [("Raghav Chadha", 13)]),
        ("we met Ulrich Schimanski", [("Ulrich Schimanski", 7)]),
        ("Raghav Chadha spoke", []),  # a sentence's first word: a headline or a name
        ("the minister Raghav Chadha-Singh spoke", []),  # part of a longer word
        ("critics of the Lukashenko Government", [("Lukashenko Government", 15)]),
        ("said Lukashenko on Monday", []),
        ("said Lukashenko Monday", []),  # a month or a day is no surname (not_names.json)
    ],
)
def test_a_surname_like_word_before_a_capitalised_word_is_a_given_name(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert list(unlisted_names(text, find_mentions(text, []))) == expected


def test_a_given_name_of_another_language_never_merges_as_a_surname() -> None:
    text = "The minister Raghav Chadha met Kenneth Rogoff. Then Rogoff spoke with Raghav."
    assert normalize(text, language="en") == text
    text = "We saw Ulrich Schimanski meet Oleksandr Shymansky. Schimanski and Shymansky spoke."
    assert normalize(text, language="en") == text
    # a common word after a surname is no surname: the surname still merges
    text = "Critics of the Lukashenko Government met. Lukashenka said, and Lukashenko left."
    assert "Lukashenka" not in normalize(text, language="en")
