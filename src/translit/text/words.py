"""One capitalised word of a text: its name part, the gate's verdict on it, and whether it can
start a place of several words.

Everything here depends on the word alone, and the same words recur all through a corpus
(sentence starts, the names of the day), so the answers are kept per distinct word
(``WORDS_CACHE_SIZE``): a scan pays for a word once, then a dictionary lookup per occurrence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .candidates import Verdict, classify
from .exact_readings import starts_a_place
from .frequent_words import inert_reason

__all__ = [
    "WORDS_CACHE_SIZE",
    "Facts",
    "facts",
    "gate_facts",
    "is_caps",
    "multiword_places",
    "title",
    "trim",
]

#: Distinct words whose trimmed form and facts are kept (a corpus meets far fewer distinct
#: capitalised words than this between two mentions of the same one).
WORDS_CACHE_SIZE = 131_072

_APOSTROPHES = "'’"
_VOWELS = set("aeiouyAEIOUYаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def trim(raw: str, quoted: bool) -> tuple[str, bool]:
    """The name part of a capitalised word, and whether something was cut off its end.

    An English possessive (Putin's, Jones') and a lower-case hyphenated tail (Putin-era) stay
    outside the name, and so does a final full stop unless the word is an initial. A final
    apostrophe after a consonant is a soft sign (Vasyl', Ihor') unless the word is quoted or
    drops a g (Shakin').

    >>> trim("Putin's", False), trim("Putin-era", False), trim("Vasyl'", False)
    (('Putin', True), ('Putin', True), ("Vasyl'", False))
    """
    text = raw
    if "-" in raw and _is_place(raw.rstrip(".")):
        return raw.rstrip("."), False  # Rostov-on-Don is one name
    if text.endswith(".") and not (len(text) == 2 and text[0].isalpha()):
        text = text[:-1]
    if len(text) > 3 and text[-2] in _APOSTROPHES and text[-1] in "sS":
        text = text[:-2]
    elif len(text) > 2 and text[-1] in _APOSTROPHES:
        if quoted or text[-2] in _VOWELS or text[-3:-1] == "in":
            text = text[:-1]
        elif text[-2] in "sSzZxX" and not _soft_sign_name(text):
            text = text[:-1]  # Jones' (a possessive), but Ales' (Алесь) is a name
    if "-" in text:
        parts = text.split("-")
        keep = [parts[0]]
        for p in parts[1:]:
            if not p or not p[0].isupper():
                break
            keep.append(p)
        text = "-".join(keep)
    return text, len(text) < len(raw.rstrip("."))


def _soft_sign_name(word: str) -> bool:
    """Is a word ending in s' a given name written with its soft sign (Ales', Kastus')?"""
    from .exact_readings import native_given

    return bool(native_given(word))


def _is_place(word: str) -> bool:
    from .exact_readings import exact_place

    return bool(exact_place(word))


def title(word: str) -> str:
    """A word in title case, each hyphenated part alike (NIZHNY-NOVGOROD -> Nizhny-Novgorod)."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def is_caps(text: str) -> bool:
    """ALL CAPS: at least two letters, none lower-case (an initial is not caps)."""
    return text.isupper() and sum(c.isalpha() for c in text) > 1


class Facts(NamedTuple):
    """What the cutting of a run needs to know of one of its words."""

    verdict: Verdict
    caps: bool
    #: the word may be the first of a place of several capitalised words (Nizhny, Biała)
    starts_place: bool
    #: the word is the first of a place of the table written with lower-case links
    #: (Rostow am Don): whether it is one depends on the text after the run
    multiword: bool
    #: no unit can start at this word: it is no candidate and starts no place of the table
    inert: bool


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def facts(word: str) -> Facts:
    """The gate's verdict on a word (an ALL-CAPS word judged in title case), whether it is in
    ALL CAPS, and whether it may start a place of several words.

    A frequent word of no name is looked up (:mod:`~translit.text.frequent_words`), any other
    decided by :func:`gate_facts`; the answers are the same.

    >>> f = facts("LUKASHENKA")
    >>> f.verdict.kind, f.caps, f.inert
    ('surname', True, False)
    >>> facts("The").inert, facts("Nizhny").inert
    (True, False)
    """
    reason = inert_reason(word)
    if reason is None:
        return gate_facts(word)
    if is_caps(word):
        return Facts(Verdict("other", f"ALL CAPS, and {reason}"), True, False, False, True)
    return Facts(Verdict("other", reason), False, False, False, True)


def gate_facts(word: str) -> Facts:
    """:func:`facts` worked out from the gate and the place tables (not cached)."""
    if is_caps(word):
        v = classify(title(word))
        if not v.candidate:
            v = Verdict("other", f"ALL CAPS, and {v.reason}")
        caps = True
    else:
        v, caps = classify(word), False
    starts = starts_a_place(word)
    multiword = word.casefold() in multiword_places()
    return Facts(v, caps, starts, multiword, v.kind == "other" and not starts and not multiword)


@lru_cache(maxsize=1)
def multiword_places() -> dict[str, tuple[tuple[str, str], ...]]:
    """First word (casefolded) -> (rest of the form casefolded, form) for multi-word places."""
    from ..names.places import places

    index: dict[str, list[tuple[str, str]]] = {}
    for place in places().values():
        for form in place.forms:
            if " " in form:
                first, rest = form.split(" ", 1)
                index.setdefault(first.casefold(), []).append((" " + rest.casefold(), form))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in index.items()}
