"""Evidence from the corpus itself that a capitalised word is a word: it is capitalised only
where a sentence or a line begins.

East Slavic prose in Latin letters (transliterated Russian, Ukrainian or Belarusian, Belarusian
Łacinka) is full of verbs and adjectives with a surname's ending (*Proyekhav*, *Otradnyy*,
*Uviishov*), capitalised where they begin a sentence or a line of verse. No wordlist knows
them, and when they are not also written in lower case in the corpus
(:mod:`translit.text.lower_words`), two of them that read alike merged as two spellings of one
surname (*Proyekhav* became *Priyekhav*). A name is capitalised wherever it stands; a word
only where a sentence begins. So in documents of the languages whose words the wordlist may not
know (``corpus_words`` in ``data/text/gate.json``), the census counts the mentions that begin a
sentence or a line (:data:`INITIAL` entries, under the mention's spelling), and clustering drops
a spelling that could merge with another and was never written anywhere else
(:mod:`translit.text.clusters`). A full name vouches for its surname: it stands after a given
name.

A mention begins a sentence when only spaces, quotes, brackets and dashes stand between it and
the start of its line or a sentence's final stop. A piece of text ends at a line break
(:func:`translit.cli.textio.iter_text_chunks`), so the start of a piece is the start of a line
and the counts of the parts of a corpus add up to those of the whole however it is cut, as the
lower-case words' do.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .mentions import Mention

__all__ = ["INITIAL", "initial_mentions"]

#: The census kind of the mentions of one spelling that begin a sentence or a line.
INITIAL: Final = "initial"

# What may stand between a sentence's start and its first word, and what ends a sentence.
_BETWEEN = frozenset(" \t\u00a0\"'«»„“”‘’‹›([{—–-")
_STOPS = frozenset(".!?…")


def initial_mentions(text: str, mentions: Iterable[Mention]) -> dict[str, int]:
    """How often the surnames and places of ``mentions`` begin a sentence or a line of
    ``text``, by spelling.

    >>> from translit.text.mentions import find_mentions
    >>> text = "Proyekhav dorogu.\\nOn skazal. Priyekhav v Kiyev, — Priyekhav!"
    >>> initial_mentions(text, find_mentions(text, []))
    {'Proyekhav': 1, 'Priyekhav': 1}
    """
    out: dict[str, int] = {}
    for m in mentions:
        if m.kind in ("surname", "place") and _begins_sentence(text, m.start):
            out[m.spelling] = out.get(m.spelling, 0) + 1
    return out


def _begins_sentence(text: str, start: int) -> bool:
    i = start
    while i > 0:
        c = text[i - 1]
        if c == "\n" or c in _STOPS:
            return True
        if c not in _BETWEEN:
            return False
        i -= 1
    return True
