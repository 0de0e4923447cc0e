"""Lone mentions of a surname without a suffix, once the input has shown it in a full name.

The gate refuses a capitalised word without a surname suffix alone (*Kutschma said*): alone,
nothing tells it from the words of the document's language. After an East Slavic given name it
is read as that person's surname (:func:`translit.text.person_words.bare_surname`), and when the
clusters join it to another spelling (*Leonid Kutschma* and *Leonid Kuchma*), the same spelling
alone elsewhere in the input is that surname too: it is rewritten as the full name's is, so
that the name comes out one way. Only the exact spellings of such clusters are looked for, as
whole words outside protected text and outside every other mention; they vote for nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .cluster import Cluster
from .mentions import Mention, Word
from .undetermined import agreed

__all__ = ["LOOKUPS_CACHE_SIZE", "LoneSurnames", "lone_mentions", "without_suffix"]

# What may not touch a lone surname: a letter, digit or joining mark before it (Mc-, O'), a
# letter, digit or hyphen after it (Kutschma-era is another word; Kutschma's is the surname).
_BEFORE = re.compile(r"[\w'’\-]")
_AFTER = re.compile(r"[\w\-]")


@lru_cache(maxsize=1)
def _capitalised() -> Any:
    import regex

    return regex.compile(r"\p{Lu}\p{L}*")


class LoneSurnames:
    """The surname spellings the clusters of a plan turn into another spelling, to be looked
    for alone in a text: ``spelling in lone`` and ``lone.get(spelling)`` (its cluster).

    ``exact`` maps (language, kind, spelling) to the cluster that holds it (the plan's
    index); ``languages`` are looked in, in order (a text of undetermined language looks in
    all the plan's). Each spelling is looked up when a text holds it, so a discovery of
    100,000 spellings applied row by row costs nothing before its first row.
    """

    def __init__(self, exact: Mapping[tuple[str, str, str], Cluster], languages: Sequence[str]):
        self._exact = exact
        self._languages = tuple(languages)
        self._found: dict[str, Cluster | None] = {}

    def get(self, spelling: str) -> Cluster | None:
        """The surname cluster that rewrites ``spelling`` (a word without a suffix), if any."""
        if spelling in self._found:
            return self._found[spelling]
        from .rewrite import typographic

        # (a text of undetermined language: the languages that hold the spelling must agree)
        languages = self._languages
        if len(languages) == 1:
            found = self._exact.get((languages[0], "surname", spelling))
        else:
            found = agreed(self._exact.get((lang, "surname", spelling)) for lang in languages)
        if found is not None and (
            len(found.variants) < 2 or typographic(spelling) == typographic(found.canonical)
        ):
            found = None
        if found is not None and not without_suffix(spelling):
            found = None  # (the gate is asked last: most words of a text are no spelling here)
        if len(self._found) >= LOOKUPS_CACHE_SIZE:
            self._found = {}  # (replaced, not cleared: another thread may be reading it)
        self._found[spelling] = found
        return found

    def __contains__(self, spelling: object) -> bool:
        return isinstance(spelling, str) and self.get(spelling) is not None


#: Distinct capitalised words whose answer a plan keeps (the words of a corpus's texts that
#: are spellings of its clusters).
LOOKUPS_CACHE_SIZE = 100_000


def without_suffix(spelling: str) -> bool:
    """Is ``spelling`` a word the gate refuses alone for its want of a surname suffix?

    >>> without_suffix("Kutschma"), without_suffix("Lukashenka")
    (True, False)
    """
    from .candidates import NO_ENDING
    from .words import facts

    return facts(spelling).verdict.reason == NO_ENDING


def lone_mentions(
    text: str, protected: Sequence[Any], mentions: Sequence[Mention], spellings: Container[str]
) -> list[Mention]:
    """The whole-word occurrences of ``spellings`` (capitalised words of letters; a
    :class:`LoneSurnames` holds only those without a suffix) in ``text`` outside the
    ``protected`` spans (sorted, with ``start`` and ``end``) and outside ``mentions`` (in text
    order).

    >>> from translit.text.mentions import find_mentions
    >>> text = "Leonid Kutschma spoke. Kutschma's aide, Kutschma-era laws, `Kutschma`."
    >>> from translit.text.protect import protected_spans
    >>> spans, _ = protected_spans(text)
    >>> [(m.start, m.spelling) for m in lone_mentions(text, spans, find_mentions(text, spans),
    ...                                              {"Kutschma": 1})]
    [(23, 'Kutschma')]
    """
    taken = sorted([(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in protected])
    starts = [s for s, _ in taken]
    # The furthest end of the spans so far (protected spans may hold mentions).
    reach: list[int] = []
    for _, e in taken:
        reach.append(max(e, reach[-1]) if reach else e)
    out = []
    # Every capitalised word looked up: linear in the text, whatever the number of spellings
    # (an alternation of thousands of them scans at about 1 MB/s).
    for m in _capitalised().finditer(text):
        if m.group() not in spellings:
            continue
        s, e = m.span()
        if (s and _BEFORE.match(text, s - 1)) or (e < len(text) and _AFTER.match(text, e)):
            continue
        i = bisect.bisect_right(starts, s) - 1
        if (i >= 0 and reach[i] > s) or (i + 1 < len(taken) and taken[i + 1][0] < e):
            continue  # inside or across a mention or a protected span
        out.append(Mention("surname", (Word(s, e, m.group()),), m.group(), False))
    return out
