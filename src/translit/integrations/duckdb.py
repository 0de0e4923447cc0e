"""DuckDB: translit as SQL functions (``pip install "translit-normalize[duckdb]"``).

:func:`register` adds three scalar functions to a connection: ``translit_normalize(text)``
(the names of a text unified by the normalizer given), ``translit_name_key(name)`` and
``translit_same_name(a, b)``. ``NULL`` gives ``NULL``. A normalizer registered without clusters
decides per row: to apply one decision to a table, discover first (:func:`discover` reads the
rows of a query in batches) and register ``Normalizer().with_clusters(discovery)``.

>>> import duckdb
>>> con = duckdb.connect()
>>> _ = con.execute("CREATE TABLE t AS SELECT * FROM (VALUES "
...     "('Lukashenka spoke.'), ('Lukashenko left. Lukashenko again.'), (NULL)) v(text)")
>>> found = discover(con, "SELECT text FROM t")
>>> register(con, Normalizer().with_clusters(found))
>>> con.execute("SELECT translit_normalize(text) FROM t").fetchall()
[('Lukashenko spoke.',), ('Lukashenko left. Lukashenko again.',), (None,)]
>>> con.execute("SELECT translit_same_name('Aliaksandr Lukashenka', 'Лукашенко Александр')"
...             ).fetchone()
(True,)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..names.matching import name_key, same_name
from ..text.discovery import Discovery
from ..text.normalizer import Normalizer
from ._scan import scan

__all__ = ["discover", "register"]


def register(
    connection: Any, normalizer: Normalizer | None = None, *, prefix: str = "translit_"
) -> None:
    """Add ``translit_normalize``, ``translit_name_key`` and ``translit_same_name`` (with
    another ``prefix`` if given) to a DuckDB connection."""
    n = normalizer or Normalizer()

    def normalize(text: str) -> str:
        return n(text)

    connection.create_function(f"{prefix}normalize", normalize, ["VARCHAR"], "VARCHAR")
    connection.create_function(f"{prefix}name_key", name_key, ["VARCHAR"], "VARCHAR")
    connection.create_function(f"{prefix}same_name", same_name, ["VARCHAR", "VARCHAR"], "BOOLEAN")


def _rows(connection: Any, query: str, batch: int) -> Iterator[Any]:
    cursor = connection.execute(query)
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            yield row[0]


def discover(
    connection: Any, query: str, normalizer: Normalizer | None = None, *, batch: int = 10_000
) -> Discovery:
    """The clusters of name variants of the first column of ``query``'s rows (read in
    batches; each distinct text counted once, times the rows it is in)."""
    n = normalizer or Normalizer()
    return n.discover(scan(n, _rows(connection, query, batch)))
