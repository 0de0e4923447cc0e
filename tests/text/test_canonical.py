"""Canonical forms: which spelling of a cluster the others become."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.canonical import Choice, choose, plain_latin


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
