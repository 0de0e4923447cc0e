"""Evidence from the corpus itself that a capitalised word is a word: its lower-case form.

A capitalised *Slova* (the first word of a sentence of Russian in Latin letters) with *slova*
elsewhere in the corpus is a word of the corpus, not a name; a surname is not written in lower
case. The wordlists tell the same of English or German words; they cannot for East Slavic prose
in Latin letters (transliterated text, Belarusian Łacinka), which the function words take for
Polish, Croatian or Czech. So in documents of those languages (``corpus_words`` in
``data/text/gate.json``) the census counts the lower-case words that could be capitalised into
a surname-like spelling (:data:`LOWER` entries, under the capitalised spelling), and clustering
drops a spelling that could merge with another and is such a word
(:mod:`translit.text.clusters`).

The lower-case words of each piece of text are counted, and the first occurrence of such an
entry is its document (offset 0): the offset is never read, and a document's name does not
depend on how it is cut into chunks, so the counts of the parts of a corpus add up to those of
the whole however it is cut.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Final

from .._memo import memo

__all__ = ["LOWER", "counts_lower_words", "lower_words"]

#: The census kind of a lower-case word, under the spelling it has when capitalised.
LOWER: Final = "lower"


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    from .common_words import gate_settings

    return frozenset(gate_settings()["corpus_words"]["value"])


def counts_lower_words(language: str) -> bool:
    """Does the census count the lower-case words of a document in ``language``?

    >>> counts_lower_words("pl"), counts_lower_words("en")
    (True, False)
    """
    return language in _languages()


@lru_cache(maxsize=1)
def _lower_rx() -> Any:
    import regex

    # A word that starts in lower case, not inside another word, and whole across the
    # apostrophes and hyphens between its letters, as the mentions' words are (neskol’ko, the
    # soft sign of romanized Russian, is one word: Neskol’ko).
    return regex.compile(
        r"(?<![\p{L}\p{M}\p{N}_'’\-])\p{Ll}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*"
        r"(?![\p{L}\p{M}\p{N}_])"
    )


@lru_cache(maxsize=1)
def _any_tail() -> Any:
    """One search for every surname ending's Latin tail (each anchored at the word's end)."""
    import re

    from .candidates import _endings

    return re.compile("|".join(f"(?:{e.tail.pattern})" for e in _endings()))


#: Distinct lower-case words whose capitalised spelling (or None) is kept per process.
WORD_CACHE_SIZE = 200_000


@memo(maxsize=WORD_CACHE_SIZE)
def _as_capitalised(word: str) -> str | None:
    """The word capitalised when that could be a surname-like spelling (a cheap test: some
    surname ending's Latin form fits its end), else None."""
    if _any_tail().search(word) is None:
        return None
    return word[0].upper() + word[1:]


def lower_words(text: str) -> dict[str, int]:
    """How often each lower-case word of ``text`` that could be capitalised into a
    surname-like spelling occurs, under that spelling.

    >>> lower_words("Slova, slova i jeszcze slova.")
    {'Slova': 2}
    """
    capitalised = _as_capitalised
    out: dict[str, int] = {}
    for word, n in Counter(_lower_rx().findall(text)).items():
        spelling = capitalised(word)
        if spelling is not None:
            out[spelling] = out.get(spelling, 0) + n
    return out
