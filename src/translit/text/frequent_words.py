"""The gate's verdict on the most frequent words of English and German, worked out in advance.

Real prose meets thousands of distinct capitalised words that are no names (sentence starts,
German nouns, titles), and the gate can only reject such a word after reading it under every
convention and looking it up in the given-name and place tables (about 0.1 ms a word): on 2.7
MB of BBC news that was three quarters of the scan. ``data/text/frequent_words.json.gz`` lists
the frequent words of the wordfreq lists on which the gate's answer is *no unit starts here*
(:attr:`~translit.text.words.Facts.inert`), with the reason it gives, so those are answered by
a set lookup. The file is made by ``scripts/frequent_words.py`` from the gate itself, and a test
recomputes every entry, so it can only agree with the gate.

The table costs a few tens of milliseconds to load and about 15 MB; it is loaded only once a
process has met ``LOAD_AFTER`` distinct words, so a short text or one name does not pay for it.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

__all__ = ["LOAD_AFTER", "TABLE", "inert_reason", "load_table", "preload", "table_key"]

#: The data file, inside the package.
TABLE = "data/text/frequent_words.json.gz"

#: Distinct words the gate decides before the table is worth loading.
LOAD_AFTER = 512

_met = 0


def clear_caches() -> None:
    """Forget the count of words met (:func:`translit.clear_caches` calls it, and empties
    :func:`load_table`'s cache with the others)."""
    global _met
    _met = 0


def preload() -> None:
    """Load the table now and use it from the first word: for a process about to start
    workers that will each meet far more than ``LOAD_AFTER`` words (they share it)."""
    global _met
    load_table()
    _met = LOAD_AFTER


def table_key(word: str) -> str | None:
    """The form a word is listed under: lower case, for a word of letters alone written in
    title case or in capitals (the gate judges a word in capitals in title case)."""
    if len(word) < 2 or not word.isalpha() or not word[0].isupper():
        return None
    return word.lower() if word[1:].islower() or word.isupper() else None


@lru_cache(maxsize=1)
def load_table() -> dict[str, str]:
    """Listed word (lower case) -> the reason the gate gives for it, from :data:`TABLE`."""
    path = resources.files("translit") / TABLE
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    reasons = data.get("reasons") if isinstance(data, dict) else None
    words = data.get("words") if isinstance(data, dict) else None
    if not (
        isinstance(reasons, list)
        and isinstance(words, list)
        and len(words) == len(reasons)
        and all(isinstance(r, str) for r in reasons)
        and all(isinstance(w, str) for w in words)
    ):
        raise ValueError(f"{TABLE}: expected 'reasons' and 'words', two lists of strings")
    table: dict[str, str] = {}
    for reason, listed in zip(reasons, words):
        table.update(dict.fromkeys(listed.split(), reason))
    return table


def inert_reason(word: str) -> str | None:
    """The gate's reason for rejecting ``word``, when it is a listed frequent word; else None.

    None until the process has met ``LOAD_AFTER`` words (the caller then decides the word
    itself, with the same result).
    """
    global _met
    if _met < LOAD_AFTER:
        _met += 1
        return None
    key = table_key(word)
    return None if key is None else load_table().get(key)
