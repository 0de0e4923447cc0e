"""Rewrite the spelling variants of names in running text to one canonical form.

The pipeline for one text:

1. *mentions*: runs of capitalised words (Latin or Cyrillic, ALL CAPS too), without the function
   words and titles around them (``data/names/not_names.json``); an English possessive or clitic
   (``'s``) and a lower-case hyphenated tail (``-era``) stay outside the name;
2. *clusters*: mentions that are the same name (:func:`translit.same_name`) form a cluster.
   Full names (a given name and a surname) cluster with full names; a surname alone joins the
   cluster of the full name whose surname it is;
3. *canonical form*: the lexicon's form when a lexicon is given; otherwise the most frequent
   spelling in the input (ties: the first seen), preferring the input's main script;
4. *changes*: each word of a mention is replaced by the aligned word of the canonical form, in
   the mention's case style (LUKASHENKA -> LUKASHENKO). Nothing else is touched.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from .names.lexicon import Lexicon
from .names.matching import explain_match, name_key, name_keys, same_name
from .names.parsing import analyze

__all__ = ["Change", "Cluster", "Normalizer", "normalize"]


@dataclass(frozen=True)
class Change:
    """One rewrite: ``text[start:end]`` (``original``) becomes ``replacement``."""

    start: int
    end: int
    original: str
    replacement: str
    canonical: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "canonical": self.canonical,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Cluster:
    """Spellings of one name found in the input, with the canonical form chosen for them.

    ``follows`` names the full-name cluster whose surname a surname-only cluster follows.
    """

    canonical: str
    variants: tuple[tuple[str, int], ...]
    key: str
    kind: str = "name"
    follows: str | None = None
    surnames: tuple[tuple[str, int], ...] = ()

    @property
    def count(self) -> int:
        return sum(n for _, n in self.variants)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "canonical": self.canonical,
            "kind": self.kind,
            "key": self.key,
            "count": self.count,
            "variants": [{"spelling": s, "count": n} for s, n in self.variants],
        }
        if self.follows:
            out["follows"] = self.follows
        if self.surnames:
            out["surnames"] = [{"spelling": sp, "count": n} for sp, n in self.surnames]
        return out


# -- mentions ------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ\u0400-\u042f\u0400-\u040f\u0460-\u052f"


@lru_cache(maxsize=1)
def _patterns() -> tuple[Any, frozenset[str]]:
    import regex

    token = r"(?:\p{Lu}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*|\p{Lu}\.)"
    run = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){token}(?:[ \u00a0]{token})*")
    path = resources.files("translit") / "data" / "names" / "not_names.json"
    words = frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])
    return run, words


class _Word(NamedTuple):
    start: int
    end: int
    text: str


class _Mention(NamedTuple):
    words: tuple[_Word, ...]
    text: str

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


def _mention(words: Sequence[_Word]) -> _Mention:
    return _Mention(tuple(words), " ".join(w.text for w in words))


_RECIPE_CACHE_SIZE = 200_000
_CLITIC = re.compile(r"(?:['’]s|s['’]|['’])$")


def _word(text: str, start: int) -> _Word | None:
    """Trim a clitic and a lower-case hyphenated tail off a capitalised word."""
    if text.isalpha():
        return _Word(start, start + len(text), text)
    m = _CLITIC.search(text)
    if m and m.start() > 1:
        text = text[: m.start()]
    parts = text.split("-")
    keep = [parts[0]]
    for p in parts[1:]:
        if not p or not p[0].isupper():
            break
        keep.append(p)
    text = "-".join(keep)
    if not any(c.isalpha() for c in text):
        return None
    return _Word(start, start + len(text), text)


@lru_cache(maxsize=65_536)
def _split_run(run: str) -> tuple[_Mention, ...]:
    """The mentions in one run of capitalised words, with offsets relative to the run."""
    _, not_names = _patterns()
    out: list[_Mention] = []
    words: list[_Word] = []
    pos = 0
    for raw in run.replace("\u00a0", " ").split(" "):
        w = _word(raw, pos)
        pos += len(raw) + 1
        if w is None:
            continue
        bare = w.text.rstrip(".").casefold()
        if bare in not_names or (w.text.isupper() is False and len(bare) == 1):
            if words:
                out.append(_mention(words))
            words = []
            continue
        words.append(w)
        if len(w.text) < len(raw):  # a clitic or tail ends the name
            out.append(_mention(words))
            words = []
    if words:
        out.append(_mention(words))
    return tuple(
        mt for mt in out if not (len(mt.words) == 1 and len(mt.words[0].text.rstrip(".")) < 2)
    )


def find_mentions(text: str) -> list[_Mention]:
    """Runs of capitalised words that can be names, with non-name words split off."""
    run_rx, _ = _patterns()
    out: list[_Mention] = []
    for m in run_rx.finditer(text):
        base = m.start()
        for mt in _split_run(m.group()):
            if base:
                mt = _Mention(
                    tuple(_Word(w.start + base, w.end + base, w.text) for w in mt.words), mt.text
                )
            out.append(mt)
    return out


def _is_person(text: str) -> bool:
    roles = [t.role for t in analyze(text).tokens]
    return len(roles) >= 2 and "surname" in roles and any(r in ("given", "initial") for r in roles)


def _script(text: str) -> str:
    for c in text:
        if c.isalpha():
            return "Cyrillic" if "\u0400" <= c <= "\u052f" else "Latin"
    return "other"


# -- casing --------------------------------------------------------------------------------


def _in_case_of(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model.islower():
        return word.lower()
    return word


# -- the normalizer ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """Per spelling: (canonical form, reason), or None for a recognised name that stays."""

    targets: dict[str, tuple[str, str] | None] = field(default_factory=dict)

    def segments(self, mt: _Mention) -> list[tuple[_Mention, tuple[str, str] | None]]:
        """Split a mention into the longest known spans, left to right."""
        out = []
        words = mt.words
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                sub = _mention(words[i:j])
                if sub.text in self.targets:
                    out.append((sub, self.targets[sub.text]))
                    i = j
                    break
            else:
                i += 1
        return out


class Normalizer:
    """Unify the spellings of names in text. Immutable, picklable and thread-safe.

    Args:
        lexicon: canonical names to normalise to (:class:`translit.Lexicon`); without one,
            canonical forms are discovered in the input. With one, only the lexicon's names
            are rewritten (a surname alone follows a full-name entry): names it does not know
            are left as they are, since a wrong rewrite is worse than a missed one.
        canonical: without a lexicon, how to choose a cluster's form: ``"frequent"`` (the most
            frequent spelling; ties: the first seen), ``"first"`` (the first seen), or a
            standard id / language shorthand: the form that standard gives for a
            native-script spelling in the cluster (the most frequent spelling otherwise).
        transliterate: ``None``, or a standard id, language shorthand or ``"auto"``: text in
            the source script is transliterated, so native-script names take their canonical
            Latin form.
        clusters: a discovery made beforehand (:meth:`discover`), applied to every text, so
            that a whole corpus ends up consistent.

    >>> n = Normalizer()
    >>> n("Lukashenko met Putin. Lukashenka's critics and LUKASHENKO himself.")
    "Lukashenko met Putin. Lukashenko's critics and LUKASHENKO himself."
    """

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        canonical: str = "frequent",
        transliterate: str | None = None,
        clusters: Sequence[Cluster] | None = None,
    ) -> None:
        if lexicon is not None and not isinstance(lexicon, Lexicon):
            raise TypeError("lexicon must be a translit.Lexicon")
        if canonical not in ("frequent", "first"):
            from .registry import resolve

            resolve(canonical)  # ValueError for an unknown standard
        if transliterate is not None and transliterate != "auto":
            from .registry import resolve

            resolve(transliterate)
        self.lexicon = lexicon
        self.canonical = canonical
        self.transliterate = transliterate
        self.clusters: tuple[Cluster, ...] | None = (
            tuple(clusters) if clusters is not None else None
        )
        # Built on first use (caches, not state: equal normalizers give equal output). They are
        # not pickled.
        self._key_index: dict[str, list[int]] | None = None
        self._recipe_cache: dict[str, list[tuple[int, int, str, str, str, str]]] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_key_index"] = None
        state["_recipe_cache"] = {}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        parts = []
        if self.lexicon is not None:
            parts.append(repr(self.lexicon))
        parts.append(f"canonical={self.canonical!r}")
        if self.transliterate:
            parts.append(f"transliterate={self.transliterate!r}")
        if self.clusters is not None:
            parts.append(f"clusters=<{len(self.clusters)}>")
        return f"Normalizer({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Normalizer) and (
            self.lexicon,
            self.canonical,
            self.transliterate,
            self.clusters,
        ) == (other.lexicon, other.canonical, other.transliterate, other.clusters)

    __hash__ = None  # type: ignore[assignment]

    # -- public API -----------------------------------------------------------------------

    def __call__(self, text: str) -> str:
        """Return ``text`` with the variants of each name rewritten to its canonical form."""
        return apply_changes(text, self.explain(text))

    def explain(self, text: str) -> list[Change]:
        """Every change :meth:`__call__` makes, in order, with offsets into ``text``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        run_rx, _ = _patterns()
        found = [(m.start(), m.group()) for m in run_rx.finditer(text)]
        runs = Counter(run for _, run in found)
        # Names recur: work out each distinct run of capitalised words once, with offsets
        # relative to the run, then place the result at every occurrence. When the canonical
        # forms are fixed (a lexicon or a discovery), a run's result is the same in every text,
        # so it is kept across calls.
        fixed = self.lexicon is not None or self.clusters is not None
        shared = self._recipe_cache if fixed else {}
        recipes = {run: shared.get(run) for run in runs}
        todo = [run for run, recipe in recipes.items() if recipe is None]
        if todo:
            mentions = [mt for run in todo for mt in _split_run(run)]
            plan = self._plan_for(mentions, runs)
            if fixed and len(shared) > _RECIPE_CACHE_SIZE:
                self._recipe_cache = shared = {}  # swapped, not cleared: other threads read it
            for run in todo:
                recipes[run] = shared[run] = [
                    (w.start, w.end, w.text, new, canonical, reason)
                    for mt in _split_run(run)
                    for w, new, canonical, reason in self._recipe(mt, plan)
                ]
        changes: list[Change] = []
        for base, run in found:
            recipe = recipes[run]
            if recipe:  # never None here: every run was filled in above
                for s, e, orig, new, canonical, reason in recipe:
                    changes.append(Change(base + s, base + e, orig, new, canonical, reason))
        if self.transliterate:
            changes = self._with_transliteration(text, changes)
        changes.sort(key=lambda c: c.start)
        return changes

    def _recipe(self, mention: _Mention, plan: _Plan) -> list[tuple[_Word, str, str, str]]:
        out = []
        for mt, target in plan.segments(mention):
            if target is None:
                continue
            canonical, reason = target
            by_start = {w.start: w for w in mt.words}
            for c in self._word_changes(mt, canonical, reason):
                out.append((by_start[c.start], c.replacement, c.canonical, c.reason))
        return out

    def normalize_many(self, texts: Iterable[str | None], workers: int = 1) -> list[str | None]:
        """Normalise many texts, keeping their order; ``None`` passes through.

        ``workers > 1`` uses a process pool (the normalizer is pickled once per worker).
        """
        items = list(texts)
        if workers <= 1 or len(items) < 2:
            return [None if t is None else self(t) for t in items]
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            max_workers=workers, initializer=_set_worker_normalizer, initargs=(self,)
        ) as pool:
            return list(pool.map(_normalize_in_worker, items, chunksize=16))

    def discover(self, texts: Iterable[str]) -> list[Cluster]:
        """Cluster the name mentions of all ``texts`` and choose a canonical form for each.

        Accepts any iterable (a generator of file chunks), reading it once. Only clusters with
        a spelling to change are returned, the biggest first.
        """
        runs: Counter[str] = Counter()
        for text in texts:
            runs.update(_run_counts(text))
        counts, order = _atom_counts(runs)
        clusters = self._cluster(counts, order)
        return [c for c in clusters if any(sp != c.canonical for sp, _ in c.variants)]

    def with_clusters(self, clusters: Sequence[Cluster]) -> Normalizer:
        """A normalizer that applies ``clusters`` (from :meth:`discover`) to every text."""
        return Normalizer(
            self.lexicon,
            canonical=self.canonical,
            transliterate=self.transliterate,
            clusters=clusters,
        )

    # -- planning -------------------------------------------------------------------------

    def _plan_for(self, mentions: list[_Mention], runs: Counter[str]) -> _Plan:
        if self.lexicon is not None:
            return self._lexicon_plan(mentions)
        if self.clusters is not None:
            return self._cluster_plan(self.clusters, mentions)
        counts, order = _atom_counts(runs)
        clusters = self._cluster(counts, order)
        return self._cluster_plan(clusters, mentions)

    def _lexicon_plan(self, mentions: list[_Mention]) -> _Plan:
        assert self.lexicon is not None
        lex = self.lexicon
        targets: dict[str, tuple[str, str] | None] = {}
        for mention in mentions:
            for sub in _spans(mention):
                s = sub.text
                if s in targets:
                    continue
                hit = lex.lookup(s)
                if hit is not None:
                    if hit.canonical == s:
                        targets[s] = None
                    else:
                        rule = _first_rule(s, hit.canonical)
                        targets[s] = (
                            hit.canonical,
                            f"same name as {hit.canonical} ({rule}); "
                            f"{hit.canonical} is the lexicon's form",
                        )
                    continue
                if len(sub.words) == 1:
                    sur = lex.lookup_surname(s)
                    if sur is not None:
                        surname, full = sur
                        targets[s] = (
                            None
                            if surname == s
                            else (
                                surname,
                                f"same name as {surname} ({_first_rule(s, surname)}); a surname "
                                f"alone follows the lexicon's full name {full}",
                            )
                        )
        return _Plan(targets)

    def _cluster_plan(self, clusters: Sequence[Cluster], mentions: list[_Mention]) -> _Plan:
        targets: dict[str, tuple[str, str] | None] = {}
        by_spelling: dict[str, Cluster] = {}
        for c in clusters:
            for sp, _ in c.variants:
                by_spelling.setdefault(sp, c)
            # A person's canonical surname may come from the surname cluster.
            by_spelling.setdefault(c.canonical, c)
        seen: set[str] = set()
        for mention in mentions:
            if mention.text in seen:
                continue
            seen.add(mention.text)
            for sub in _spans(mention):
                sp = sub.text
                if sp in seen and sp != mention.text:
                    continue
                seen.add(sp)
                cl = by_spelling.get(sp)
                if cl is None and self.clusters is not None:
                    cl = self._cluster_for(sp)
                if cl is None:
                    continue
                targets[sp] = None if cl.canonical == sp else (cl.canonical, _reason(sp, cl))
        return _Plan(targets)

    def _cluster_for(self, spelling: str) -> Cluster | None:
        """The given cluster an unseen spelling belongs to (candidates by key, then same_name)."""
        assert self.clusters is not None
        index = self._key_index
        if index is None:
            index = {}
            for i, c in enumerate(self.clusters):
                for sp in [c.canonical, *(v for v, _ in c.variants)]:
                    for key in name_keys(sp):
                        index.setdefault(key, []).append(i)
            self._key_index = index
        candidates = dict.fromkeys(i for key in name_keys(spelling) for i in index.get(key, ()))
        return next(
            (
                self.clusters[i]
                for i in candidates
                if same_name(spelling, self.clusters[i].canonical)
            ),
            None,
        )

    def _cluster(self, counts: Counter[str], order: dict[str, int]) -> list[Cluster]:
        spellings = sorted(counts, key=lambda sp: order[sp])
        person_set = {sp for sp in spellings if _is_person(sp)}
        persons = [sp for sp in spellings if sp in person_set]
        script_votes: Counter[str] = Counter()
        for sp in spellings:
            script_votes[_script(sp)] += counts[sp]
        script = script_votes.most_common(1)[0][0] if script_votes else "Latin"

        # Multi-word mentions that are not full names (places, or a name after a capitalised
        # sentence word) stay whole only when another spelling of the whole exists.
        others = [sp for sp in spellings if sp not in person_set]
        singles: list[str] = []
        for g in _groups(others):
            if len(g) > 1 or " " not in g[0]:
                singles.extend(g)
                continue
            for word in g[0].split(" "):
                order.setdefault(word, order[g[0]])
                counts[word] += counts[g[0]]
                if word not in singles:
                    singles.append(word)
        singles = sorted(dict.fromkeys(singles), key=lambda sp: order[sp])

        clusters: list[Cluster] = []
        person_groups = _groups(persons)
        # Surname votes: the surname word of every full-name spelling, and surnames alone.
        surname_groups: list[tuple[list[str], Counter[str]]] = []
        for g in person_groups:
            votes: Counter[str] = Counter()
            for sp in g:
                for t in analyze(sp).tokens:
                    if t.role == "surname":
                        votes[t.text] += counts[sp]
                        if t.text not in order:
                            order[t.text] = order[sp]
            surname_groups.append((g, votes))
        claimed: dict[str, int] = {}
        # Candidate full names for a word alone come from shared keys, then same_name decides.
        vote_index: dict[str, set[int]] = {}
        for i, (_, votes) in enumerate(surname_groups):
            for v in votes:
                for key in name_keys(v):
                    vote_index.setdefault(key, set()).add(i)
        for word in singles:
            candidates = {i for key in name_keys(word) for i in vote_index.get(key, ())}
            owners = [
                i
                for i in sorted(candidates)
                if any(same_name(word, v) for v in surname_groups[i][1])
            ]
            if len(owners) == 1:
                claimed[word] = owners[0]
                surname_groups[owners[0]][1][word] += counts[word]
        for i, (g, votes) in enumerate(surname_groups):
            canon = self._choose(g, counts, order, script)
            if len(votes) > 1:
                sur = self._choose(list(votes), votes, order, script)
                words = canon.split(" ")
                tokens = analyze(canon).tokens
                for k, t in enumerate(tokens):
                    if t.role == "surname" and k < len(words) and words[k] == t.text:
                        words[k] = sur
                canon = " ".join(words)
            cl = Cluster(
                canon,
                _variants(g, counts, order),
                name_key(canon),
                "person",
                surnames=_variants(list(votes), votes, order) if len(votes) > 1 else (),
            )
            clusters.append(cl)
            alone = [w for w, owner in claimed.items() if owner == i]
            if alone:
                sur_canon = next(
                    (t.text for t in analyze(canon).tokens if t.role == "surname"), alone[0]
                )
                clusters.append(
                    Cluster(
                        sur_canon,
                        _variants(alone, counts, order),
                        name_key(sur_canon),
                        "surname",
                        follows=canon,
                        surnames=_variants(list(votes), votes, order),
                    )
                )
        for g in _groups([w for w in singles if w not in claimed]):
            canon = self._choose(g, counts, order, script)
            clusters.append(Cluster(canon, _variants(g, counts, order), name_key(canon), "name"))
        clusters.sort(key=lambda c: (-c.count, order.get(c.variants[0][0], 0)))
        return clusters

    def _choose(
        self, group: list[str], counts: Counter[str], order: dict[str, int], script: str
    ) -> str:
        pool = [s for s in group if _script(s) == script] or group
        if self.canonical == "first":
            return min(pool, key=lambda s: order[s])
        if self.canonical not in ("frequent", "first"):
            native = [s for s in group if _script(s) == "Cyrillic"]
            if native:
                from .transliteration import transliterate

                best = max(native, key=lambda s: (counts[s], -order[s]))
                return transliterate(best, self.canonical)
        return max(pool, key=lambda s: (counts[s], -order[s]))

    # -- rewriting ------------------------------------------------------------------------

    def _word_changes(self, mt: _Mention, canonical: str, reason: str) -> list[Change]:
        target = canonical.split()
        words = list(mt.words)
        pairs: list[tuple[_Word, str]] = []
        if len(words) == len(target):
            # Align word by word through the match explanation (order may differ).
            exp = explain_match(mt.text, canonical)
            used: set[int] = set()
            for w in words:
                j = next(
                    (
                        k
                        for k, t in enumerate(target)
                        if k not in used
                        and any(al.a == w.text and al.b == t and al.same for al in exp.alignments)
                    ),
                    None,
                )
                if j is None:
                    j = next((k for k in range(len(target)) if k not in used), None)
                if j is None:
                    return []
                used.add(j)
                pairs.append((w, target[j]))
        elif len(words) == 1:
            pairs.append((words[0], canonical))
        else:
            # A patronymic or initial on one side only: rewrite the words that align.
            exp = explain_match(mt.text, canonical)
            for al in exp.alignments:
                if not al.same:
                    continue
                found = next((x for x in words if x.text == al.a), None)
                if found is not None:
                    pairs.append((found, al.b))
        out = []
        for w, t in pairs:
            new = _in_case_of(w.text, t)
            if new != w.text:
                out.append(Change(w.start, w.end, w.text, new, canonical, reason))
        return out

    def _with_transliteration(self, text: str, changes: list[Change]) -> list[Change]:
        from .transliteration import transliterate

        scheme = self.transliterate
        assert scheme is not None
        taken = sorted((c.start, c.end) for c in changes)
        out = list(changes)
        for m in re.finditer(r"[\u0400-\u052f\u0370-\u03ff\u10a0-\u10ff][^\s]*", text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            word = m.group()
            new = transliterate(word, scheme)
            if new != word:
                out.append(Change(s, e, word, new, new, f"transliterated under {scheme}"))
        # Names already rewritten to a native-script canonical form: transliterate those too.
        fixed = []
        for c in out:
            if any("\u0400" <= ch <= "\u052f" for ch in c.replacement):
                new = transliterate(c.replacement, scheme)
                c = Change(
                    c.start,
                    c.end,
                    c.original,
                    new,
                    c.canonical,
                    c.reason + f"; transliterated under {scheme}",
                )
            fixed.append(c)
        return [c for c in fixed if c.replacement != c.original]


def _spans(mt: _Mention) -> list[_Mention]:
    """Every contiguous span of a mention, longest first."""
    n = len(mt.words)
    return [
        _mention(mt.words[i : i + size]) for size in range(n, 0, -1) for i in range(n - size + 1)
    ]


def _run_counts(text: str) -> Counter[str]:
    """How often each distinct run of capitalised words occurs (in first-seen order)."""
    run_rx, _ = _patterns()
    return Counter(run_rx.findall(text))


def _atom_counts(runs: Counter[str]) -> tuple[Counter[str], dict[str, int]]:
    """Counts and first-seen order of the names (atoms) in the runs."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for run, n in runs.items():
        for mt in _split_run(run):
            for atom in _atoms(mt):
                counts[atom.text] += n
                order.setdefault(atom.text, len(order))
    return counts, order


def _atoms(mt: _Mention) -> list[_Mention]:
    """Split a run of capitalised words into a full name and the words around it.

    "Federation Sergey Shoigu" is "Federation" + "Sergey Shoigu"; "Lukashenko Alexander
    Grigorievich" (surname first, patronymic last) stays whole.
    """
    words = mt.words
    if len(words) < 2:
        return [mt]
    roles = [t.role for t in analyze(mt.text).tokens]
    if len(roles) != len(words):
        return [mt]
    g = next((i for i, r in enumerate(roles) if r in ("given", "initial")), None)
    if g is None:
        return [mt]
    start = g
    end = g + 1
    while end < len(words) and roles[end] in ("given", "initial", "patronymic"):
        end += 1
    if end < len(words) and roles[end] == "surname":
        end += 1
    elif g > 0 and roles[g - 1] == "surname":
        start = g - 1  # surname first: "LUKASHENKO Alexander Grigorievich"
    out = []
    if start > 0:
        out.append(_mention(words[:start]))
    out.append(_mention(words[start:end]))
    if end < len(words):
        out += _atoms(_mention(words[end:]))
    return out


def _groups(items: list[str]) -> list[list[str]]:
    """Group spellings that are the same name (first spelling of a group represents it).

    Candidates come from shared keys (:func:`translit.name_keys`), so the cost grows with the
    number of spellings, not with its square.
    """
    out: list[list[str]] = []
    by_key: dict[str, list[int]] = {}
    for sp in items:
        keys = name_keys(sp)
        candidates = dict.fromkeys(i for k in keys for i in by_key.get(k, ()))
        for gi in candidates:
            if same_name(sp, out[gi][0]):
                out[gi].append(sp)
                break
        else:
            out.append([sp])
            for k in keys:
                by_key.setdefault(k, []).append(len(out) - 1)
    return out


_WORKER_NORMALIZER: Normalizer | None = None


def _set_worker_normalizer(n: Normalizer) -> None:
    global _WORKER_NORMALIZER
    _WORKER_NORMALIZER = n


def _normalize_in_worker(text: str | None) -> str | None:
    assert _WORKER_NORMALIZER is not None
    return None if text is None else _WORKER_NORMALIZER(text)


def _variants(
    group: list[str], counts: Counter[str], order: dict[str, int]
) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((s, counts[s]) for s in group), key=lambda sn: (-sn[1], order[sn[0]])))


def _first_rule(a: str, b: str) -> str:
    exp = explain_match(a, b)
    rules = [r for al in exp.alignments for r in al.rules if al.same]
    return rules[0] if rules else "same spelling up to case"


def _reason(spelling: str, cl: Cluster) -> str:
    rule = _first_rule(spelling, cl.canonical)
    counts = dict(cl.variants)
    if cl.surnames:
        votes = dict(cl.surnames)
        best, n_best = cl.surnames[0]
        mine = next((t.text for t in analyze(spelling).tokens if t.role == "surname"), None)
        if mine is not None and mine != best and mine in votes:
            return (
                f"same name as {cl.canonical} ({rule}); {best} is the most frequent spelling "
                f"of the surname in this input, {n_best} against {votes[mine]}"
            )
    if cl.follows:
        votes = dict(cl.surnames)
        tail = f"a surname alone follows the full name {cl.follows}"
        if votes.get(cl.canonical, 0) > votes.get(spelling, 0):
            tail = (
                f"{cl.canonical} is the most frequent spelling in this input, "
                f"{votes[cl.canonical]} against {votes.get(spelling, 0)}, and {tail}"
            )
        return f"same name as {cl.canonical} ({rule}); {tail}"
    n_canon = counts.get(cl.canonical, 0)
    n_this = counts.get(spelling, 0)
    why = (
        f"{cl.canonical} is the most frequent spelling in this input, {n_canon} against {n_this}"
        if n_canon > n_this
        else f"{cl.canonical} is the first spelling seen"
    )
    return f"same name as {cl.canonical} ({rule}); {why}"


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """Apply non-overlapping changes (sorted by start) to ``text``."""
    pieces = []
    pos = 0
    for c in sorted(changes, key=lambda c: c.start):
        pieces.append(text[pos : c.start])
        pieces.append(c.replacement)
        pos = c.end
    pieces.append(text[pos:])
    return "".join(pieces)


def normalize(text: str, **options: Any) -> str:
    """Shortcut for ``Normalizer(**options)(text)``.

    >>> normalize("Grabskyi said. Grabsky agreed. Serhii Grabskyi left.")
    'Grabskyi said. Grabskyi agreed. Serhii Grabskyi left.'
    """
    return Normalizer(**options)(text)
