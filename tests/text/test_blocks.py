"""Clustering in blocks equals clustering the whole census: any split, any order, any mode."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import Census, Normalizer, name_keys
from translit.text.blocks import (
    block_columns,
    blocks,
    cluster_block,
    cluster_columns,
    merge_blocks,
)
from translit.text.census import Entry, Tally
from translit.text.census_io import from_columns
from translit.text.clusters import _surname_of, build_clusters
from translit.text.discovery import Discovery, changing
from translit.text.nodes import GIVEN, nodes_of, parse_of, spelling_nodes

from .strategies import corpora

MODES = ["frequent", "first", "ru-bgn-pcgn"]


def _split(docs: list[str], cuts: list[int], rnd: random.Random) -> list[list[str]]:
    order = list(docs)
    rnd.shuffle(order)
    points = sorted({c % (len(order) + 1) for c in cuts})
    parts, start = [], 0
    for p in [*points, len(order)]:
        parts.append(order[start:p])
        start = p
    return parts


@settings(max_examples=60, deadline=None)
@given(
    corpora,
    st.lists(st.integers(0, 20), max_size=4),
    st.integers(1, 9),
    st.sampled_from(MODES),
    st.randoms(use_true_random=False),
)
def test_blocks_of_any_split_cluster_as_the_whole(
    docs: list[str], cuts: list[int], n: int, mode: str, rnd: random.Random
) -> None:
    normalizer = Normalizer(canonical=mode)
    whole = normalizer.census(docs)
    expected = build_clusters(whole, mode=mode)
    # The census of the parts, added in any order, with the nodes worked out per part.
    censuses = [normalizer.census(part) for part in _split(docs, cuts, rnd)]
    rnd.shuffle(censuses)
    total, nodes = Census(), {}
    for c in censuses:
        total = total + c
        nodes.update(spelling_nodes(c, nodes))
    assert total == whole
    parts = blocks(total, n, nodes if rnd.random() < 0.5 else None)
    assert len(parts) <= n
    found = [cluster_block(p, mode) for p in parts]
    rnd.shuffle(found)  # blocks finish in any order
    assert merge_blocks(found, mode) == expected
    # The public door gives the same discovery, in blocks or whole.
    assert normalizer.discover(total, blocks=n) == normalizer.discover(whole)


def test_blocks_are_whole_components_balanced_by_size() -> None:
    n = Normalizer(language="en")
    census = n.census(["Lukashenko, Lukashenka and Alexander Lukashenko. Zelensky, Zelenskyy."])
    parts = blocks(census, 2)
    spellings = [sorted(e.spelling for e in p.tallies) for p in parts]
    assert spellings == [
        ["Alexander Lukashenko", "Lukashenka", "Lukashenko"],
        ["Zelensky", "Zelenskyy"],
    ]
    # One block holds everything; never more blocks than components.
    assert [len(p) for p in blocks(census, 1)] == [5]
    assert len(blocks(census, 50)) == 2
    with pytest.raises(ValueError, match="at least 1"):
        blocks(census, 0)


def test_entries_seen_only_in_all_caps_are_left_out() -> None:
    census = Normalizer(language="en").census(["LUKASHENKA and NATO. Zelensky."])
    assert [e.spelling for p in blocks(census, 4) for e in p.tallies] == ["Zelensky"]


def test_a_full_name_meets_its_surname_and_its_keys() -> None:
    person = nodes_of("person", "Serhii Grabskyi")
    assert person[0] == "s Grabskyi"
    assert person[-1] == GIVEN + "Serhii"  # carried, not linked through
    assert set(person[:-1]) == set(nodes_of("surname", "Grabskyi"))
    assert parse_of(person) == ("Grabskyi", "Serhii") == _surname_of("Serhii Grabskyi")
    assert set(nodes_of("surname", "Grabsky")) & set(person)  # a key in common
    assert nodes_of("native", "Горба́чёв") == nodes_of("native", "горбачев")


def test_progress_is_told_after_each_block() -> None:
    seen: list[tuple[int, int]] = []
    docs = ["Lukashenko and Lukashenka. Zelensky and Zelenskyy. Grabsky, Grabskyi."]
    n = Normalizer(language="en")
    found = n.discover(docs, blocks=3, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert found == n.discover(docs)


def test_blocks_in_worker_processes_give_the_same_discovery() -> None:
    docs = ["Lukashenko and Lukashenka. Zelensky and Zelenskyy. Grabsky, Grabskyi."] * 3
    n = Normalizer(language="en")
    assert n.discover(docs, workers=2) == n.discover(docs)


@settings(max_examples=40, deadline=None)
@given(corpora, st.integers(1, 5))
def test_blocks_sent_as_columns_are_the_blocks(docs: list[str], n: int) -> None:
    census = Normalizer().census(docs)
    as_columns = [Census(from_columns(b.columns)) for b in block_columns(census, n)]
    assert as_columns == census.blocks(n)
    for b in block_columns(census, n):  # the parses and keys carried are the parser's
        assert all(set(k) == name_keys(s) for s, k in b.keys.items())
        for p, (surname, given_name) in b.parses.items():
            parsed = _surname_of(p)
            assert (surname, given_name if surname else None) == (
                parsed[0],
                parsed[1] if parsed[0] else None,
            )
    assert [cluster_columns(c) for c in block_columns(census, n)] == [
        cluster_block(b) for b in census.blocks(n)
    ]


@settings(max_examples=40, deadline=None)
@given(corpora, st.integers(1, 5), st.sampled_from(MODES))
def test_a_block_keeps_back_only_what_no_discovery_keeps(
    docs: list[str], n: int, mode: str
) -> None:
    normalizer = Normalizer(canonical=mode)
    census = normalizer.census(docs)
    parts = block_columns(census, n)
    every = [cluster_columns(b, mode) for b in parts]
    kept = [cluster_columns(b, mode, changing_only=True) for b in parts]
    if mode in ("frequent", "first"):  # clusters of one unchanged spelling stay behind
        assert kept == [changing(found) for found in every]
    else:  # a standard looks across every cluster of a language when the blocks are merged
        assert kept == every
    assert Discovery(changing(merge_blocks(kept, mode))) == normalizer.discover(census)


def test_an_unlisted_full_name_meets_the_surname_its_first_word_spells() -> None:
    # "Staryi Zhizhka", an unlisted full name (carriers), says Staryi is no surname to merge
    # (a given name of another language): it must be clustered beside the surname Staryi,
    # not only beside its own surname, or a block without it would merge Staryi (found on
    # Ukrainian prose transliterated: the CLI's workers and Normalizer.discover(blocks=N)
    # differed from one process).
    def tally(n: int, doc: str) -> Tally:
        return Tally(n, 0, (doc, 0))

    census = Census(
        {
            Entry("uk", "surname", "Staryi"): tally(42, "a"),
            Entry("uk", "surname", "Starii"): tally(4, "b"),
            Entry("uk", "surname", "Staryy"): tally(2, "c"),
            Entry("uk", "unlisted", "Staryi Zhizhka"): tally(1, "d"),
        }
    )
    assert "s Staryi" in nodes_of("unlisted", "Staryi Zhizhka")
    whole = build_clusters(census)
    assert [sorted(sp for sp, _ in c.variants) for c in whole if len(c.variants) > 1] == [
        ["Starii", "Staryy"]
    ]
    for n in (1, 2, 3, 4):
        assert merge_blocks([cluster_block(p) for p in blocks(census, n)]) == whole
