"""The records a :class:`translit.Lexicon` holds and returns: entries, conflicts, matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .explain import MatchExplanation, explain_match

__all__ = ["LexiconConflict", "LexiconEntry", "LexiconError", "LexiconMatch"]


class LexiconError(ValueError):
    """A lexicon file cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class LexiconEntry:
    """One canonical name with its known variants.

    Attributes:
        canonical: the form to normalise to.
        variants: further known spellings (any script).
        native: the native-script form (e.g. Cyrillic).
        lang: language of the name (``ru``, ``uk``, ``be``, ...), if known.
        line: line (or record) number in the source file, 0 when built in code.
    """

    canonical: str
    variants: tuple[str, ...] = ()
    native: str | None = None
    lang: str | None = None
    line: int = 0

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical form, the native form and the variants."""
        extra = (self.native,) if self.native else ()
        return (self.canonical, *extra, *self.variants)


@dataclass(frozen=True)
class LexiconConflict:
    """Two entries that claim the same spelling."""

    spelling: str
    first: LexiconEntry
    second: LexiconEntry

    def __str__(self) -> str:
        return (
            f"{self.spelling!r} is claimed by {self.first.canonical!r} (line {self.first.line}) "
            f"and {self.second.canonical!r} (line {self.second.line})"
        )


@dataclass(frozen=True)
class LexiconMatch:
    """The result of :meth:`Lexicon.lookup`: the canonical name, the score of the match, the
    entry and which of its forms matched. ``explanation`` (:func:`translit.explain_match` of
    the looked-up name against that form) is worked out when first read, so a lookup that only
    needs the canonical form does not pay for it."""

    canonical: str
    score: float
    entry: LexiconEntry
    form: str
    query: str = field(default="", repr=False, compare=False)

    @cached_property
    def explanation(self) -> MatchExplanation:
        """How the looked-up name matches :attr:`form`."""
        return explain_match(self.query, self.form)
