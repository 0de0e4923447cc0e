"""The language a document is written in.

The normalizer needs it twice: to tell a word of the document's language from a name (a
capitalised *Games* is an English word), and, over a corpus, to unify spellings within one
language only (German files keep *Lukaschenko*, English files *Lukashenko*).

Detection uses ``py3langid`` (a maintained fork of langid.py whose model ships in its wheel),
imported on first use so that ``import translit`` stays fast, and restricted to the languages
whose press writes East Slavic names. Cyrillic text is refined with translit's own letter
evidence (:func:`translit.detect_language`), which tells Russian, Ukrainian and Belarusian apart
far better than a general model.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["UNDETERMINED", "document_language", "wordlist_language"]

UNDETERMINED = "und"
"""The code for a text too short to tell (ISO 639-2's *undetermined*)."""

# The languages the detector may answer: the press languages whose spelling conventions the
# name matcher reads, and the Cyrillic, Greek and Georgian source languages.
_LANGUAGES = (
    "en de fr es it pt ca nl sv no da fi et lv lt pl cs sk sl hr sr bs hu ro tr "
    "eo ru uk be bg mk el ka"
).split()

# wordfreq names a few of these differently, and lacks some (None: no wordlist).
_WORDLIST = {"no": "nb", "hr": "sh", "sr": "sh", "bs": "sh"}
_NO_WORDLIST = frozenset({"et", "eo", "be", "ka"})

# Fewer letters of lower-case words than this and a document's language is a guess (names
# say nothing of the language they are written in; German capitalises its nouns too): the
# caller falls back.
_MIN_LETTERS = 25
# Only the start of a long document is looked at: its language does not change midway, and
# the answer must not depend on how the document is cut into chunks.
SAMPLE_CHARS = 20_000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ident.set_languages(_LANGUAGES)
    return ident


def document_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is written in, or ``"und"`` if too short.

    A text needs some lower-case words to tell: a list of names has no language.

    >>> document_language("The president met the prime minister in Minsk on Monday to talk "
    ...                   "about the economy and the army.")
    'en'
    >>> document_language("Der Präsident traf sich am Montag mit dem Ministerpräsidenten, um "
    ...                   "über die Wirtschaft zu sprechen.")
    'de'
    >>> document_language("Lukashenka")
    'und'
    """
    import re

    sample = text[:SAMPLE_CHARS]
    words = " ".join(w for w in re.findall(r"[^\W\d_]+", sample) if w[0].islower())
    letters = len(words) - words.count(" ")
    if letters < _MIN_LETTERS:
        return UNDETERMINED
    lang: str = _identifier().classify(sample)[0]
    if lang in ("ru", "uk", "be", "bg", "mk", "sr"):
        cyrillic = sum(1 for c in sample if "\u0400" <= c <= "\u04ff")
        if cyrillic * 2 > letters:
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
