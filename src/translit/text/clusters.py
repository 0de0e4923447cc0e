"""Clusters: the spellings of a census that are one name, per language and kind.

Within each language of the census (German files apart from English ones):

- *surnames* (alone, and the surname of every full name, which votes for it) merge when the
  matcher says they are one name (:func:`translit.same_name`); spellings of four letters or
  fewer must share an exact reading too. A spelling that could merge with another and is a
  common word of the language (*Martin*, *Berlin*), a word the corpus also writes in lower
  case (*Slova*, *slova*: :mod:`~translit.text.lower_words`) or capitalises only where a
  sentence begins (*Proyekhav*: :mod:`~translit.text.sentence_starts`), is dropped first, and
  so is a case form of a nominative of the input (the Czech genitive *Lukašenka*:
  :mod:`~translit.text.case_forms`);
- *persons* (full names) merge when their surnames are in one surname cluster and the matcher
  says the full names are one name (so the given names are one name too);
- *places* merge when they are forms of one place of the place table;
- *native-script* words merge only when they are one spelling up to stress marks, apostrophe
  forms, Latin look-alike letters and, in Russian documents, ё/е, and are no common words:
  inflected forms (Лукашенко, Лукашенка in Ukrainian) are different words, not variants.

A surname never merges with a place or a given name: they are different kinds. Candidates for a
merge are found by shared keys (:func:`translit.name_keys`), and every loop runs over spellings
in sorted order, so the result does not depend on input order or hash seed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from ..names.parsing import analyze
from .borrowed_words import keep_borrowed_apart
from .canonical import Choice, choose, compatible
from .carriers import UNLISTED, carriers, evidence_in, people_apart
from .case_forms import inflected
from .census import Census, Entry, undetermined_joined
from .cluster import Cluster
from .exact_readings import exact_given, native_given
from .grouping import group as _group
from .home_spellings import name_home_rank, place_tests
from .native_keys import native_key
from .own_words import bare_surname_standing
from .same_surname import same_surname

__all__ = ["Cluster", "build_clusters", "cluster_order", "native_key"]


def _surname_of(person: str) -> tuple[str | None, str | None]:
    """The surname and first given name (or initial) of a full-name spelling."""
    surname = given = None
    for t in analyze(person).tokens:
        if t.role == "surname" and surname is None:
            surname = t.text
        elif t.role in ("given", "initial") and given is None:
            given = t.text
    return surname, given


class _Builder:
    """Clusters of one language of a census."""

    def __init__(
        self,
        census: Census,
        language: str,
        mode: str,
        resolve: Callable[[], str],
        parses: Mapping[str, tuple[str | None, str | None]] | None = None,
        keys: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.census = census
        self.parses = parses or {}
        self.keys = keys or {}
        self.language = language
        self.mode = mode
        self.resolve = resolve  # the language, told lazily when "und"
        self.wordlist: str | None = None
        self.counts: dict[tuple[str, str], int] = {}
        self.firsts: dict[tuple[str, str], tuple[str, int]] = {}

    def _collect(self, entries: list[Entry]) -> None:
        from .._collector import paused

        tallies = self.census.tallies
        with paused():  # two keys per spelling, none refers back
            for e in entries:
                t = tallies.get(e)
                if t is not None and t.mixed:
                    key = (e.kind, e.spelling)
                    self.counts[key] = t.mixed + t.caps
                    self.firsts[key] = t.first

    def _count(self, kind: str) -> Callable[[str], int]:
        return lambda s: self.counts.get((kind, s), 0)

    def _first(self, kind: str) -> Callable[[str], tuple[str, int]]:
        return lambda s: self.firsts.get((kind, s), ("\U0010ffff", 0))

    def build(self, entries: list[Entry]) -> list[Cluster]:
        from ..names.matching import name_key, name_keys, same_name

        self._collect(entries)
        persons = sorted(s for k, s in self.counts if k == "person")
        # A full name votes for its surname: the counts of surnames include them.
        person_surname: dict[str, str] = {}
        person_given: dict[str, str | None] = {}
        for p in persons:
            parsed = self.parses.get(p)
            sur, given = parsed if parsed is not None else _surname_of(p)
            if sur is None or self._bare(sur) == "common":
                continue
            person_surname[p], person_given[p] = sur, given
            key = ("surname", sur)
            self.counts[key] = self.counts.get(key, 0) + self.counts[("person", p)]
            self.firsts[key] = min(
                self.firsts.get(key, self.firsts[("person", p)]), self.firsts[("person", p)]
            )
        # The surname of a full name with an East Slavic given name is a name, however common
        # the word (Vladimir Putin); other common words that could merge are dropped. A
        # surname without a suffix that the wordlist knows is no such evidence (Maria Meyer).
        named = {
            person_surname[p]
            for p in person_surname
            if person_given[p]
            and native_given(person_given[p] or "")
            and not self._bare(person_surname[p])
        }
        surnames = sorted(s for k, s in self.counts if k == "surname")
        # A case form of another spelling's nominative is no variant (case_forms).
        forms = inflected(self.resolve(), "surname", surnames, frozenset(surnames))
        if forms:
            surnames = [s for s in surnames if s not in forms]
            named -= forms
        known_keys = self.keys
        # Blocking asks for a surname's keys twice (dropping common words, then grouping):
        # they are worked out once per build.
        worked_out: dict[str, Iterable[str]] = {}

        def keys_of(s: str) -> Iterable[str]:
            found = known_keys.get(s)
            if found is None:
                found = worked_out.get(s)
                if found is None:
                    found = worked_out[s] = name_keys(s)
            return found

        kept = set(
            self._drop_common(
                "surname",
                [s for s in surnames if s not in named],
                keys_of,
                others=named,
            )
        )
        surnames = [s for s in surnames if s in named or s in kept]
        order = sorted(surnames, key=lambda s: (-self.counts[("surname", s)], s))
        # Any given name of the table (Alexander, Michael) vouches for a word of the language.
        vouched = named | {
            person_surname[p]
            for p in person_surname
            if person_given[p] and exact_given(person_given[p] or "")
        }
        is_word = self._is_word()
        unlisted = self._unlisted()
        carried = carriers(
            {p: (person_surname[p], person_given[p]) for p in person_surname}, unlisted
        )
        # A surname-like word seen as the given name of a full name (the minister Raghav
        # Chadha) is a given name of another language, not a surname to merge.
        as_given = {s.partition(" ")[0] for s in unlisted}

        def same(a: str, b: str) -> bool:
            if a in as_given or b in as_given or people_apart(a, b, carried):
                return False
            return same_surname(a, b, named, is_word, vouched)

        groups = _group(order, same, keys_of)
        if named:
            groups = keep_borrowed_apart(groups, named, self._wordlist())
        group_of = {s: gi for gi, g in enumerate(groups) for s in g}
        out: list[Cluster] = []
        canon_surname: dict[int, Choice] = {}
        for gi, g in enumerate(groups):
            choice = self._choose(g, "surname")
            canon_surname[gi] = choice
            out.append(self._cluster(g, "surname", choice, name_key(choice.spelling)))
        # Persons: blocked by their surname's cluster, merged when the full names match.
        blocks: dict[int, list[str]] = {}
        for p in sorted(person_surname, key=lambda s: (-self.counts[("person", s)], s)):
            block = group_of.get(person_surname[p])
            if block is not None:
                blocks.setdefault(block, []).append(p)
        for gi in sorted(blocks):
            for g in _group(blocks[gi], same_name, lambda s: ("",)):
                choice = self._person_canonical(
                    g, canon_surname[gi].spelling, person_surname, person_given
                )
                out.append(self._cluster(g, "person", choice, name_key(choice.spelling)))
        out += self._places()
        out += self._natives()
        return out

    def _drop_common(
        self,
        kind: str,
        spellings: list[str],
        keys_of: Callable[[str], Iterable[str]] | None = None,
        others: Collection[str] = (),
        cyrillic: bool = False,
    ) -> list[str]:
        """The spellings of ``kind`` less the words among those that could merge with another
        (:func:`~translit.text.contested.words_among`)."""
        from .contested import contested_spellings, words_among

        contested, keys, of_others = contested_spellings(spellings, keys_of, others)
        if not contested:
            return spellings
        from .language import wordlist_language

        wordlist = wordlist_language(self.resolve(), cyrillic)
        vouched = of_others if kind == "surname" else frozenset()
        words = words_among(kind, contested, keys, vouched, self.counts, wordlist)
        return [s for s in spellings if s not in words]

    def _unlisted(self) -> list[str]:
        """The unlisted full names (:mod:`~translit.text.carriers`), where the language
        capitalises proper nouns only."""
        found = sorted(s for k, s in self.counts if k == UNLISTED)
        if not found or not evidence_in(self.resolve()):
            return []
        from .common_words import is_common
        from .language import wordlist_language

        # A common word after a surname-like one (Lukashenko Government) is no surname.
        wordlist = wordlist_language(self.resolve(), False)
        return [s for s in found if not is_common(s.partition(" ")[2], wordlist)]

    def _is_word(self) -> Callable[[str], bool]:
        """``own_word`` in the document's language (the wordlist loads on first use)."""
        from .language import wordlist_language
        from .own_words import own_word

        return lambda s: own_word(s, wordlist_language(self.resolve(), False))

    def _choose(self, members: list[str], kind: str, tests: Any = None) -> Choice:
        """The canonical of ``members``; a place's ``tests`` are :func:`place_tests`, a name's
        spellings are ranked by :func:`name_home_rank`."""
        if tests is None and kind != "native":
            tests = (functools.partial(name_home_rank, wordlist=self._wordlist()), None)
        return choose(
            sorted(members),
            self._count(kind),
            self._first(kind),
            self.mode if self.mode in ("first", "frequent") else "frequent",
            *(tests or (None, None)),
        )

    def _bare(self, surname: str) -> str:
        # A surname without a suffix the wordlist knows as common (Miller) takes no part; one
        # it knows (Kuchma, Becker) is no evidence of an East Slavic name: it merges only with
        # a spelling marked as romanized (Kutschma).
        return bare_surname_standing(surname, self._wordlist())

    def _wordlist(self) -> str:
        if self.wordlist is None:  # (resolving the language may detect it: once)
            from .language import wordlist_language

            self.wordlist = wordlist_language(self.resolve(), False)
        return self.wordlist

    def _person_canonical(
        self,
        group: list[str],
        surname: str,
        person_surname: dict[str, str],
        person_given: dict[str, str | None],
    ) -> Choice:
        with_surname = [p for p in group if person_surname[p] == surname]
        if with_surname:
            choice = self._choose(with_surname, "person")
            if len(with_surname) < len(group):  # chosen for its surname, not its count
                return Choice(choice.spelling, "surname")
            return choice
        base = self._choose(group, "person")
        if compatible(person_given[base.spelling], surname):
            words = base.spelling.split(" ")
            old = person_surname[base.spelling]
            words = [surname if w == old else w for w in words]
            return Choice(" ".join(words), "composed")
        return base

    def _cluster(self, members: list[str], kind: str, choice: Choice, key: str) -> Cluster:
        count, first = self._count(kind), self._first(kind)
        variants = tuple(
            (s, count(s)) for s in sorted(members, key=lambda s: (-count(s), first(s), s))
        )
        return Cluster(choice.spelling, variants, key, kind, self.language, choice.basis)

    def _places(self) -> list[Cluster]:
        from ..names.places import exact_place_ids
        from .exact_readings import exact_place
        from .place_standards import may_be_place, place_words

        spellings = sorted(s for k, s in self.counts if k == "place")
        forms = inflected(self.resolve(), "place", spellings, frozenset(spellings))
        spellings = [s for s in spellings if s not in forms]  # (v Peterburge: case_forms)
        ids_of = {s: tuple(sorted(exact_place(s))) for s in spellings}
        # Forms the table lists as written (Moscow, Moskau) are places whatever their
        # frequency; a word that only reads like one (Crime ~ Крым) must not be common.
        listed = [s for s in spellings if exact_place_ids(s)]
        read = self._drop_common(
            "place",
            [s for s in spellings if s not in listed],
            lambda s: ("-".join(ids_of[s]),),
            others=listed,
        )
        # A place's full name and its short one are two names, not two spellings (Saint
        # Petersburg, Petersburg): forms merge with forms of as many words.
        by_place: dict[tuple[tuple[str, ...], int], list[str]] = {}
        for s in sorted(listed + read):
            if ids_of[s]:
                by_place.setdefault((ids_of[s], place_words(s)), []).append(s)
        for (ids, _), g in by_place.items():
            if len(g) > 1:  # (a single spelling changes nothing: no wordlist loaded for it)
                g[:] = [s for s in g if may_be_place(s, ids, self._wordlist())]
        out = []
        for (ids, _), g in sorted(by_place.items()):
            if g:
                choice = self._choose(g, "place", place_tests(g, ids, self._wordlist))
                out.append(self._cluster(g, "place", choice, "@" + ids[0]))
        return out

    def _natives(self) -> list[Cluster]:
        spellings = sorted(s for k, s in self.counts if k == "native")
        if not spellings:
            return []
        # ё may go unwritten in Russian only (Belarusian always writes it, Ukrainian has none),
        # and Все and Всё are both words: common words of the language never merge.
        yo = self.resolve() == "ru"
        kept = self._drop_common("native", spellings, lambda s: (native_key(s, yo),), cyrillic=True)
        by_key: dict[str, list[str]] = {}
        for s in kept:
            by_key.setdefault(native_key(s, yo), []).append(s)
        return [
            self._cluster(g, "native", self._choose(g, "native"), key)
            for key, g in sorted(by_key.items())
        ]


def build_clusters(
    census: Census,
    *,
    mode: str = "frequent",
    language_of: Callable[[str], str] | None = None,
    parses: Mapping[str, tuple[str | None, str | None]] | None = None,
    keys: Mapping[str, Iterable[str]] | None = None,
) -> list[Cluster]:
    """All clusters of a census, per language; the biggest first.

    ``mode`` is ``frequent``, ``first`` or a standard id (see :mod:`translit.text.canonical`).
    ``language_of(language)`` tells the language of a census language for the common-word test
    (by default itself; an undetermined language reads as English and Russian). ``parses``
    (the surname and given name of full names) and ``keys`` (the :func:`translit.name_keys`
    of surnames) are what was worked out elsewhere already (:mod:`translit.text.nodes`).
    """
    pick = language_of or (lambda lang: lang)
    from .._collector import paused
    from .standard_forms import by_standard

    # Clustering fills the matcher's caches and makes a few objects per spelling, with next to
    # no cycles (484 cyclic objects for 100,000 spellings); the collector's walks over the
    # census, the caches and the tables took 28 % of it (6.9 s against 5.0 s on 50 MB).
    with paused():
        census = undetermined_joined(census)
        by_language: dict[str, list[Entry]] = {}
        for e in sorted(census.tallies):
            by_language.setdefault(e.language, []).append(e)
        out: list[Cluster] = []
        for language, entries in sorted(by_language.items()):
            resolve = functools.partial(pick, language)
            builder = _Builder(census, language, mode, resolve, parses, keys)
            clusters = builder.build(entries)
            if mode not in ("frequent", "first"):
                clusters = by_standard(clusters, mode)
            out += clusters
    out.sort(key=cluster_order)
    return out


def cluster_order(c: Cluster) -> tuple[int, str, str, str]:
    """The order of a discovery: the biggest clusters first (shared with the merge of
    :mod:`~translit.text.blocks`)."""
    return (-c.count, c.language, c.kind, c.canonical)
