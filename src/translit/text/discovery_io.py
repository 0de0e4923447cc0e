"""A discovery on disk (:meth:`Discovery.save`, :meth:`Discovery.load`) and in a pickle.

Format ``translit-discovery``, version 1 (see :mod:`~translit.text.file_format`): a header
``{"format": "translit-discovery", "version": 1, "count": N}``, then one cluster a line, in the
discovery's order (the biggest first)::

    ["en","surname","Lukashenko","lukashenko","frequent",[["Lukashenko",3],["Lukashenka",2]]]

that is language, kind (``person``, ``surname``, ``place`` or ``native``), canonical form, key,
basis (how the canonical form was chosen) and the variants with their counts. The format is
meant to be kept, reviewed and diffed: the same discovery always gives the same bytes.

A discovery pickles as columns (one list per field, variants flattened), so a normalizer that
carries one is small to send to workers and quick to unpickle.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator, Sequence
from typing import Any

from .clusters import Cluster
from .file_format import FormatError, read_rows, write_rows

__all__ = ["FORMAT", "VERSION", "from_columns", "load", "save", "to_columns"]

FORMAT = "translit-discovery"
VERSION = 1
_KINDS = ("person", "surname", "place", "native")


def save(clusters: Sequence[Cluster], path: str | os.PathLike[str]) -> None:
    """Write ``clusters`` to ``path`` (gzip-compressed when the name ends in ``.gz``)."""

    def rows() -> Iterator[list[Any]]:
        for c in clusters:
            variants = [[s, n] for s, n in c.variants]
            yield [c.language, c.kind, c.canonical, c.key, c.basis, variants]

    write_rows(path, FORMAT, VERSION, rows(), len(clusters))


def _variants(value: Any) -> tuple[tuple[str, int], ...] | None:
    if not isinstance(value, list) or not value:
        return None
    out = []
    for v in value:
        if not (
            isinstance(v, list)
            and len(v) == 2
            and isinstance(v[0], str)
            and type(v[1]) is int
            and v[1] >= 0
        ):
            return None
        out.append((v[0], v[1]))
    return tuple(out)


def load(path: str | os.PathLike[str]) -> list[Cluster]:
    """Read the clusters written by :func:`save`; :class:`FormatError` names file and line."""
    shown = os.fspath(path)
    _, rows = read_rows(path, FORMAT, VERSION)
    out: list[Cluster] = []
    for line, row in rows:
        if not (isinstance(row, list) and len(row) == 6):
            raise FormatError(f"{shown}:{line}: expected a list of 6 values, got {row!r}")
        language, kind, canonical, key, basis, raw = row
        variants = _variants(raw)
        if not all(isinstance(v, str) for v in (language, kind, canonical, key, basis)):
            raise FormatError(
                f"{shown}:{line}: expected [language, kind, canonical, key, basis, variants] "
                f"with texts in the first five, got {row!r}"
            )
        if variants is None:
            raise FormatError(
                f"{shown}:{line}: the variants must be a non-empty list of [spelling, count]"
            )
        if kind not in _KINDS:
            raise FormatError(f"{shown}:{line}: unknown kind {kind!r} (one of {', '.join(_KINDS)})")
        out.append(Cluster(canonical, variants, key, kind, language, basis))
    return out


Columns = tuple[
    list[str], list[str], list[str], list[str], list[str], list[int], list[str], list[int]
]


def to_columns(clusters: Sequence[Cluster]) -> Columns:
    """The clusters as lists: canonical, key, kind, language, basis, number of variants, and
    the spellings and counts of all variants one after the other."""
    cols: Columns = ([], [], [], [], [], [], [], [])
    canonical, key, kind, language, basis, sizes, spellings, counts = cols
    for c in clusters:
        canonical.append(c.canonical)
        key.append(c.key)
        kind.append(c.kind)
        language.append(c.language)
        basis.append(c.basis)
        sizes.append(len(c.variants))
        for s, n in c.variants:
            spellings.append(s)
            counts.append(n)
    return cols


def from_columns(cols: Columns) -> list[Cluster]:
    """The clusters of :func:`to_columns`' lists."""
    canonical, key, kind, language, basis, sizes, spellings, counts = cols
    pairs = iter(zip(spellings, counts))
    variants = [tuple(itertools.islice(pairs, size)) for size in sizes]
    # (positional, in the order of Cluster's fields: the cheapest way to make many)
    return [Cluster(*fields) for fields in zip(canonical, variants, key, kind, language, basis)]
