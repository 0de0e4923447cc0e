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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .._collector import paused
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
    "key_of",
    "records",
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

K = TypeVar("K", str, tuple[str, str])

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


#: What separates the records of :func:`spellings_of`, and a record's kind from its spelling.
RECORD, FIELD = "\x1e", "\x1f"


def spellings_of(run: str) -> str:
    """The spellings of this process's sum that clustering needs nodes for, as one string
    (``kind`` and spelling joined by :data:`FIELD`, one record per :data:`RECORD`): a hundred
    thousand pairs travel as one object, and the client splits it without building a pair for
    each (:func:`records`)."""
    total = _runs.get(run)
    if total is None:
        return ""
    return RECORD.join(
        {f"{e.kind}{FIELD}{e.spelling}" for e, t in total.census.tallies.items() if t.mixed}
    )


def records(joined: str) -> list[str]:
    """The records of a :func:`spellings_of` string."""
    return joined.split(RECORD) if joined else []


def key_of(record: str) -> tuple[str, str]:
    """The (kind, spelling) of a record."""
    kind, _, spelling = record.partition(FIELD)
    return kind, spelling


def take_sum(run: str, assigned: Sequence[str]) -> tuple[Census, Nodes, list[int], bool]:
    """This process's census of ``run`` (forgotten here), the nodes of the ``assigned``
    spellings (records of :func:`spellings_of`), the parts counted, and whether one failed."""
    # A worker that counted nothing of this run (more workers than parts, or restarted) hands
    # over an empty sum: the parts it should have held are then missing, which the client sees.
    total = _runs.pop(run, None) or WorkerSum()
    nodes = {}
    with paused():  # the nodes make no cycles; the collector would walk the census (40 %)
        for record in assigned:
            key = key_of(record)
            nodes[key] = nodes_of(*key)
    return total.census, nodes, sorted(total.parts), total.broken


def combine(sums: Sequence[Sum], parts: int) -> tuple[Census, Nodes] | None:
    """The census and nodes of the workers' ``sums`` added up, or None unless every one of the
    ``parts`` was counted exactly once and none broke. The sums are consumed."""
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


def assign(seen: Mapping[str, Sequence[K]]) -> dict[str, list[K]]:
    """Each spelling to one of the workers that read it (its caches hold the word): those only
    one worker read go to it, and the spellings a set of workers share are dealt out so that
    their loads come as near equal as they can (ties: the first worker), so the nodes are
    worked out once and the work is shared evenly. Depends only on ``seen``, not on its order.

    >>> assign({"a": ["X", "Y"], "b": ["Y", "Z"]})
    {'a': ['X', 'Y'], 'b': ['Z']}
    """
    addrs = sorted(seen)
    holders: dict[K, list[str]] = {}
    for addr in addrs:
        for key in seen[addr]:
            own = holders.get(key)
            if own is None:
                holders[key] = [addr]
            elif own[-1] != addr:  # (a worker naming a spelling twice holds it once)
                own.append(addr)
    by_owners: dict[tuple[str, ...], list[K]] = {}
    for key, own in holders.items():
        by_owners.setdefault(tuple(own), []).append(key)
    out: dict[str, list[K]] = {addr: [] for addr in addrs}
    # Whole groups to their one worker first, then each shared group, fewest sharers first.
    for owners in sorted(by_owners, key=lambda o: (len(o), o)):
        keys = sorted(by_owners[owners])
        for addr, share in zip(owners, _shares([len(out[a]) for a in owners], len(keys))):
            out[addr] += keys[:share]
            keys = keys[share:]
    return out


def _shares(loads: list[int], n: int) -> list[int]:
    """How many of ``n`` new items each of workers with ``loads`` takes: what giving each item
    in turn to the least loaded worker (ties: the first) comes to, worked out at once. The
    lightest are filled up to a common level, the rest go one each to the first of those at
    that level.

    >>> _shares([5, 0, 2], 6)
    [0, 4, 2]
    """
    if not loads or n <= 0:
        return [0] * len(loads)

    def needed(level: int) -> int:
        return sum(max(0, level - load) for load in loads)

    lo, hi = min(loads), min(loads) + n  # the level reached lies in [lo, hi]
    while lo < hi:  # the highest level that n items fill
        mid = (lo + hi + 1) // 2
        if needed(mid) <= n:
            lo = mid
        else:
            hi = mid - 1
    shares = [max(0, lo - load) for load in loads]
    rest = n - sum(shares)
    for i, load in enumerate(loads):
        if rest and load <= lo:
            shares[i] += 1
            rest -= 1
    return shares
