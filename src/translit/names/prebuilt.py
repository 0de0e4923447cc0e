"""Indexes of the name tables worked out once, when the package is made, not in every process.

Reading the given-name and place tables under every convention (the keys of 1,029 place
spellings, the light folds of every Cyrillic form, the signature classes of every grapheme)
and writing every place under every standard took about 0.3 s of CPU in each new process,
before its first name: a fifth of a short run of the command line, paid again by every worker
of a pool, a Dask cluster or a Spark job, and by each process a pickled normalizer goes to.
``data/built/name_indexes.json`` holds those indexes, made by ``scripts/name_indexes.py`` from
the same builders, and a process loads it in a few milliseconds.

The file names the data it was made from by a *fingerprint*: a digest of every file the
indexes are read from (:data:`SOURCES`). A process whose data files differ (one of them
edited, a convention added) ignores the file and builds the indexes from its data, as before,
so an edit is never answered from stale indexes; it is only slower until the file is made
again. ``tests/names/test_prebuilt.py`` builds every index anew and fails while the file and
the builders disagree, which also covers a change of the code that builds them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from ._data import _path

__all__ = ["BUILT", "SOURCES", "as_index", "build", "dumps", "fingerprint", "part"]

#: The file, under ``data/``.
BUILT = "built/name_indexes.json"

#: The data the indexes are read from: files, and folders whose every file counts.
SOURCES = (
    "given_names.tsv",
    "places.tsv",
    "names/",
    "names/conventions/",
    "text/exact_reading.json",
    "schemes/",
    "lookalikes.json",
)

_enabled = True


def _source_files() -> list[str]:
    names: list[str] = []
    for source in SOURCES:
        if source.endswith("/"):
            folder = _path(source.rstrip("/"))
            names += sorted(source + p.name for p in folder.iterdir() if p.is_file())
        else:
            names.append(source)
    return names


def fingerprint() -> str:
    """The digest of the data files the indexes are made from (names and bytes; line ends
    read as ``\\n``, so that a checkout with Windows line ends has the same digest)."""
    import hashlib  # (only where a name is first read: not at import)

    digest = hashlib.sha256()
    for name in _source_files():
        try:
            data = _path(name).read_bytes().replace(b"\r\n", b"\n")
        except FileNotFoundError:
            data = b"\x00absent"
        digest.update(name.encode("utf-8") + b"\x00" + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _loaded() -> dict[str, Any] | None:
    try:
        data = json.loads(_path(BUILT).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return None
    return data


def part(name: str) -> Any:
    """One prebuilt index as the file holds it, or None: the file is absent, made from other
    data than this process has, or set aside (:func:`build`)."""
    if not _enabled:
        return None
    data = _loaded()
    return None if data is None else data.get(name)


@contextmanager
def _set_aside() -> Iterator[None]:
    """Every index built from the data while inside (caches emptied on entry and exit)."""
    global _enabled
    from .._caches import clear_caches

    _enabled = False
    clear_caches()
    try:
        yield
    finally:
        _enabled = True
        clear_caches()


def build() -> dict[str, Any]:
    """Every index from the builders, as the file holds them (the prebuilt file set aside)."""
    from importlib import import_module

    # (translit.names exports functions named like these modules)
    given, places, signature, exact_readings, place_standards = (
        import_module(f"translit.{m}")
        for m in (
            "names.given",
            "names.places",
            "names.signature",
            "text.exact_readings",
            "text.place_standards",
        )
    )

    def ids(index: dict[str, frozenset[str]]) -> dict[str, list[str]]:
        return {k: sorted(index[k]) for k in sorted(index)}

    with _set_aside():
        native, other = given.build_indexes()
        return {
            "_comment": (
                "Made by scripts/name_indexes.py from the files whose digest is 'fingerprint' "
                "(translit.names.prebuilt); do not edit."
            ),
            "fingerprint": fingerprint(),
            "given": {"native": ids(native), "other": ids(other)},
            "places": ids(places.build_index()),
            "exact_given": ids(exact_readings.build_given_index()),
            "exact_places": ids(exact_readings.build_place_index()),
            "signature": signature.tables_record(signature.build_tables()),
            "place_standards": ids(place_standards.build_by_place()),
        }


def dumps(data: dict[str, Any]) -> str:
    """The file's text for :func:`build`'s result (stable: sorted, one index per line)."""
    lines = ["{"]
    items = list(data.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def as_index(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """An index of the file (key -> ids) as the tables use it."""
    return {k: frozenset(v) for k, v in raw.items()}
