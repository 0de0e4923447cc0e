"""Spans asked of a lexicon (``text/lexicon_probe.py``)."""

from __future__ import annotations

from translit import Lexicon
from translit.text import lexicon_probe
from translit.text.lexicon_probe import lexicon_target, probe_for

LEX = Lexicon(["Alexander Lukashenko", "Kyiv", "Oleg Li"])


def test_a_known_name_in_another_spelling_gets_the_lexicons_form() -> None:
    assert lexicon_target(LEX, "Alexander Lukashenka") == "Alexander Lukashenko"
    assert lexicon_target(LEX, "Lukashenka") == "Lukashenko"  # its surname alone
    assert lexicon_target(LEX, "Kiev") == "Kyiv"
    assert lexicon_target(LEX, "Parliament") is None


def test_a_short_word_needs_an_exact_reading() -> None:
    # Words of 4 letters or fewer are too easy to match by accident (Lee ~ Leo).
    lex = Lexicon(["Vera", "Lee"])
    assert lex.lookup("Leo") is not None and lexicon_target(lex, "Leo") is None
    assert lex.lookup("Vira") is not None and lexicon_target(lex, "Vira") is None
    assert lexicon_target(lex, "Wera") == "Vera"  # one reading: the German spelling


def test_the_probe_keeps_each_answer_and_forgets_when_full(monkeypatch: object) -> None:
    cache: dict[str, str] = {}
    probe = probe_for(LEX, cache)
    assert probe("Lukashenka") and not probe("Parliament")
    assert cache == {"Lukashenka": "Lukashenko", "Parliament": ""}
    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(lexicon_probe, "PROBE_CACHE_SIZE", 1)
        probe("Kiev")  # over the bound: the cache starts again
        assert cache == {"Kiev": "Kyiv"}
