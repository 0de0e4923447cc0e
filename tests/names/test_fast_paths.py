"""Each shortcut of name matching against a plain reference, by hypothesis: the one-scan test
before the cognate rules, the last-letter test before the nominative endings, and the decision
that stops at the first matching alignment (same_name) against the scored comparison."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.names import decide, endings
from translit.names.conventions import implausible
from translit.names.fold import cognate_rules, plain_fold, with_cognates
from translit.names.parsing import analyze
from translit.names.spelling import cyrillic_form

from .strategies import LANGS, cyrillic_names, surnames

LATIN_WORDS = st.text(st.sampled_from("abcdeghijklmnoprstuvyzšžčāėąüóáu"), min_size=1, max_size=12)


def _reference_cognates(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Every rule applied in turn, without the one-scan test."""
    out = list(keys)
    for rule in cognate_rules():
        rewritten = [rule.pattern.sub(rule.replace, k) for k in out]  # type: ignore[arg-type]
        if rewritten == out:
            continue
        rewritten = [re.sub(r"(.)\1+", r"\1", k) for k in rewritten]
        out = rewritten + [k for k in out if k not in rewritten]
    return tuple(dict.fromkeys(out))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGS), st.sampled_from(["m", "f"]), st.data())
def test_cognate_shortcut_agrees_with_reference(
    lang: str, gender: str, data: st.DataObject
) -> None:
    word = cyrillic_form(data.draw(surnames(lang, gender)))
    base = plain_fold(word)
    assert with_cognates(base) == _reference_cognates(base)


def _reference_stems(token: str, kind: str) -> tuple[tuple[str, str], ...]:
    low = unicodedata.normalize("NFC", token).lower()
    out = []
    for e in endings.endings():
        if kind not in e.kinds or not low.endswith(e.ending) or len(low) <= len(e.ending) + 2:
            continue
        rest = low[: -len(e.ending)]
        rx = implausible().get(e.convention)
        if e.after.search(rest) and not (rx is not None and rx.search(low)):
            out.append((e.language, rest + e.replace))
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(LATIN_WORDS, st.sampled_from(endings.KINDS))
def test_ending_shortcut_agrees_with_reference(word: str, kind: str) -> None:
    assert endings.stems(word, kind) == _reference_stems(word, kind)


@settings(max_examples=300, deadline=None)
@given(cyrillic_names(), st.data())
def test_decision_agrees_with_the_scored_comparison(
    lang_name: tuple[str, str], data: st.DataObject
) -> None:
    _, name = lang_name
    other = data.draw(st.one_of(cyrillic_names().map(lambda ln: ln[1]), st.just(name)))
    standard = data.draw(st.sampled_from(["ru-bgn-pcgn", "uk-kmu-2010", "be-passport", "iso-9"]))
    latin = translit.transliterate(other, standard)
    for a, b in ((name, latin), (name, other)):
        fast = decide.compare(analyze(a), analyze(b), scored=False).same
        assert fast == decide.compare(analyze(a), analyze(b)).same
        assert fast == translit.same_name(a, b)
