"""translit in dataframe and cluster engines: thin layers over the census, blocks and discovery.

Each module needs its engine, installed with the extra of the same name
(``pip install "translit-normalize[pandas]"``, ``[dask]``, ``[spark]``, ``[duckdb]``,
``[polars]``), and imports it when imported itself:

* :mod:`translit.integrations.pandas`: the ``Series.translit`` accessor (``normalize``,
  ``name_key``, ``same_name``, ``census``, ``discover``);
* :mod:`translit.integrations.dask`: the census as a reduction, clustering spread in blocks,
  normalising with ``map_partitions``;
* :mod:`translit.integrations.spark`: the census with ``mapPartitions`` and ``treeAggregate``,
  clustering spread in blocks, normalising with a pandas UDF and a broadcast normalizer;
* :mod:`translit.integrations.duckdb`: SQL functions (``translit_normalize``,
  ``translit_name_key``, ``translit_same_name``);
* :mod:`translit.integrations.polars`: the ``Expr.translit`` namespace.

They all work on each distinct value once, let missing values (None, NaN, NA) through, and give
what :class:`translit.Normalizer` gives in one process (the tests compare them).
"""
