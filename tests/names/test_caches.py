"""The caches of name matching are named, sized by a constant, and all cleared by
``translit.names.clear_caches()``."""

from __future__ import annotations

import importlib
import pkgutil

import translit.names as names


def _per_input_caches() -> list[object]:
    out = []
    for info in pkgutil.iter_modules(names.__path__):
        module = importlib.import_module(f"translit.names.{info.name}")
        for obj in vars(module).values():
            info_of = getattr(obj, "cache_info", None)
            if info_of is None or getattr(obj, "__module__", None) != module.__name__:
                continue
            if (info_of().maxsize or 0) > 16:  # not the one-slot data loaders
                out.append(obj)
    return out


def test_clear_caches_empties_every_per_input_cache() -> None:
    names.same_name("Lukashenko", "Лукашэнка")
    names.name_key("Alexander Lukashenko")
    names.place_ids("Moskvo")
    caches = _per_input_caches()
    assert len(caches) >= 10
    names.clear_caches()
    assert all(c.cache_info().currsize == 0 for c in caches)  # type: ignore[attr-defined]
