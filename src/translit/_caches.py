"""The one switch for every cache of the package: :func:`translit.clear_caches`.

Caches are ``functools.lru_cache`` functions and :mod:`translit._memo` memos, sized where they
are defined (a name recurs, so its readings, keys and verdicts are kept), plus the few
dictionaries a package clears itself (``translit.standards.clear_caches``). A normalizer's own
caches live on the instance.
"""

from __future__ import annotations

import sys

__all__ = ["clear_caches"]


def clear_caches() -> None:
    """Empty every cache of the loaded translit modules (memory back; results unchanged).

    >>> import translit
    >>> translit.same_name("Lukashenko", "Lukashenka")
    True
    >>> translit.clear_caches()
    >>> translit.same_name("Lukashenko", "Lukashenka")
    True
    """
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "translit" or name.startswith("translit.")):
            continue
        own = getattr(module, "clear_caches", None)
        if callable(own) and name != "translit" and name != __name__:
            own()
        for value in list(vars(module).values()):
            if isinstance(value, type):  # a class (translit._memo.Memo), not a cache
                continue
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
