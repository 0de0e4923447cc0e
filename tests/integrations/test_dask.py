"""Dask on a real ``distributed.LocalCluster`` of 2 worker processes: the census, discovery and
normalised texts are those of the normalizer in one process."""

from __future__ import annotations

from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from translit import Normalizer  # noqa: E402
from translit.integrations import dask as tdask  # noqa: E402


def _present(texts: list[Any]) -> list[str]:
    return [t for t in texts if t is not None]


def _plain(series: Any) -> list[Any]:
    """The values, missing ones as None (Dask may store text as Arrow strings, with <NA>)."""
    return [None if pd.isna(v) else v for v in series.tolist()]


def test_the_census_is_a_reduction_over_the_partitions(dask_client: Any, texts: list[Any]) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": pd.Series(texts, dtype=object)}), npartitions=7)
    assert tdask.census(ddf["text"], split_every=2) == Normalizer().census(_present(texts))
    workers = {w for w in dask_client.has_what().keys()}
    assert len(workers) == 2


@pytest.mark.parametrize("canonical", ["frequent", "ru-bgn-pcgn"])
def test_discovery_on_the_workers_equals_discovery_in_one_process(
    dask_client: Any, texts: list[Any], canonical: str
) -> None:
    n = Normalizer(canonical=canonical)
    ddf = dd.from_pandas(pd.DataFrame({"text": pd.Series(texts, dtype=object)}), npartitions=5)
    expected = n.discover(_present(texts))
    assert len(expected) > 5
    for blocks in (1, 3, 16):
        assert tdask.discover(ddf["text"], n, blocks=blocks) == expected


def test_normalize_with_map_partitions(dask_client: Any, texts: list[Any]) -> None:
    n = Normalizer()
    found = n.discover(_present(texts))
    applied = n.with_clusters(found)
    ddf = dd.from_pandas(pd.DataFrame({"text": pd.Series(texts, dtype=object)}), npartitions=4)
    out = _plain(tdask.normalize(ddf["text"], applied).compute())
    assert out == [None if t is None else applied(t) for t in texts]
    # Without clusters: one discovery over the column first, then the same result.
    assert _plain(tdask.normalize(ddf["text"]).compute()) == out


def test_a_bag_of_texts(dask_client: Any, texts: list[Any]) -> None:
    bag = db.from_sequence(texts, npartitions=6)
    n = Normalizer()
    found = tdask.discover(bag)
    assert found == n.discover(_present(texts))
    applied = n.with_clusters(found)
    assert tdask.normalize(bag, applied).compute() == [
        None if t is None else applied(t) for t in texts
    ]


def test_anything_else_is_refused() -> None:
    with pytest.raises(TypeError, match="expected a Dask Bag or DataFrame column"):
        tdask.census(["Lukashenko"])


def test_partitions_are_merged_a_few_per_worker_and_at_most_eight_into_one() -> None:
    bag = db.from_sequence(range(100), npartitions=100)
    assert tdask._fewer(bag, 2).npartitions == 14  # 100 / 8, rounded up to a multiple of 2
    assert tdask._fewer(db.from_sequence(range(20), npartitions=20), 2).npartitions == 4
    assert tdask._fewer(db.from_sequence(range(3), npartitions=3), 2).npartitions == 3
    assert sorted(tdask._fewer(bag, 2).compute()) == list(range(100))


def test_a_worker_sends_the_nodes_of_a_spelling_once_per_run() -> None:
    from translit.integrations._scan import scan_with_nodes

    n = Normalizer(language="en")
    texts = ["Lukashenko met Lukashenka in Minsk."]
    first = scan_with_nodes(n, texts, "run-a")[1]
    assert first and scan_with_nodes(n, texts, "run-a")[1] == {}
    assert scan_with_nodes(n, texts, "run-b")[1] == first  # another discovery gets them again
    assert scan_with_nodes(n, texts)[1] == first  # without a run: always
    import translit

    translit.clear_caches()  # forgets what was sent
    assert scan_with_nodes(n, texts, "run-a")[1] == first


def test_each_worker_sums_its_parts_and_hands_over_one_census(
    dask_client: Any, texts: list[Any]
) -> None:
    from translit.text.nodes import spelling_nodes

    bag = db.from_sequence(texts, npartitions=9)
    n = Normalizer()
    found = tdask._sum_by_worker(dask_client, *tdask._count_by_worker(bag, n))
    assert found is not None
    census, nodes = found
    assert census == n.census(_present(texts))
    assert nodes == spelling_nodes(census)


def test_more_workers_than_parts_still_sum_by_worker(dask_client: Any, texts: list[Any]) -> None:
    bag = db.from_sequence(_present(texts)[:3], npartitions=1)
    found = tdask._sum_by_worker(dask_client, *tdask._count_by_worker(bag, Normalizer()))
    assert found is not None and found[0] == Normalizer().census(_present(texts)[:3])
