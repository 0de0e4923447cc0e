"""Canonical forms by a standard (``canonical="ru-bgn-pcgn"``, ...): a Latin cluster whose name
is also written in the source script in the input takes the standard's form of that spelling,
as passports and the press write names (``transliterate(..., names=True)``)."""

from __future__ import annotations

from .clusters import Cluster

__all__ = ["by_standard"]


def by_standard(clusters: list[Cluster], scheme: str) -> list[Cluster]:
    """Give Latin clusters the standard's form of a native spelling of the same name."""
    from ..names.matching import name_keys, same_name
    from ..standards.transliteration import transliterate

    natives: dict[str, list[str]] = {}
    for c in clusters:
        if c.kind == "native":
            for sp, _ in c.variants:
                for k in sorted(name_keys(sp)):
                    natives.setdefault(k, []).append(sp)
    out = []
    for c in clusters:
        if c.kind in ("surname", "person", "place"):
            found = sorted(
                {n for sp, _ in c.variants for k in name_keys(sp) for n in natives.get(k, ())}
            )
            native = next((n for n in found if same_name(n, c.canonical)), None)
            if native is not None:
                form = transliterate(native, scheme, names=True)
                c = Cluster(form, c.variants, c.key, c.kind, c.language, f"standard:{scheme}")
        out.append(c)
    return out
