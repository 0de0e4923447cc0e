"""Hypothesis properties of issue 10: no source-script letter in any output, stress marks are
only marks, ``auto`` is idempotent and gives one standard per name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit._unicode import script_letters, script_of, strip_marks
from translit.standards.auto import language_spans
from translit.standards.detection import alphabet
from translit.standards.registry import load_scheme_data

ALL = [s.id for s in translit.schemes()]
CYRILLIC = [s.id for s in translit.schemes() if s.script == "Cyrillic"]
SEPARATORS = st.sampled_from([" ", ", ", "-", "\n", ". ", "'", "’", "«", "» ", "; ", "\u0301"])


def script_text(script: str) -> st.SearchStrategy[str]:
    """Letters of the whole script (not only the standard's), with marks and punctuation."""
    letter = st.sampled_from(script_letters(script))
    piece = st.one_of(letter, letter, letter, SEPARATORS, st.sampled_from(["\u0300", "\u0308"]))
    return st.lists(piece, max_size=30).map("".join)


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_no_letter_of_the_source_script_in_the_output(scheme: str, data: st.DataObject) -> None:
    script = load_scheme_data(scheme)["script"]
    text = data.draw(script_text(script))
    for marks in ("keep", "drop"):
        out = translit.transliterate(text, scheme, marks=marks)  # type: ignore[arg-type]
        left = [c for c in out if c.isalpha() and script_of(c) == script]
        assert not left, (text, out)


def cyrillic_word(scheme: str) -> st.SearchStrategy[str]:
    letters = sorted(load_scheme_data(scheme)["letters"])
    word = st.text(st.sampled_from(letters), min_size=1, max_size=10)
    return st.tuples(word, st.sampled_from(["lower", "title", "upper"])).map(
        lambda wc: (
            wc[0] if wc[1] == "lower" else wc[0].title() if wc[1] == "title" else wc[0].upper()
        )
    )


@pytest.mark.parametrize("scheme", CYRILLIC)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_stress_marks_change_nothing_but_themselves(scheme: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(cyrillic_word(scheme), min_size=1, max_size=4))
    text = " ".join(words)
    # A stress mark after some of the letters: not after ь or ъ (where it means nothing), nor
    # where letter and mark are another letter (г + ◌́ is the Macedonian ѓ in Unicode).
    where = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    stressed = "".join(
        c + "\u0301"
        if w
        and c.isalpha()
        and c.lower() not in "ьъ"
        and len(unicodedata.normalize("NFC", c + "\u0301")) == 2
        else c
        for c, w in zip(text, where)
    )
    plain = translit.transliterate(text, scheme)
    kept = translit.transliterate(stressed, scheme)
    assert strip_marks(unicodedata.normalize("NFD", kept)) == strip_marks(
        unicodedata.normalize("NFD", plain)
    )
    assert translit.transliterate(stressed, scheme, marks="drop") == plain


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_auto_is_idempotent_on_any_text(text: str) -> None:
    once = translit.transliterate(text, "auto")
    assert translit.transliterate(once, "auto") == once


MIXED = st.sampled_from(["ru", "uk", "be", "bg", "sr", "mk"])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_auto_is_idempotent_on_cyrillic_greek_and_georgian(data: st.DataObject) -> None:
    script = data.draw(st.sampled_from(["Cyrillic", "Greek", "Georgian"]))
    text = data.draw(script_text(script)) + " " + data.draw(script_text("Cyrillic"))
    once = translit.transliterate(text, "auto")
    assert translit.transliterate(once, "auto") == once
    assert not any(c.isalpha() and script_of(c) for c in once), once


def name_in(lang: str) -> st.SearchStrategy[str]:
    letters = sorted(c for c in alphabet(lang) if c.isalpha())
    word = st.text(st.sampled_from(letters), min_size=2, max_size=9).map(str.title)
    return st.lists(word, min_size=2, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_auto_gives_one_standard_per_name(data: st.DataObject) -> None:
    lang = data.draw(MIXED)
    name = data.draw(name_in(lang))
    context = data.draw(
        st.sampled_from(["Вчера {} сказал, что это так.", "Учора {} сказав.", "{}"])
    )
    text = context.format(name)
    start = text.index(name)
    spans = language_spans(text)
    inside = {
        lang
        for s, e, lang in spans
        if s < start + len(name) and e > start and not (s >= start and text[s:e].isspace())
    }
    cuts = [s for s, _, _ in spans if start < s < start + len(name)]
    assert not cuts, (text, spans)
    assert len(inside) == 1
