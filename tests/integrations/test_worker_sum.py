"""Censuses summed inside each worker process (``integrations/_worker_sum.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit import Normalizer
from translit.integrations import _worker_sum as ws
from translit.text.nodes import nodes_of

TEXTS = [
    "Alexander Lukashenko spoke in Minsk.",
    "Lukashenka met Zelensky in Kyiv.",
    "Alexander Lukashenko and Lukashenka.",
]


def test_parts_add_up_to_the_census_of_the_whole_each_counted_once() -> None:
    n = Normalizer()
    ws.clear_caches()
    for i, text in enumerate(TEXTS):
        assert ws.count_part([text], n, "run", i) == i
    ws.count_part([TEXTS[0]], n, "run", 0)  # a retried part is not counted again
    records = ws.records(ws.spellings_of("run"))
    census, nodes, parts, broken = ws.take_sum("run", records)
    assert census == n.census(TEXTS)
    assert parts == [0, 1, 2] and not broken
    keys = [ws.key_of(r) for r in records]
    assert ("person", "Alexander Lukashenko") in keys
    assert nodes == {key: nodes_of(*key) for key in keys}
    assert ws.spellings_of("run") == ""  # taken: forgotten here


def test_a_new_run_forgets_the_old_one() -> None:
    n = Normalizer()
    ws.count_part(TEXTS, n, "old", 0)
    ws.count_part(TEXTS, n, "new", 0)
    census, _, parts, broken = ws.take_sum("old", [])
    assert len(census) == 0 and parts == [] and not broken  # its part is missing: seen
    assert ws.combine([(census, {}, parts, broken)], 1) is None


def test_a_part_that_fails_half_way_breaks_the_sum() -> None:
    class Boom:
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield "Alexander Lukashenko spoke."
            raise RuntimeError("lost")

    try:
        ws.count_part(Boom(), Normalizer(), "broken", 0)
    except RuntimeError:
        pass
    assert ws.take_sum("broken", [])[3]


def test_combine_refuses_a_missing_a_repeated_or_a_broken_part() -> None:
    n = Normalizer()
    one, two = n.census(TEXTS[:1]), n.census(TEXTS[1:])
    good = [(one, {}, [0], False), (two, {}, [1, 2], False)]
    assert ws.combine([(n.census(TEXTS[:1]), {}, [0], False), good[1]], 3) == (
        n.census(TEXTS),
        {},
    )
    assert ws.combine([(one, {}, [0], False), (two, {}, [2], False)], 3) is None
    assert ws.combine([(one, {}, [0, 1], False), (two, {}, [1, 2], False)], 3) is None
    assert ws.combine([(one, {}, [0], True), (two, {}, [1, 2], False)], 3) is None


keys = st.tuples(st.sampled_from(["surname", "person"]), st.text(min_size=1, max_size=5))


@given(st.dictionaries(st.sampled_from(["w1", "w2", "w3"]), st.lists(keys, unique=True)))
def test_each_spelling_goes_to_exactly_one_worker_that_read_it(
    seen: dict[str, list[tuple[str, str]]],
) -> None:
    out = ws.assign(seen)
    assigned = [k for ks in out.values() for k in ks]
    assert sorted(assigned) == sorted({k for ks in seen.values() for k in ks})
    for addr, ks in out.items():
        assert set(ks) <= set(seen[addr])
    reordered = {a: list(reversed(ks)) for a, ks in reversed(list(seen.items()))}
    assert {a: sorted(ks) for a, ks in ws.assign(reordered).items()} == {
        a: sorted(ks) for a, ks in out.items()
    }


@given(st.lists(st.integers(0, 20), max_size=5), st.integers(0, 40))
def test_shares_are_what_giving_each_item_to_the_least_loaded_worker_comes_to(
    loads: list[int], n: int
) -> None:
    expected, now = [0] * len(loads), list(loads)
    for _ in range(n if loads else 0):
        i = min(range(len(now)), key=lambda i: (now[i], i))
        now[i] += 1
        expected[i] += 1
    assert ws._shares(loads, n) == expected


def test_shared_spellings_are_dealt_out_evenly() -> None:
    shared = [f"s{i:03d}" for i in range(100)]
    out = ws.assign({"w1": ["a", *shared], "w2": [*shared, "b", "c"]})
    assert (len(out["w1"]), len(out["w2"])) == (52, 51)  # 103 spellings in all
