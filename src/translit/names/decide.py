"""Decide whether two strings are spellings of the same name.

Two tokens match when they share a key (:mod:`translit.names.spelling`) under some reading, or
when both are given names of one row of the cognate table. Two full names match when their
tokens can be paired one to one in any order; a patronymic present on one side only is dropped,
initials match given names that start with the same letter.

The decisions here return data (a verdict with a reason code); :mod:`translit.names.explain`
turns a verdict into words. Nothing here builds text, so :func:`same_name` never pays for an
explanation.
"""

from __future__ import annotations

import difflib
import itertools
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from . import weights as w
from .given import patronymic_given_ids
from .morphology import patronymic_gender
from .parsing import NameAnalysis, Token, analyze
from .places import place_ids
from .screen import quick
from .spelling import Reading

__all__ = [
    "NameVerdict",
    "PairVerdict",
    "TokenVerdict",
    "compare",
    "is_initial",
    "key_similarity",
    "name_similarity",
    "same_name",
    "shared_reading",
    "token_verdict",
    "verdict",
]

# Distinct pairs of names whose decision is kept per process (repeated comparisons in a
# clustering pass), and the smaller cache of scored verdicts (lexicon ranking).
DECISION_CACHE_SIZE = 200_000
VERDICT_CACHE_SIZE = 20_000

# Full names of more parts are aligned in the written order only (6! = 720 orders at most).
MAX_PERMUTED_PARTS = 6


class TokenVerdict(NamedTuple):
    """How two tokens compare.

    ``reason`` is one of: ``identical``, ``spelling`` (a shared key), ``given_cognate``,
    ``different_given``, ``same_initial``, ``different_initials``, ``initial_of_name``,
    ``initial_not_name``, ``patronymic_genders``, ``patronymic_spelling``,
    ``patronymic_cognate``, ``patronymic_different_given``, ``patronymic_alike``,
    ``patronymic_different``, ``different``. ``near`` marks a non-match whose score is the
    similarity of the two keys (computed only when a score is asked for).
    """

    same: bool
    quality: float
    reason: str
    near: bool = False


class PairVerdict(NamedTuple):
    """Two aligned tokens and their verdict."""

    a: Token
    b: Token
    verdict: TokenVerdict


class NameVerdict(NamedTuple):
    """How two names compare: the decision, its quality and what it rests on.

    ``kind`` is ``place`` (both are places of the table: ``place_ids`` holds the common rows,
    or nothing when the places differ), ``empty`` (a name without tokens), ``patronymics``
    (different patronymics decided it), ``parts`` (different numbers of parts) or ``tokens``
    (the aligned ``pairs`` decided it).
    """

    same: bool
    quality: float
    kind: str
    pairs: tuple[PairVerdict, ...] = ()
    patronymic: PairVerdict | None = None
    dropped: Token | None = None
    place_ids: tuple[str, ...] = ()
    reordered: bool = False


# -- tokens --------------------------------------------------------------------------------


def shared_reading(a: Token, b: Token) -> tuple[Reading, Reading] | None:
    """The first pair of readings (one per token) with a common key, part by part; None when
    the tokens share no key."""
    if len(a.parts) != len(b.parts):
        return None
    first: tuple[Reading, Reading] | None = None
    for pa, pb in zip(a.parts, b.parts):
        keys_b = {k: r for r in reversed(pb) for k in reversed(r.variants)}
        hit = next(((ra, keys_b[k]) for ra in pa for k in ra.variants if k in keys_b), None)
        if hit is None:
            return None
        first = first or hit
    return first


def is_initial(t: Token) -> bool:
    """A one-letter token (``A.``) stands for a given name or patronymic."""
    return t.role == "initial" or sum(c.isalpha() for c in t.text) == 1


def _initial_matches(initial: Token, other: Token) -> bool:
    letters = {r.spelling[:1] for r in initial.parts[0]}
    return any(r.spelling[:1] in letters for r in other.parts[0])


def key_similarity(a: Token, b: Token) -> float:
    """How alike the primary keys of two tokens are (``difflib`` ratio, 0..1)."""
    return difflib.SequenceMatcher(None, a.primary_key, b.primary_key).ratio()


def token_verdict(a: Token, b: Token) -> TokenVerdict:
    """Compare two tokens of names (with their roles)."""
    if is_initial(a) or is_initial(b):
        if is_initial(a) and is_initial(b):
            if _initial_matches(a, b):
                return TokenVerdict(True, w.SAME_INITIALS, "same_initial")
            return TokenVerdict(False, 0.0, "different_initials")
        if _initial_matches(*((a, b) if is_initial(a) else (b, a))):
            return TokenVerdict(True, w.INITIAL_FOR_NAME, "initial_of_name")
        return TokenVerdict(False, 0.0, "initial_not_name")
    if a.role == b.role == "patronymic":
        return _patronymic_verdict(a, b)
    if a.given_ids and b.given_ids:
        if a.given_ids & b.given_ids:
            if shared_reading(a, b) is not None:
                return TokenVerdict(True, w.SAME_KEY, "given_cognate")
            return TokenVerdict(True, w.GIVEN_COGNATE, "given_cognate")
        # Both are known given names of different rows: different names, unless the two
        # spellings read alike under their most likely conventions.
        if a.primary_key != b.primary_key:
            return TokenVerdict(False, 0.0, "different_given")
    if shared_reading(a, b) is not None:
        if a.text.casefold() == b.text.casefold():
            return TokenVerdict(True, w.IDENTICAL, "identical")
        return TokenVerdict(True, w.SAME_KEY, "spelling")
    return TokenVerdict(False, 0.0, "different", near=True)


def _patronymic_verdict(a: Token, b: Token) -> TokenVerdict:
    if is_initial(a) or is_initial(b):
        return token_verdict(a._replace(role="initial"), b._replace(role="initial"))
    ga, gb = patronymic_gender(a.primary_key), patronymic_gender(b.primary_key)
    if ga and gb and ga != gb:
        return TokenVerdict(False, 0.0, "patronymic_genders")
    if shared_reading(a, b) is not None:
        return TokenVerdict(True, w.SAME_KEY, "patronymic_spelling")
    ids_a, ids_b = patronymic_given_ids(a.text), patronymic_given_ids(b.text)
    if ids_a & ids_b:
        return TokenVerdict(True, w.GIVEN_COGNATE, "patronymic_cognate")
    if ids_a and ids_b:
        return TokenVerdict(False, 0.0, "patronymic_different_given")
    near = key_similarity(a, b)
    if near >= w.PATRONYMIC_ALIKE_MIN_RATIO:
        return TokenVerdict(True, w.PATRONYMIC_ALIKE, "patronymic_alike")
    return TokenVerdict(False, near, "patronymic_different")


def _score_of(pair: PairVerdict) -> float:
    """The quality of a token pair, with the spelling similarity of a non-match filled in."""
    v = pair.verdict
    if v.near and not v.same:
        return key_similarity(pair.a, pair.b)
    return v.quality


# -- names ---------------------------------------------------------------------------------


def compare(a: NameAnalysis, b: NameAnalysis, scored: bool = True) -> NameVerdict:
    """Compare two parsed names. With ``scored`` False only ``same`` is meaningful (the search
    stops at the first alignment that matches and non-matches are not scored)."""
    pa_ids, pb_ids = place_ids(a.text), place_ids(b.text)
    if pa_ids and pb_ids:
        common = pa_ids & pb_ids
        if common:
            return NameVerdict(True, w.PLACE_SAME, "place", place_ids=tuple(sorted(common)))
        if not _same_tokens(a, b):
            return NameVerdict(False, w.PLACE_DIFFERENT, "place")
    ta, tb = a.tokens, b.tokens
    if not ta or not tb:
        same = bool(ta) == bool(tb) and a.text.strip().casefold() == b.text.strip().casefold()
        same = same and bool(a.text.strip())
        return NameVerdict(same, 1.0 if same else 0.0, "empty")
    pa = [t for t in ta if t.role == "patronymic"]
    pb = [t for t in tb if t.role == "patronymic"]
    patronymic: PairVerdict | None = None
    dropped: Token | None = None
    quality = 1.0
    if pa and pb:
        patronymic = PairVerdict(pa[0], pb[0], token_verdict(pa[0], pb[0]))
        if not patronymic.verdict.same:
            q = _score_of(patronymic) if scored else 0.0
            return NameVerdict(False, w.PATRONYMICS_DIFFER * q, "patronymics", (), patronymic)
        quality = patronymic.verdict.quality
    elif pa or pb:
        dropped = (pa or pb)[0]
    rest_a = [t for t in ta if t.role != "patronymic"]
    rest_b = [t for t in tb if t.role != "patronymic"]
    if len(rest_a) != len(rest_b):
        q = w.PART_COUNT_DIFFERS * _partial(rest_a, rest_b) if scored else 0.0
        return NameVerdict(False, q, "parts", (), patronymic, dropped)
    pairs = _align(rest_a, rest_b, scored)
    same = all(p.verdict.same for p in pairs)
    if same:
        quality = min([quality] + [p.verdict.quality for p in pairs])
    elif scored:
        quality = sum(
            _score_of(p) * (1.0 if p.verdict.same else w.MISMATCHED_PAIR_SHARE) for p in pairs
        ) / len(pairs)
    else:
        quality = 0.0
    reordered = (
        same
        and len(pairs) > 1
        and [p.a for p in pairs] != [p.a for p in sorted(pairs, key=lambda p: tb.index(p.b))]
    )
    return NameVerdict(same, quality, "tokens", tuple(pairs), patronymic, dropped, (), reordered)


def _align(xs: list[Token], ys: list[Token], scored: bool) -> list[PairVerdict]:
    """The best one-to-one pairing of two equally long token lists: all pairs matching first,
    then by quality, the written order winning ties."""
    memo: dict[tuple[int, int], PairVerdict] = {}

    def pair(i: int, j: int) -> PairVerdict:
        got = memo.get((i, j))
        if got is None:
            got = memo[i, j] = PairVerdict(xs[i], ys[j], token_verdict(xs[i], ys[j]))
        return got

    written = tuple(range(len(ys)))
    best: tuple[bool, float, list[PairVerdict]] | None = None
    for perm in _permutations(len(ys)):
        pairs = [pair(i, j) for i, j in enumerate(perm)]
        ok = all(p.verdict.same for p in pairs)
        if ok and (perm == written or not scored):
            return pairs
        if not scored:
            if best is None:
                best = (False, 0.0, pairs)
            continue
        # An alignment of matching pairs beats any with a mismatch; among the others a
        # mismatch costs a full point.
        total = sum(_score_of(p) if p.verdict.same else _score_of(p) - 1.0 for p in pairs) + (
            w.WRITTEN_ORDER_BONUS if perm == written else 0.0
        )
        if best is None or (ok, total) > best[:2]:
            best = (ok, total, pairs)
    assert best is not None
    return best[2]


def _same_tokens(a: NameAnalysis, b: NameAnalysis) -> bool:
    return len(a.tokens) == len(b.tokens) and all(
        shared_reading(x, y) is not None for x, y in zip(a.tokens, b.tokens)
    )


def _partial(xs: list[Token], ys: list[Token]) -> float:
    if not xs or not ys:
        return 0.0
    hits = sum(1 for x in xs if any(token_verdict(x, y).same for y in ys))
    return hits / max(len(xs), len(ys))


@lru_cache(maxsize=MAX_PERMUTED_PARTS + 2)
def _permutations(n: int) -> tuple[tuple[int, ...], ...]:
    if n > MAX_PERMUTED_PARTS:  # long strings of tokens: keep the order, don't explode
        return (tuple(range(n)),)
    return tuple(itertools.permutations(range(n)))


# -- the public decisions ------------------------------------------------------------------


def _ordered(a: str, b: str) -> bool:
    """Whether (a, b) is already in the one fixed order of the pair (by the names' normal
    forms), which makes every result symmetric and the same for NFC and NFD input."""
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("names must be str")
    na, nb = _order_key(a), _order_key(b)
    return (na, a) <= (nb, b)


def _order_key(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


@lru_cache(maxsize=DECISION_CACHE_SIZE)
def _decide(a: str, b: str) -> bool:
    # Most pairs of short names are decided from their letters and most likely readings
    # (screen.quick); the rest are parsed with every reading of every word.
    verdict = quick(a, b)
    if verdict is not None:
        return verdict
    return compare(analyze(a), analyze(b), scored=False).same


@lru_cache(maxsize=VERDICT_CACHE_SIZE)
def _scored(a: str, b: str) -> NameVerdict:
    return compare(analyze(a), analyze(b))


def verdict(a: str, b: str) -> NameVerdict:
    """The scored verdict of the pair in its fixed order (see :func:`same_name`)."""
    return _scored(a, b) if _ordered(a, b) else _swap(_scored(b, a))


def _swap(v: NameVerdict) -> NameVerdict:
    def flip(p: PairVerdict | None) -> PairVerdict | None:
        return None if p is None else PairVerdict(p.b, p.a, p.verdict)

    return v._replace(
        pairs=tuple(PairVerdict(p.b, p.a, p.verdict) for p in v.pairs),
        patronymic=flip(v.patronymic),
    )


def same_name(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` spellings of the same name?

    Works for single tokens (surnames, given names, places) and full names in any order, with or
    without a patronymic, in Latin (any standard or press convention) or Cyrillic
    (Russian, Ukrainian, Belarusian).

    >>> same_name("Lukashenko", "Лукашэнка")
    True
    >>> same_name("Mykola", "Nikolai")
    True
    >>> same_name("Alexander Grigorievich Lukashenko", "Aliaksandr Lukashenka")
    True
    >>> same_name("Ivanov", "Ivanova")
    False
    >>> same_name("Petrov", "Petrenko")
    False
    """
    return _decide(a, b) if _ordered(a, b) else _decide(b, a)


def name_similarity(a: str, b: str) -> float:
    """A score in [0, 1]; ``>= 0.5`` exactly when :func:`same_name` is True.

    Matches score 0.5 + half their quality (1.0 for the same spelling, lower when the match
    needed a cognate table or an initial); non-matches score below 0.5 by how much of the
    names' sounds and parts agree.

    >>> name_similarity("Serhii", "Sergei") >= 0.5
    True
    >>> name_similarity("Minsk", "Pinsk") < 0.5
    True
    """
    return similarity_of(verdict(a, b))


def similarity_of(v: NameVerdict) -> float:
    """:func:`name_similarity` of a verdict."""
    q = max(0.0, min(1.0, v.quality))
    if v.same:
        return w.MATCH_THRESHOLD + (1.0 - w.MATCH_THRESHOLD) * q
    return w.NON_MATCH_CEILING * q
