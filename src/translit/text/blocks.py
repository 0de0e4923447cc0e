"""Clustering in blocks: a census cut into parts that cluster alone, so an engine can spread it.

Every decision of :func:`~translit.text.clusters.build_clusters` is taken between spellings
that share a *node*:

- a surname and the spellings it could merge with share a blocking key
  (:func:`translit.name_keys`), and whether it is dropped as a common word depends only on the
  spellings it shares a key with;
- a full name votes for its surname and is grouped within its surname's cluster, so it joins
  the node of that surname (``s Lukashenko``) and of its keys;
- places merge by the ids of the place table, native-script words by :func:`native_key`.

A block is a union of whole connected components of the graph *spelling — node* (per language,
after the texts too short to tell their language have joined the main one). Clustering each
block alone therefore gives exactly the clusters of the whole census, whatever the number of
blocks and the order they are clustered in (``tests/text/test_blocks.py`` checks it by
hypothesis). Under a standard as the canonical mode, the standard's forms are given after the
merge (:func:`merge_blocks`): they look across the clusters of a language.

The nodes of a spelling depend on the spelling alone (:mod:`translit.text.nodes`), so they can
be worked out where a part of the corpus was counted, and only the union-find is left to the
process that cuts the blocks; a block travels with the parses and keys they carry
(:func:`block_columns`).

>>> from translit import Normalizer
>>> n = Normalizer(language="en")
>>> census = n.census(["Lukashenko met Zelensky.", "Lukashenka and Zelenskyy.", "Lukashenko."])
>>> parts = blocks(census, 2)
>>> [sorted(e.spelling for e in part.tallies) for part in parts]
[['Lukashenka', 'Lukashenko'], ['Zelensky', 'Zelenskyy']]
>>> merge_blocks([cluster_block(p) for p in parts]) == build_clusters(census)
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from .census import Census, Entry, Tally
from .census_io import Columns, from_columns
from .clusters import Cluster, build_clusters, cluster_order
from .nodes import GIVEN, Parse, keys_of, nodes_of, parse_of

__all__ = [
    "BlockColumns",
    "block_columns",
    "blocks",
    "cluster_block",
    "cluster_columns",
    "merge_blocks",
]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def blocks(
    census: Census, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None = None
) -> list[Census]:
    """Cut ``census`` into at most ``n`` blocks of whole components, balanced by size.

    Entries that cannot count (seen only in ALL CAPS) are left out; texts too short to tell
    their language are joined to the main one first, as :func:`build_clusters` does.
    ``nodes`` (from :func:`~translit.text.nodes.spelling_nodes`) saves working the nodes out
    again.
    """
    joined, parts = _cut(census, n, nodes)
    tallies = joined.tallies
    return [
        Census({e: Tally(tallies[e].mixed, tallies[e].caps, tallies[e].first) for e in part})
        for part in parts
    ]


class BlockColumns(NamedTuple):
    """A block as it travels: the columns of its census (:mod:`.census_io`), the parse of each
    of its full names and the keys of each of its surnames (:mod:`.nodes`), so that clustering
    it parses and reads none of them again."""

    columns: Columns
    parses: dict[str, Parse]
    keys: dict[str, tuple[str, ...]]


def block_columns(
    census: Census, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None = None
) -> list[BlockColumns]:
    """The blocks of :func:`blocks` as they travel, made straight from ``census``: an engine
    sends them to its workers without building them here (:func:`cluster_columns` clusters
    one)."""
    joined, parts = _cut(census, n, nodes)
    tallies = joined.tallies
    out: list[BlockColumns] = []
    for part in parts:
        ts = [tallies[e] for e in part]
        kinds: list[str] = [e.kind for e in part]
        columns: Columns = (
            [e.language for e in part],
            kinds,
            [e.spelling for e in part],
            [t.mixed for t in ts],
            [t.caps for t in ts],
            [t.first[0] for t in ts],
            [t.first[1] for t in ts],
        )
        parses: dict[str, Parse] = {}
        keys: dict[str, tuple[str, ...]] = {}
        for e in part:
            if e.kind not in ("person", "surname"):
                continue
            own = nodes.get((e.kind, e.spelling)) if nodes is not None else None
            if own is None:
                own = nodes_of(e.kind, e.spelling)
            surname = e.spelling
            if e.kind == "person":
                parses[e.spelling] = parse = parse_of(own)
                if parse[0] is None:
                    continue
                surname = parse[0]
            if surname not in keys:
                keys[surname] = keys_of(own)
        out.append(BlockColumns(columns, parses, keys))
    return out


def _cut(
    census: Census, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None
) -> tuple[Census, list[list[Entry]]]:
    """The census with its undetermined texts joined, and the entries of each block, sorted
    (no block is empty)."""
    from .clusters import _undetermined_joined

    if n < 1:
        raise ValueError(f"the number of blocks must be at least 1, not {n}")
    census = _undetermined_joined(census)
    entries = sorted(e for e, t in census.tallies.items() if t.mixed)
    uf = _UnionFind()
    ids: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries):
        uf.add()
        key = (e.kind, e.spelling)
        own = nodes.get(key) if nodes is not None else None
        for node in own if own is not None else nodes_of(e.kind, e.spelling):
            if node.startswith(GIVEN):
                continue
            at = ids.get((e.language, node))
            if at is None:
                ids[(e.language, node)] = i  # a node is represented by its first entry
            else:
                uf.union(at, i)
    components: dict[int, list[Entry]] = {}
    for i, e in enumerate(entries):
        components.setdefault(uf.find(i), []).append(e)
    # The biggest components first, each to the block with the least so far (ties: the
    # first block), so the blocks are balanced and the cut depends on the census alone.
    ordered = sorted(components.values(), key=lambda c: (-len(c), c[0]))
    loads = [0] * min(n, max(len(ordered), 1))
    parts: list[list[Entry]] = [[] for _ in loads]
    for component in ordered:
        b = min(range(len(loads)), key=lambda i: (loads[i], i))
        parts[b] += component
        loads[b] += len(component)
    return census, [sorted(part) for part in parts if part]


def cluster_block(block: Census, mode: str = "frequent") -> list[Cluster]:
    """The clusters of one block (under a standard, before the standard's forms are given)."""
    return build_clusters(block, mode=mode if mode in ("frequent", "first") else "frequent")


def cluster_columns(block: BlockColumns, mode: str = "frequent") -> list[Cluster]:
    """:func:`cluster_block` of a block made by :func:`block_columns`, with the parses and
    keys it carries."""
    return build_clusters(
        Census(from_columns(block.columns)),
        mode=mode if mode in ("frequent", "first") else "frequent",
        parses=block.parses,
        keys=block.keys,
    )


def merge_blocks(parts: Iterable[Sequence[Cluster]], mode: str = "frequent") -> list[Cluster]:
    """The clusters of the whole census from those of its blocks, in :func:`build_clusters`'
    order."""
    from .clusters import _by_standard

    out = [c for part in parts for c in part]
    if mode not in ("frequent", "first"):
        by_language: dict[str, list[Cluster]] = {}
        for c in out:
            by_language.setdefault(c.language, []).append(c)
        out = [c for lang in sorted(by_language) for c in _by_standard(by_language[lang], mode)]
    out.sort(key=cluster_order)
    return out
