"""Regular expressions built to be found in few steps (:mod:`translit.variants.patterns`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.variants.patterns import alternation, anchors, any_of, found_alike
from translit.variants.press import checker, press_conventions

CONVENTIONS = sorted(press_conventions())
_READERS_LETTERS = "abcehijkloqrstuvwxyzâûêìǵʺčšžłćśźńěřŭõāēīūōļņķģėųįąę"


@settings(max_examples=200, deadline=None)
@given(st.text(_READERS_LETTERS, max_size=12))
def test_a_reader_s_patterns_are_found_alike_rewritten(text: str) -> None:
    # found_alike (each branch beginning with one letter) is found where the reading
    # data's pattern is: implausible spellings and required ones of every reader.
    from translit.names.conventions import implausible, requirements

    for found in (implausible(), requirements()):
        for reader, pattern in found.items():
            alike = found_alike(pattern)
            assert alike is not None
            assert (alike.search(text) is None) == (pattern.search(text) is None), reader


def test_a_pattern_with_an_optional_first_letter_is_kept() -> None:
    for text in ("a?b|c", "(?:ab)|c", "[a-c]x|d", "\\wx"):
        pattern = re.compile(text)
        assert found_alike(pattern) is pattern


def test_every_grapheme_of_several_readings_holds_an_anchor() -> None:
    assert anchors({"au", "eu", "ou"}) == ("u",)
    assert anchors({"sch", "au", "s"}) == ("a", "s")
    assert anchors({"ab", "cd", "ef"}) == ()
    for convention in CONVENTIONS:
        check = checker(convention, "ru")
        for grapheme in check.ways:
            assert not check.anchors or any(a in grapheme for a in check.anchors)


@settings(max_examples=150, deadline=None)
@given(
    st.sets(st.text("абвгдеж'", min_size=1, max_size=3), min_size=1, max_size=12),
    st.text("абвгдеж'", max_size=10),
)
def test_a_tree_of_strings_is_found_where_one_of_them_is(strings: set[str], text: str) -> None:
    tree, plain = any_of(strings), alternation(strings)
    assert tree is not None and plain is not None
    assert (tree.search(text) is None) == (plain.search(text) is None)
