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


def blocks(
    census: Census, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None = None
) -> list[Census]:
    """Cut ``census`` into at most ``n`` blocks of whole components, balanced by size.

    Entries that cannot count (seen only in ALL CAPS) are left out; texts too short to tell
    their language are joined to the main one first, as :func:`build_clusters` does.
    ``nodes`` (from :func:`~translit.text.nodes.spelling_nodes`) saves working the nodes out
    again.
    """
    cut = _cut(census, n, nodes)
    tallies, entries = cut.tallies, cut.entries
    return [
        Census({e: Tally(tallies[e].mixed, tallies[e].caps, tallies[e].first) for e in part})
        for part in ([entries[i] for i in p] for p in cut.parts)
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
    cut = _cut(census, n, nodes)
    tallies, entries, owns = cut.tallies, cut.entries, cut.nodes
    out: list[BlockColumns] = []
    for indices in cut.parts:
        part = [entries[i] for i in indices]
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
        for i in indices:
            kind, spelling = entries[i].kind, entries[i].spelling
            if kind == "person":
                parses[spelling] = parse = parse_of(owns[i])
                if parse[0] is None or parse[0] in keys:
                    continue
                keys[parse[0]] = keys_of(owns[i])
            elif kind == "surname" and spelling not in keys:
                keys[spelling] = keys_of(owns[i])
        out.append(BlockColumns(columns, parses, keys))
    return out


class _Cut(NamedTuple):
    tallies: dict[Entry, Tally]  # the census's, its undetermined texts joined
    entries: list[Entry]  # those that count, sorted
    nodes: list[Sequence[str]]  # the nodes of each
    parts: list[list[int]]  # the entries of each block, in order (no block is empty)


def _cut(census: Census, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None) -> _Cut:
    """The entries that count (sorted), the nodes of each, and the entries of each block."""
    from .census import undetermined_joined

    if n < 1:
        raise ValueError(f"the number of blocks must be at least 1, not {n}")
    census = undetermined_joined(census)
    entries = sorted(e for e, t in census.tallies.items() if t.mixed)
    # Union-find over the entries, each component's root its first entry (so the cut does
    # not depend on the order of the unions); a node is represented by its first entry.
    parent = list(range(len(entries)))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    owns: list[Sequence[str]] = []
    first: dict[str, dict[str, int]] = {}  # per language: node -> its first entry
    language: str | None = None
    here: dict[str, int] = {}  # (entries are sorted: a language's come together)
    for i, e in enumerate(entries):
        if e.language != language:
            language = e.language
            here = first.setdefault(language, {})
        own = nodes.get((e.kind, e.spelling)) if nodes is not None else None
        if own is None:
            own = nodes_of(e.kind, e.spelling)
        owns.append(own)
        if own and own[-1].startswith(GIVEN):  # (a full name's given name is no node)
            own = own[:-1]
        root = i
        for node in own:
            at = here.setdefault(node, i)
            if at != i:
                other = find(at)
                if other < root:
                    parent[root] = root = other
                elif other > root:
                    parent[other] = root
    components: dict[int, list[int]] = {}
    for i in range(len(entries)):
        components.setdefault(find(i), []).append(i)
    # The biggest components first, each to the block with the least so far (ties: the
    # first block), so the blocks are balanced and the cut depends on the census alone.
    ordered = sorted(components.values(), key=lambda c: (-len(c), c[0]))
    loads = [0] * min(n, max(len(ordered), 1))
    parts: list[list[int]] = [[] for _ in loads]
    for component in ordered:
        b = min(range(len(loads)), key=lambda i: (loads[i], i))
        parts[b] += component
        loads[b] += len(component)
    return _Cut(census.tallies, entries, owns, [sorted(part) for part in parts if part])


def cluster_block(block: Census, mode: str = "frequent") -> list[Cluster]:
    """The clusters of one block (under a standard, before the standard's forms are given)."""
    return build_clusters(block, mode=mode if mode in ("frequent", "first") else "frequent")


def cluster_columns(
    block: BlockColumns, mode: str = "frequent", *, changing_only: bool = False
) -> list[Cluster]:
    """:func:`cluster_block` of a block made by :func:`block_columns`, with the parses and
    keys it carries.

    With ``changing_only``, a block clustered under ``frequent`` or ``first`` returns only
    the clusters a discovery keeps (:func:`~translit.text.discovery.changing`): most clusters
    are one spelling alone, and an engine's worker need not send them back. (Under a
    standard every cluster is returned: :func:`merge_blocks` looks across them all.)
    """
    from .._collector import paused

    with paused():  # (the census rebuilt is acyclic, as build_clusters' work is)
        found = build_clusters(
            Census(from_columns(block.columns)),
            mode=mode if mode in ("frequent", "first") else "frequent",
            parses=block.parses,
            keys=block.keys,
        )
    if changing_only and mode in ("frequent", "first"):
        from .discovery import changing

        return changing(found)
    return found


def merge_blocks(parts: Iterable[Sequence[Cluster]], mode: str = "frequent") -> list[Cluster]:
    """The clusters of the whole census from those of its blocks, in :func:`build_clusters`'
    order."""
    from .standard_forms import by_standard

    out = [c for part in parts for c in part]
    if mode not in ("frequent", "first"):
        by_language: dict[str, list[Cluster]] = {}
        for c in out:
            by_language.setdefault(c.language, []).append(c)
        out = [c for lang in sorted(by_language) for c in by_standard(by_language[lang], mode)]
    out.sort(key=cluster_order)
    return out
