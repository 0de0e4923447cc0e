"""A full name's spellings assembled from its words' spellings.

Records do not write a full name under one convention from one native form: a sanctions list
copies the given name from a passport (Aliaksandr, the Belarusian form under the passport
table), the patronymic from a Russian register (Grigoryevich) and the surname from the press;
news in one language writes a Ukrainian given name under the national standard beside the
surname its readers know. So besides the full name written whole under each standard and
convention (:func:`translit.variants.generate.spellings` on the name's native forms), the
spellings of each word are listed on their own, with every form of the word in every
language, and combined: a combination's chance is the product of its words' chances (the
words are written independently), times :data:`MIXED`, and the other-language weight for each
further language its words' forms come from. Combinations are enumerated best first, so a
name's list keeps the likeliest of them within its limit.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection
from functools import lru_cache

from .forms import native_names, other_language, word_forms
from .generate import spellings
from .model import Variant
from .official import record_writers

__all__ = ["MIXED", "MIXED_LANGUAGES", "PER_WORD", "full_name_spellings", "word_spellings"]

#: The weight of a full name's spelling whose words are written independently (each word
#: under its own convention or from its own language's form) against one written whole under
#: one convention: set, not measured; records built from several sources are about as common
#: as records copied whole from one document, so the two count alike.
MIXED = 1.0

#: The weight of a record whose words come from two languages' forms against one written
#: in one language, beside the weight of the further language's form: set, not measured; a
#: list that gives a person's name in two languages gives each alias whole (Aliaksandr
#: Lukashenka, Alexander Lukashenko), and mixtures are the records that copied words from
#: documents in different languages.
MIXED_LANGUAGES = 0.6

#: The spellings of one word that enter combinations: the likeliest few of each word cover the
#: likeliest combinations (a product falls with each further choice).
PER_WORD = 12

#: The share of full names written with the patronymic, for a name that has one (the writers'
#: shares in ``official.json`` and ``press/*.json`` average about a half).
WITH_PATRONYMIC = 0.5

#: Distinct (word, role, options) whose spellings are kept per process.
WORD_CACHE_SIZE = 4096


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_spellings(
    word: str,
    role: str,
    language: str,
    languages: tuple[str, ...] | None,
    conventions: tuple[str, ...] | None,
) -> tuple[Variant, ...]:
    """The Latin spellings of one word of a full name with its role (``given``,
    ``patronymic``, ``surname``), from its forms in every language, most likely first: the
    spellings of the conventions ``conventions``, by default those records combine
    (:func:`~translit.variants.official.record_writers`).

    >>> [v.spelling for v in word_spellings("Яўген", "given", "be", None, None)][:3]
    ['Iauhen', 'Yevgeny', 'Yevgeniy']
    """
    natives = word_forms(word, role, language)
    if languages is not None:
        natives = [n for n in natives if n.language in languages]
    # Without a choice of conventions, records' writers: a press convention of another
    # language writes the whole name its own way (the name's spellings as a whole list it).
    writers = record_writers() if conventions is None else conventions
    found = spellings(natives, PER_WORD, writers, include_native=False, source=language)
    return tuple(found)


def full_name_spellings(
    name: str,
    language: str,
    words: list[tuple[str, str]],
    languages: tuple[str, ...] | None,
    conventions: tuple[str, ...] | None,
    limit: int,
    weight: float = 1.0,
) -> list[Variant]:
    """The ``limit`` likeliest spellings of a full name (``words``: each word with its role):
    the name written whole under each convention, and its words' spellings combined."""
    natives = [n._replace(weight=n.weight * weight) for n in native_names(name, language)]
    if languages is not None:
        natives = [n for n in natives if n.language in languages]
    whole = spellings(natives, 4 * limit, conventions, source=language)
    scores: dict[str, list[float]] = {v.spelling: [1.0 - v.score] for v in whole}
    best: dict[str, Variant] = {v.spelling: v for v in whole}
    per_word = [
        word_spellings(w, role, language, languages, conventions)
        for w, role in words
        if role != "initial"
    ]
    # The languages whose form of a word is a spelling's source: Лукашенко is the Russian and
    # the Ukrainian form of Лукашэнка, and a record mixing it counts it as the closer one.
    spoken = [_languages(w, role, language, languages) for w, role in words if role != "initial"]
    roles = [role for _, role in words if role != "initial"]
    initials = any(role == "initial" for _, role in words)
    if not initials and all(per_word):
        if "patronymic" in roles:
            without = [p for p, r in zip(per_word, roles) if r != "patronymic"]
            spoken_without = [p for p, r in zip(spoken, roles) if r != "patronymic"]
            shapes = [
                (per_word, spoken, WITH_PATRONYMIC),
                (without, spoken_without, 1.0 - WITH_PATRONYMIC),
            ]
        else:
            shapes = [(per_word, spoken, 1.0)]
        for lists, sources, share in shapes:
            for score, parts in _products(lists, 4 * limit):
                mix = _mixing(language, parts, sources)
                mixed = MIXED * share * weight * score * mix
                text = " ".join(v.spelling for v in parts)
                scores.setdefault(text, []).append(1.0 - mixed)
                if text not in best or mixed > best[text].score:
                    best[text] = _combined(text, parts, mixed)
    ranked = sorted(
        ((1.0 - math.prod(misses), text) for text, misses in scores.items()),
        key=lambda st: (-st[0], st[1]),
    )
    return [best[text]._replace(score=round(s, 6)) for s, text in ranked[:limit]]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _languages(
    word: str, role: str, language: str, languages: tuple[str, ...] | None
) -> dict[str, tuple[str, ...]]:
    """Native form of a word -> the languages that have it as their form of the word."""
    out: dict[str, list[str]] = {}
    for n in word_forms(word, role, language):
        if languages is None or n.language in languages:
            out.setdefault(n.text, []).append(n.language)
    return {text: tuple(langs) for text, langs in out.items()}


def _mixing(
    language: str, parts: tuple[Variant, ...], sources: list[dict[str, tuple[str, ...]]]
) -> float:
    """The weight of a record whose words come from the forms of several languages: each
    further language's form in one name is a further translation, weighing as a form of that
    language does for a name of ``language`` (the likeliest language, the first, counts as
    the name's own), times :data:`MIXED_LANGUAGES`. A word whose form several languages
    share counts as the closest's."""
    spoken = set()
    for v, langs in zip(parts, sources):
        found = langs.get(v.native) or (v.language,)
        spoken.add(max(found, key=lambda lang: (other_language(language, lang), lang)))
    weights = sorted((other_language(language, lang) for lang in spoken), reverse=True)
    return math.prod(weights[1:]) * MIXED_LANGUAGES ** (len(weights) - 1)


def _combined(text: str, parts: tuple[Variant, ...], score: float) -> Variant:
    """A combination as one variant: its conventions and languages in word order, each once
    (``uk-kmu-2010+english``)."""
    convention = "+".join(dict.fromkeys(v.convention for v in parts))
    language = "+".join(dict.fromkeys(v.language for v in parts))
    return Variant(text, convention, language, score, " ".join(v.native for v in parts))


def _products(
    lists: Collection[tuple[Variant, ...]], count: int
) -> list[tuple[float, tuple[Variant, ...]]]:
    """The ``count`` likeliest combinations of one spelling from each list (each list best
    first), with the product of their scores, best first."""
    lists = list(lists)
    logs = [[-math.log(v.score) for v in items] for items in lists]
    start = (0,) * len(lists)
    heap = [(sum(c[0] for c in logs), start)]
    seen = {start}
    out: list[tuple[float, tuple[Variant, ...]]] = []
    while heap and len(out) < count:
        cost, idx = heapq.heappop(heap)
        out.append((math.exp(-cost), tuple(items[j] for items, j in zip(lists, idx))))
        for i, j in enumerate(idx):
            if j + 1 < len(lists[i]):
                nxt = (*idx[:i], j + 1, *idx[i + 1 :])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost - logs[i][j] + logs[i][j + 1], nxt))
    return out
