"""Polars: the ``Expr.translit`` namespace (``pip install "translit-normalize[polars]"``).

Importing this module registers it: ``pl.col("text").translit.normalize(normalizer)``,
``pl.col("name").translit.name_key()`` and ``pl.col("name").translit.same_name(other)`` (a
name, or another expression). Each batch works on its distinct values once; nulls stay null.
A normalizer without clusters decides per value: discover over the column first
(``Normalizer().discover(frame["text"].drop_nulls())``) and pass
``Normalizer().with_clusters(discovery)``.

>>> import polars as pl
>>> import translit.integrations.polars
>>> texts = ["Lukashenka spoke.", "Lukashenko left. Lukashenko again.", None]
>>> frame = pl.DataFrame({"text": texts})
>>> found = Normalizer().discover(frame["text"].drop_nulls())
>>> n = Normalizer().with_clusters(found)
>>> frame.select(pl.col("text").translit.normalize(n))["text"].to_list()
['Lukashenko spoke.', 'Lukashenko left. Lukashenko again.', None]
>>> names = pl.DataFrame({"a": ["Aliaksandr Lukashenka", None], "b": ["Лукашенко Александр", "X"]})
>>> names.select(pl.col("a").translit.same_name(pl.col("b")))["a"].to_list()
[True, None]
"""

from __future__ import annotations

from typing import Any

import polars as pl

from .._values import map_distinct
from ..names.matching import name_key, same_name
from ..text.normalizer import Normalizer

__all__ = ["TranslitExpr"]


@pl.api.register_expr_namespace("translit")
class TranslitExpr:
    """``expr.translit``: translit on a column of texts or of names."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def normalize(self, normalizer: Normalizer) -> pl.Expr:
        """Each text with its names unified by ``normalizer``."""

        def batch(values: pl.Series) -> pl.Series:
            return pl.Series(values.name, map_distinct(normalizer, values.to_list()), pl.String)

        return self._expr.map_batches(batch, return_dtype=pl.String)

    def name_key(self) -> pl.Expr:
        """:func:`translit.name_key` of each name."""

        def batch(values: pl.Series) -> pl.Series:
            return pl.Series(values.name, map_distinct(name_key, values.to_list()), pl.String)

        return self._expr.map_batches(batch, return_dtype=pl.String)

    def same_name(self, other: str | pl.Expr) -> pl.Expr:
        """Whether each name is :func:`translit.same_name` as ``other`` (null where either
        is null)."""
        right = pl.lit(other) if isinstance(other, str) else other

        def batch(pairs: pl.Series) -> pl.Series:
            done: dict[tuple[str, str], bool] = {}
            out: list[Any] = []
            for a, b in zip(pairs.struct.field("a").to_list(), pairs.struct.field("b").to_list()):
                if a is None or b is None:
                    out.append(None)
                else:
                    if (a, b) not in done:
                        done[(a, b)] = same_name(a, b)
                    out.append(done[(a, b)])
            return pl.Series(pairs.name, out, pl.Boolean)

        pair = pl.struct(self._expr.alias("a"), right.alias("b"))
        name = self._expr.meta.output_name(raise_if_undetermined=False) or "same_name"
        return pair.map_batches(batch, return_dtype=pl.Boolean).alias(name)
