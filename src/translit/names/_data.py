"""The one reader of the name-matching data files (``data/names/``, ``data/*.tsv``).

Every file is read once per process by the table that needs it. A malformed file raises
:class:`DataError` naming the file and the key, so that a broken edit is found on load and
not as a wrong match later.
"""

from __future__ import annotations

import csv
import json
import re
from importlib import resources
from typing import Any

__all__ = ["DataError", "read_json", "read_tsv", "regex", "require", "split_cell"]


class DataError(ValueError):
    """A data file of the name matcher is malformed; the message names the file and key."""


def _path(name: str) -> Any:
    return resources.files("translit").joinpath("data", *name.split("/"))


def read_json(name: str) -> dict[str, Any]:
    """The JSON object in ``data/<name>``."""
    try:
        data = json.loads(_path(name).read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise DataError(f"data/{name}:{err.lineno}: invalid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise DataError(f"data/{name}: expected a JSON object at the top")
    return data


def list_json(folder: str) -> list[str]:
    """The names of the JSON files in ``data/<folder>``, sorted (``folder/x.json``)."""
    base = _path(folder)
    return sorted(f"{folder}/{p.name}" for p in base.iterdir() if p.name.endswith(".json"))


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table with ``#`` comment lines and a header row; empty when
    the file is absent."""
    try:
        text = _path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, 1):
        if None in row or any(v is None for v in row.values()):
            raise DataError(f"data/{name}: row {n} ({row.get('id')!r}) has the wrong cell count")
    return rows


def split_cell(cell: str | None) -> tuple[str, ...]:
    """A ``|``-separated cell of a table as a tuple of its non-empty items."""
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


#: The empty set of table ids, shared: a fresh ``frozenset()`` per word would be one more object
#: for the garbage collector to walk for every cached word (frozensets are always tracked).
NO_IDS: frozenset[str] = frozenset()


def require(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """``data[key]``, checked to be of ``kind``; ``where`` names the file and the object."""
    if key not in data:
        raise DataError(f"{where}: missing key {key!r}")
    value = data[key]
    if not isinstance(value, kind):
        raise DataError(f"{where}: {key!r} has the wrong type ({type(value).__name__})")
    return value


def regex(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a pattern from a data file; a bad one names the file and key."""
    try:
        return re.compile(pattern)
    except re.error as err:
        raise DataError(f"{where}: bad regular expression {pattern!r}: {err}") from None
