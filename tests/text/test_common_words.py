"""Common words of a language, read from wordfreq's lists (``text/common_words.py``)."""

from __future__ import annotations

import importlib.util

import pytest
import wordfreq

from translit.text import common_words
from translit.text.common_words import _read_wordlist, is_common, is_known
from translit.text.language import _LANGUAGES, wordlist_language

# Every wordfreq list the normalizer may read.
_WORDLISTS = {
    wordlist_language(lang, cyrillic) for lang in _LANGUAGES for cyrillic in (False, True)
}


@pytest.mark.parametrize("language", ["en", "de", "sh"])
def test_the_list_read_directly_is_wordfreqs(language: str) -> None:
    assert _read_wordlist(language) == wordfreq.get_frequency_dict(language, wordlist="best")


def _forget() -> None:
    caches = (common_words._buckets, common_words._common, common_words._known)
    for cache in (*caches, common_words._frequencies):
        cache.cache_clear()


def test_without_the_file_wordfreq_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read_wordlist("xx") is None  # no such list
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    _forget()
    try:
        assert _read_wordlist("en") is None
        assert common_words._common("en") is None
        assert common_words._known("en") is None
        assert is_common("Games", "en") and not is_common("Lukashenka", "en")
        assert is_known("Dione", "en") and not is_known("Bajmut", "en")
    finally:
        _forget()


@pytest.mark.parametrize("language", sorted(_WORDLISTS))
def test_the_common_words_read_from_the_frequent_buckets_are_the_tables(language: str) -> None:
    # is_common reads a set made from the frequent buckets alone; it must say what the whole
    # table says, for every word of every list the normalizer reads (a word listed in two
    # buckets, which the format rules out, would fail this).
    common = common_words._common(language)
    assert common is not None and len(common) > 1000
    floor = common_words._floor("common_zipf")
    table = common_words._frequencies(language)
    assert {w for w, f in table.items() if f >= floor} == common


@pytest.mark.parametrize("language", sorted(_WORDLISTS))
def test_the_known_words_read_from_the_buckets_are_the_tables(language: str) -> None:
    # is_known reads a set made from the buckets down to its floor: the same words the whole
    # table holds at or above it.
    known = common_words._known(language)
    assert known is not None and len(known) > 1000
    floor = common_words._floor("known_zipf")
    table = common_words._frequencies(language)
    assert {w for w, f in table.items() if f >= floor} == known
