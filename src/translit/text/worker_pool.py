"""Normalising many texts in a process pool (:meth:`translit.Normalizer.normalize_many`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["is_missing_value", "normalize_in_pool"]

# A worker's normalizer, sent once by the pool's initializer rather than with every text.
_WORKER: Callable[[str], str] | None = None


def _set_worker(normalize: Callable[[str], str]) -> None:
    global _WORKER
    _WORKER = normalize


def _normalize_in_worker(text: Any) -> Any:
    assert _WORKER is not None
    return text if is_missing_value(text) else _WORKER(text)


def is_missing_value(value: Any) -> bool:
    """``None``, ``NaN``, ``pandas.NA``: values that pass through unchanged."""
    from .._values import is_missing

    return not isinstance(value, str) and is_missing(value)


def normalize_in_pool(
    normalize: Callable[[str], str], items: Sequence[Any], workers: int
) -> list[Any]:
    """``normalize`` each item in ``workers`` processes, in order (``normalize`` is pickled
    once per worker)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(
        max_workers=workers, initializer=_set_worker, initargs=(normalize,)
    ) as pool:
        return list(pool.map(_normalize_in_worker, items, chunksize=16))
