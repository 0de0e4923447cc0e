"""Columns of values: missing ones pass through, each distinct text is worked on once.

Tables hold ``None``, ``NaN``, ``pandas.NA`` and ``NaT`` where a value is missing; every
column helper of translit (:mod:`translit.integrations`, :meth:`translit.Normalizer.
normalize_many`) keeps them as they are and works on each distinct text once.

>>> map_distinct(str.upper, ["a", None, float("nan"), "a"])
['A', None, nan, 'A']
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["is_missing", "map_distinct"]

T = TypeVar("T")

_MISSING_TYPES = frozenset({"NAType", "NaTType"})  # pandas.NA and pandas.NaT, by name


def is_missing(value: object) -> bool:
    """``None``, a float NaN (NumPy's too), ``pandas.NA`` or ``pandas.NaT``.

    >>> [is_missing(v) for v in (None, float("nan"), "", "NaN", 0)]
    [True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in _MISSING_TYPES


def map_distinct(function: Callable[[str], T], values: Iterable[Any]) -> list[Any]:
    """``function`` of each text of ``values``, worked out once per distinct text; missing
    values are kept as they are. Anything else is a ``TypeError`` naming its position.

    >>> map_distinct(len, ["ab", 3])
    Traceback (most recent call last):
    ...
    TypeError: value 1 is a int, not a str (missing values may be None, NaN or NA)
    """
    from ._collector import paused

    # The values are read first (a caller's iterator runs with the collector on); the work on
    # them makes no cycles, and with the collector walking the caches and tables as they grow
    # it cost up to 40 % (name_key on 100,000 unseen names: 61,000/s with it, 84,000/s without).
    items = values if isinstance(values, list) else list(values)
    done: dict[str, T] = {}
    out: list[Any] = []
    with paused():
        for i, v in enumerate(items):
            if isinstance(v, str):
                if v in done:
                    out.append(done[v])
                else:
                    out.append(done.setdefault(v, function(v)))
            elif is_missing(v):
                out.append(v)
            else:
                raise TypeError(
                    f"value {i} is a {type(v).__name__}, not a str "
                    "(missing values may be None, NaN or NA)"
                )
    return out
