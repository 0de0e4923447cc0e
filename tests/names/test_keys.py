"""name_key and its relation to same_name.

For one word, name_key depends only on the key of the word's most likely reading (and on table
forms and confirmed endings), so two words whose most likely readings fold alike get one key
whenever same_name holds; the test over the development clusters checks exactly that, and that
name_keys always meet for the other matches.
"""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit.names.given import given_names
from translit.names.parsing import split_tokens
from translit.names.spelling import primary_reading

from .strategies import LANGS, surnames

CLUSTERS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev_clusters.tsv"


def _single_word_clusters() -> dict[str, list[str]]:
    if not CLUSTERS.exists():
        pytest.skip("../shared/eval/ (the name-variant evaluation set) is not available")
    clusters: defaultdict[str, set[str]] = defaultdict(set)
    with CLUSTERS.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if len(split_tokens(row["variant"])) == 1:
                clusters[row["cluster_id"]].add(row["variant"])
    return {cid: sorted(vs) for cid, vs in clusters.items()}


def _primary_keys(word: str) -> str:
    return "-".join(primary_reading(p).key for p in split_tokens(word)[0].split("-") if p)


def test_name_key_is_shared_when_the_most_likely_readings_agree() -> None:
    """Over the development clusters: single words that same_name joins and whose most likely
    readings fold alike have one name_key; every other match still shares a name_keys key."""
    matches = keys_differ = 0
    for words in _single_word_clusters().values():
        for a, b in itertools.combinations(words, 2):
            if not translit.same_name(a, b):
                continue
            matches += 1
            if _primary_keys(a) == _primary_keys(b):
                assert translit.name_key(a) == translit.name_key(b), (a, b)
            elif translit.name_key(a) != translit.name_key(b):
                keys_differ += 1
                assert translit.name_keys(a) & translit.name_keys(b), (a, b)
    # The docstring of name_key says "about one single-word match in seven".
    assert 0 < keys_differ < matches / 6


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LANGS), st.sampled_from(["m", "f"]), st.data())
def test_cyrillic_word_and_its_english_romanization_share_a_name_key(
    lang: str, gender: str, data: st.DataObject
) -> None:
    # The BGN/PCGN-style romanizations are read back under the English convention, which is
    # their most likely reading: one key whenever they match.
    word = data.draw(surnames(lang, gender))
    standard = {"ru": "ru-bgn-pcgn", "uk": "uk-kmu-2010", "be": "be-bgn-pcgn"}[lang]
    latin = translit.transliterate(word, standard)
    if translit.same_name(word, latin) and _primary_keys(word) == _primary_keys(latin):
        keys = translit.name_key(word), translit.name_key(latin)
        # A nominative ending of another language that the place table confirms is read only
        # off Latin letters (name_key's docstring): Tamska is Latvian for Tomsk, Тамська not.
        if not any(k.startswith("@") for k in keys):
            assert keys[0] == keys[1]


@pytest.mark.parametrize("row", sorted(given_names()))
def test_every_form_of_a_given_name_has_its_row_as_key(row: str) -> None:
    name = given_names()[row]
    for form in name.ru + name.uk + name.be:
        if " " in form or "-" in form:
            continue
        key = translit.name_key(form)
        assert key == "#" + row or (key.startswith(("#", "@"))), (form, key)
