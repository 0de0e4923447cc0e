"""The ``"auto"`` scheme: each piece of text under the default standard of its language.

Decisions are made per sentence (or line, whichever is shorter): the sentence's words together
decide its language. A word keeps the sentence's language unless it has a letter that language
does not write (a Ukrainian ї in a Russian sentence); such a word is decided on its own, and a
name — capitalised words in a row — is decided as a whole, so one name never comes out in two
standards. Greek and Georgian letters go to the Greek and Georgian standards.

The result has no letter of the source scripts left, so ``auto`` applied to its own output
changes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._unicode import APOSTROPHES, MARK_CLASS
from .cache import compile_scheme
from .detection import alphabet, best, is_name_form, language_scores
from .registry import language_defaults

__all__ = ["has_cyrillic", "language_spans", "transliterate_auto"]

_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")
_APOS = "[" + re.escape(APOSTROPHES) + "]"
_WORD = re.compile(rf"(?:[^\W\d_]|{MARK_CLASS})+(?:{_APOS}(?:[^\W\d_]|{MARK_CLASS})+)*")
# A sentence ends at a line break, or at . ! ? … after a word of two letters or more (so the
# full stops of initials, А. С. Пушкин, do not end one) followed by a space.
_UNIT_END = re.compile(r"\n|(?<=[^\W\d_]{2}[.!?…])\s+")
# Between two words of one name: a space or a hyphen (Римский-Корсаков), nothing else.
_NAME_GAP = re.compile(r"[ \u00a0-]")


def has_cyrillic(text: str) -> bool:
    """Does ``text`` hold a Cyrillic letter (the letters :func:`language_spans` decides)?"""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=8192)  # (asked only of sentences with a letter their language lacks)
def _letters(word: str) -> frozenset[str]:
    return frozenset(c for c in word.lower() if "\u0400" <= c <= "\u052f")


def _fits(word: str, lang: str) -> bool:
    return _letters(word) <= alphabet(lang)


def _decide(group: list[re.Match[str]]) -> list[str]:
    """The language of each word of a name whose letters the surrounding language lacks: one
    language for the whole name where one writes all its letters, else word by word."""
    letters: set[str] = set()
    for m in group:
        letters |= _letters(m.group())
    scores = language_scores(" ".join(m.group() for m in group))
    able = [lang for lang in scores if letters <= alphabet(lang)]
    if able or len(group) == 1:
        return [best(scores, able or None)] * len(group)
    return [_decide([m])[0] for m in group]


def language_spans(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into ``(start, end, language)`` pieces covering it, cut before words.

    >>> language_spans("Сергей Щербаков")
    [(0, 15, 'ru')]
    >>> language_spans("Вчера в Києві Ціханоўская сказала, что это так.")
    [(0, 8, 'ru'), (8, 14, 'uk'), (14, 26, 'be'), (26, 47, 'ru')]
    """
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for end_match in [*_UNIT_END.finditer(text), None]:
        end = end_match.end() if end_match is not None else len(text)
        if end > pos:
            spans.extend(_unit_spans(text, pos, end))
        pos = end
    # Join neighbours of one language, so each standard runs over as much text as possible.
    merged: list[tuple[int, int, str]] = []
    for s, e, lang in spans:
        if merged and merged[-1][2] == lang and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e, lang)
        else:
            merged.append((s, e, lang))
    return merged


def _unit_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    words = [m for m in _WORD.finditer(text, start, end) if _CYRILLIC.search(m.group())]
    if not words:
        return [(start, end, "")]
    joined = " ".join(m.group() for m in words)
    unit_lang = best(language_scores(joined))
    # Most sentences write only letters of their language: then no word needs deciding alone.
    # (The letters of all its words, as _letters takes each word's.)
    letters = {c for c in set(joined.lower()) if "\u0400" <= c <= "\u052f"}
    if letters <= alphabet(unit_lang):
        return [(start, end, unit_lang)]
    # Names: capitalised words in a row, separated only by a space or a hyphen. The first word
    # of a sentence is capitalised anyway: it joins only if the name tables list it (Сергей),
    # or if every word of the sentence is capitalised (a name alone, a heading).
    all_caps = all(m.group()[0].isupper() for m in words)
    groups: list[list[re.Match[str]]] = []
    for m in words:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and m.group()[0].isupper()
            and prev.group()[0].isupper()
            and _NAME_GAP.fullmatch(text[prev.end() : m.start()] or "x")
            and (prev is not words[0] or all_caps or is_name_form(prev.group()))
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    spans: list[tuple[int, int, str]] = []
    cut = start
    current = unit_lang
    for group in groups:
        langs = [unit_lang] * len(group)
        if not all(_fits(m.group(), unit_lang) for m in group):
            langs = _decide(group)
        for m, lang in zip(group, langs):
            if lang != current:
                spans.append((cut, m.start(), current))
                cut, current = m.start(), lang
    spans.append((cut, end, current))
    return [s for s in spans if s[1] > s[0]]


def transliterate_auto(text: str, *, names: bool = False, drop_marks: bool = False) -> str:
    """Transliterate each piece of ``text`` under the default standard of its language.

    Args:
        text: any string.
        names: name-oriented output (see :func:`translit.transliterate`).
        drop_marks: leave stress marks out.
    """
    defaults = language_defaults()
    if has_cyrillic(text):
        pieces = []
        for s, e, lang in language_spans(text):
            chunk = text[s:e]
            if lang:
                chunk = compile_scheme(defaults[lang], names=names)(chunk, drop_marks=drop_marks)
            pieces.append(chunk)
        text = "".join(pieces)
    for pattern, lang in ((_GREEK, "el"), (_GEORGIAN, "ka")):
        if pattern.search(text):
            text = compile_scheme(defaults[lang], names=names)(text, drop_marks=drop_marks)
    return text
