"""The compiled engine against the plain reference engine (:mod:`translit.standards.reference`),
as RapidFuzz tests its C++ scorers against their pure-Python versions: on random text built
from what each standard reacts to, the two must agree character for character.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import translit
from translit._unicode import APOSTROPHES, LETTER, MARKS, is_letter
from translit.standards import compiler
from translit.standards.cache import _compiled, lent
from translit.standards.reference import Reference
from translit.standards.registry import load_scheme_data

ALL = [s.id for s in translit.schemes()]


def reference(scheme: str, names: bool) -> Reference:
    data = load_scheme_data(scheme)
    fallbacks = [lent(fid, names) for fid in data.get("fallback", ())]
    return Reference(data, fallbacks, names=names)


def alphabet(scheme: str) -> list[str]:
    """What the standard reacts to: its letters in both cases (rule letters more often),
    apostrophes, marks, Latin look-alikes, its extra characters, and what separates words."""
    compiled = _compiled(scheme, False)
    tables = compiled.tables
    letters = sorted(tables.covered | set(tables.outside.aliases))
    rule_letters = sorted({c for r in tables.rules for c in r.match + r.match.upper()})
    through = sorted({c for r in tables.rules for c in r.through})
    return (
        letters
        + rule_letters * 3
        + sorted(tables.caps) * 2
        + sorted(tables.extra)
        + through
        + list(APOSTROPHES) * 2
        + ["\u0301", "\u0300", "\u0306", "\u0308", "\u0483"]
        + list("aceiopxyAEIKMOPTX")
        + [" ", " ", " ", ".", ",", "-", "\n", "«", "»", '"', "(", "5", "_", "²"]
    )


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_compiled_engine_agrees_with_the_reference(scheme: str, data: st.DataObject) -> None:
    # Short texts take the path for words, longer ones (over 64 characters) the one for text.
    text = data.draw(st.text(st.sampled_from(alphabet(scheme)), max_size=90))
    for names in (False, True):
        ref = reference(scheme, names)
        for drop in (False, True):
            marks = "drop" if drop else "keep"
            got = translit.transliterate(text, scheme, names=names, marks=marks)
            assert got == ref(text, drop_marks=drop), (scheme, names, drop, text)


@pytest.mark.parametrize(
    "scheme", ["ru-bgn-pcgn", "uk-kmu-2010", "be-national-2007", "el-elot-743"]
)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_long_text_cut_into_pieces_agrees(scheme: str, data: st.DataObject) -> None:
    """Long texts run in pieces cut after line breaks (compiler._PIECE): with pieces of a few
    characters, every decision near a cut is tested."""
    lines = st.text(st.sampled_from(alphabet(scheme)), max_size=30)
    text = "\n".join(data.draw(st.lists(lines, min_size=2, max_size=12)))
    piece = data.draw(st.integers(1, 12))
    saved = compiler._PIECE, compiler._SHORT
    compiler._PIECE, compiler._SHORT = piece, 0
    try:
        got = translit.transliterate(text, scheme)
    finally:
        compiler._PIECE, compiler._SHORT = saved
    assert got == reference(scheme, False)(text), (piece, text)


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_agrees_on_words_in_every_case(scheme: str, data: st.DataObject) -> None:
    letters = sorted(load_scheme_data(scheme)["letters"])
    word = data.draw(st.text(st.sampled_from(letters), min_size=1, max_size=12))
    ref = reference(scheme, False)
    for form in (word, word.title(), word.upper(), f"{word.upper()} {word.upper()}"):
        assert translit.transliterate(form, scheme) == ref(form), form


@given(st.text())
@example("²_5ʼ")
def test_is_letter_is_the_letter_class(text: str) -> None:
    letter = re.compile(LETTER)
    for c in text:
        assert is_letter(c) == bool(letter.fullmatch(c))


def test_marks_class_is_what_the_reference_strips() -> None:
    assert re.fullmatch(f"[{MARKS}]", "\u0301")
