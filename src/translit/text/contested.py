"""Which spellings of a census could merge with another (those that share a key), and which
of those are words of the language rather than names.

Only such spellings are weighed as words (:mod:`translit.text.clusters`), so the wordlist is
loaded only when a decision needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from .lower_words import LOWER
from .sentence_starts import INITIAL

__all__ = ["contested_spellings", "words_among"]


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


def words_among(
    kind: str,
    contested: list[str],
    partners: Mapping[str, list[str]],
    vouchers: Collection[str],
    counts: Mapping[tuple[str, str], int],
    wordlist: str,
) -> set[str]:
    """The ``contested`` spellings of ``kind`` that are words: common words of the language
    (``wordlist``), words the corpus also writes in lower case (``counts`` holds their
    :data:`~translit.text.lower_words.LOWER` entries), and words capitalised only where a
    sentence or a line begins (:mod:`~translit.text.sentence_starts`), unless one of their
    ``partners`` is among the ``vouchers`` (the surnames of full names with an East Slavic given
    name)."""
    from .common_words import is_common

    return {
        s
        for s in contested
        if (LOWER, s) in counts
        or (
            counts.get((INITIAL, s), 0) >= counts.get((kind, s), 1)
            and not any(p in vouchers for p in partners[s])
        )
        or is_common(s, wordlist)
    }
