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
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from .cluster import Cluster
from .mentions import Mention, Word

__all__ = ["lone_mentions", "lone_spellings"]

# What may not touch a lone surname: a letter, digit or joining mark before it (Mc-, O'), a
# letter, digit or hyphen after it (Kutschma-era is another word; Kutschma's is the surname).
_BEFORE = re.compile(r"[\w'’\-]")
_AFTER = re.compile(r"[\w\-]")


@lru_cache(maxsize=1)
def _capitalised() -> Any:
    import regex

    return regex.compile(r"\p{Lu}\p{L}*")


def lone_spellings(clusters: Iterable[Cluster]) -> dict[tuple[str, str], Cluster]:
    """(language, spelling) of the surname spellings without a suffix that the clusters turn
    into another spelling, with their cluster."""
    from .candidates import NO_ENDING
    from .rewrite import typographic
    from .words import facts

    out: dict[tuple[str, str], Cluster] = {}
    for c in clusters:
        if c.kind != "surname" or len(c.variants) < 2:
            continue
        for spelling, _ in c.variants:
            if typographic(spelling) == typographic(c.canonical):
                continue
            if facts(spelling).verdict.reason == NO_ENDING:
                out[(c.language, spelling)] = c
    return out


def lone_mentions(
    text: str, protected: Sequence[Any], mentions: Sequence[Mention], spellings: Mapping[str, Any]
) -> list[Mention]:
    """The whole-word occurrences of ``spellings`` (capitalised words of letters) in ``text``
    outside the ``protected`` spans (sorted, with ``start`` and ``end``) and outside
    ``mentions`` (in text order).

    >>> from translit.text.mentions import find_mentions
    >>> text = "Leonid Kutschma spoke. Kutschma's aide, Kutschma-era laws, `Kutschma`."
    >>> from translit.text.protect import protected_spans
    >>> spans, _ = protected_spans(text)
    >>> [(m.start, m.spelling) for m in lone_mentions(text, spans, find_mentions(text, spans),
    ...                                              {"Kutschma": 1})]
    [(23, 'Kutschma')]
    """
    if not spellings:
        return []
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
