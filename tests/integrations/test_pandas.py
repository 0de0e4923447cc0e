"""The pandas accessor: missing values kept, each distinct value worked on once, the same
result as the normalizer in one process."""

from __future__ import annotations

import math
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

import translit  # noqa: E402
import translit.integrations.pandas  # noqa: E402
from translit import Normalizer  # noqa: E402


class Counting(Normalizer):
    """A normalizer that counts the texts it normalises."""

    calls = 0

    def __call__(self, text: str, *, language: str | None = None) -> str:
        Counting.calls += 1
        return super().__call__(text, language=language)


def test_normalize_is_the_discovery_of_the_column_applied_to_each_text(texts: list[Any]) -> None:
    s = pd.Series(texts, dtype=object)
    out = s.translit.normalize()
    present = [t for t in texts if t is not None]
    n = Normalizer()
    expected = n.with_clusters(n.discover(present))
    assert [o for o in out if o is not None] == [expected(t) for t in present]
    assert out[11] is None and out.index.equals(s.index) and out.dtype == object
    assert s.translit.census() == n.census(present)
    assert s.translit.discover() == n.discover(present)


def test_missing_values_of_every_kind_pass_through() -> None:
    s = pd.Series(
        ["Lukashenka.", None, float("nan"), pd.NA, "Lukashenko. Lukashenko."], dtype=object
    )
    out = s.translit.normalize()
    assert out[0] == "Lukashenko." and out[1] is None and math.isnan(out[2]) and out[3] is pd.NA
    keys = s.translit.name_key()
    assert keys[0] == translit.name_key("Lukashenka") and keys[1] is None


def test_a_string_column_stays_one_and_keeps_its_index_and_name() -> None:
    s = pd.Series(["Lukashenka.", None, "Lukashenko. Lukashenko."], dtype="string", name="t")
    s.index = [10, 20, 30]
    out = s.translit.normalize()
    assert out.dtype == s.dtype and out.name == "t" and list(out.index) == [10, 20, 30]
    assert out[10] == "Lukashenko." and out.isna()[20]


def test_each_distinct_text_is_normalised_once() -> None:
    s = pd.Series(["Lukashenka spoke."] * 50 + ["Lukashenko left. Lukashenko again."] * 50)
    Counting.calls = 0
    found = s.translit.discover()
    out = s.translit.normalize(Counting(clusters=found))
    assert Counting.calls == 2 and set(out) == {
        "Lukashenko spoke.",
        "Lukashenko left. Lukashenko again.",
    }


def test_counts_of_repeated_texts_are_the_counts_of_every_row() -> None:
    # Repeated rows weigh as often as they occur: three Lukashenka rows outvote one Lukashenko.
    s = pd.Series(["Lukashenka spoke."] * 3 + ["Lukashenko left."])
    assert set(s.translit.normalize()) == {"Lukashenka spoke.", "Lukashenka left."}


def test_same_name_with_a_name_or_an_aligned_column() -> None:
    a = pd.Series(["Aliaksandr Lukashenka", "Vladimir Putin", None], index=[1, 2, 3])
    assert a.translit.same_name("Лукашенко Александр").tolist() == [True, False, pd.NA]
    b = pd.Series(["Putin Vladimir", "Alexander Lukashenko"], index=[2, 1])
    out = a.translit.same_name(b)
    assert out.dtype == "boolean" and out.tolist() == [True, True, pd.NA]


def test_other_values_are_refused_by_position() -> None:
    with pytest.raises(TypeError, match="value 1 is a int"):
        pd.Series(["Lukashenka", 3], dtype=object).translit.name_key()
    with pytest.raises(TypeError, match="value 0 is a int, not a name"):
        pd.Series([3], dtype=object).translit.same_name("Lukashenko")


def test_normalize_many_lets_nan_through() -> None:
    n = Normalizer()
    assert n.normalize_many(["Lukashenka.", None])[1] is None
    out = n.normalize_many(["Lukashenka.", float("nan"), pd.NA])
    assert math.isnan(out[1]) and out[2] is pd.NA
