"""What every engine does on a part of a corpus, and how the parts make a discovery.

:func:`scan` counts a part of the corpus into a census on a worker; censuses travel through
the engine's tree as columns (:mod:`translit.text.census_io`) and add up in any order
(:func:`add_all`, :func:`add_into`). (A plain dictionary would be quicker to add up by itself,
but Dask walks every entry of a dictionary that a task returns: measured 25 % slower.)
:func:`discovery_of` then makes the discovery of the whole census in two rounds of work that
the engine spreads over its workers (``map_all``: any map over a list that keeps its order):
the nodes of the distinct spellings, each worked out once
(:func:`translit.text.nodes.spelling_nodes`, on shards of the census), then the blocks cut
with them, sent as columns (:func:`translit.text.blocks.block_columns`) and clustered
(:func:`translit.text.blocks.cluster_columns`), merged at the end.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .._collector import paused
from .._values import is_missing
from ..text.blocks import block_columns, cluster_columns, merge_blocks
from ..text.census import Census, Tally
from ..text.discovery import Discovery, changing
from ..text.nodes import NODES_CACHE_SIZE, Nodes, spelling_nodes
from ..text.normalizer import Normalizer

__all__ = [
    "add_all",
    "add_into",
    "add_scans",
    "clear_caches",
    "default_blocks",
    "discovery_of",
    "scan",
    "scan_into",
    "scan_with_nodes",
    "shards",
]

T = TypeVar("T")
R = TypeVar("R")

#: ``map_all(function, items)``: the engine's map over a list, results in order.
MapAll = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


def scan(normalizer: Normalizer, texts: Iterable[Any]) -> Census:
    """The census of ``texts`` (each a document named by its digest, as
    :meth:`~translit.Normalizer.census` names them): a text that occurs k times is counted once
    and weighs k times; missing values are skipped."""
    return scan_into(normalizer, texts, Census())


def scan_into(normalizer: Normalizer, texts: Iterable[Any], census: Census) -> Census:
    """:func:`scan`, adding into ``census`` (returned)."""
    times: dict[str, int] = {}
    for t in texts:
        if isinstance(t, str):
            times[t] = times.get(t, 0) + 1
        elif not is_missing(t):
            raise TypeError(f"a text must be a str, not {type(t).__name__}")
    # As Normalizer.census does, the cyclic collector is off while the texts are read (they
    # are in memory here: no code of the caller runs inside).
    with paused():
        for text, k in times.items():
            if k == 1:
                normalizer.count(text, census)
                continue
            one = Census()
            normalizer.count(text, one)
            census.update(
                Census({e: Tally(t.mixed * k, t.caps * k, t.first) for e, t in one.tallies.items()})
            )
    return census


#: The spellings whose nodes this process has sent, for the discovery run that sent them
#: (one run at a time; bounded like the nodes' own cache).
_sent: dict[str, set[tuple[str, str]]] = {}


def clear_caches() -> None:
    """Forget which nodes this process has sent (:func:`translit.clear_caches` calls it)."""
    _sent.clear()


def scan_with_nodes(
    normalizer: Normalizer, texts: Iterable[Any], run: str = ""
) -> tuple[Census, Nodes]:
    """The census of ``texts`` and the nodes of its spellings, worked out where the texts were
    just read (the worker's caches hold their words): clustering then needs no round of its own
    to find them.

    With ``run`` (a token of one discovery), a process sends each spelling's nodes once per run,
    with the first of its parts that has it: every part's result reaches the sum, and a
    spelling whose nodes went missing (a part counted again elsewhere) has them worked out
    where the blocks are cut, so the discovery is the same either way.
    """
    census = scan(normalizer, texts)
    if not run:
        return census, spelling_nodes(census)
    sent = _sent.get(run)
    if sent is None or len(sent) > NODES_CACHE_SIZE:
        _sent.clear()
        sent = _sent[run] = set()
    nodes = spelling_nodes(census, sent)
    sent.update(nodes)
    return census, nodes


def add_scans(scans: Iterable[tuple[Census, Nodes]]) -> tuple[Census, Nodes]:
    """The sum of the censuses of ``scans`` and the union of their nodes (none is changed)."""
    total, nodes = Census(), {}
    for census, own in scans:
        total.update(census)
        nodes.update(own)
    return total, nodes


def add_all(censuses: Iterable[Census]) -> Census:
    """The sum of ``censuses`` in a new census (none of them is changed)."""
    total = Census()
    for c in censuses:
        total.update(c)
    return total


def add_into(total: Census, part: Census) -> Census:
    """``part`` added into ``total``, which is returned (as Spark's aggregate may do)."""
    total.update(part)
    return total


def shards(census: Census, n: int) -> list[Census]:
    """``census`` cut into at most ``n`` parts of about equal size, each spelling (of every
    language) in one part, so that its nodes are worked out once."""
    by_spelling: dict[tuple[str, str], list[Any]] = {}
    for e in census.tallies:
        by_spelling.setdefault((e.kind, e.spelling), []).append(e)
    keys = sorted(by_spelling)
    size = -(-len(keys) // max(n, 1)) or 1
    out = []
    for start in range(0, len(keys), size):
        part = Census()
        for key in keys[start : start + size]:
            for e in by_spelling[key]:
                part.tallies[e] = census.tallies[e]
        out.append(part)
    return out


def default_blocks(workers: int) -> int:
    """Blocks enough for the workers to share the clustering evenly."""
    return 8 * max(workers, 1)


def discovery_of(
    whole: Census,
    normalizer: Normalizer,
    map_all: MapAll,
    blocks: int,
    workers: int,
    nodes: Nodes | None = None,
) -> Discovery:
    """The discovery of ``whole``: its blocks (and its nodes, unless the scan gave them)
    worked out by ``map_all``."""
    from .._log import timed

    # The client cuts the blocks and rebuilds the clusters received, a few objects per
    # spelling and no cycles: the collector would walk the whole census each time.
    with timed("clustering") as facts, paused():
        if nodes is None:
            nodes = {}
            for part in map_all(spelling_nodes, shards(whole, 2 * max(workers, 1))):
                nodes.update(part)
        # Sent as the columns a census pickles as, made straight from the whole census.
        parts = block_columns(whole, blocks, nodes)
        # A block's clusters of one spelling alone stay on its worker (most of them).
        one = functools.partial(cluster_columns, mode=normalizer.canonical, changing_only=True)
        found = merge_blocks(map_all(one, parts), normalizer.canonical)
        out = Discovery(changing(found))
        facts.update(spellings=len(whole), blocks=len(parts), clusters=len(out))
    return out
