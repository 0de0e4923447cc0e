"""Spark on a real ``local[2]`` session: the census (``mapPartitions`` + ``treeAggregate``),
the discovery and the normalised column are those of the normalizer in one process."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyspark")

from translit import Normalizer
from translit.integrations import spark as tspark


def _present(texts: list[Any]) -> list[str]:
    return [t for t in texts if t is not None]


def _frame(spark: Any, texts: list[Any]) -> Any:
    rows = [(i, t) for i, t in enumerate(texts)]
    return spark.createDataFrame(rows, "id long, text string").repartition(5)


def test_the_census_is_a_tree_aggregate_over_the_partitions(spark: Any, texts: list[Any]) -> None:
    frame = _frame(spark, texts)
    assert tspark.census(frame, "text", depth=3) == Normalizer().census(_present(texts))
    rdd = spark.sparkContext.parallelize(texts, 4)
    assert tspark.census(rdd) == Normalizer().census(_present(texts))


@pytest.mark.parametrize("canonical", ["frequent", "first"])
def test_discovery_on_the_executors_equals_discovery_in_one_process(
    spark: Any, texts: list[Any], canonical: str
) -> None:
    n = Normalizer(canonical=canonical)
    expected = n.discover(_present(texts))
    assert len(expected) > 5
    assert tspark.discover(_frame(spark, texts), "text", n, blocks=4) == expected


def test_normalize_with_a_pandas_udf_and_a_broadcast_normalizer(
    spark: Any, texts: list[Any]
) -> None:
    n = Normalizer()
    applied = n.with_clusters(n.discover(_present(texts)))
    frame = _frame(spark, texts)
    out = tspark.normalize(frame, "text", applied, output="normalized")
    got = {r["id"]: (r["text"], r["normalized"]) for r in out.collect()}
    assert got == {i: (t, None if t is None else applied(t)) for i, t in enumerate(texts)}
    # Without clusters: one discovery over the column first, then the same result.
    again = {r["id"]: r["text"] for r in tspark.normalize(frame, "text").collect()}
    assert again == {i: v for i, (_, v) in got.items()}


def test_a_data_frame_needs_its_column(spark: Any) -> None:
    with pytest.raises(TypeError, match="needs the name of its text column"):
        tspark.census(_frame(spark, ["Lukashenko."]))
