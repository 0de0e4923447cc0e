"""Hypothesis properties of every shipped standard."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import translit
from translit.engine import compile_scheme
from translit.registry import load_scheme_data

ALL = [s.id for s in translit.schemes()]
REVERSIBLE = [s.id for s in translit.schemes() if s.reversible]


def source_letters(scheme: str) -> list[str]:
    return sorted(compile_scheme(scheme).source_letters)


def lower_letters(scheme: str) -> list[str]:
    return sorted(load_scheme_data(scheme)["letters"])


def words(scheme: str, min_size: int = 1) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(lower_letters(scheme)), min_size=min_size, max_size=12)


def texts(scheme: str) -> st.SearchStrategy[str]:
    """Text of words in lower, Title or UPPER case separated by spaces and punctuation."""
    word = st.tuples(words(scheme), st.sampled_from(["lower", "title", "upper"])).map(
        lambda wc: (
            wc[0] if wc[1] == "lower" else wc[0].title() if wc[1] == "title" else wc[0].upper()
        )
    )
    sep = st.sampled_from([" ", ", ", "-", "\n", "\r\n", ". ", " 12 ", "\t"])
    return st.lists(st.tuples(word, sep), max_size=8).map(lambda ps: "".join(w + s for w, s in ps))


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_never_raises_on_any_str(scheme: str, data: st.DataObject) -> None:
    text = data.draw(st.text())
    assert isinstance(translit.transliterate(text, scheme), str)
    assert isinstance(translit.transliterate(text, scheme, fallback="unidecode"), str)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_auto_never_raises(text: str) -> None:
    assert isinstance(translit.transliterate(text, "auto"), str)


@pytest.mark.parametrize("scheme", REVERSIBLE)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_round_trip(scheme: str, data: st.DataObject) -> None:
    text = data.draw(texts(scheme))
    # Signs with one form for both cases (ISO 9 ʺ ʹ) come back lower-case by design.
    caseless = {
        c
        for c in source_letters(scheme)
        if c.isupper() and compile_scheme(scheme)(c) == compile_scheme(scheme)(c.lower())
    }
    text = "".join(c.lower() if c in caseless else c for c in text)
    # Sequences the standard itself writes like other letters (sr-latin нј = њ) are listed in
    # the data file; real spelling never has them.
    ambiguous = load_scheme_data(scheme).get("reverse_ambiguous", [])
    assume(not any(seq in text.lower() for seq in ambiguous))
    latin = translit.transliterate(text, scheme)
    assert translit.transliterate(latin, scheme, reverse=True) == text


@pytest.mark.parametrize("scheme", REVERSIBLE)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_reverse_never_raises(scheme: str, data: st.DataObject) -> None:
    assert isinstance(translit.transliterate(data.draw(st.text()), scheme, reverse=True), str)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=0x400, max_codepoint=0x52F)))
def test_iso9_leaves_no_cyrillic_letter(text: str) -> None:
    out = translit.transliterate(text, "iso-9")
    assert not any("\u0400" <= c <= "\u052f" and c.isalpha() for c in out), out


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_text_without_source_letters_is_unchanged(scheme: str, data: st.DataObject) -> None:
    data_file = load_scheme_data(scheme)
    own = set(source_letters(scheme)) | set(data_file.get("extra", {}))
    text = data.draw(st.text().filter(lambda t: not (set(t) & own)))
    assert translit.transliterate(text, scheme) == text


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_all_caps_word_is_the_upper_case_of_the_lower_case_word(
    scheme: str, data: st.DataObject
) -> None:
    word = data.draw(words(scheme, min_size=2))
    upper = word.upper()
    if len(upper) != len(word) or not any(c.isupper() for c in upper[1:]) or not upper[0].isupper():
        return  # caseless scripts and letters without a single upper-case form
    assert translit.transliterate(upper, scheme) == translit.transliterate(word, scheme).upper()


@pytest.mark.parametrize(
    "scheme",
    [
        s
        for s in ALL
        if not load_scheme_data(s).get("title")
        and not any(r.get("title") for r in load_scheme_data(s).get("rules", []))
    ],
)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_title_case_word_capitalises_the_first_letter(scheme: str, data: st.DataObject) -> None:
    word = data.draw(words(scheme, min_size=2))
    first = word[0].upper()
    if len(first) != 1 or first == word[0]:
        return
    head = translit.transliterate(word[0], scheme)
    if not any(c.lower() != c.upper() for c in head):
        return  # ъ ь and other signs have no capital: the next letter stays lower-case
    out = translit.transliterate(word, scheme)
    titled = translit.transliterate(first + word[1:], scheme)
    cased = next((i for i, c in enumerate(out) if c.lower() != c.upper()), None)
    expected = out if cased is None else out[:cased] + out[cased].upper() + out[cased + 1 :]
    assert titled == expected


@pytest.mark.parametrize("scheme", ALL)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_nfc_and_nfd_input_give_the_same_output(scheme: str, data: st.DataObject) -> None:
    text = data.draw(texts(scheme))
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert translit.transliterate(nfd, scheme) == translit.transliterate(nfc, scheme)
