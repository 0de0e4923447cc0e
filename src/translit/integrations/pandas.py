"""pandas: the ``Series.translit`` accessor (``pip install "translit-normalize[pandas]"``).

Importing this module registers the accessor. Every method works on each distinct value once
and keeps missing values (``None``, ``NaN``, ``pd.NA``) where they are; a column of the
``string`` dtype stays one.

>>> import pandas as pd
>>> import translit.integrations.pandas
>>> texts = pd.Series(["Lukashenka spoke.", None, "Lukashenko left. Lukashenko again."])
>>> out = texts.translit.normalize()
>>> out[0], bool(out.isna()[1]), out[2]
('Lukashenko spoke.', True, 'Lukashenko left. Lukashenko again.')
>>> names = pd.Series(["Aliaksandr Lukashenka", "Лукашенко Александр", None])
>>> names.translit.name_key().tolist()[0] == names.translit.name_key().tolist()[1]
True
>>> names.translit.same_name("Alexander Lukashenko").tolist()
[True, True, <NA>]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .._values import is_missing, map_distinct
from ..text.census import Census
from ..text.discovery import Discovery
from ..text.normalizer import Normalizer
from ._scan import scan

__all__ = ["TranslitAccessor", "normalize_series"]


def _like(series: pd.Series, values: list[Any]) -> pd.Series:
    """A series of ``values`` with the index, name and (string) dtype of ``series``."""
    dtype = series.dtype if isinstance(series.dtype, pd.StringDtype) else object
    return pd.Series(values, index=series.index, name=series.name, dtype=dtype)


def normalize_series(series: pd.Series, normalizer: Normalizer) -> pd.Series:
    """``normalizer`` applied to each distinct text of ``series`` (missing values kept)."""
    return _like(series, map_distinct(normalizer, series.tolist()))


@pd.api.extensions.register_series_accessor("translit")
class TranslitAccessor:
    """``series.translit``: translit on a column of texts or of names."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def census(self, normalizer: Normalizer | None = None) -> Census:
        """The census of the column's texts (each row a document)."""
        return scan(normalizer or Normalizer(), self._series.tolist())

    def discover(self, normalizer: Normalizer | None = None) -> Discovery:
        """The clusters of name variants of the whole column."""
        n = normalizer or Normalizer()
        return n.discover(self.census(n))

    def normalize(self, normalizer: Normalizer | None = None) -> pd.Series:
        """Each text with its names unified, under one decision for the whole column.

        A normalizer without clusters (the default ``Normalizer()``) first discovers the names
        of the column; give one made with :meth:`translit.Normalizer.with_clusters` to apply a
        discovery of a larger corpus instead.
        """
        n = normalizer or Normalizer()
        if n.clusters is None:
            n = n.with_clusters(self.discover(n))
        return normalize_series(self._series, n)

    def name_key(self) -> pd.Series:
        """:func:`translit.name_key` of each name: equal for the variants of a name."""
        from ..names.matching import name_key

        return _like(self._series, map_distinct(name_key, self._series.tolist()))

    def same_name(self, other: pd.Series | str) -> pd.Series:
        """Whether each name is :func:`translit.same_name` as ``other`` (a name, or a series
        aligned on the index); ``<NA>`` where either is missing."""
        from ..names.matching import same_name

        left = self._series.tolist()
        if isinstance(other, pd.Series):
            aligned = (
                other
                if other.index.equals(self._series.index)
                else other.reindex(self._series.index)
            )
            right: list[Any] = aligned.tolist()
        else:
            right = [other] * len(left)
        done: dict[tuple[str, str], bool] = {}
        out: list[Any] = []
        for i, (a, b) in enumerate(zip(left, right)):
            if isinstance(a, str) and isinstance(b, str):
                if (a, b) not in done:
                    done[(a, b)] = same_name(a, b)
                out.append(done[(a, b)])
            elif (is_missing(a) or isinstance(a, str)) and (is_missing(b) or isinstance(b, str)):
                out.append(pd.NA)
            else:
                bad = a if not isinstance(a, str) and not is_missing(a) else b
                raise TypeError(f"value {i} is a {type(bad).__name__}, not a name (a str)")
        return pd.Series(out, index=self._series.index, name=self._series.name, dtype="boolean")
