"""The changes a plan makes to one text's mentions (text/plan_changes.py)."""

from __future__ import annotations

from translit import Normalizer
from translit.text.mentions import find_mentions
from translit.text.plan import Plan
from translit.text.plan_changes import plan_changes
from translit.text.protect import protected_spans


def _changes(corpus: str, text: str) -> list[tuple[str, str]]:
    plan = Plan(list(Normalizer(language="en").discover([corpus])))
    spans, _ = protected_spans(text)
    found = plan_changes(text, spans, find_mentions(text, spans), plan, "en", None)
    return sorted((c.original, c.replacement) for c in found)


def test_mentions_alone_and_lone_surnames_take_their_clusters_forms() -> None:
    corpus = "Leonid Kuchma spoke. Leonid Kutschma wrote. Lukashenko, Lukashenko and Lukashenka."
    text = "Lukashenka met Leonid Kutschma; Kutschma left. See `Kutschma`."
    assert _changes(corpus, text) == [
        ("Kutschma", "Kuchma"),
        ("Kutschma", "Kuchma"),
        ("Lukashenka", "Lukashenko"),
    ]


def test_a_spelling_the_clusters_do_not_change_is_left_alone() -> None:
    corpus = "Lukashenko, Lukashenko and Lukashenka."
    assert _changes(corpus, "Lukashenko spoke. Kuchma spoke.") == []


def test_a_surname_written_first_takes_only_a_form_its_given_name_pairs_with() -> None:
    corpus = "Aliaksandr Lukashenka spoke. Aliaksandr Lukashenka left. Alexander Lukashenko came."
    # Aleksandr is the Russian form, Lukashenka the Belarusian: the surname alone would mix them
    assert _changes(corpus, "LUKASHENKO, Aleksandr Grigoryevich, is listed.") == []
    assert _changes(corpus, "Lukashenko, Aleksandr, is listed.") == []
    # a given name of the canonical surname's language, or none, lets the surname change
    assert _changes(corpus, "Lukashenko, Aliaksandr, is listed.") == [("Lukashenko", "Lukashenka")]
    assert _changes(corpus, "President Lukashenko, in Minsk.") == [("Lukashenko", "Lukashenka")]
    # a suffix-less surname written first, alone in the text, is held to the same pairing
    corpus = "Leonid Kutschma wrote. Leonid Kutschma spoke. Leonid Kuchma came."
    assert _changes(corpus, "Kuchma, Leonid, spoke.") == [("Kuchma", "Kutschma")]
