"""Common words of a language, read from wordfreq's lists (``text/common_words.py``)."""

from __future__ import annotations

import importlib.util
from typing import Any

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
@pytest.mark.parametrize(
    ("words", "setting"),
    [(common_words._common, "common_zipf"), (common_words._known, "known_zipf")],
)
def test_the_sets_read_from_the_buckets_are_the_tables(
    language: str, words: Any, setting: str
) -> None:
    # is_common and is_known read sets made from the buckets down to their floors; each must
    # say what the whole table says, for every word of every list the normalizer reads (a word
    # listed in two buckets, which the format rules out, would fail this).
    found = words(language)
    assert found is not None and len(found) > 1000
    floor = common_words._floor(setting)
    table = common_words._frequencies(language)
    assert {w for w, f in table.items() if f >= floor} == found
