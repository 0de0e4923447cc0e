"""Spark: discovery spread over the executors, normalising with a pandas UDF.

``pip install "translit-normalize[spark]"`` (PySpark, pandas and PyArrow; Spark needs a Java
runtime). The texts are a DataFrame column, or an RDD of strings. :func:`discover` counts each
partition into a census (``mapPartitions``), adds the censuses up in a tree
(``treeAggregate``), cuts the whole into blocks (:mod:`translit.text.blocks`) that the
executors cluster, and merges them: the discovery equals :meth:`translit.Normalizer.discover`
on the same texts in one process.

:func:`normalize` broadcasts the normalizer (each Python worker unpickles it once and builds
its index once) and applies it with a pandas UDF, one Arrow batch at a time, each distinct
text once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

from ..text.census import Census
from ..text.discovery import Discovery
from ..text.normalizer import Normalizer
from ._scan import add_into, default_blocks, discovery_of, scan

__all__ = ["census", "discover", "normalize"]


def _scan_partition(texts: Iterable[Any], normalizer: Normalizer) -> Iterator[Census]:
    yield scan(normalizer, texts)


def _first(row: Any) -> Any:
    return row[0]


def _texts(data: Any, column: str | None) -> Any:
    """An RDD of the texts: the column of a DataFrame, or the RDD itself."""
    if hasattr(data, "rdd"):
        if column is None:
            raise TypeError("a DataFrame needs the name of its text column")
        return data.select(column).rdd.map(_first)
    return data


def _whole(data: Any, column: str | None, normalizer: Normalizer, depth: int) -> Census:
    from .._log import timed

    with timed("scan (spark)") as facts:
        whole: Census = (
            _texts(data, column)
            .mapPartitions(functools.partial(_scan_partition, normalizer=normalizer))
            .treeAggregate(Census(), add_into, add_into, depth=depth)
        )
        facts["spellings"] = len(whole)
    return whole


def census(
    data: Any, column: str | None = None, normalizer: Normalizer | None = None, *, depth: int = 2
) -> Census:
    """The census of the texts of ``data`` (a DataFrame and its column, or an RDD)."""
    return _whole(data, column, normalizer or Normalizer(), depth)


def discover(
    data: Any,
    column: str | None = None,
    normalizer: Normalizer | None = None,
    *,
    blocks: int | None = None,
    depth: int = 2,
) -> Discovery:
    """The clusters of name variants of the texts, counted and clustered on the executors.

    ``blocks`` (by default 8 per core of the default parallelism) is how many pieces the
    clustering is cut into.
    """
    n = normalizer or Normalizer()
    rdd = _texts(data, column)
    context = rdd.context
    whole = _whole(rdd, None, n, depth)

    def map_all(function: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        found: list[Any] = (
            context.parallelize(list(items), max(len(items), 1)).map(function).collect()
        )
        return found

    workers = context.defaultParallelism
    return discovery_of(whole, n, map_all, blocks or default_blocks(workers), workers)


def normalize(
    frame: Any, column: str, normalizer: Normalizer | None = None, *, output: str | None = None
) -> Any:
    """``frame`` with the texts of ``column`` normalised (into ``output``, by default the
    column itself), lazily.

    A normalizer without clusters first discovers the names of the column (one decision for
    the whole DataFrame); give one made with :meth:`translit.Normalizer.with_clusters` to
    apply an earlier discovery.
    """
    from pyspark.sql.functions import pandas_udf

    from .pandas import normalize_series

    n = normalizer or Normalizer()
    if n.clusters is None:
        n = n.with_clusters(discover(frame, column, n))
    shared = frame.sparkSession.sparkContext.broadcast(n)

    def normalize_batch(texts: pd.Series) -> pd.Series:
        return normalize_series(texts, shared.value)

    udf = pandas_udf(normalize_batch, "string")
    return frame.withColumn(output or column, udf(column))
