"""Common words of a language, read from wordfreq's lists (``text/common_words.py``)."""

from __future__ import annotations

import importlib.util

import pytest
import wordfreq

from translit.text import common_words
from translit.text.common_words import _read_wordlist, is_common, is_known


@pytest.mark.parametrize("language", ["en", "de", "sh"])
def test_the_list_read_directly_is_wordfreqs(language: str) -> None:
    assert _read_wordlist(language) == wordfreq.get_frequency_dict(language, wordlist="best")


def test_without_the_file_wordfreq_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read_wordlist("xx") is None  # no such list
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert _read_wordlist("en") is None
    common_words._frequencies.cache_clear()
    try:
        assert is_common("Games", "en") and not is_common("Lukashenka", "en")
        assert is_known("Dione", "en") and not is_known("Bajmut", "en")
    finally:
        common_words._frequencies.cache_clear()
