"""Common words of a language, from the maintained ``wordfreq`` lists.

A capitalised *Games*, *Martin* or *Berlin* is a word of the document's language, not a name
written from Cyrillic; a surname the press spells several ways (*Lukashenka*, *Zelenskyy*) is
rare in every wordlist. The threshold and its reason are data (``data/text/gate.json``).

The lists load on first use, per language (0.01–0.3 s, read from wordfreq's data files), and
only when a decision needs them: the normalizer asks only about spellings that could merge with
another.
"""

from __future__ import annotations

import itertools
import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["gate_settings", "is_common", "is_known", "zipf"]


@lru_cache(maxsize=1)
def gate_settings() -> dict[str, Any]:
    """The thresholds of the candidate gate, each with ``value`` and ``reason``."""
    path = resources.files("translit") / "data" / "text" / "gate.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for key in (
        "common_zipf",
        "known_zipf",
        "short_word",
        "max_name_words",
        "max_place_words",
    ):
        entry = data.get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), (int, float)):
            raise ValueError(f"data/text/gate.json: {key!r} needs a numeric 'value'")
    for key in ("nouns_capitalised", "international_conventions", "corpus_words"):
        entry = data.get(key)
        values = entry.get("value") if isinstance(entry, dict) else None
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"data/text/gate.json: {key!r} needs a list of names")
    return data


# One frequency table per wordlist language, kept: a decision is then a dictionary lookup.
@lru_cache(maxsize=16)
def _frequencies(wordlist: str) -> dict[str, float]:
    table = _read_wordlist(wordlist)
    if table is None:
        import wordfreq

        table = wordfreq.get_frequency_dict(wordlist, wordlist="best")
    return table


def _read_wordlist(wordlist: str) -> dict[str, float] | None:
    """``wordfreq.get_frequency_dict(wordlist, wordlist="best")``, read from wordfreq's data
    file without importing wordfreq (its tokenizer, ftfy and langcodes cost about 80 ms, a
    tenth of a run over a few MB of prose); None when there is no such file or it is not in
    the format :func:`_buckets` reads, and wordfreq itself is asked."""
    buckets = _buckets(wordlist)
    if buckets is None:
        return None
    table: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        table.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return table


@lru_cache(maxsize=16)
def _buckets(wordlist: str) -> tuple[list[str], ...] | None:
    """The words of wordfreq's data file for ``wordlist``, one list per centibel of frequency
    from the most frequent (the documented cBpack format, ``wordfreq.read_cBpack``: a msgpack
    list, a header, then the buckets); None when there is no such file or it is in another
    layout."""
    import gzip
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):  # "best": the large list where there is one
        path = data / f"{size}_{wordlist}.msgpack.gz"
        if path.is_file():
            break
    else:
        return None
    try:
        import msgpack  # type: ignore[import-untyped]  # (a dependency of wordfreq)

        pack = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    except Exception:  # an unknown layout: wordfreq reads it
        return None
    header = pack[0] if isinstance(pack, list) and pack else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return tuple(pack[1:])


@lru_cache(maxsize=16)
def _common(wordlist: str) -> frozenset[str] | None:
    """The words of ``wordlist`` at or above the common floor, from the frequent buckets
    alone: the gate asks only this of most documents, and a set of the first few hundred
    buckets (15,000 English words) is made in a millisecond where the whole table takes tens.
    None when there is no data file and the table must be asked."""
    return _above(wordlist, "common_zipf")


@lru_cache(maxsize=16)
def _known(wordlist: str) -> frozenset[str] | None:
    """The words of ``wordlist`` at or above the floor of known words: the buckets down to it
    (174,000 English words) make a set in about 9 ms, where the whole table with each word's
    frequency takes about 47. None when there is no data file."""
    return _above(wordlist, "known_zipf")


def _above(wordlist: str, setting: str) -> frozenset[str] | None:
    """The words of the buckets at or above the floor ``setting`` names. (A word has one
    frequency, so it is in one bucket: the cBpack format.)"""
    buckets = _buckets(wordlist)
    if buckets is None:
        return None
    floor = _floor(setting)
    # Buckets go from the most frequent down, a centibel each: the first ``n`` are above.
    n = 0
    while n < len(buckets) and 10 ** (-n / 100) >= floor:
        n += 1
    return frozenset(itertools.chain.from_iterable(buckets[:n]))


@lru_cache(maxsize=4)
def _floor(setting: str) -> float:
    return float(10 ** (float(gate_settings()[setting]["value"]) - 9))


def is_common(word: str, wordlist: str) -> bool:
    """Is ``word`` (any case) a common word in the wordfreq list ``wordlist``?

    >>> is_common("Games", "en"), is_common("Lukashenka", "en")
    (True, False)
    """
    common = _common(wordlist)
    if common is None:
        return _frequencies(wordlist).get(word.casefold(), 0.0) >= _floor("common_zipf")
    return word.casefold() in common


def is_known(word: str, wordlist: str) -> bool:
    """Is ``word`` (any case) a word of the wordfreq list ``wordlist``, however rare?

    >>> is_known("Dione", "en"), is_known("Bajmut", "en")
    (True, False)
    """
    known = _known(wordlist)
    if known is None:
        return _frequencies(wordlist).get(word.casefold(), 0.0) >= _floor("known_zipf")
    return word.casefold() in known


def zipf(word: str, wordlist: str) -> float:
    """The word's Zipf frequency (log10 of occurrences per billion words), for explanations."""
    import wordfreq

    f = wordfreq.word_frequency(word.casefold(), wordlist, wordlist="best")
    return round(math.log10(f * 1e9), 2) if f > 0 else 0.0
