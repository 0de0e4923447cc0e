"""Canonical forms: which spelling of a cluster the others become."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.canonical import Choice, choose, plain_latin, stress_only


def _choose(counts: dict[str, int], mode: str = "frequent") -> Choice:
    order = list(counts)
    return choose(sorted(counts), counts.__getitem__, lambda s: ("d", order.index(s)), mode)


def test_the_most_frequent_spelling_wins_and_a_tie_goes_to_the_first_seen() -> None:
    assert _choose({"Lukashenka": 1, "Lukashenko": 2}) == Choice("Lukashenko", "frequent")
    assert _choose({"Lukashenka": 1, "Lukashenko": 1}) == Choice("Lukashenka", "first-seen")
    assert _choose({"Lukashenko": 3, "Lukashenka": 1}, "first") == Choice("Lukashenko", "first")


def test_a_spelling_with_its_diacritics_wins_over_a_plain_copy() -> None:
    assert _choose({"Abramovic": 5, "Abramović": 1}) == Choice("Abramović", "marked")
    assert _choose({"Abramović": 1, "Abramovic": 5}, "first") == Choice("Abramović", "first")
    # the most frequent of several marked forms; a form that differs in letters is no copy
    assert _choose({"Petrovic": 5, "Petrović": 2, "Petrovič": 3}) == Choice("Petrovič", "marked")
    assert _choose({"Petrovich": 5, "Petrović": 2}) == Choice("Petrovich", "frequent")


def test_a_stress_accent_is_not_a_name_s_own_diacritic() -> None:
    # The Spanish press marks the stressed vowel (Tarás, Medvédev): no copy with the name's
    # letters, so the majority's plain spelling stays, and a tie goes to the spelling seen first.
    assert _choose({"Taras": 2, "Tarás": 1}) == Choice("Taras", "frequent")
    assert _choose({"Medvedev": 1, "Medvédev": 1}) == Choice("Medvedev", "first-seen")
    assert _choose({"Tarás": 2, "Taras": 1}) == Choice("Tarás", "frequent")
    # one accent beside a letter of the name's own, or two in a word, are diacritics
    assert _choose({"Dvorak": 2, "Dvořák": 1}) == Choice("Dvořák", "marked")
    assert _choose({"Vitalij": 2, "Vìtalìj": 1}) == Choice("Vìtalìj", "marked")
    assert stress_only("Tarás Shevchénko") and stress_only("Éduard")
    assert not stress_only("Taras") and not stress_only("Wałęsa") and not stress_only("Andreï")


def test_a_stress_accent_never_replaces_a_plain_name_in_prose() -> None:
    text = "Taras Shevchenko wrote poems. Tarás Shevchenko was praised in Madrid."
    assert Normalizer()(text) == text.replace("Tarás", "Taras")


def test_native_script_spellings_keep_their_own_choice() -> None:
    assert plain_latin("Горбачёв") is None
    assert _choose({"Горбачев": 2, "Горбачёв": 1}) == Choice("Горбачев", "frequent")


@given(
    st.dictionaries(
        st.sampled_from(["Abramovic", "Abramović", "Abramovič", "Abramowitz"]),
        st.integers(1, 5),
        min_size=1,
    )
)
def test_the_choice_never_drops_a_diacritic_it_could_keep(counts: dict[str, int]) -> None:
    pick = _choose(counts).spelling
    assert pick in counts
    if pick.isascii():
        assert not any(plain_latin(s) == pick for s in counts if not s.isascii())


def test_the_reason_says_why() -> None:
    text = "Marina Abramović performed. Abramovic said, and Abramovic left."
    changes = Normalizer(language="en").explain(text)
    assert [c.replacement for c in changes] == ["Abramović", "Abramović"]
    assert "Abramović is the same spelling with its diacritics" in changes[0].reason


def test_a_full_name_chosen_for_its_surname_says_so() -> None:
    text = "Viktor Yanukovych spoke. Yanukovich said. Viktor Yanukovich left. Yanukovych."
    changes = Normalizer(language="en").explain(text)
    person = next(c for c in changes if c.reason.startswith("same name as Viktor Yanukovych"))
    assert person.reason.endswith(
        "Viktor Yanukovych is written with the surname's canonical spelling (Yanukovych)"
    )


_NAMES = [
    "Viktor Yanukovych",
    "Yanukovych",
    "Yanukovich",
    "Viktor Yanukovich",
    "Lukashenko",
    "Lukashenka",
    "Alexander Lukashenko",
    "Aliaksandr Lukashenka",
    "Abramovic",
    "Abramović",
]


@given(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=12))
def test_a_reason_never_claims_a_majority_it_does_not_have(names: list[str]) -> None:
    import re

    for change in Normalizer(language="en").explain(". ".join(names) + "."):
        counts = re.search(
            r"most frequent spelling in this input, (\d+) against (\d+)", change.reason
        )
        if counts:
            assert int(counts.group(1)) > int(counts.group(2)), change.reason


def _ranked(counts: dict[str, int], ranks: dict[str, int], only_home: bool = False) -> Choice:
    """With ``only_home``, every spelling is an exonym when it is not at home."""
    order = list(counts)
    return choose(
        sorted(counts),
        counts.__getitem__,
        lambda s: ("d", order.index(s)),
        "frequent",
        ranks.__getitem__,
        (lambda s: True) if only_home else None,
    )


def test_a_tie_goes_to_the_spelling_most_at_home_before_the_first_seen() -> None:
    ranks = {"Janukowitsch": 0, "Yanukovych": 2, "Yanukovich": 2}
    tie = {"Janukowitsch": 1, "Yanukovych": 1}
    assert _ranked(tie, ranks) == Choice("Yanukovych", "home")
    three = {"Janukowitsch": 1, "Yanukovich": 1, "Yanukovych": 1}
    assert _ranked(three, ranks) == Choice("Yanukovich", "home-first-seen")
    # a name's majority still decides: home is only a tie-break
    assert _ranked({"Janukowitsch": 2, "Yanukovych": 1}, ranks) == Choice(
        "Janukowitsch", "frequent"
    )
    # a first-seen spelling at home as much as any keeps its basis
    assert _ranked({"Yanukovych": 1, "Janukowitsch": 1}, ranks) == Choice(
        "Yanukovych", "first-seen"
    )
    # 'first' is the spelling seen first, whatever home says
    assert choose(
        ["Janukowitsch", "Yanukovych"],
        tie.__getitem__,
        lambda s: (s, 0),
        "first",
        ranks.__getitem__,
    ) == Choice("Janukowitsch", "first")


def test_a_place_takes_a_form_at_home_however_often_another_is_quoted() -> None:
    ranks = {"Moskau": 0, "Moscow": 1, "Moskva": 1}
    assert _ranked({"Moskau": 3, "Moscow": 1}, ranks, True) == Choice("Moscow", "home")
    assert _ranked({"Moskau": 3, "Moskva": 1, "Moscow": 2}, ranks, True) == Choice("Moscow", "home")
    # no form at home: the most frequent, as without a home test
    assert _ranked({"Moskau": 3, "Moscou": 1}, {"Moskau": 0, "Moscou": 0}, True) == Choice(
        "Moskau", "frequent"
    )


@given(
    st.dictionaries(
        st.sampled_from(["Kyiv", "Kiev", "Kiew", "Kijów", "Kijow", "Kyjiw"]),
        st.integers(1, 4),
        min_size=1,
    ),
    st.dictionaries(
        st.sampled_from(["Kyiv", "Kiev", "Kiew", "Kijów", "Kijow", "Kyjiw"]),
        st.integers(0, 3),
    ),
    st.booleans(),
)
def test_home_breaks_ties_and_overrules_exonyms(
    counts: dict[str, int], given_ranks: dict[str, int], only_home: bool
) -> None:
    ranks = {s: given_ranks.get(s, 0) for s in counts}
    choice = _ranked(counts, ranks, only_home)
    pick = choice.spelling
    if choice.basis == "marked":  # the marked copy of the spelling chosen
        pick = plain_latin(pick) or pick
    best = max(counts.values())
    if only_home:  # an exonym gives way to any spelling at home
        assert ranks[pick] > 0 or not any(ranks.values())
    else:  # a tie goes to the spelling most at home
        assert counts[pick] == best
        assert ranks[pick] == max(r for s, r in ranks.items() if counts[s] == best)
