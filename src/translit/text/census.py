"""The census: how often each candidate spelling occurs, per language, and where first.

A census is what clustering needs and nothing more, so censuses of parts of a corpus add up
to the census of the whole (``a + b``), in any order and however the corpus was cut: counts
add, and the first occurrence is the smallest ``(document, offset)``. A document is named by
its caller (the CLI uses the file's path) or, by default, by a digest of its text, so that no
result depends on the order in which documents arrive.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from .carriers import UNLISTED, unlisted_names
from .lower_words import LOWER, counts_lower_words, lower_words
from .mentions import Mention, MentionKind
from .sentence_starts import INITIAL, initial_mentions

__all__ = ["Census", "Entry", "EntryKind", "Tally", "document_key", "undetermined_joined"]

#: The kinds of mention, and three kinds of evidence, never rewritten: ``unlisted``, a full
#: name whose given name the gate did not take for one (*Kenneth Rogoff*), counted as evidence
#: of who carries a surname (:mod:`~translit.text.carriers`); ``lower``, a lower-case word under
#: its capitalised spelling, evidence that the spelling is a word
#: (:mod:`~translit.text.lower_words`); and ``initial``, the mentions of a spelling that begin a
#: sentence or a line, evidence that a spelling capitalised nowhere else is a word
#: (:mod:`~translit.text.sentence_starts`).
EntryKind = MentionKind | Literal["unlisted", "lower", "initial"]


class Entry(NamedTuple):
    """What is counted: a spelling of one kind of name in one language."""

    language: str
    kind: EntryKind
    spelling: str


@dataclass
class Tally:
    """Occurrences of one entry in mixed case and in ALL CAPS, and the first of them."""

    mixed: int = 0
    caps: int = 0
    first: tuple[str, int] = ("\U0010ffff", 0)

    def add(self, other: Tally) -> None:
        self.mixed += other.mixed
        self.caps += other.caps
        self.first = min(self.first, other.first)


def document_key(text: str) -> str:
    """The default name of a document: a digest of its text (order-independent)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@dataclass
class Census:
    """Counts of candidate spellings, addable (``census_a + census_b``).

    ``count(entry)`` counts an ALL-CAPS occurrence only when the spelling is also seen in mixed
    case in the same language: LUKASHENKA is a name when Lukashenka is; NATO is an acronym.
    """

    tallies: dict[Entry, Tally] = field(default_factory=dict)

    def add_mentions(
        self,
        mentions: Iterable[Mention],
        language: str,
        document: str,
        base: int = 0,
        text: str | None = None,
    ) -> None:
        """Count ``mentions`` of one document (``base``: offset of the text in the document).

        With the ``text`` they were found in, the unlisted full names (``Kenneth Rogoff``)
        are counted too, and in the languages whose wordlist may not know the document's words
        the lower-case words that could be capitalised into a surname-like spelling
        (:mod:`~translit.text.lower_words`) and the mentions that begin a sentence or a line
        (:mod:`~translit.text.sentence_starts`).
        """
        counts: dict[tuple[EntryKind, str], list[int]] = {}  # mixed, caps, first offset
        found = list(mentions)
        for m in found:
            key: tuple[EntryKind, str] = (m.kind, m.spelling)
            c = counts.get(key)
            if c is None:
                c = counts[key] = [0, 0, m.start]
            c[m.caps] += 1
        if text is not None:
            for spelling, offset in unlisted_names(text, found):
                key = (UNLISTED, spelling)
                c = counts.get(key)
                if c is None:
                    c = counts[key] = [0, 0, offset]
                c[0] += 1
        tallies = self.tallies
        if text is not None and counts_lower_words(language):
            at = (document, 0)  # (lower_words: only the document is kept)
            evidence: tuple[tuple[EntryKind, dict[str, int]], ...] = (
                (LOWER, lower_words(text)),
                (INITIAL, initial_mentions(text, found)),
            )
            for kind, words in evidence:
                for spelling, n in words.items():
                    entry = Entry(language, kind, spelling)
                    mine = tallies.get(entry)
                    if mine is None:
                        tallies[entry] = Tally(n, 0, at)
                    else:
                        mine.mixed += n
                        mine.first = min(mine.first, at)
        for (kind, spelling), (mixed, caps, first) in counts.items():
            if kind == "lexicon":
                continue
            entry = Entry(language, kind, spelling)
            mine = tallies.get(entry)
            if mine is None:
                tallies[entry] = Tally(mixed, caps, (document, base + first))
            else:  # (most entries, once a corpus is under way: Tally.add written out)
                mine.mixed += mixed
                mine.caps += caps
                at = (document, base + first)
                if at < mine.first:
                    mine.first = at

    def __add__(self, other: Census) -> Census:
        out = Census({e: Tally(t.mixed, t.caps, t.first) for e, t in self.tallies.items()})
        out.update(other)
        return out

    def update(self, other: Census) -> None:
        """Add ``other`` into this census."""
        from .._collector import paused

        tallies = self.tallies
        with paused():  # one new object per new spelling, none refers back
            for e, t in other.tallies.items():
                mine = tallies.get(e)
                if mine is None:
                    tallies[e] = Tally(t.mixed, t.caps, t.first)
                else:
                    mine.add(t)

    def count(self, entry: Entry) -> int:
        t = self.tallies.get(entry)
        if t is None or t.mixed == 0:
            return 0
        return t.mixed + t.caps

    def languages(self) -> list[str]:
        return sorted({e.language for e in self.tallies})

    def entries(self, language: str, kind: EntryKind) -> Iterator[Entry]:
        """The entries of one language and kind that count (sorted, for determinism)."""
        for e in sorted(self.tallies):
            if e.language == language and e.kind == kind and self.tallies[e].mixed:
                yield e

    def first(self, entry: Entry) -> tuple[str, int]:
        return self.tallies[entry].first

    def __len__(self) -> int:
        return len(self.tallies)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Census) and self.tallies == other.tallies

    # -- files, pickles and blocks (translit.text.census_io, translit.text.blocks) -----------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the census to ``path`` (format ``translit-census`` version 3, JSON Lines;
        gzip-compressed when the name ends in ``.gz``; see :mod:`translit.text.census_io`)."""
        from . import census_io

        census_io.save(self, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Census:
        """Read a census written by :meth:`save` (``ValueError`` naming the file and line)."""
        from . import census_io

        return census_io.load(path)

    def blocks(
        self, n: int, nodes: Mapping[tuple[str, str], Sequence[str]] | None = None
    ) -> list[Census]:
        """Cut the census into at most ``n`` blocks that cluster alone
        (:func:`translit.text.blocks.blocks`)."""
        from .blocks import blocks

        return blocks(self, n, nodes)

    def __getstate__(self) -> Any:
        from .census_io import to_columns

        return to_columns(self)

    def __setstate__(self, state: Any) -> None:
        from .census_io import from_columns

        if isinstance(state, dict):  # pickled before the columns
            self.__dict__.update(state)
        else:
            self.tallies = from_columns(state)


def undetermined_joined(census: Census) -> Census:
    """Texts too short to tell their language join the corpus's main language."""
    from .language import UNDETERMINED

    if not any(e.language == UNDETERMINED for e in census.tallies):
        return census
    weight: dict[str, int] = {}
    for e, t in census.tallies.items():
        weight[e.language] = weight.get(e.language, 0) + t.mixed + t.caps
    weight.pop(UNDETERMINED, None)
    if not weight:
        return census
    main = min(weight, key=lambda lang: (-weight[lang], lang))
    # The other entries' tallies are shared, not copied: none of them is changed here.
    tallies = dict(census.tallies)
    for e in [e for e in tallies if e.language == UNDETERMINED]:
        t = tallies.pop(e)
        into = Entry(main, e.kind, e.spelling)
        mine = tallies.get(into)
        if mine is None:
            tallies[into] = Tally(t.mixed, t.caps, t.first)
        else:
            tallies[into] = Tally(
                mine.mixed + t.mixed, mine.caps + t.caps, min(mine.first, t.first)
            )
    return Census(tallies)
