"""The compiled standards, built once each: the package's caches of compiled patterns.

``compile_scheme("ru")``, ``("ru-bgn-pcgn")`` and ``(" RU ")`` return the same object: names are
resolved first, and only the resolved id is compiled.
"""

from __future__ import annotations

from functools import cache

from .compiler import Compiled
from .registry import AUTO, load_scheme_data, resolve, scheme_ids
from .reverse import CompiledReverse
from .tables import Tables, build_tables

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .compiler import Run


__all__ = [
    "NAME_CACHE_SIZE",
    "clear_caches",
    "compile_reverse",
    "compile_scheme",
    "lent",
    "runs_by_name",
]

#: Distinct spellings of standard names remembered (``"ru"``, ``"RU"``, ``"ru-bgn-pcgn"`` ...).
NAME_CACHE_SIZE = 64

#: The compiled standards by the name they were asked for: ``[False]`` plain, ``[True]``
#: name-oriented. Plain dicts rather than an ``lru_cache``, so that :func:`translit.transliterate`
#: finds a standard it has seen with one lookup. At most ``NAME_CACHE_SIZE`` entries each, the
#: oldest goes first.
_by_name: dict[bool, dict[str, Compiled]] = {False: {}, True: {}}
#: The same standards' :attr:`~.compiler.Compiled.run` functions.
runs_by_name: dict[bool, dict[str, Run]] = {False: {}, True: {}}


def compile_scheme(scheme: str, *, names: bool = False) -> Compiled:
    """Return the compiled transliterator for an id or language shorthand (cached).

    Args:
        scheme: a standard id or a language code (not ``auto``).
        names: the name-oriented variant, without the standard's optional marks (see
            :func:`translit.transliterate`).
    """
    names = bool(names)
    seen = _by_name[names]
    try:
        return seen[scheme]
    except (KeyError, TypeError):  # not seen, or not hashable: resolve() says what is wrong
        pass
    scheme_id = resolve(scheme)  # unknown names: the message lists 'auto' too
    if scheme_id == AUTO:
        resolve(scheme, allow_auto=False)  # raises: 'auto' is not one standard
    compiled = _compiled(scheme_id, names)
    runs = runs_by_name[names]
    if len(seen) >= NAME_CACHE_SIZE:
        oldest = next(iter(seen))
        del seen[oldest], runs[oldest]
    seen[scheme] = compiled
    runs[scheme] = compiled.run
    return compiled


@cache  # bounded: 2 variants of each shipped standard
def _compiled(scheme_id: str, names: bool) -> Compiled:
    data = load_scheme_data(scheme_id)
    return Compiled(data, [lent(fid, names) for fid in data.get("fallback", ())], names=names)


@cache  # bounded: 2 variants of each shipped standard
def lent(scheme_id: str, names: bool) -> Tables:
    """A standard as the fallback of another: its own letter table only, no patterns (fallbacks
    do not chain, so two standards may fall back on each other)."""
    return build_tables(load_scheme_data(scheme_id), names=names)


@cache  # bounded: one per reversible standard
def compile_reverse(scheme: str) -> CompiledReverse:
    """Return the compiled reverse transliterator (cached); ValueError if not reversible."""
    scheme_id = resolve(scheme, allow_auto=False)
    reversible = tuple(s for s in scheme_ids() if load_scheme_data(s).get("reversible"))
    return CompiledReverse(load_scheme_data(scheme_id), reversible)


def clear_caches() -> None:
    """Forget every compiled standard (the next use compiles again)."""
    for names in (False, True):
        _by_name[names].clear()
        runs_by_name[names].clear()
    for cached in (_compiled, lent, compile_reverse):
        cached.cache_clear()
