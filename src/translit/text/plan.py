"""The plan: for each mention, the cluster (or lexicon entry) whose canonical form it takes.

A plan is built once per set of clusters and answered per mention in constant time: a spelling
seen when the clusters were made is a dictionary hit; an unseen one (a discovery applied to new
text) is joined to a cluster through shared keys and the matcher, once, and remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..names.matching import name_keys, same_name
from .clusters import Cluster
from .exact_readings import exact_place
from .language import wordlist_language
from .lone_surnames import LoneSurnames
from .mentions import Mention
from .native_keys import native_key
from .place_standards import may_be_place, place_words
from .rewrite import lazy_reason
from .same_surname import same_surname
from .undetermined import agreed

__all__ = ["Plan", "Target"]


# Unseen spellings joined to their clusters, remembered per plan: enough for the distinct
# names of a very large corpus applied row by row, bounded so a long run does not grow.
JOINED_CACHE_SIZE = 200_000

# The lazy reasons of (spelling, cluster) pairs, shared by every text a plan applies to, so an
# explanation asked for (a report) is worked out once per pair, not once per text.
REASONS_CACHE_SIZE = 100_000


class Target(NamedTuple):
    """What a mention becomes: the canonical form, and the cluster or lexicon entry behind it."""

    canonical: str
    cluster: Cluster | None = None
    lexicon_form: str | None = None


class Plan:
    """Look up the target of mentions (per language, then kind, then spelling)."""

    def __init__(
        self,
        clusters: Sequence[Cluster],
        *,
        join_unseen: bool = False,
        decided: frozenset[tuple[str, str, str]] = frozenset(),
    ) -> None:
        self.join_unseen = join_unseen
        # (language, kind, spelling) the clusters were made from: seen, so never joined
        self._decided = decided
        self._exact: dict[tuple[str, str, str], Cluster] = {}
        self._languages: list[str] = []
        weight: dict[str, int] = {}
        exact = self._exact
        for c in clusters:
            total = 0
            for sp, n in c.variants:
                total += n
                exact.setdefault((c.language, c.kind, sp), c)
            weight[c.language] = weight.get(c.language, 0) + total  # (Cluster.count, inline)
        self._languages = sorted(weight, key=lambda lang: (-weight[lang], lang))
        self._clusters = list(clusters)
        self._index: dict[tuple[str, str], list[int]] | None = None
        # The first cluster of a language with a place id ("place", id) or a key ("key", key),
        # built when a place or native-script word first needs it.
        self._first: dict[tuple[str, str, str], int] | None = None
        self._joined: dict[tuple[str, str, str], Cluster | None] = {}
        self._reasons: dict[tuple[str, int], Callable[[], str]] = {}
        self._named: frozenset[str] | None = None  # (the surnames full names vouch for)
        self._lone: dict[str, LoneSurnames] = {}
        self._any_lone: bool | None = None
        self._writers: list[str] | None = None  # (languages of the census, the main first)

    def cluster_for(self, mention: Mention, language: str) -> Cluster | None:
        """The cluster of a mention's spelling in ``language``; in a text of undetermined
        language, as :meth:`_undetermined` says."""
        if language != "und":
            return self._cluster_in(language, mention)
        return self._undetermined(mention, lambda lang: self._cluster_in(lang, mention))

    def _writers_of(self) -> list[str]:
        """The languages whose texts the input holds: the clusters' (the main first), then
        those of the census only."""
        if self._writers is None:
            found = {e[0] for e in self._decided} - {"und"}
            self._writers = [*self._languages, *sorted(found - set(self._languages))]
        return self._writers

    def _undetermined(
        self, mention: Mention, lookup: Callable[[str], Cluster | None]
    ) -> Cluster | None:
        """The cluster of a mention in a text too short to tell its language
        (:mod:`~translit.text.undetermined`): the one the languages whose texts write its
        spelling agree on, none if one of them keeps the spelling as it is; the input's main
        language's (``lookup`` in each language) when only such texts write it."""
        writers = self._writers_of()
        if len(writers) > 1:  # (an input of one language: its main language reads it)
            written = self._decided or self._exact  # (no census: the clusters' spellings)
            entries = [(lang, mention.kind, mention.spelling) for lang in writers]
            attested = [e for e in entries if e in written]
            if attested:
                if any(e not in self._exact for e in attested):
                    return None  # texts of that language write it so, and keep it
                return agreed(self._exact[e] for e in attested)
        for lang in self._languages:
            c = lookup(lang)
            if c is not None:
                return c
        return None

    def _same(self, kind: str) -> Callable[[str, str], bool]:
        """Two spellings of one name of ``kind``, as :meth:`_join` tells them."""
        if kind == "person":
            return same_name
        if self._named is None:
            self._named = _named_canonicals(self._clusters)
        named = self._named
        return lambda a, b: same_surname(a, b, named)

    def _cluster_in(self, language: str, mention: Mention) -> Cluster | None:
        entry = (language, mention.kind, mention.spelling)
        c = self._exact.get(entry)
        if c is None and self.join_unseen and entry not in self._decided:
            c = self._join(language, mention)
        return c

    def exact(self, language: str, kind: str, spelling: str) -> Cluster | None:
        """The cluster that holds ``spelling`` as one of its variants (no joining)."""
        languages = self._languages if language == "und" else [language]
        for lang in languages:
            c = self._exact.get((lang, kind, spelling))
            if c is not None:
                return c
        return None

    def lone_surnames(self, language: str) -> LoneSurnames | None:
        """The surname spellings without a suffix these clusters rewrite, to be looked for
        alone in a text of ``language`` (:mod:`~translit.text.lone_surnames`); None when no
        cluster rewrites a surname."""
        if self._any_lone is None:
            self._any_lone = any(
                c.kind == "surname" and len(c.variants) > 1 for c in self._clusters
            )
        if not self._any_lone:
            return None
        found = self._lone.get(language)
        if found is None:
            languages = self._languages if language == "und" else [language]
            found = self._lone[language] = LoneSurnames(self._exact, languages)
        return found

    def reason_for(self, spelling: str, cluster: Cluster) -> Callable[[], str]:
        """Why ``spelling`` takes the form of ``cluster`` (one of this plan's), worked out when
        first read, once for all the texts the plan applies to."""
        key = (spelling, id(cluster))  # (the plan keeps its clusters alive)
        why = self._reasons.get(key)
        if why is None:
            if len(self._reasons) >= REASONS_CACHE_SIZE:
                self._reasons = {}  # replaced, not cleared: another thread may be reading it
            why = self._reasons[key] = lazy_reason(spelling, cluster)
        return why

    def person_with(self, mention: Mention, language: str) -> tuple[Mention, Cluster] | None:
        """A surname with the word before it, when the two are a full name of these clusters.

        The gate takes a word for a given name only when it reads exactly as a form of the
        table; a person of the input whose full name matches gives the evidence otherwise.
        """
        before = mention.before
        if before is None:
            return None
        words = (before, *mention.words)
        person = Mention("person", words, f"{before.text} {mention.spelling}", mention.caps)

        def lookup(lang: str) -> Cluster | None:
            return self._exact.get((lang, "person", person.spelling)) or self._join(lang, person)

        found = self._undetermined(person, lookup) if language == "und" else lookup(language)
        return None if found is None else (person, found)

    def _join(self, language: str, mention: Mention) -> Cluster | None:
        """The cluster an unseen spelling belongs to, by keys and then the matcher."""
        memo = (language, mention.kind, mention.spelling)
        if memo in self._joined:
            return self._joined[memo]
        if self._index is None:
            # One key per cluster, the one it was made with: building the index costs a
            # dictionary insert per cluster, whatever the size of the discovery.
            index: dict[tuple[str, str], list[int]] = {}
            for i, c in enumerate(self._clusters):
                if c.kind in ("surname", "person"):
                    index.setdefault((c.language, c.key), []).append(i)
            self._index = index
        sp = mention.spelling
        found: Cluster | None = None
        if mention.kind in ("surname", "person"):
            same = self._same(mention.kind)
            candidates = sorted(
                {i for k in name_keys(sp) for i in self._index.get((language, k), ())}
            )
            found = next(
                (
                    self._clusters[i]
                    for i in candidates
                    if self._clusters[i].kind == mention.kind
                    and same(sp, self._clusters[i].canonical)
                ),
                None,
            )
        elif mention.kind == "place":
            # (looked up, not scanned: the cost does not grow with the discovery)
            first = self._first_of()
            ids = tuple(sorted(exact_place(sp)))
            if not may_be_place(sp, ids, wordlist_language(language, False)):
                ids = ()
            words = place_words(sp)  # (the cluster of a place's name of as many words)
            hits = [first.get((language, "place", f"{i}/{words}")) for i in ids]
            at = min((i for i in hits if i is not None), default=None)
            found = None if at is None else self._clusters[at]
        elif mention.kind == "native":
            at = self._first_of().get((language, "key", native_key(sp)))
            found = None if at is None else self._clusters[at]
        if len(self._joined) >= JOINED_CACHE_SIZE:
            self._joined = {}  # replaced, not cleared: another thread may be reading it
        self._joined[memo] = found
        return found

    def _first_of(self) -> dict[tuple[str, str, str], int]:
        """The first cluster of each language with a place id, and with a key."""
        if self._first is None:
            first: dict[tuple[str, str, str], int] = {}
            for i, c in enumerate(self._clusters):
                if c.kind == "place":
                    at = f"{c.key[1:]}/{place_words(c.canonical)}"
                    first.setdefault((c.language, "place", at), i)
                first.setdefault((c.language, "key", c.key), i)
            self._first = first
        return self._first


def _named_canonicals(clusters: Sequence[Cluster]) -> frozenset[str]:
    """Canonical forms of the surname clusters with the evidence a weakly marked unseen
    spelling needs to join (as in :func:`translit.text.clusters.build_clusters`): spellings
    already unified, which a discovery keeps only with that evidence (a full name vouched for
    them, or a mark of romanized Cyrillic). A single spelling given by hand vouches for none."""
    return frozenset(c.canonical for c in clusters if c.kind == "surname" and len(c.variants) > 1)
