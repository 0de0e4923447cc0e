"""Greedy grouping of spellings with key blocking: each spelling joins the first group (in the
order groups were made) that shares a key with it and whose first spelling ``same`` accepts,
else starts a group. Spellings come in sorted order, so the groups depend on nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["group"]


def group(
    spellings: Iterable[str],
    same: Callable[[str, str], bool],
    keys: Callable[[str], Iterable[str]],
) -> list[list[str]]:
    """Greedy grouping against each group's first spelling, with key blocking."""
    groups: list[list[str]] = []
    by_key: dict[str, list[int]] = {}
    for sp in spellings:
        ks = sorted(set(keys(sp)))
        candidates = sorted({gi for k in ks for gi in by_key.get(k, ())})
        for gi in candidates:
            if same(sp, groups[gi][0]):
                groups[gi].append(sp)
                break
        else:
            groups.append([sp])
            for k in ks:
                by_key.setdefault(k, []).append(len(groups) - 1)
    return groups
