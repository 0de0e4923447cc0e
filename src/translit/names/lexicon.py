"""A set of canonical names to map variants onto (:class:`Lexicon`)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .decide import name_similarity, same_name
from .explain import MatchExplanation, explain_match
from .keys import index_keys, name_keys
from .parsing import analyze_light

__all__ = ["Lexicon", "LexiconConflict", "LexiconEntry", "LexiconError", "LexiconMatch"]


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


class Lexicon:
    """A set of canonical names, each optionally with variants, a native form and a language.

    Lookup is indexed by the names' keys (:func:`translit.name_keys`), so it stays fast for a
    million entries; candidates are confirmed with :func:`translit.same_name`.

    >>> lex = Lexicon(["Alexander Lukashenko", "Volodymyr Zelensky"])
    >>> lex.lookup("Лукашэнка Аляксандр").canonical
    'Alexander Lukashenko'
    >>> lex.lookup("Zelenska") is None
    True
    """

    def __init__(self, entries: Iterable[LexiconEntry | str] = ()) -> None:
        self._entries: list[LexiconEntry] = []
        self._index: dict[str, int | list[int]] = {}
        self._exact: dict[str, int] = {}
        self.conflicts: list[LexiconConflict] = []
        self._surnames: dict[str, set[tuple[str, str]]] | None = None
        self.extend(e if isinstance(e, LexiconEntry) else LexiconEntry(str(e)) for e in entries)

    def extend(self, entries: Iterable[LexiconEntry]) -> None:
        """Add many entries (faster than :meth:`add` one by one for big lexicons)."""
        # The index is millions of small objects that live as long as the lexicon: the cyclic
        # garbage collector would rescan them over and over while it grows.
        enabled = gc.isenabled()
        gc.disable()
        try:
            for e in entries:
                self.add(e)
        finally:
            if enabled:
                gc.enable()

    # -- building -------------------------------------------------------------------------

    def add(self, entry: LexiconEntry) -> None:
        """Add one entry; a spelling another entry already claims is recorded in
        :attr:`conflicts`."""
        if not entry.canonical or not entry.canonical.strip():
            raise LexiconError(f"line {entry.line}: empty canonical name")
        idx = len(self._entries)
        self._entries.append(entry)
        self._surnames = None
        for form in entry.forms:
            folded = " ".join(form.casefold().split())
            other = self._exact.get(folded)
            if other is not None and other != idx:
                self.conflicts.append(LexiconConflict(form, self._entries[other], entry))
                continue
            self._exact[folded] = idx
            for key in index_keys(form):
                key = sys.intern(key)
                have = self._index.get(key)
                if have is None:
                    self._index[key] = idx
                elif isinstance(have, int):
                    if have != idx:
                        self._index[key] = [have, idx]
                elif idx not in have:
                    have.append(idx)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self._entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.lookup(name) is not None

    def canonical_forms(self) -> list[str]:
        """Every canonical form, in file order."""
        return [e.canonical for e in self._entries]

    # -- reading files ----------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Lexicon:
        """Read a lexicon file (the formats are those of
        :func:`translit.names.lexicon_io.read_entries`).

        * plain text (``.txt`` or any other extension): one canonical name per line, its
          variants after ``|``; ``#`` starts a comment, blank lines are skipped;
        * CSV or TSV (``.csv``, ``.tsv``): a header row with ``canonical`` and optionally
          ``variants`` (separated by ``|``), ``native`` and ``lang``;
        * JSON (``.json``): a list of names or of objects with those keys, or an object with
          such a list under ``"entries"``.

        Raises:
            LexiconError: the file is malformed; the message gives the path and line.
            OSError: the file cannot be read.
        """
        from .lexicon_io import read_entries

        lex = cls()
        lex.extend(read_entries(path, encoding=encoding))
        return lex

    # -- lookup ---------------------------------------------------------------------------

    def candidates(self, name: str) -> list[LexiconEntry]:
        """Entries that share a key with ``name`` (before confirmation)."""
        seen: dict[int, None] = {}
        for key in name_keys(name):
            have = self._index.get(key)
            if have is None:
                continue
            for i in [have] if isinstance(have, int) else have:
                seen[i] = None
        return [self._entries[i] for i in seen]

    def lookup(self, name: str) -> LexiconMatch | None:
        """The canonical name ``name`` is a variant of, with score and explanation; or None.

        When several entries match, the one with the highest :func:`name_similarity` wins.
        """
        if not isinstance(name, str):
            raise TypeError("name must be a str")
        folded = " ".join(name.casefold().split())
        exact = self._exact.get(folded)
        if exact is not None:
            e = self._entries[exact]
            form = next(f for f in e.forms if " ".join(f.casefold().split()) == folded)
            return LexiconMatch(e.canonical, 1.0, e, form, name)
        best: tuple[float, LexiconEntry, str] | None = None
        for e in self.candidates(name):
            for form in e.forms:
                if same_name(name, form):
                    score = name_similarity(name, form)
                    if best is None or score > best[0]:
                        best = (score, e, form)
        if best is None:
            return None
        score, e, form = best
        return LexiconMatch(e.canonical, score, e, form, name)

    def lookup_surname(self, token: str) -> tuple[str, str] | None:
        """For one word that is the surname of full-name entries: (surname as written in the
        canonical form, that canonical form). None when no entry or several disagreeing ones.
        """
        index = self._surnames
        if index is None:
            index = self._surnames = {}
            for e in self._entries:
                tokens = analyze_light(e.canonical).tokens
                if len(tokens) < 2:
                    continue
                sur = [t for t in tokens if t.role == "surname"]
                if len(sur) != 1:
                    continue
                index.setdefault(sur[0].primary_key, set()).add((sur[0].text, e.canonical))
        found: set[tuple[str, str]] = set()
        for key in name_keys(token):
            found |= index.get(key, set())
        hits = {(sur, full) for sur, full in found if same_name(token, sur)}
        surnames = {sur for sur, _ in hits}
        if len(surnames) != 1:
            return None
        return sorted(hits)[0]

    def __repr__(self) -> str:
        return f"<Lexicon of {len(self)} names>"
