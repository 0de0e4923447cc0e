"""A surname without a suffix alone, once the input has shown it in a full name."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.lone_surnames import lone_mentions
from translit.text.mentions import find_mentions
from translit.text.protect import protected_spans


def _normalize(text: str) -> str:
    return Normalizer(language="en")(text)


def test_a_lone_spelling_takes_the_form_of_its_full_name() -> None:
    text = "Leonid Kuchma spoke. Leonid Kutschma wrote. Later Kutschma resigned; Kutschma's aide."
    assert _normalize(text) == text.replace("Kutschma", "Kuchma")


def test_only_whole_words_outside_protected_text() -> None:
    text = (
        "Sergei Shoigu said. Sergey Shoygu replied. Shoygu-era plans, Shoygus, "
        "https://x.org/Shoygu and `Shoygu` stay."
    )
    assert _normalize(text) == text.replace("Sergey Shoygu", "Sergei Shoigu")


def test_no_full_name_no_lone_surname() -> None:
    # alone, nothing tells a word without a suffix from a word of the language
    text = "Kuchma spoke. Kutschma wrote. Leonid Kuchma left."
    assert _normalize(text) == text
    # and a surname the clusters keep apart is not looked for
    text = "Maria Meyer spoke. Maria Maier left. Maier said."
    assert _normalize(text) == text


_PIECES = [
    "Kutschma",
    "Kutschma's",
    "Kutschma-era",
    "Leonid Kutschma",
    "`Kutschma`",
    "https://k.org/Kutschma",
    "xKutschma",
    "Kutschmas",
    " ",
    ". ",
    ", ",
    "\n",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_lone_mentions_are_whole_words_outside_every_other_span(pieces: list[str]) -> None:
    text = "".join(pieces)
    spans, _ = protected_spans(text)
    mentions = find_mentions(text, spans)
    taken = [(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in spans]
    for m in lone_mentions(text, spans, mentions, {"Kutschma": 1}):
        assert text[m.start : m.end] == "Kutschma"
        assert m.start == 0 or not (text[m.start - 1].isalnum() or text[m.start - 1] in "'’-")
        assert m.end == len(text) or not (text[m.end].isalnum() or text[m.end] == "-")
        assert all(e <= m.start or m.end <= s for s, e in taken)


def test_a_discovery_s_spellings_are_read_when_a_text_holds_them(monkeypatch: Any) -> None:
    # A discovery applied row by row may hold 100,000 spellings: reading each through the gate
    # before the first row cost 10 s. Only the words a text holds are read.
    from translit.text import lone_surnames, words
    from translit.text.cluster import Cluster
    from translit.text.plan import Plan

    clusters = [
        Cluster(f"Kuchmo{i}", ((f"Kuchmo{i}", 2), (f"Kutschmo{i}", 1)), f"k{i}", "surname", "en")
        for i in range(2000)
    ] + [Cluster("Kuchma", (("Kuchma", 2), ("Kutschma", 1)), "k", "surname", "en")]
    read: list[str] = []
    real = words.facts

    def counted(word: str) -> Any:
        read.append(word)
        return real(word)

    monkeypatch.setattr(words, "facts", counted)
    lone = Plan(clusters).lone_surnames("en")
    assert lone is not None and read == []
    assert "Kutschma" in lone and "Kuchma" not in lone  # (the canonical is no lone spelling)
    assert lone.get("Kutschma") is clusters[-1]
    assert "Unheard" not in lone
    assert set(read) <= {"Kutschma", "Kuchma", "Unheard"}  # (the words asked about, no more)
    assert lone_surnames.without_suffix("Kutschma")


def test_a_plan_without_a_rewritten_surname_looks_for_none() -> None:
    from translit.text.cluster import Cluster
    from translit.text.plan import Plan

    single = [Cluster("Kuchma", (("Kuchma", 3),), "k", "surname", "en")]
    assert Plan(single).lone_surnames("en") is None
