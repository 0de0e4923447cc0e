"""Write native forms under every standard and press convention, and rank the spellings.

A spelling's score combines, for each way it is produced, the weight of the native form
(1.0 for the name as given, less for a cognate or a form without the patronymic), the prior of
the standard or convention (``official.json``, ``press/*.json``) and the rank of the choice
within the convention (:data:`~translit.variants.forward.DECAY`); the ways are combined as
independent chances (``1 - Π(1 - s)``), so that a spelling every convention writes comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache, lru_cache
from typing import Any, NamedTuple

from .forms import NativeName
from .forward import BEAM, Table
from .letters import known_letters, letter_grams, risky_letters
from .model import Variant
from .official import Writer, writers
from .press import (
    Checker,
    checker,
    cognate_hazard,
    table,
)
from .stress import StressRule, marked_at, stress_places, stress_rule

__all__ = ["NATIVE_PRIOR", "spell", "spellings"]

_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")

#: The prior of a native-script form as a spelling to search for (Cyrillic sources write the
#: name so): below the common Latin spellings, above the rare ones.
NATIVE_PRIOR = 0.5

#: Spellings less likely than this are not listed (a writer whose best spelling of a form
#: cannot reach it is not run): one in fifty is below what a search would try.
MIN_SCORE = 0.02


#: The share of :data:`MIN_SCORE` below which one source's spelling is not written out: it
#: could be listed only with most of its chance from other sources.
NEGLIGIBLE = 0.5


class _Form(NamedTuple):
    """A native form as every press convention's writing of it needs it (made once)."""

    low: str  # lower case
    #: The most spellings a writer gives (a full name's words each have their choices: the
    #: beam grows with the words).
    beam: int
    letters: frozenset[str]
    grams: frozenset[str]  # :func:`~.letters.letter_grams`, or none if no hazard can be
    #: Whether every press table of the form's language knows all its letters.
    known: bool
    upper: bool  # whether it begins with a capital
    single: bool  # one word


_NO_GRAMS: frozenset[str] = frozenset()

#: The least weight a source's spelling is written out with is this over the source's bound.
_NEGLIGIBLE = MIN_SCORE * NEGLIGIBLE


def _form(text: str, language: str) -> _Form:
    low = text.lower()
    # Most forms have the letters of no hazard of any convention of their language: their
    # letter runs are never looked at.
    grams = letter_grams(low) if risky_letters(low, language) else _NO_GRAMS
    letters = frozenset(low)
    words = text.count(" ") + 1
    known = letters <= known_letters(language)
    return _Form(low, BEAM * words, letters, grams, known, text[:1].isupper(), words == 1)


def spell(
    native: str, language: str, writer: Writer, least: float = 0.0
) -> list[tuple[str, float]]:
    """The spellings of a native form (title case) under one writer, with their weights
    (1.0 for the writer's first choice), best first; none weighing less than ``least``."""
    if writer.kind == "standard":
        return _spell_standard(native, writer)
    return _spell_press(native, _form(native, language), _press(writer.id, language), least)


def _spell_standard(
    native: str, writer: Writer, write: Callable[[str], str] | None = None
) -> list[tuple[str, float]]:
    text = (write or _standard(writer.id))(native)
    if writer.unreadable:
        low, lower = native.lower(), text.lower()
        if any(c in low and lat in lower for c, lat in writer.unreadable):
            return []
    return [(text, 1.0)]


def _spell_press(native: str, form: _Form, press: _Press, least: float) -> list[tuple[str, float]]:
    """:func:`spell` under a press convention (the caller has ``form`` for every
    convention)."""
    low, beam, chars, grams, known, upper, single = form
    writing, check, stress, language = press
    found = writing.spell(low, beam, least, True)  # style: a writer's choices are one
    if not found:
        return found
    risky = bool(grams) and not check.pair_set.isdisjoint(grams)  # check.risky_grams(grams)
    kept = check.kept(low, found, risky)
    if not known and not chars <= writing.letters:
        # A letter the table does not know is kept as it is (Cyrillic): no such spelling.
        kept = [k for k in kept if not _CYRILLIC.search(k[0])]
    if not single:
        out = [(_title_like(t, native), w) for t, w in kept]
    elif upper and known and writing.caseable:
        # Letters the table writes only (every one lower case, its capital its title case):
        # str.capitalize is t[:1].upper() + t[1:].
        out = [(t.capitalize() if "-" not in t else _title_like(t, native), w) for t, w in kept]
    elif upper:
        out = [
            (t[:1].upper() + t[1:] if "-" not in t else _title_like(t, native), w) for t, w in kept
        ]
    else:
        out = [k if "-" not in k[0] else (_title_like(k[0], native), k[1]) for k in kept]
    places = None if stress is None or not out else stress_places(native, language, stress)
    if places is not None and stress is not None:
        # The stress mark the convention writes where the stress is known (Borísov).
        for text, weight in list(out):
            marked = marked_at(text, places)
            if marked is not None and weight * stress.weight >= least:
                out.append((marked, weight * stress.weight))
    return out


@cache  # one per standard: bounded by the data folder
def _standard(scheme: str) -> Callable[[str], str]:
    from ..standards.cache import compile_scheme

    # The compiled standard's plain function (Compiled.run): one call less a writing.
    return compile_scheme(scheme, names=True).run


class _Press(NamedTuple):
    """What writing under one press convention in one language needs."""

    table: Table
    checker: Checker
    stress: StressRule | None
    language: str


@cache  # one per (convention, language): bounded by the data folder
def _press(convention: str, language: str) -> _Press:
    return _Press(
        table(convention, language),
        checker(convention, language),
        stress_rule(convention),
        language,
    )


class _Plan(NamedTuple):
    """A writer of a language as the loop over a form's writers needs it."""

    writer: Writer
    press: _Press | None  # None for a standard
    standard: Callable[[str], str] | None  # the standard's compiled writing, or None
    #: :func:`~.press.cognate_hazard` of a press convention for the language
    hazard: re.Pattern[str] | None
    id: str  # the writer's
    prior: float  # the writer's


@cache  # one per language: bounded
def _plans(language: str) -> tuple[_Plan, ...]:
    """:func:`~.official.writers` of ``language`` with what writing under each needs."""
    out = []
    for w in writers(language):
        if w.kind == "standard":
            out.append(_Plan(w, None, _standard(w.id), None, w.id, w.prior))
        else:
            press = _press(w.id, language)
            out.append(_Plan(w, press, None, cognate_hazard(w.id, language), w.id, w.prior))
    return tuple(out)


def _title_like(text: str, native: str) -> str:
    """``text`` with each word's first letter upper-case where the native form's is."""
    if " " not in text and "-" not in text:
        return text[:1].upper() + text[1:] if native[:1].isupper() else text
    words = text.split(" ")
    cases = native.split(" ")
    if len(words) != len(cases):
        return " ".join(_cap(w) for w in words)
    return " ".join(_cap(w) if c[:1].isupper() else w for w, c in zip(words, cases))


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _share(writer: Writer, patronymic: bool | None) -> float:
    """How likely ``writer`` writes a full name with (True) or without (False) its
    patronymic; 1.0 for a name without one."""
    if patronymic is None:
        return 1.0
    return writer.patronymic if patronymic else 1.0 - writer.patronymic


def spellings(
    names: Iterable[NativeName],
    limit: int,
    conventions: Collection[str] | None = None,
    include_native: bool = True,
    source: str | None = None,
) -> list[Variant]:
    """The ``limit`` best spellings of the native forms ``names`` (most likely first);
    ``source`` is the language of the name they were made from. The list does not depend on
    ``limit`` but for its length: every source likely enough is written first."""
    # Spelling -> [the chance that none of its sources produced it, its best source's
    # score, that source's convention, language and native form].
    found: dict[str, list[Any]] = {}
    jobs: list[tuple[float, int, NativeName, _Plan, _Form]] = []
    # The native-script forms listed: the likeliest of each language (and of each language
    # without the patronymic); the others are less likely spellings of the same sources.
    listed: set[tuple[str, bool | None]] = set()
    native_ok = include_native and (conventions is None or "native" in conventions)
    for name in names:
        first = (name.language, name.patronymic) not in listed
        if native_ok and first and not _LATIN.search(name.text):
            listed.add((name.language, name.patronymic))
            # Cyrillic sources write a full name with its patronymic about half the time.
            share = 1.0 if name.patronymic is None else 0.5
            _add(found, name.text, name.weight * NATIVE_PRIOR * share, "native", name)
        cognate = source not in (None, name.language)
        # The form's lower-case text, number of words and letters, made once for its writers.
        form = _form(name.text, name.language)
        weight, patronymic, only = name.weight, name.patronymic, name.writers
        plans = _plans(name.language)
        if patronymic is None and only is None and conventions is None:
            # The usual case (one word, all writers): the loop below without the checks
            # that pass.
            low = form.low
            for plan in plans:
                bound = weight * plan.prior
                if bound < MIN_SCORE:
                    break
                if cognate and plan.hazard is not None and plan.hazard.search(low):
                    continue
                jobs.append((-bound, len(jobs), name, plan, form))
            continue
        for plan in plans:  # the likeliest first
            w = plan.writer
            bound = weight * w.prior
            if bound < MIN_SCORE:
                break  # nor any writer after it (a share is at most 1)
            if patronymic is not None:
                bound *= _share(w, patronymic)
                if bound < MIN_SCORE:
                    continue  # never written (below): the writers are not asked
            if only is not None and w.id not in only:
                continue
            if conventions is not None and w.id not in conventions:
                continue
            if cognate and plan.hazard is not None and plan.hazard.search(form.low):
                continue
            jobs.append((-bound, len(jobs), name, plan, form))
    # The most likely sources first; ties in the order they came (the forms in turn, each
    # form's writers in turn).
    jobs.sort()
    for neg, _, name, plan, form in jobs:
        bound = -neg
        press = plan.press
        if press is None:
            written = _spell_standard(name.text, plan.writer, plan.standard)
        else:
            written = _spell_press(name.text, form, press, _NEGLIGIBLE / bound)
        convention = plan.id
        for text, weight in written:
            # _add, inline (some ninety a call)
            score = bound * weight
            entry = found.get(text)
            if entry is None:
                found[text] = [1.0 - score, score, convention, name.language, name.text]
                continue
            entry[0] *= 1.0 - score
            if score > entry[1]:
                entry[1:] = [score, convention, name.language, name.text]
    # (The entries never compare: the spellings differ.)
    ranked = [(-(1.0 - f[0]), t, f) for t, f in found.items() if 1.0 - f[0] >= MIN_SCORE]
    ranked.sort()
    # Variant._make without its length check: some thirty are made a call.
    return [
        _new_tuple(Variant, (text, f[2], f[3], _rounded(-neg), f[4]))
        for neg, text, f in ranked[:limit]
    ]


_new_tuple = tuple.__new__

#: Distinct scores whose rounding is kept: a spelling of one source scores the product of a
#: few priors and weights, which recur from name to name.
ROUNDED_CACHE_SIZE = 4096


@lru_cache(maxsize=ROUNDED_CACHE_SIZE)
def _rounded(score: float) -> float:
    """A score as listed: six decimals (``round``, some 0.3 µs, looked up instead)."""
    return round(score, 6)


def _add(
    found: dict[str, list[Any]], text: str, score: float, convention: str, name: NativeName
) -> None:
    """Count one source of a spelling (the sources are independent chances)."""
    entry = found.get(text)
    if entry is None:
        found[text] = [1.0 - score, score, convention, name.language, name.text]
        return
    entry[0] *= 1.0 - score
    if score > entry[1]:
        entry[1:] = [score, convention, name.language, name.text]
