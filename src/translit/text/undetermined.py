"""Texts too short to tell their language, in an input of several languages.

A headline or a caption has too few function words to tell its language (``und``): its
spellings count with the input's main language, and it is rewritten as that language's texts
are. In an input of several languages it may be in any of them, and they may write a name
differently (*Zelensky* in English, *Selenskyj* in German): a rewrite there would as likely put
one language's spelling into a text of another, and a wrong rewrite is worse than a missed one.
So a mention in such a text is rewritten only into a form that every language of the input
writing the name agrees on: the clusters of each language that hold or join the spelling
(:func:`agreed`), and the spellings of the name that texts of another language write and keep
(:class:`WrittenElsewhere`). In an input of one language nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from .cluster import Cluster
from .mentions import Mention

__all__ = ["WrittenElsewhere", "agreed"]


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


_Entry = tuple[str, str, str]  # (language, kind, spelling), as the census counts them


class WrittenElsewhere:
    """The spellings the texts of each language of the input write and keep (census entries
    no cluster holds), looked up by name key.

    ``decided``: the census entries; ``exact``: the entries the clusters hold. A language's
    keys are worked out the first time a text of undetermined language asks about it.
    """

    def __init__(self, decided: Collection[_Entry], exact: Mapping[_Entry, Cluster]) -> None:
        self._decided = decided
        self._exact = exact
        self._languages: list[str] | None = None
        self._names: dict[str, list[tuple[str, str]]] | None = None  # language -> (kind, spelling)
        self._keys: dict[str, dict[tuple[str, str], list[str]]] = {}

    def differs(self, mention: Mention, found: Cluster, same: Callable[[str, str], bool]) -> bool:
        """Does a language other than ``found``'s write the name of ``mention`` and keep it in
        a form other than ``found``'s canonical one? ``same`` tells two spellings of one name
        (as the clusters were joined)."""
        from .rewrite import typographic

        if self._languages is None:
            self._languages = sorted({e[0] for e in self._decided} - {"und"})
        target = typographic(found.canonical)
        spelling = mention.spelling
        for language in self._languages:
            if language == found.language:
                continue
            entry = (language, mention.kind, spelling)
            if entry in self._decided and entry not in self._exact:
                if typographic(spelling) != target:
                    return True  # written so there, and kept
                continue
            if mention.kind not in ("surname", "person"):
                continue  # (a place or a native word: by its spelling alone)
            kept = self._kept(language, mention.kind, spelling)
            if any(typographic(s) != target and same(spelling, s) for s in kept):
                return True
        return False

    def _kept(self, language: str, kind: str, spelling: str) -> list[str]:
        from ..names.matching import name_keys

        index = self._keys.get(language)
        if index is None:
            if self._names is None:  # (one pass over the census for every language)
                self._names = {}
                for entry in self._decided:
                    if entry[1] in ("surname", "person") and entry not in self._exact:
                        self._names.setdefault(entry[0], []).append((entry[1], entry[2]))
            index = self._keys[language] = {}
            for k, s in self._names.get(language, ()):
                for key in name_keys(s):
                    index.setdefault((k, key), []).append(s)
        return sorted({s for key in name_keys(spelling) for s in index.get((kind, key), ())})
