"""What every engine does on a part of a corpus, and how the parts make a discovery.

A :class:`Scan` is the census of some texts with the nodes of its spellings
(:func:`translit.text.blocks.spelling_nodes`, worked out where the caches are warm); scans
add up in any order. :func:`discovery_of` cuts the whole into blocks, lets the engine cluster
them (``cluster_all``: any map over a list), and merges the result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .._values import is_missing
from ..text.blocks import Nodes, cluster_block, merge_blocks, spelling_nodes
from ..text.census import Census, Tally
from ..text.clusters import Cluster
from ..text.discovery import Discovery, changing
from ..text.normalizer import Normalizer

__all__ = ["Scan", "add", "discovery_of", "scan"]


@dataclass(frozen=True)
class Scan:
    """The census of some texts and the nodes of its spellings."""

    census: Census
    nodes: Nodes

    def __add__(self, other: Scan) -> Scan:
        return add(self, other)


def add(a: Scan, b: Scan) -> Scan:
    """The scan of both parts (neither is changed)."""
    census = a.census + b.census
    nodes = dict(a.nodes)
    nodes.update(b.nodes)
    return Scan(census, nodes)


def scan(normalizer: Normalizer, texts: Iterable[Any]) -> Scan:
    """The scan of ``texts``: each distinct text is counted once and its counts multiplied by
    the times it occurs (the same census as counting every one); missing values are skipped."""
    times: dict[str, int] = {}
    for t in texts:
        if isinstance(t, str):
            times[t] = times.get(t, 0) + 1
        elif not is_missing(t):
            raise TypeError(f"a text must be a str, not {type(t).__name__}")
    census = Census()
    for text, k in times.items():
        one = normalizer.census([text])
        if k > 1:
            one = Census(
                {e: Tally(t.mixed * k, t.caps * k, t.first) for e, t in one.tallies.items()}
            )
        census.update(one)
    return Scan(census, spelling_nodes(census))


def default_blocks(workers: int) -> int:
    """Blocks enough for the workers to share the clustering evenly."""
    return 8 * max(workers, 1)


def discovery_of(
    whole: Scan,
    normalizer: Normalizer,
    cluster_all: Callable[
        [Callable[[Census], list[Cluster]], Sequence[Census]], Iterable[list[Cluster]]
    ],
    blocks: int,
) -> Discovery:
    """The discovery of a whole scan, its blocks clustered by ``cluster_all(function, blocks)``."""
    from .._log import timed

    with timed("clustering") as facts:
        parts = whole.census.blocks(blocks, whole.nodes)
        one = functools.partial(cluster_block, mode=normalizer.canonical)
        found = merge_blocks(cluster_all(one, parts), normalizer.canonical)
        out = Discovery(changing(found))
        facts.update(spellings=len(whole.census), blocks=len(parts), clusters=len(out))
    return out
