"""Texts too short to tell their language, in an input of several languages.

A headline or a caption has too few function words to tell its language (``und``): its
spellings count with the input's main language, and it is rewritten as that language's texts
are. In an input of several languages it may be in any of them, and they may write a name
differently (*Zelensky* in English, *Selenskyj* in German). The spelling itself is the best
evidence of its language: where the texts of some language of the input write it, the mention
is rewritten as those texts are (:meth:`~translit.text.plan.Plan.cluster_for`), and left as it
is when one of those languages keeps it as written or they rewrite it differently
(:func:`agreed`). A spelling only such short texts write is read in the input's main language,
as before. In an input of one language nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .cluster import Cluster

__all__ = ["agreed"]


def agreed(found: Iterable[Cluster | None]) -> Cluster | None:
    """The first of the clusters ``found`` for one spelling, one per language (None where a
    language has none), if all of them give it one canonical form; else None.

    >>> en = Cluster("Zelensky", (("Zelensky", 3), ("Zelenskyy", 1)), "k", language="en")
    >>> de = Cluster("Selenskyj", (("Selenskyj", 5), ("Zelenskyy", 1)), "k", language="de")
    >>> agreed([None, en]).canonical, agreed([en, de])
    ('Zelensky', None)
    """
    from .rewrite import typographic

    first: Cluster | None = None
    for c in found:
        if c is None:
            continue
        if first is None:
            first = c
        elif typographic(c.canonical) != typographic(first.canonical):
            return None
    return first
