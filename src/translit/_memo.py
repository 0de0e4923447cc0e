"""Per-word caches that the cyclic garbage collector does not walk: :func:`memo`.

``functools.lru_cache`` keeps each entry in a linked list, and the collector walks that list
and every result in it at each full collection. A process that keeps meeting new names (the
caches hold one entry per distinct word) therefore pays for its caches again and again: on a
stream of 100,000 unseen names, ``name_key``'s caches made each full collection cost 130 ms
and the collector a third of the run.

A :class:`Memo` is a plain ``dict``. When its results are plain tuples of strings, numbers,
booleans and None (nested as deep as needed), the collector stops tracking them at its first
young collection, they are never promoted, so they never bring on a full collection, and the
dict itself is then left alone. Functions cached here return such tuples; a ``NamedTuple``,
a ``frozenset`` or any other object would be tracked for good.

When full, a memo drops its older half (insertion order): no bookkeeping per hit, and a word
that keeps coming is computed again at most once per half-cache of new words. Results never
depend on what a cache holds. Every memo is emptied by :func:`translit.clear_caches`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Hashable
from typing import Generic, NamedTuple, TypeVar

__all__ = ["CacheInfo", "Memo", "memo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class CacheInfo(NamedTuple):
    """What ``cache_info()`` of ``functools.lru_cache`` gives, for the fields that apply."""

    maxsize: int
    currsize: int


class Memo(Generic[K, V]):
    """A function of one hashable argument with its results kept in a ``dict``.

    ``get`` is the dict's own ``get``, for a hot call site to try before calling
    (``facts = m.get(word) or m(word)``, for results that are never false).

    >>> @memo(maxsize=4)
    ... def double(word: str) -> tuple[str, ...]:
    ...     return (word, word)
    >>> double("ab"), double.get("ab"), double.get("cd")
    (('ab', 'ab'), ('ab', 'ab'), None)
    >>> for w in "cdef":
    ...     _ = double(w)
    >>> double.cache_info()  # full at 4: the older half went
    CacheInfo(maxsize=4, currsize=3)
    """

    def __init__(self, fn: Callable[[K], V], maxsize: int) -> None:
        if maxsize < 2:
            raise ValueError(f"a memo holds at least 2 results, not {maxsize}")
        self.maxsize = maxsize
        self._data: dict[K, V] = {}
        self.get = self._data.get
        self.__wrapped__ = fn
        self._name = str(getattr(fn, "__qualname__", ""))
        functools.update_wrapper(self, fn)

    def __call__(self, arg: K) -> V:
        data = self._data
        value = data.get(arg, _MISSING)
        if value is _MISSING:
            value = self.__wrapped__(arg)
            if len(data) >= self.maxsize:
                self._drop_older_half()
            data[arg] = value
        return value  # type: ignore[return-value]

    def _drop_older_half(self) -> None:
        data = self._data
        try:
            newer = list(itertools.islice(data.items(), len(data) // 2, None))
        except RuntimeError:  # another thread added a result meanwhile (free-threaded builds)
            newer = []
        data.clear()
        data.update(newer)

    def __reduce__(self) -> str:
        # Pickled by name, as the function it wraps would be (not with its results).
        return self._name

    def cache_clear(self) -> None:
        """Forget every result."""
        self._data.clear()

    def cache_info(self) -> CacheInfo:
        """The size bound and the number of results held."""
        return CacheInfo(self.maxsize, len(self._data))


def memo(maxsize: int) -> Callable[[Callable[[K], V]], Memo[K, V]]:
    """Decorate a pure function of one hashable argument with a :class:`Memo` of ``maxsize``
    results."""

    def wrap(fn: Callable[[K], V]) -> Memo[K, V]:
        return Memo(fn, maxsize)

    return wrap
