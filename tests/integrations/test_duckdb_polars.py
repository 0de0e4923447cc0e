"""DuckDB functions and the Polars namespace give what translit gives in Python."""

from __future__ import annotations

from typing import Any

import pytest

import translit
from translit import Normalizer


def test_duckdb_functions(texts: list[Any]) -> None:
    duckdb = pytest.importorskip("duckdb")
    from translit.integrations import duckdb as tduck

    con = duckdb.connect()
    con.execute("CREATE TABLE t (id INTEGER, text VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(texts)))
    present = [t for t in texts if t is not None]
    found = tduck.discover(con, "SELECT text FROM t ORDER BY id DESC", batch=7)
    assert found == Normalizer().discover(present)
    applied = Normalizer().with_clusters(found)
    tduck.register(con, applied, prefix="tl_")
    rows = con.execute("SELECT id, tl_normalize(text), tl_name_key(text) FROM t").fetchall()
    assert {i: v for i, v, _ in rows} == {
        i: None if t is None else applied(t) for i, t in enumerate(texts)
    }
    assert {i: k for i, _, k in rows}[0] == translit.name_key(texts[0])
    same = con.execute("SELECT tl_same_name('Grabsky', 'Hrabskyi'), tl_same_name(NULL, 'x')")
    assert same.fetchone() == (True, None)


def test_polars_namespace(texts: list[Any]) -> None:
    pl = pytest.importorskip("polars")
    import translit.integrations.polars

    frame = pl.DataFrame({"text": texts})
    found = Normalizer().discover(frame["text"].drop_nulls())
    applied = Normalizer().with_clusters(found)
    out = frame.select(
        pl.col("text").translit.normalize(applied).alias("normalized"),
        pl.col("text").translit.name_key().alias("key"),
        pl.col("text").translit.same_name("Lukashenko").alias("luka"),
    )
    assert out["normalized"].to_list() == [None if t is None else applied(t) for t in texts]
    assert out["key"].to_list()[0] == translit.name_key(texts[0])
    assert out["luka"].to_list() == [
        None if t is None else translit.same_name(t, "Lukashenko") for t in texts
    ]
