"""Language detection for Cyrillic text, and the ``"auto"`` transliteration scheme built on it.

Detection is a naive Bayes score over letter frequencies (``data/letter_stats.json``): each
language's alphabet rules out the letters it does not have (ї є ґ are Ukrainian, ў Belarusian,
ђ ћ Serbian, ѓ ќ ѕ Macedonian, ы э ъ ё not Ukrainian, и not Belarusian), and the frequencies decide
between languages that share every letter of the text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

__all__ = ["detect_language", "transliterate_auto"]

_CYRILLIC = re.compile("[\u0400-\u052f]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
_UNSEEN_IN_ALPHABET = 0.01  # per mille, for a letter of the alphabet the counts never saw
_OUTSIDE_ALPHABET = 1e-5  # per mille: a letter the language does not write


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, frozenset[str]], dict[str, dict[str, float]]]:
    path = resources.files("translit") / "data" / "letter_stats.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    alphabets = {lang: frozenset(a) for lang, a in data["alphabets"].items()}
    logp = {
        lang: {c: math.log(max(v, _UNSEEN_IN_ALPHABET) / 1000) for c, v in freqs.items()}
        for lang, freqs in data["per_mille"].items()
    }
    return alphabets, logp


def language_scores(text: str) -> dict[str, float]:
    """Return the log-likelihood of ``text``'s Cyrillic letters under each language model."""
    _, logp = _model()
    counts = Counter(c for c in text.lower() if "\u0400" <= c <= "\u052f")
    outside = math.log(_OUTSIDE_ALPHABET / 1000)
    return {lang: sum(n * logp[lang].get(c, outside) for c, n in counts.items()) for lang in logp}


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` from its letters.

    Cyrillic text gives one of ``"ru"``, ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``;
    text that is mostly Greek or Georgian gives ``"el"`` or ``"ka"``; text with none of these
    scripts gives ``None``. Short texts made only of letters all the languages share are
    decided by letter frequencies and may be guessed wrong.

    >>> detect_language("Київ — столиця України")
    'uk'
    >>> detect_language("Мінск — сталіца Беларусі, горад на Свіслачы")
    'be'
    >>> detect_language("Съешь же ещё этих мягких французских булок")
    'ru'
    >>> detect_language("Београд је главни град Србије")
    'sr'
    >>> detect_language("Hello") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sample = text[:200_000]
    n_cyr = len(_CYRILLIC.findall(sample))
    n_grk = len(_GREEK.findall(sample))
    n_geo = len(_GEORGIAN.findall(sample))
    if max(n_cyr, n_grk, n_geo) == 0:
        return None
    if n_grk > n_cyr and n_grk >= n_geo:
        return "el"
    if n_geo > n_cyr:
        return "ka"
    scores = language_scores(sample)
    return max(scores, key=lambda lang: scores[lang])


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")


def transliterate_auto(text: str) -> str:
    """Transliterate each word under the default standard of its detected language.

    The text's overall language decides for words whose letters fit it; a word with letters
    that language does not write (a Ukrainian word in a Russian text) is detected on its own.
    """
    from .engine import compile_scheme

    doc_lang = detect_language(text)
    if doc_lang is None:
        return text
    alphabets, _ = _model()
    doc_alpha = alphabets.get(doc_lang, frozenset())
    cache: dict[str, str] = {}

    def word_lang(word: str) -> str:
        lang = cache.get(word)
        if lang is None:
            low = word.lower()
            if _GREEK.search(low):
                lang = "el"
            elif _GEORGIAN.search(low):
                lang = "ka"
            elif doc_lang in alphabets and all(
                c in doc_alpha for c in low if "\u0400" <= c <= "\u052f"
            ):
                lang = doc_lang
            else:
                lang = detect_language(word) or doc_lang
            cache[word] = lang
        return lang

    pieces: list[str] = []
    seg_start = 0
    seg_lang = doc_lang
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        lang = word_lang(word)
        if lang != seg_lang:
            pieces.append(compile_scheme(seg_lang)(text[seg_start : m.start()]))
            seg_start, seg_lang = m.start(), lang
    pieces.append(compile_scheme(seg_lang)(text[seg_start:]))
    return "".join(pieces)
