"""The census adds up: any split of a corpus, in any order, gives the same counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.census import Census, Entry

DOCS = [
    "Lukashenko spoke in Minsk.",
    "Lukashenka replied. LUKASHENKA left.",
    "Serhii Grabsky and Grabskyi met.",
    "NATO and the HIV report.",
    "Лукашэнка сказаў.",
]


def census(docs: list[str]) -> Census:
    return Normalizer(language="en").census(docs)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(DOCS), max_size=8), st.randoms(use_true_random=False))
def test_addition_is_commutative_and_associative(docs: list[str], rnd: object) -> None:
    whole = census(docs)
    shuffled = list(docs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    cut = len(shuffled) // 2
    assert census(shuffled[:cut]) + census(shuffled[cut:]) == whole
    assert census(shuffled[cut:]) + census(shuffled[:cut]) == whole


def test_all_caps_counts_only_with_a_mixed_case_spelling() -> None:
    c = census(["LUKASHENKA and NATO. Lukashenka."])
    assert c.count(Entry("en", "surname", "Lukashenka")) == 2
    c = census(["LUKASHENKA alone."])
    assert c.count(Entry("en", "surname", "Lukashenka")) == 0
