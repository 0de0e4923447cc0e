"""Which spellings of a census could merge with another: those that share a key.

Only such spellings are weighed as words of the language (:mod:`translit.text.clusters`), so
the wordlist is loaded only when a decision needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

__all__ = ["contested_spellings"]


def contested_spellings(
    spellings: list[str],
    keys_of: Callable[[str], Iterable[str]] | None,
    others: Collection[str],
) -> tuple[list[str], dict[str, list[str]]]:
    """The spellings that share a key with another or with one of ``others`` (in the order
    given), and for each of them the other spellings (and ``others``) it shares a key with.

    >>> contested_spellings(["Lukashenka", "Martin"], None, ["Lukashenko"])
    (['Lukashenka'], {'Lukashenka': ['Lukashenko']})
    """
    from ..names.matching import name_keys

    if len(spellings) + len(others) < 2:
        return [], {}  # nothing to merge with
    read = keys_of or name_keys
    keys = {s: frozenset(read(s)) for s in spellings}
    holders: dict[str, list[str]] = {}
    for s in others:
        for k in read(s):
            holders.setdefault(k, []).append(s)
    for s in spellings:
        for k in keys[s]:
            holders.setdefault(k, []).append(s)
    partners: dict[str, list[str]] = {}
    for s in spellings:
        found = {o for k in keys[s] for o in holders[k] if o != s}
        if found:
            partners[s] = sorted(found)
    return [s for s in spellings if s in partners], partners
