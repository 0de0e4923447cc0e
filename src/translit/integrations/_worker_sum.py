"""Censuses added up inside each worker process, handed over once per worker.

An engine's reduction sends every part's census through its tree: pickled, moved, added.
Here each worker process keeps one census per discovery run and counts every part it is given
into it (:func:`count_part`); the client then asks each worker for its census
(:func:`take_sum`), with the nodes of the spellings it was assigned, worked out where those
words were read. Which parts each sum holds travels with it, so the client can check that every
part was counted exactly once (a worker lost on the way, or a part counted twice, is seen) and
fall back to the engine's own reduction when not: the census, and so the discovery, is the same
either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..text.census import Census
from ..text.nodes import Nodes, nodes_of
from ..text.normalizer import Normalizer
from ._scan import scan_into

__all__ = [
    "Sum",
    "WorkerSum",
    "assign",
    "clear_caches",
    "combine",
    "count_part",
    "parse_spellings",
    "spellings_of",
    "take_sum",
]


@dataclass
class WorkerSum:
    """One worker's census of a run, the parts counted into it, and whether a part failed
    half-way (then the census cannot be trusted)."""

    census: Census = field(default_factory=Census)
    parts: set[int] = field(default_factory=set)
    broken: bool = False


#: What a worker hands over: its census, the nodes of its assigned spellings, the parts it
#: counted, and whether one broke.
Sum = tuple[Census, Nodes, list[int], bool]

# One sum per run in this process; a new run forgets older ones (one discovery at a time).
_runs: dict[str, WorkerSum] = {}


def clear_caches() -> None:
    """Forget this process's sums (:func:`translit.clear_caches` calls it)."""
    _runs.clear()


def count_part(texts: Iterable[Any], normalizer: Normalizer, run: str, index: int) -> int:
    """Count part ``index`` of the corpus into this process's sum for ``run``; returns
    ``index``. A part counted here before (a retried task) is not counted again."""
    total = _runs.get(run)
    if total is None:
        _runs.clear()
        total = _runs[run] = WorkerSum()
    if index in total.parts:
        return index
    try:
        scan_into(normalizer, texts, total.census)
    except BaseException:
        total.broken = True
        raise
    total.parts.add(index)
    return index


def spellings_of(run: str) -> str:
    """The spellings of this process's sum that clustering needs nodes for, as one string
    (``kind`` and spelling joined by ``\x1f``, one per ``\x1e``-separated record): a hundred
    thousand pairs travel as one object, not as a list the client must rebuild."""
    total = _runs.get(run)
    if total is None:
        return ""
    return "\x1e".join(
        {f"{e.kind}\x1f{e.spelling}" for e, t in total.census.tallies.items() if t.mixed}
    )


def parse_spellings(joined: str) -> list[tuple[str, str]]:
    """The pairs of :func:`spellings_of`."""
    return [(k, s) for k, _, s in (r.partition("\x1f") for r in joined.split("\x1e") if r)]


def take_sum(
    run: str, assigned: Sequence[tuple[str, str]]
) -> tuple[Census, Nodes, list[int], bool]:
    """This process's census of ``run`` (forgotten here), the nodes of the ``assigned``
    spellings, the parts counted, and whether one failed."""
    # A worker that counted nothing of this run (more workers than parts, or restarted) hands
    # over an empty sum: the parts it should have held are then missing, which the client sees.
    total = _runs.pop(run, None) or WorkerSum()
    nodes = {key: nodes_of(*key) for key in assigned}
    return total.census, nodes, sorted(total.parts), total.broken


def combine(sums: Sequence[Sum], parts: int) -> tuple[Census, Nodes] | None:
    """The census and nodes of the workers' ``sums`` added up, or None unless every one of the
    ``parts`` was counted exactly once and none broke. The sums are consumed."""
    from .._collector import paused

    counted = sorted(i for _, _, done, _ in sums for i in done)
    if any(broken for *_, broken in sums) or counted != list(range(parts)):
        return None
    whole: Census | None = None
    nodes: Nodes = {}
    with paused():
        for census, own, _, _ in sums:
            if whole is None:
                whole = census  # the caller's copy: added into, not copied
            else:
                whole.update(census)
            nodes.update(own)
    return whole or Census(), nodes


def assign(seen: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """Each spelling to one of the workers that read it (its caches hold the word): those only
    one worker read go to it, the shared ones to whichever has the fewest so far, so that the
    nodes are worked out once and the work is shared evenly. Depends only on ``seen``.

    >>> assign({"a": [("s", "X"), ("s", "Y")], "b": [("s", "Y"), ("s", "Z")]})
    {'a': [('s', 'X'), ('s', 'Y')], 'b': [('s', 'Z')]}
    """
    holders: dict[tuple[str, str], list[str]] = {}
    for addr in sorted(seen):
        for key in seen[addr]:
            holders.setdefault(key, []).append(addr)
    out: dict[str, list[tuple[str, str]]] = {addr: [] for addr in sorted(seen)}
    shared = []
    for key in sorted(holders):
        owners = holders[key]
        if len(owners) == 1:
            out[owners[0]].append(key)
        else:
            shared.append((key, owners))
    load = {addr: len(keys) for addr, keys in out.items()}
    for key, owners in shared:
        addr = owners[0]
        for other in owners[1:]:
            if load[other] < load[addr]:
                addr = other
        out[addr].append(key)
        load[addr] += 1
    return out
