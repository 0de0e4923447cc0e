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
) -> tuple[list[str], dict[str, frozenset[str]], frozenset[str]]:
    """The spellings that share a key with another or with one of ``others`` (in the order
    given), the keys of each spelling, and the keys of ``others``.

    >>> found, _, named = contested_spellings(["Lukashenka", "Martin"], None, ["Lukashenko"])
    >>> found, "lUkASAnkA" in named
    (['Lukashenka'], True)
    """
    from ..names.matching import name_keys

    if len(spellings) + len(others) < 2:
        return [], {}, frozenset()  # nothing to merge with
    read = keys_of or name_keys
    keys = {s: frozenset(read(s)) for s in spellings}
    seen: dict[str, int] = {}
    of_others: set[str] = set()
    for s in others:
        for k in read(s):
            seen[k] = seen.get(k, 0) + 1
            of_others.add(k)
    for s in spellings:
        for k in keys[s]:
            seen[k] = seen.get(k, 0) + 1
    contested = [s for s in spellings if any(seen[k] > 1 for k in keys[s])]
    return contested, keys, frozenset(of_others)


def words_among(
    kind: str,
    contested: list[str],
    keys: Mapping[str, frozenset[str]],
    vouched: frozenset[str],
    counts: Mapping[tuple[str, str], int],
    wordlist: str,
) -> set[str]:
    """The ``contested`` spellings of ``kind`` that are words: common words of the language
    (``wordlist``), words the corpus also writes in lower case (``counts`` holds their
    :data:`~translit.text.lower_words.LOWER` entries), and words capitalised only where a
    sentence or a line begins (:mod:`~translit.text.sentence_starts`), unless one of their
    ``keys`` is ``vouched`` for (a key of the surname of a full name with an East Slavic given
    name)."""
    from .common_words import is_common

    return {
        s
        for s in contested
        if (LOWER, s) in counts
        or (counts.get((INITIAL, s), 0) >= counts.get((kind, s), 1) and vouched.isdisjoint(keys[s]))
        or is_common(s, wordlist)
    }
