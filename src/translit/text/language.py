"""The language a document is written in.

The normalizer needs it twice: to tell a word of the document's language from a name (a
capitalised *Games* is an English word), and, over a corpus, to unify spellings within one
language only (German files keep *Lukaschenko*, English files *Lukashenko*).

A document's language shows in its most frequent words, the function words, which are never
names: the lists (``data/text/function_words.json``) are the top words of the ``wordfreq``
lists, and a document scores each language by the frequencies of its lower-case words that
the language's list holds. Cyrillic text is refined with translit's own letter evidence
(:func:`translit.detect_language`), which tells Russian, Ukrainian and Belarusian apart.
A general-purpose model (py3langid) was measured first: 2 ms per short document, more than
the whole normalizer; this costs about 0.05 ms.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

__all__ = ["UNDETERMINED", "document_language", "wordlist_language"]

UNDETERMINED = "und"
"""The code for a text too short to tell (ISO 639-2's *undetermined*)."""

# The languages a document may be found in: the press languages whose spelling conventions the
# name matcher reads, and the Cyrillic, Greek and Georgian source languages.
_LANGUAGES = (
    "en de fr es it pt ca nl sv no da fi et lv lt pl cs sk sl hr sr bs hu ro tr "
    "eo ru uk be bg mk el ka"
).split()

# wordfreq names a few of these differently, and lacks some (None: no wordlist).
_WORDLIST = {"no": "nb", "hr": "sh", "sr": "sh", "bs": "sh"}
_NO_WORDLIST = frozenset({"et", "eo", "be", "ka"})

# Fewer function words than this and a document's language is a guess (a list of names has
# none): the caller falls back.
_MIN_HITS = 4
_MIN_CYRILLIC = 40
# Only the start of a long document is looked at: its language does not change midway, and
# the answer must not depend on how the document is cut into chunks.
SAMPLE_CHARS = 4_000
_WORD = re.compile(r"[^\W\d_]+")
# The same words in ASCII text, which the engine scans faster than the Unicode class (about a
# tenth of telling a document's language).
_ASCII_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, tuple[tuple[str, float], ...]]:
    """Word -> ((language, Zipf frequency), ...)."""
    path = resources.files("translit") / "data" / "text" / "function_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    index: dict[str, list[tuple[str, float]]] = {}
    for lang, words in sorted(data["languages"].items()):
        for word, zipf in words.items():
            index.setdefault(word, []).append((lang, float(zipf)))
    return {w: tuple(v) for w, v in index.items()}


def document_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is written in, or ``"und"`` if it cannot tell.

    >>> document_language("The president met the prime minister in Minsk on Monday to talk "
    ...                   "about the economy and the army.")
    'en'
    >>> document_language("Der Präsident traf sich am Montag mit dem Ministerpräsidenten, um "
    ...                   "über die Wirtschaft zu sprechen.")
    'de'
    >>> document_language("Lukashenka, Zelenskyy")
    'und'
    """
    sample = text[:SAMPLE_CHARS]
    index = _function_words()
    score: dict[str, float] = {}
    hits = 0
    # Each distinct word once, weighed by its count: the most frequent words (English *a*, *the*)
    # are listed in many languages and recur dozens of times in a sample.
    for word, n in Counter((_ASCII_WORD if sample.isascii() else _WORD).findall(sample)).items():
        found = index.get(word)  # (every listed word is lower-case: capitalised ones miss)
        if found is None:
            continue
        hits += n
        for lang, zipf in found:
            score[lang] = score.get(lang, 0.0) + zipf * n
    if hits < _MIN_HITS:
        # Belarusian has no wordfreq list: Cyrillic prose is told by its letters.
        cyrillic = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
        if cyrillic < _MIN_CYRILLIC:
            return UNDETERMINED
        score = {"ru": 0.0}
    lang = min(score, key=lambda k: (-score[k], k))
    if lang in ("ru", "uk", "bg", "mk"):
        from ..standards.detection import detect_language

        refined = detect_language(sample)
        if refined in ("ru", "uk", "be", "bg", "mk", "sr"):
            lang = refined
    return lang


def wordlist_language(language: str, cyrillic: bool) -> str:
    """The wordfreq list that tells common words of ``language`` (English as the fallback)."""
    if cyrillic:
        if language in ("uk", "bg", "mk"):
            return language
        return "ru"
    if language == UNDETERMINED or language in _NO_WORDLIST or language not in _LANGUAGES:
        return "en"
    if language in ("ru", "uk", "be", "bg", "mk", "el", "ka"):
        return "en"  # Latin words in a Cyrillic/Greek text: quotations, mostly English
    return _WORDLIST.get(language, language)
