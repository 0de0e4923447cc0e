"""The normalizer: unify the spellings of names in running text (the façade of the pipeline).

For one text: protected spans → mentions (through the gate) → census → clusters → canonical
forms → plan → changes. Over a corpus, :meth:`Normalizer.census` counts every text,
:meth:`Normalizer.discover` clusters the counts once, and :meth:`Normalizer.with_clusters`
applies the result to each text, so that a name is written one way everywhere (within each
language).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..names.lexicon import Lexicon
from .census import Census, document_key
from .clusters import Cluster, build_clusters
from .discovery import Discovery
from .language import UNDETERMINED, document_language
from .lexicon_probe import probe_for
from .mentions import Mention, Skip, find_mentions
from .plan import Plan
from .plan_changes import plan_changes
from .protect import protected_spans
from .rewrite import Change, apply_changes, mention_changes
from .transliterate_text import with_transliteration
from .worker_pool import is_missing_value, normalize_in_pool

#: A text's protected spans and mentions (:meth:`Normalizer._read`).
Read = tuple[list[Any], list[Mention]]

__all__ = ["Normalizer", "normalize"]


class Normalizer:
    """Unify the spellings of names in text. Immutable, picklable and thread-safe.

    Only names that plausibly were written from Cyrillic, Greek or Georgian are touched (see
    :mod:`translit.text.candidates`); URLs, code, markup and JSON keys never are; a word is
    never replaced by a form in another script unless ``transliterate`` is set or a lexicon asks
    for it.

    Args:
        lexicon: canonical names (:class:`translit.Lexicon`): the names it knows take its forms,
            in any script; the other names are unified as without a lexicon, unless
            ``lexicon_only``.
        canonical: how a cluster's form is chosen: ``"frequent"`` (the most frequent spelling;
            a tie goes to the spelling seen first), ``"first"``, or a standard id / language
            shorthand (the standard's form of a native-script spelling of the name in the input).
        transliterate: ``None``, or a standard id, language shorthand or ``"auto"``: text in the
            source script is transliterated; native-script names among Latin words take their
            Latin canonical form (text in the source language is transliterated as written).
        clusters: a discovery (:meth:`discover`, or any sequence of clusters) applied to
            every text; kept as a :class:`~translit.text.discovery.Discovery`.
        language: the documents' language (ISO 639-1); detected per document when ``None``.
        lexicon_only: with a lexicon, change only the names it knows.

    >>> n = Normalizer()
    >>> n("Lukashenko met Putin. Lukashenka's critics and LUKASHENKO himself. Lukashenko left.")
    "Lukashenko met Putin. Lukashenko's critics and LUKASHENKO himself. Lukashenko left."
    """

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        canonical: str = "frequent",
        transliterate: str | None = None,
        clusters: Sequence[Cluster] | None = None,
        language: str | None = None,
        lexicon_only: bool = False,
    ) -> None:
        from ..standards.registry import resolve

        if lexicon is not None and not isinstance(lexicon, Lexicon):
            raise TypeError("lexicon must be a translit.Lexicon")
        if canonical not in ("frequent", "first"):
            resolve(canonical)  # ValueError for an unknown standard
        if transliterate is not None and transliterate != "auto":
            resolve(transliterate)
        if language is not None and (not isinstance(language, str) or not language.isalpha()):
            raise ValueError(f"language must be an ISO 639-1 code such as 'en', not {language!r}")
        self.lexicon = lexicon
        self.canonical = canonical
        self.transliterate = transliterate
        self.clusters: Discovery | None = (
            clusters if isinstance(clusters, Discovery) or clusters is None else Discovery(clusters)
        )
        self.language = language
        self.lexicon_only = lexicon_only
        # The census entries whose spellings the clusters decided (see with_clusters).
        self._decided: frozenset[tuple[str, str, str]] = frozenset()
        self._init_caches()

    def _init_caches(self) -> None:
        # Caches, not state: equal normalizers give equal output. They are not pickled.
        self._plan: Plan | None = None
        self._probe_cache: dict[str, Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_plan", None)
        state.pop("_probe_cache", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update({"_decided": frozenset(), **state})  # (pickled before it existed)
        self._init_caches()

    def __repr__(self) -> str:
        parts = [repr(self.lexicon)] if self.lexicon is not None else []
        parts.append(f"canonical={self.canonical!r}")
        for name in ("transliterate", "language"):
            if getattr(self, name):
                parts.append(f"{name}={getattr(self, name)!r}")
        if self.lexicon_only:
            parts.append("lexicon_only=True")
        if self.clusters is not None:
            parts.append(f"clusters=<{len(self.clusters)}>")
        return f"Normalizer({', '.join(parts)})"

    def _settings(self) -> tuple[Any, ...]:
        return (
            self.lexicon,
            self.canonical,
            self.transliterate,
            self.clusters,
            self.language,
            self.lexicon_only,
            self._decided,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Normalizer) and self._settings() == other._settings()

    __hash__ = None  # type: ignore[assignment]

    # -- public API -----------------------------------------------------------------------

    def __call__(self, text: str, *, language: str | None = None) -> str:
        """Return ``text`` with the variants of each name rewritten to its canonical form."""
        return apply_changes(text, self.explain(text, language=language))

    def explain(self, text: str, *, language: str | None = None) -> list[Change]:
        """Every change :meth:`__call__` makes, in order, with offsets into ``text``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return self._explain_paused(text, language)

    def _explain_paused(
        self, text: str, language: str | None, read: Read | None = None
    ) -> list[Change]:
        """:meth:`explain` of a str, from its ``read`` when the caller kept it."""
        from .._collector import paused

        # Reading a text and deciding its changes make many small objects and no cycles, and
        # the collector would walk the caches and tables each time enough were made: with it,
        # the CLI took 18.5 s of CPU on 10 MB of news, without it 11.6 s. No code of the
        # caller runs inside.
        with paused():
            return self._explain(text, language, read)

    def _explain(self, text: str, language: str | None, read: Read | None = None) -> list[Change]:
        spans, mentions = read or self._read(text)
        lang = language or self.language
        if self.clusters is not None:
            plan = self._fixed_plan()
            lang = lang or document_language(text)
        else:
            census = Census()
            census.add_mentions(mentions, lang or UNDETERMINED, document_key(text), text=text)
            detected: list[str] = []

            def language_of(_: str) -> str:
                if not detected:
                    detected.append(lang or document_language(text))
                return detected[0]

            plan = Plan(build_clusters(census, mode=self.canonical, language_of=language_of))
            lang = lang or UNDETERMINED
        changes = self._changes(text, spans, mentions, plan, lang)
        if self.transliterate:
            changes = with_transliteration(text, spans, changes, self.transliterate)
        return changes

    def skipped(self, text: str) -> list[Skip]:
        """The capitalised words that are no name mention, and why (a debugging aid).

        >>> [(s.text, s.reason) for s in Normalizer().skipped("Games with Lukashenka")]
        [('Games', 'no surname ending of the supported languages')]
        """
        spans, _ = protected_spans(text)
        skips: list[Skip] = []
        self._mentions(text, spans, skips)
        return skips

    def census(
        self,
        texts: Iterable[str],
        *,
        language: str | None = None,
        document: str | None = None,
    ) -> Census:
        """Count the candidate spellings of ``texts`` (each a document unless ``document``
        names the one document they are consecutive parts of)."""
        from .._collector import paused
        from .._log import timed

        out = Census()
        base = 0
        with timed("scan") as facts:
            n = chars = 0
            for chunk in _chunks(texts):
                # Reading texts makes many small objects and no cycles (4 cyclic objects in 50
                # MB of news), and the collector would walk the whole census and the tables
                # each time enough were made (8 % of the scan). Off while a chunk is read;
                # the caller's iterable runs between chunks with it on.
                with paused():
                    for text in chunk:
                        key = document or document_key(text)
                        self.count(text, out, language=language, document=key, base=base)
                        if document is not None:
                            base += len(text)
                        n, chars = n + 1, chars + len(text)
            facts.update(texts=n, characters=chars, spellings=len(out))
        return out

    def count(
        self,
        text: str,
        census: Census,
        *,
        language: str | None = None,
        document: str | None = None,
        base: int = 0,
    ) -> None:
        """Add the candidate spellings of one text (or part of a document) to ``census``."""
        self._count_read(text, self._read(text), census, language, document, base)

    def _count_read(
        self,
        text: str,
        read: Read,
        census: Census,
        language: str | None,
        document: str | None,
        base: int,
    ) -> None:
        lang = language or self.language or document_language(text)
        census.add_mentions(read[1], lang, document or document_key(text), base, text)

    def discover(
        self,
        texts: Iterable[str] | Census,
        *,
        blocks: int | None = None,
        workers: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> Discovery:
        """Cluster the names of ``texts`` (or of a census) and choose a canonical form for each.

        Reads an iterable once. Only clusters with a spelling to change are returned, the
        biggest first, as a :class:`~translit.text.discovery.Discovery` (a sequence of
        clusters); the result does not depend on the order of the texts. ``blocks``,
        ``workers`` and ``progress`` cluster the census in blocks, in several processes, with
        ``progress(done, total)`` after each block: the result is the same
        (:func:`~translit.text.discovery.discover_census`).
        """
        from .discovery import discover_census

        census = texts if isinstance(texts, Census) else self.census(texts)
        return discover_census(
            census, mode=self.canonical, blocks=blocks, workers=workers, progress=progress
        )

    def with_clusters(
        self,
        clusters: Sequence[Cluster],
        *,
        census: Census | Iterable[tuple[str, str, str]] | None = None,
    ) -> Normalizer:
        """A normalizer that applies ``clusters`` (from :meth:`discover`) to every text.

        A spelling no cluster holds is joined to a cluster it matches (a discovery applied to
        new text). Given the ``census`` the clusters were discovered from, its spellings are
        taken as decided instead: one that no cluster holds stays as written, as the discovery
        left it, and the texts of the census come out as one pass over all of them gives.
        (The census's entries, ``census.tallies.keys()``, do as well.)
        """
        out = Normalizer(
            self.lexicon,
            canonical=self.canonical,
            transliterate=self.transliterate,
            clusters=clusters,
            language=self.language,
            lexicon_only=self.lexicon_only,
        )
        if census is not None:
            out._decided = frozenset(census.tallies if isinstance(census, Census) else census)
        return out

    def normalize_many(self, texts: Iterable[Any], workers: int = 1) -> list[Any]:
        """Normalise many texts, keeping their order; missing values (``None``, ``NaN``,
        ``pandas.NA``) pass through.

        ``workers > 1`` uses a process pool (the normalizer is pickled once per worker).
        """
        items = list(texts)
        if workers <= 1 or len(items) < 2:
            return [t if is_missing_value(t) else self(t) for t in items]
        return normalize_in_pool(self, items, workers)

    # -- the steps ------------------------------------------------------------------------

    def _read(self, text: str) -> Read:
        """What counting and explaining a text both start from: its protected spans and its
        mentions (the same for equal texts and settings, so a caller may keep it)."""
        spans, _ = protected_spans(text)
        return spans, self._mentions(text, spans)

    def _mentions(
        self, text: str, spans: list[Any], skips: list[Skip] | None = None
    ) -> list[Mention]:
        probe, words = self._lexicon_probe()
        found = find_mentions(text, spans, lexicon_probe=probe, lexicon_words=words, skips=skips)
        if self.transliterate and self.canonical in ("frequent", "first"):
            # (with a standard as the canonical mode, native spellings stay native: the
            # standard's form of them is the canonical form)
            from .transliterate_text import as_latin

            found = as_latin(found, self.transliterate, text)
        return found

    def _lexicon_probe(self) -> tuple[Callable[[str], bool] | None, int]:
        if self.lexicon is None:
            return None, 0
        return probe_for(self.lexicon, self._probe_cache), 5

    def _fixed_plan(self) -> Plan:
        plan = self._plan
        if plan is None:
            from .._log import timed

            with timed("index build") as facts:
                plan = self._plan = Plan(
                    self.clusters or (), join_unseen=True, decided=self._decided
                )
                facts["clusters"] = len(self.clusters or ())
        return plan

    def _changes(
        self, text: str, spans: list[Any], mentions: list[Mention], plan: Plan, language: str
    ) -> list[Change]:
        changes: list[Change] = []
        for m in mentions:
            if m.kind != "lexicon":
                continue
            target = self._probe_cache.get(m.spelling)
            if target is None and self.lexicon is not None:
                # read by another normalizer (a kept reading), or forgotten since
                probe_for(self.lexicon, self._probe_cache)(m.spelling)
                target = self._probe_cache.get(m.spelling)
            target = target or ""
            if target and target != m.spelling:
                why = f"same name as {target}; {target} is the lexicon's form"
                changes += mention_changes(text, m, target, "lexicon", why)
        if self.lexicon is None or not self.lexicon_only:
            changes += plan_changes(text, spans, mentions, plan, language, self.transliterate)
        changes.sort(key=lambda c: c.start)
        return changes


def normalize(text: str, **options: Any) -> str:
    """Shortcut for ``Normalizer(**options)(text)``.

    >>> normalize("Grabskyi said. Grabsky agreed. Serhii Grabskyi left.")
    'Grabskyi said. Grabskyi agreed. Serhii Grabskyi left.'
    """
    return Normalizer(**options)(text)


#: Texts read with the cyclic collector off (:meth:`Normalizer.census`): enough that the
#: collector's walks become rare, few enough that a chunk's texts are small beside a corpus.
CHUNK = 4096


def _chunks(texts: Iterable[str]) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(itertools.islice(it, CHUNK)):
        yield chunk
