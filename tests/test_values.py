"""Columns of values (``translit/_values.py``)."""

from __future__ import annotations

import gc

from translit._values import map_distinct


def test_a_callers_iterator_runs_with_the_collector_on_and_the_work_is_done_once() -> None:
    seen, calls = [], []

    def values():  # type: ignore[no-untyped-def]
        for v in ["a", None, "b", "a"]:
            seen.append(gc.isenabled())
            yield v

    def upper(v: str) -> str:
        calls.append(v)
        return v.upper()

    assert map_distinct(upper, values()) == ["A", None, "B", "A"]
    assert seen == [True] * 4 and gc.isenabled()
    assert calls == ["a", "b"]
