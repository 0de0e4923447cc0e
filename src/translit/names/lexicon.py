"""A set of canonical names to map variants onto (:class:`Lexicon`)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from typing import Any

from .decide import name_similarity, same_name
from .keys import index_keys, name_keys, simple_roles
from .lexicon_entry import LexiconConflict, LexiconEntry, LexiconError, LexiconMatch
from .parsing import analyze_light

__all__ = ["Lexicon", "LexiconConflict", "LexiconEntry", "LexiconError", "LexiconMatch"]


# Entries added at once from which extend() runs the garbage collector once at its end.
BIG_BUILD = 50_000


def _fold(form: str) -> str:
    """The exact-match form of a spelling: case and spacing aside."""
    return " ".join(form.casefold().split())


class Lexicon:
    """A set of canonical names, each optionally with variants, a native form and a language.

    Lookup is indexed by the names' keys (:func:`translit.name_keys`), so it stays fast for a
    million entries; candidates are confirmed with :func:`translit.same_name`. A built lexicon
    can be saved and loaded again without rebuilding its index (:meth:`save`, :meth:`load`).

    >>> lex = Lexicon(["Alexander Lukashenko", "Volodymyr Zelensky"])
    >>> lex.lookup("Лукашэнка Аляксандр").canonical
    'Alexander Lukashenko'
    >>> lex.lookup("Zelenska") is None
    True
    """

    def __init__(self, entries: Iterable[LexiconEntry | str] = ()) -> None:
        # The entries are kept as columns of strings and tuples (a million entries would
        # otherwise be a million objects for the garbage collector to walk); LexiconEntry
        # objects are made when one is asked for.
        self._canonical: list[str] = []
        self._variants: list[tuple[str, ...]] = []
        self._native: list[str | None] = []
        self._lang: list[str | None] = []
        self._line: list[int] = []
        # Key -> entry number, or -1 - i for the i-th list of entry numbers in _shared.
        self._index: dict[str, int] = {}
        self._shared: list[list[int]] = []
        self._exact: dict[str, int] = {}
        self.conflicts: list[LexiconConflict] = []
        self._conflict_entries: list[tuple[int, int]] = []  # the entries of each conflict
        self._surnames: dict[str, set[tuple[str, str]]] | None = None
        self.extend(entries)

    # -- building -------------------------------------------------------------------------

    def extend(self, entries: Iterable[LexiconEntry | str]) -> None:
        """Add many entries (faster than :meth:`add` one by one for big lexicons)."""
        # The index grows by millions of objects: the cyclic garbage collector would rescan
        # them over and over while it grows.
        enabled = gc.isenabled()
        gc.disable()
        before = len(self)
        try:
            for e in entries:
                if isinstance(e, LexiconEntry):
                    self._add(e.canonical, tuple(e.variants), e.native, e.lang, e.line)
                else:
                    self._add(str(e), (), None, None, 0)
        finally:
            if enabled:
                gc.enable()
                if len(self) - before >= BIG_BUILD:
                    # The per-word caches are full of this lexicon's words, which lookups
                    # rarely meet again (the index has their keys): let them go, and give
                    # the collector the one pass over what the build allocated now rather
                    # than at the first lookups.
                    from . import clear_caches

                    clear_caches()
                    gc.collect()

    def add(self, entry: LexiconEntry) -> None:
        """Add one entry; a spelling another entry already claims is recorded in
        :attr:`conflicts`."""
        self._add(entry.canonical, tuple(entry.variants), entry.native, entry.lang, entry.line)

    def _add(
        self,
        canonical: str,
        variants: tuple[str, ...],
        native: str | None,
        lang: str | None,
        line: int,
    ) -> None:
        if not canonical or not canonical.strip():
            raise LexiconError(f"line {line}: empty canonical name")
        idx = len(self._canonical)
        self._canonical.append(canonical)
        self._variants.append(variants)
        self._native.append(native)
        self._lang.append(lang)
        self._line.append(line)
        self._surnames = None
        exact, index, shared = self._exact, self._index, self._shared
        for form in self._forms(idx) if native or variants else (canonical,):
            folded = " ".join(form.casefold().split())
            other = exact.get(folded)
            if other is not None and other != idx:
                self.conflicts.append(LexiconConflict(form, self.entry(other), self.entry(idx)))
                self._conflict_entries.append((other, idx))
                continue
            exact[folded] = idx
            for key in index_keys(form):
                have = index.setdefault(key, idx)  # one lookup for a new key, the usual case
                if have == idx:
                    continue
                if have >= 0:
                    shared.append([have, idx])
                    index[key] = -len(shared)
                else:
                    entries = shared[-1 - have]
                    if entries[-1] != idx:  # entries come in order: only the last can be idx
                        entries.append(idx)

    # -- entries ----------------------------------------------------------------------------

    def _forms(self, i: int) -> tuple[str, ...]:
        native = self._native[i]
        extra = (native,) if native else ()
        return (self._canonical[i], *extra, *self._variants[i])

    def entry(self, i: int) -> LexiconEntry:
        """The ``i``-th entry (in the order they were added)."""
        return LexiconEntry(
            self._canonical[i], self._variants[i], self._native[i], self._lang[i], self._line[i]
        )

    def __len__(self) -> int:
        return len(self._canonical)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return (self.entry(i) for i in range(len(self._canonical)))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.lookup(name) is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and self._columns() == other._columns()

    __hash__ = None  # type: ignore[assignment]

    def _columns(self) -> tuple[list[Any], ...]:
        return (self._canonical, self._variants, self._native, self._lang, self._line)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_surnames"] = None  # rebuilt when first needed
        return state

    def canonical_forms(self) -> list[str]:
        """Every canonical form, in file order."""
        return list(self._canonical)

    # -- files ------------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Lexicon:
        """Read a lexicon file (the formats are those of
        :func:`translit.names.lexicon_io.read_entries`).

        * plain text (``.txt`` or any other extension): one canonical name per line, its
          variants after ``|``; ``#`` starts a comment, blank lines are skipped;
        * CSV or TSV (``.csv``, ``.tsv``): a header row with ``canonical`` and optionally
          ``variants`` (separated by ``|``), ``native`` and ``lang``;
        * JSON (``.json``): a list of names or of objects with those keys, or an object with
          such a list under ``"entries"``;
        * a lexicon saved by :meth:`save` (recognised by its first bytes, whatever its name):
          loaded with its index, as by :meth:`load`.

        Raises:
            LexiconError: the file is malformed; the message gives the path and line.
            OSError: the file cannot be read.
        """
        from . import lexicon_store
        from .lexicon_io import read_entries

        path = os.fspath(path)
        if lexicon_store.is_saved(path):
            return lexicon_store.load(cls, path)
        lex = cls()
        lex.extend(read_entries(path, encoding=encoding))
        return lex

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the lexicon with its index to ``path``, for :meth:`load` (the format is
        described in :mod:`translit.names.lexicon_store`).

        Raises:
            LexiconError: a name holds a character the format reserves (NUL, U+001F).
            OSError: the file cannot be written.
        """
        from . import lexicon_store

        lexicon_store.save(self, os.fspath(path))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lexicon:
        """Read a lexicon written by :meth:`save`, index included (no key is computed again).

        Raises:
            LexiconError: the file is not a saved lexicon, is truncated, or was saved with
                another version of the name data (the message names the file; build the
                lexicon from its source again).
            OSError: the file cannot be read.
        """
        from . import lexicon_store

        return lexicon_store.load(cls, os.fspath(path))

    # -- lookup ---------------------------------------------------------------------------

    def _candidates(self, name: str) -> list[int]:
        seen: dict[int, None] = {}
        index, shared = self._index, self._shared
        for key in name_keys(name):
            have = index.get(key)
            if have is None:
                continue
            if have >= 0:
                seen[have] = None
            else:
                for i in shared[-1 - have]:
                    seen[i] = None
        return list(seen)

    def candidates(self, name: str) -> list[LexiconEntry]:
        """Entries that share a key with ``name`` (before confirmation)."""
        return [self.entry(i) for i in self._candidates(name)]

    def lookup(self, name: str) -> LexiconMatch | None:
        """The canonical name ``name`` is a variant of, with score and explanation; or None.

        When several entries match, the one with the highest :func:`name_similarity` wins.
        """
        if not isinstance(name, str):
            raise TypeError("name must be a str")
        folded = _fold(name)
        exact = self._exact.get(folded)
        if exact is not None:
            form = next(f for f in self._forms(exact) if _fold(f) == folded)
            return LexiconMatch(self._canonical[exact], 1.0, self.entry(exact), form, name)
        best: tuple[float, int, str] | None = None
        for i in sorted(self._candidates(name)):  # ties go to the earlier entry
            for form in self._forms(i):
                if same_name(name, form):
                    score = name_similarity(name, form)
                    if best is None or score > best[0]:
                        best = (score, i, form)
        if best is None:
            return None
        score, i, form = best
        return LexiconMatch(self._canonical[i], score, self.entry(i), form, name)

    def lookup_surname(self, token: str) -> tuple[str, str] | None:
        """For one word that is the surname of full-name entries: (surname as written in the
        canonical form, that canonical form). None when no entry or several disagreeing ones.
        """
        index = self._surnames
        if index is None:
            index = self._surnames = self._surname_index()
        found: set[tuple[str, str]] = set()
        for key in name_keys(token):
            found |= index.get(key, set())
        hits = {(sur, full) for sur, full in found if same_name(token, sur)}
        surnames = {sur for sur, _ in hits}
        if len(surnames) != 1:
            return None
        return sorted(hits)[0]

    def _surname_index(self) -> dict[str, set[tuple[str, str]]]:
        index: dict[str, set[tuple[str, str]]] = {}
        for canonical in self._canonical:
            roles = simple_roles(canonical)  # the roles of analyze_light, without parsing
            if roles is None:
                tokens = analyze_light(canonical).tokens
                roles = [(t.text, t.role, t.primary_key) for t in tokens]
            if len(roles) < 2:
                continue
            sur = [(text, key) for text, role, key in roles if role == "surname"]
            if len(sur) != 1:
                continue
            index.setdefault(sur[0][1], set()).add((sur[0][0], canonical))
        return index

    def __repr__(self) -> str:
        return f"<Lexicon of {len(self)} names>"
