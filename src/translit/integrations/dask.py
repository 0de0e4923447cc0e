"""Dask: discovery spread over the workers, normalising with ``map_partitions``.

``pip install "translit-normalize[dask]"``. The texts are a Dask DataFrame column
(``ddf["text"]``) or a Dask Bag of strings. :func:`discover` runs in three steps, each on the
workers. First the census: on ``dask.distributed``, each worker process counts the partitions
it is given into one census of its own and hands it over once, with the nodes of the
spellings it was assigned (:mod:`translit.integrations._worker_sum`); otherwise (or if a worker
was lost on the way) the partitions, concatenated into a few per worker, are each counted into
a census with the nodes of its spellings and the censuses are added up in a tree
(``Bag.reduction``). Then the census is cut into blocks (:mod:`translit.text.blocks`) that the
workers cluster; the blocks' clusters are merged. The discovery equals
:meth:`translit.Normalizer.discover` on the same texts in one process.

Python's cyclic garbage collector is paused while translit's own work runs (it makes no
cycles, and the collector would walk the census and caches over and over), never while code of
the caller or of Dask runs. On ``dask.distributed``, each worker runs one full collection
(``gc.collect``) while the client cuts the blocks, when it would otherwise wait: otherwise the
collection falls on the clustering's last result.

:func:`normalize` applies one decision to every partition; the normalizer is one node of the
task graph (``dask.delayed``), so each worker receives it once and builds its index once.
Tasks run where Dask's scheduler puts them: on a ``dask.distributed`` cluster when a
``Client`` is active, otherwise in local processes (the work holds the GIL, so threads do not
help).
"""

from __future__ import annotations

import functools
import gc
import os
import pickle
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import dask
import dask.bag as db

from .._values import map_distinct
from ..text.census import Census
from ..text.discovery import Discovery
from ..text.nodes import Nodes
from ..text.normalizer import Normalizer
from ._scan import add_all, add_scans, default_blocks, discovery_of, scan, scan_with_nodes

__all__ = ["census", "discover", "normalize"]


def _scan_partition(texts: Iterable[Any], normalizer: Normalizer) -> Census:
    return scan(normalizer, texts)


def _scan_with_nodes(
    texts: Iterable[Any], normalizer: Normalizer, run: str
) -> tuple[Census, Nodes]:
    return scan_with_nodes(normalizer, texts, run)


#: Partitions counted per worker: a partition's census is sent, received and added up whole,
#: and a corpus's partitions share most of their names, so a few big partitions cost less
#: than many small ones (measured on 200 MB: 100 partitions of 2 MB on 2 workers, 68 s;
#: merged into 4, 56 s; into 13, 62 s, or 55 s with each spelling's nodes sent once per
#: worker; one process 65-70 s).
PARTITIONS_PER_WORKER = 2

#: The most partitions merged into one, so that a merged partition (held in a worker's memory
#: whole while it is counted) is never more than this many times the size of the user's.
MERGE_AT_MOST = 8


def _fewer(bag: db.Bag, workers: int) -> db.Bag:
    """``bag`` with its partitions concatenated into a few per worker, at most
    ``MERGE_AT_MOST`` into one (never more partitions than it had)."""
    n, workers = bag.npartitions, max(workers, 1)
    target = max(PARTITIONS_PER_WORKER * workers, -(-n // MERGE_AT_MOST))
    target = -(-target // workers) * workers  # as many for each worker
    return bag.repartition(npartitions=target) if n > target else bag


def _bag(texts: Any) -> db.Bag:
    if isinstance(texts, db.Bag):
        return texts
    if hasattr(texts, "to_bag"):  # a Dask DataFrame column
        return texts.to_bag()
    raise TypeError(f"expected a Dask Bag or DataFrame column, not {type(texts).__name__}")


def _workers() -> int:
    """The workers of the active ``dask.distributed`` client, or this machine's CPUs."""
    client = _client()
    if client is None:
        return os.cpu_count() or 1
    return len(client.scheduler_info()["workers"])


def _whole(texts: Any, normalizer: Normalizer, split_every: int) -> Census:
    from .._log import timed

    with timed("scan (dask)") as facts:
        whole: Census = (
            _fewer(_bag(texts), _workers())
            .reduction(
                functools.partial(_scan_partition, normalizer=normalizer),
                add_all,
                split_every=split_every,
            )
            .compute()
        )
        facts["spellings"] = len(whole)
    return whole


def _whole_with_nodes(
    texts: Any, normalizer: Normalizer, split_every: int, workers: int
) -> tuple[Census, Nodes]:
    from .._log import timed

    with timed("scan (dask)") as facts:
        whole, nodes = (
            _fewer(_bag(texts), workers)
            .reduction(
                functools.partial(_scan_with_nodes, normalizer=normalizer, run=uuid.uuid4().hex),
                add_scans,
                split_every=split_every,
            )
            .compute()
        )
        facts["spellings"] = len(whole)
    return whole, nodes


def _count_by_worker(texts: Any, normalizer: Normalizer) -> tuple[str, int]:
    """Count the parts of ``texts`` into one census in each worker process
    (:mod:`translit.integrations._worker_sum`); returns the run's token and the number of
    parts."""
    from ._worker_sum import count_part

    run = uuid.uuid4().hex
    shared = dask.delayed(normalizer, pure=False)
    count = dask.delayed(count_part, pure=False)
    parts = _bag(texts).to_delayed()
    dask.compute(*[count(p, shared, run, i) for i, p in enumerate(parts)])
    return run, len(parts)


def _sum_by_worker(client: Any, run: str, parts: int) -> tuple[Census, Nodes] | None:
    """The workers' censuses of ``run`` and the nodes of their spellings, added up: no part's
    census travels, each worker hands over one. None when a worker's sum is missing a part,
    has one twice or broke (a worker lost on the way): the caller then counts again through
    the bag's reduction.

    The client's side makes a few objects per spelling and no cycles; call it with the
    collector paused (as :func:`discover` does, through the clustering): with the collector
    walking them, receiving 100,000 spellings took 0.67 s, without 0.12 s."""
    from ._worker_sum import assign, combine, records, spellings_of, take_sum

    joined: dict[str, str] = client.run(spellings_of, run)
    assigned = assign({addr: records(j) for addr, j in joined.items()})
    futures = [
        client.submit(take_sum, run, keys, workers=[addr], allow_other_workers=False, pure=False)
        for addr, keys in assigned.items()
    ]
    sums = client.gather(futures)
    del futures  # (the workers let their censuses go)
    # Each worker's caches grew while it read; a collection there would fall on the
    # clustering's last result (0.6 s measured): run it now, while the client adds up and
    # cuts the blocks and the workers wait. (Loosely placed: a worker lost since runs none.)
    from distributed import fire_and_forget

    for addr in assigned:
        fire_and_forget(
            client.submit(gc.collect, workers=[addr], allow_other_workers=True, pure=False)
        )
    return combine(sums, parts)


def census(texts: Any, normalizer: Normalizer | None = None, *, split_every: int = 8) -> Census:
    """The census of ``texts`` (each text a document), counted on the workers."""
    return _whole(texts, normalizer or Normalizer(), split_every)


def _map_all(function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """``function`` of each item, each item a task of its own, on the workers of the active
    ``dask.distributed`` client (or in local processes). The items travel pickled: Dask would
    otherwise walk (and hash) every entry of a census, on the client."""
    task = dask.delayed(_unpickled, pure=False)
    tasks = [task(function, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)) for item in items]
    found: list[Any] = list(dask.compute(*tasks, scheduler=None if _client() else "processes"))
    return found


def _unpickled(function: Callable[[Any], Any], blob: bytes) -> Any:
    from .._collector import paused

    # A block rebuilt here is tens of thousands of acyclic objects: with the collector on,
    # they could set off a full collection over the worker's census and caches (measured:
    # 0.6-0.7 s for a block that then clusters in 0.3 s). The functions are translit's own.
    with paused():
        return function(pickle.loads(blob))


def _client() -> Any:
    try:
        from distributed import default_client

        return default_client()
    except (ImportError, ValueError):
        return None


def discover(
    texts: Any,
    normalizer: Normalizer | None = None,
    *,
    blocks: int | None = None,
    split_every: int = 8,
) -> Discovery:
    """The clusters of name variants of ``texts``, counted and clustered on the workers.

    ``blocks`` (by default 8 per worker) is how many pieces the clustering is cut into.
    """
    from contextlib import ExitStack

    from .._collector import paused
    from .._log import timed

    n = normalizer or Normalizer()
    workers = _workers()
    client = _client()
    cut = blocks or default_blocks(workers)
    if client is not None:
        with ExitStack() as after_counting:
            with timed("scan (dask, summed by worker)") as facts:
                run, parts = _count_by_worker(texts, n)
                # From here on the client only receives, cuts and merges (no code of the
                # caller runs): one pause to the end, not one a step with collections between.
                after_counting.enter_context(paused())
                summed = _sum_by_worker(client, run, parts)
                facts["spellings"] = len(summed[0]) if summed else 0
            if summed is not None:
                whole, nodes = summed
                del summed
                found = discovery_of(whole, n, _map_all, cut, workers, nodes)
                del whole, nodes  # (freed before the collector runs again, not walked)
                return found
    whole, nodes = _whole_with_nodes(texts, n, split_every, workers)
    return discovery_of(whole, n, _map_all, cut, workers, nodes)


def _normalize_partition(part: Any, normalizer: Normalizer) -> Any:
    from .pandas import normalize_series

    return normalize_series(part, normalizer)


def _normalize_texts(part: Iterable[Any], normalizer: Normalizer) -> list[Any]:
    return map_distinct(normalizer, part)


def normalize(texts: Any, normalizer: Normalizer | None = None) -> Any:
    """``texts`` (a DataFrame column or a Bag) with the names unified, lazily.

    A normalizer without clusters first discovers the names of ``texts`` (one decision for
    the whole collection); give one made with :meth:`translit.Normalizer.with_clusters` to
    apply an earlier discovery.
    """
    n = normalizer or Normalizer()
    if n.clusters is None:
        n = n.with_clusters(discover(texts, n))
    shared = dask.delayed(n, pure=False)  # (not hashed: a discovery may be large)
    if isinstance(texts, db.Bag):
        return texts.map_partitions(_normalize_texts, shared)
    return texts.map_partitions(_normalize_partition, shared, meta=texts._meta)
