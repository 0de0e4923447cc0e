"""The compiled engine's own promises: the short path for words, the caches by name, pickling,
and the shape of the pattern its speed depends on."""

from __future__ import annotations

import pickle
import re

import pytest

import translit
from translit.standards import cache
from translit.standards.cache import NAME_CACHE_SIZE, compile_scheme, runs_by_name
from translit.standards.pattern import alternation, char_class, context_pattern


def test_a_word_and_the_same_word_in_a_long_text_agree() -> None:
    word = "Щербаков Алексеев ЩЕКА Юрьевич"
    long = (word + " ") * 10  # over the length of the short path
    assert translit.transliterate(long, "ru") == (translit.transliterate(word, "ru") + " ") * 10


def test_the_fast_path_still_rejects_what_is_not_text() -> None:
    translit.transliterate("Щ", "ru")  # compiled: later calls take the one-lookup path
    with pytest.raises(TypeError, match="text must be a str"):
        translit.transliterate(b"\xd0\xa9", "ru")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="scheme must be a str"):
        translit.transliterate("Щ", ["ru"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown scheme"):
        translit.transliterate("Щ", "ru-bgn")


def test_names_by_which_a_standard_was_asked_for_are_bounded_and_cleared() -> None:
    for i in range(NAME_CACHE_SIZE + 10):
        compile_scheme(" " * i + "ru")
    assert len(runs_by_name[False]) <= NAME_CACHE_SIZE
    assert translit.transliterate("Щ", " ru") == "Shch"
    translit.clear_caches()
    assert not runs_by_name[False] and not runs_by_name[True]
    before = compile_scheme("ru")
    cache.clear_caches()
    assert compile_scheme("ru") is not before


def test_a_compiled_standard_pickles() -> None:
    compiled = compile_scheme("uk", names=True)
    again = pickle.loads(pickle.dumps(compiled))
    text = "Згурський, Андрі́й, Київ"
    assert again(text) == compiled(text) == "Zghurskyi, Andrii, Kyiv"


def test_every_branch_starts_with_a_literal_letter() -> None:
    """re skips ahead only with a pattern whose every top-level branch starts with a literal:
    the speed of every standard depends on it (see translit.standards.pattern)."""
    for scheme in translit.schemes():
        regex = context_pattern(compile_scheme(scheme.id).tables).regex
        if regex is None:
            continue
        parsed = re._parser.parse(regex.pattern, regex.flags)  # type: ignore[attr-defined]
        (op, (_, branches)) = parsed.data[0]
        assert str(op) == "BRANCH", scheme.id
        for branch in branches:
            assert str(branch.data[0][0]) == "LITERAL", (scheme.id, branch)


def test_alternation_groups_by_letter_and_keeps_the_order() -> None:
    assert alternation([("a", "1"), ("B", "2"), ("a", "3")]) == "(?:a(?:1|3)|B(?:2))"


def test_char_class_matches_exactly_its_characters() -> None:
    chars = set("аб вгд-]^\\жё") | {"ѐ", "ё"}
    regex = re.compile(char_class(chars))
    for cp in range(0x500):
        assert bool(regex.fullmatch(chr(cp))) == (chr(cp) in chars), chr(cp)
