"""pytest: the modules of optional engines are collected (for their doctests) only where the
engine is installed; their tests in ``tests/integrations`` skip by themselves."""

from __future__ import annotations

from importlib.util import find_spec

_NEEDS = {
    "pandas": ("pandas",),
    "dask": ("dask", "pandas"),
    "spark": ("pyspark", "pandas"),
    "duckdb": ("duckdb",),
    "polars": ("polars",),
}

collect_ignore = [
    f"src/translit/integrations/{module}.py"
    for module, libraries in _NEEDS.items()
    if not all(find_spec(library) for library in libraries)
]
