"""Each shortcut of name matching against a plain reference, by hypothesis: the one-scan test
before the cognate rules, the last-letter test before the nominative endings, the decision
that stops at the first matching alignment against the scored comparison, and the fast paths
against :mod:`translit.names.reference` (readings, folds, the signature tests of the given-name
and place lookups, and the screen of same_name) on random and development-like input."""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import names
from translit.names import decide, endings, reference, spelling
from translit.names.conventions import conventions, implausible
from translit.names.fold import cognate_rules, fold_variants, plain_fold, with_cognates
from translit.names.given import given_name_ids, given_names
from translit.names.parsing import analyze, split_tokens, tokens_by_pattern
from translit.names.places import place_ids, places, primary_place_ids
from translit.names.spelling import cyrillic_form

from .strategies import (
    CYRILLIC_WORDS,
    LANGS,
    LATIN_WORDS,
    STANDARDS,
    cyrillic_names,
    surnames,
)

ENDING_WORDS = st.text(st.sampled_from("abcdeghijklmnoprstuvyzšžčāėąüóáu"), min_size=1, max_size=12)
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
GIVEN_FORMS = {f for row in given_names().values() for f in row.forms}
PLACE_FORMS = {f for p in places().values() for f in p.forms}


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
@given(ENDING_WORDS, st.sampled_from(endings.KINDS))
def test_ending_shortcut_agrees_with_reference(word: str, kind: str) -> None:
    assert endings.stems(word, kind) == _reference_stems(word, kind)
    every = tuple((k, stem) for k in endings.KINDS for _, stem in _reference_stems(word, k))
    assert endings.every_stem(word) == every


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


# -- readings, folds, table lookups and same_name against translit.names.reference ----------


# Letters and graphemes of every convention (diacritics, apostrophes, the signs), so that the
# random tokens meet contexts, finals and ambiguous graphemes.
_READ_LETTERS = sorted(
    {c for c_ in conventions().values() for g in c_.graphemes for c in g if c != "$"}
)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(_READ_LETTERS), min_size=1, max_size=14))
def test_a_convention_reads_as_its_plain_reading(token: str) -> None:
    # The fast reading matches only the graphemes the table does not read; the reference
    # matches every grapheme in turn. The first spelling alone is the first of them.
    for convention in conventions().values():
        spellings = convention.read(token)
        assert spellings == reference.convention_read(convention, token), (convention.name, token)
        assert convention.first(token) == spellings[0], (convention.name, token)


@settings(max_examples=300, deadline=None)
@given(st.one_of(LATIN_WORDS, CYRILLIC_WORDS), st.randoms(use_true_random=False))
def test_readings_depend_on_the_lower_case_word_alone(word: str, rng: random.Random) -> None:
    # The gate reads a word as written and shares the reading between its tests (the ending
    # test asks for the lower-case word): the reading must not depend on case.
    mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
    assert spelling.reading_spellings(mixed) == spelling.reading_spellings(mixed.lower())


@settings(max_examples=600, deadline=None)
@given(LATIN_WORDS)
def test_readings_agree_with_the_reference(word: str) -> None:
    assert spelling.readings(word) == reference.readings(word)
    assert spelling.fresh_token_keys(word) == spelling.token_keys(word)
    for r in spelling.readings(word):
        assert plain_fold(r.spelling) == reference.plain_fold(r.spelling)
        assert fold_variants(r.spelling) == reference.fold_variants(r.spelling)


@settings(max_examples=600, deadline=None)
@given(st.one_of(LATIN_WORDS, CYRILLIC_WORDS, st.sampled_from(sorted(GIVEN_FORMS))))
def test_given_name_lookup_agrees_with_the_reference(word: str) -> None:
    assert given_name_ids(word) == reference.given_name_ids(word)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(st.one_of(LATIN_WORDS, CYRILLIC_WORDS), min_size=1, max_size=3).map(" ".join),
        st.sampled_from(sorted(PLACE_FORMS)),
        st.sampled_from(sorted(PLACE_FORMS)).map(lambda p: p + "as"),
    )
)
def test_place_lookup_agrees_with_the_reference(name: str) -> None:
    assert place_ids(name) == reference.place_ids(name)


def _variant(draw: st.DrawFn) -> str:
    """A name the way they come: generated in Cyrillic and transliterated, with apostrophes
    and the letters of other languages, a given name or a place of the tables, or letters."""
    kind = draw(st.sampled_from(["cyrillic", "latin", "given", "place", "random"]))
    if kind in ("cyrillic", "latin"):
        lang, name = draw(cyrillic_names())
        if kind == "latin":
            name = translit.transliterate(name, draw(st.sampled_from(STANDARDS[lang])))
        return name
    if kind == "given":
        return draw(st.sampled_from(sorted(GIVEN_FORMS)))
    if kind == "place":
        return draw(st.sampled_from(sorted(PLACE_FORMS)))
    return " ".join(draw(st.lists(st.one_of(LATIN_WORDS, CYRILLIC_WORDS), min_size=1, max_size=2)))


@st.composite
def name_pairs(draw: st.DrawFn) -> tuple[str, str]:
    a = _variant(draw)
    how = draw(st.sampled_from(["other", "same", "transliterated", "reversed", "surname"]))
    if how == "other":
        return a, _variant(draw)
    if how == "same":
        return a, a
    if how == "reversed":
        return a, " ".join(reversed(a.split()))
    if how == "surname":
        return a, a.split()[-1]
    lang = draw(st.sampled_from(sorted(STANDARDS)))
    return a, translit.transliterate(a, draw(st.sampled_from(STANDARDS[lang])))


@settings(max_examples=600, deadline=None)
@given(name_pairs())
def test_same_name_agrees_with_the_reference(pair: tuple[str, str]) -> None:
    a, b = pair
    names.clear_caches()  # the screen and the reference each from scratch
    fast = translit.same_name(a, b)
    names.clear_caches()
    assert fast == reference.same_name(a, b), pair


def test_same_name_agrees_with_the_reference_on_the_development_set() -> None:
    path = EVAL / "dev_clusters.tsv"
    if not path.exists():
        pytest.skip("../shared/eval/ (the name-variant evaluation set) is not available")
    clusters: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            clusters.setdefault(row["cluster_id"], []).append(row["variant"])
    rng = random.Random(5)
    ids = sorted(clusters)
    pairs = []
    for cid in ids:
        vs = clusters[cid]
        pairs += [(rng.choice(vs), rng.choice(vs)) for _ in range(3)]
    pairs += [
        (rng.choice(clusters[rng.choice(ids)]), rng.choice(clusters[rng.choice(ids)]))
        for _ in range(4000)
    ]
    screened = [translit.same_name(a, b) for a, b in pairs]
    names.clear_caches()
    plain = [reference.same_name(a, b) for a, b in pairs]
    assert [p for p, x, y in zip(pairs, screened, plain) if x != y] == []


@settings(max_examples=800, deadline=None)
@given(name_pairs())
def test_name_key_agrees_with_the_reference(pair: tuple[str, str]) -> None:
    for name in pair:
        names.clear_caches()
        fast = translit.name_key(name)
        names.clear_caches()
        assert fast == reference.name_key(name), name
        words = [p for w in split_tokens(name) for p in w.split("-") if p]
        assert primary_place_ids(words) == reference.primary_place_ids(words)


# Letters of names with what the token pattern treats apart: modifier-letter apostrophes and
# hard signs (letters to str.isalpha), combining marks, dots, hyphens, digits, the middle dot.
_TOKEN_CHARS = st.sampled_from(
    [
        *"AaLuksheoKyivЛукашэнкаÓóćž",
        *["\u02b9", "\u02bc", "\u02ba", "\u0301", "\u00b7", ".", "-", "'", "’", "3", "_", " "],
        "\t",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(_TOKEN_CHARS, max_size=24), st.text(max_size=16)))
def test_split_tokens_equals_the_token_pattern(name: str) -> None:
    assert split_tokens(name) == tokens_by_pattern(name)


@settings(max_examples=300, deadline=None)
@given(st.one_of(LATIN_WORDS, CYRILLIC_WORDS))
def test_reading_spellings_are_the_readings_without_their_keys(token: str) -> None:
    pairs = [(r.profile, r.spelling) for r in spelling.readings(token)]
    assert list(spelling.reading_spellings(token)) == pairs
