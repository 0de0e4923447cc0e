"""Back-transliteration: the native-script forms a Latin spelling may stand for (:func:`to_native`).

A noisy channel run on the conventions. For each language, the Latin word is decoded through
the inverted writing tables of the language's standards and press conventions
(:mod:`.decode`); each decoded form is then checked in the writing direction: the share of
the language's writers (weighted by their priors) that write the form exactly as the spelling
is the channel probability, and how likely the form is as a name of the language
(:mod:`.prior`: letter model, name endings, the given-name table) is the prior. Forms no one
writer produces (spellings that mix conventions) come last.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from ..names.given import GivenName
from ..names.parsing import split_tokens
from .decode import CHECKED, channel, decode, normal, title
from .model import Candidate
from .prior import language_priors, letter_model, name_prior, primary_bonus

__all__ = ["LANGUAGES", "to_native", "word_candidates"]

#: The languages a spelling is decoded into.
LANGUAGES = ("ru", "uk", "be", "bg", "sr", "mk")

#: The channel probability of a form that no one writer produces exactly but that the
#: writers' letters together spell (Jashin: the j of one convention, the sh of another;
#: records mix them), far below a form that one writer produces.
UNVERIFIED = 0.01

#: The channel probability of a given name's conventional Latin form (Alexander for
#: Александр, listed in the table's 'other' column): as likely as a standard's spelling.
CONVENTIONAL = 0.5

#: The weight of a full name's native form whose given name is the table's form in the name's
#: language while the spelling writes another language's form: a translated given name, set
#: below a form in the same language (the table's other-language weight, 0.6, halved).
COGNATE_GIVEN = 0.3

#: The forms of each of a given name's rows in the table that are decoded candidates.
FORMS_PER_ROW = 2

#: The weight of a given name's form that is not its row's usual one (Марья beside Мария): the
#: table lists the usual form first; the others are literary or colloquial variants that
#: documents and records rarely use (set, not measured).
LESS_USUAL = 0.2

#: Distinct words whose candidates are kept per process.
WORD_CACHE_SIZE = 4096

_EAST = frozenset(("ru", "uk", "be"))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_candidates(
    word: str, role: str = "surname"
) -> tuple[tuple[str, str, float, tuple[str, ...]], ...]:
    """(native, language, log probability with the language prior, writers) of one Latin word
    with its role in the name (``given``, ``patronymic``, ``surname``), best first."""
    latin = normal(word)
    priors = language_priors()
    if "-" in latin.strip("-"):
        return _hyphenated(word, role)
    found: list[tuple[str, str, float, tuple[str, ...]]] = []
    unverified: list[tuple[str, str, float, tuple[str, ...]]] = []
    for lang in LANGUAGES:
        prior = priors.get(lang, 0.0)
        if prior <= 0:
            continue
        table_forms, conventional = _table_forms(word, lang, role)
        forms = list(dict.fromkeys([*table_forms, *decode(latin, lang, role)[:CHECKED]]))
        for form in forms:
            p, via = channel(form, lang, latin)
            if conventional and form in table_forms[::FORMS_PER_ROW]:
                # The conventional form (Maria, Alexander) stands for the row's usual form.
                p, via = p + CONVENTIONAL, (*via, "conventional")
            listed = form in table_forms
            # The table, not the letter model (learnt from literary prose, where Марья is
            # Мария), says how usual each form of a given name is.
            lm = 0.0 if role == "given" and listed else letter_model(form, lang)
            lm += name_prior(form, lang, latin, role, listed, bool(table_forms))
            if role == "given" and listed and form not in table_forms[::FORMS_PER_ROW]:
                lm += math.log(LESS_USUAL)  # the table lists a row's usual form first
            lm += primary_bonus(form, word)
            entry = (title(form), lang, math.log(prior) + lm, via)
            if p > 0:
                found.append((entry[0], lang, entry[2] + math.log(p), via))
            else:
                unverified.append((entry[0], lang, entry[2] + math.log(UNVERIFIED), via))
    plain = _unaccented(latin)
    if not found and plain != latin:
        return word_candidates(plain, role)
    if role == "patronymic" and found:
        # A patronymic no writer of its language spells so, in a language none of whose
        # forms some writer spells so, is a translation of the spelling (the table forms
        # Григорович beside Grigorievich): as likely as a given name's translation.
        ceiling = max(e[2] for e in found) + math.log(COGNATE_GIVEN)
        spelt = {e[1] for e in found}
        unverified = [
            (t, lang, s if lang in spelt else min(s, ceiling), via)
            for t, lang, s, via in unverified
        ]
    found.extend(unverified)
    if _STRESS.search(latin):
        # A stress mark (Spanish Afanásiev, Italian Gagàrin) says nothing of the letters:
        # the spelling without it is read too, and each form keeps its likelier reading.
        best = {(e[0], e[1]): e for e in found}
        for e in word_candidates(plain, role):
            if (e[0], e[1]) not in best or e[2] > best[e[0], e[1]][2]:
                best[e[0], e[1]] = e
        found = list(best.values())
    found.sort(key=lambda e: (-e[2], e[0], e[1]))
    return tuple(found)


def _hyphenated(word: str, role: str) -> tuple[tuple[str, str, float, tuple[str, ...]], ...]:
    """A double name (Kuznetsov-Krasovsky): each part decoded, the parts joined in one
    language (the language prior counted once)."""
    parts = [p for p in word.split("-") if p]
    per_part = [word_candidates(p, role) for p in parts]
    priors = language_priors()
    found: list[tuple[str, str, float, tuple[str, ...]]] = []
    for lang in LANGUAGES:
        options = [[c for c in cands if c[1] == lang][:3] for cands in per_part]
        if any(not o for o in options) or priors.get(lang, 0.0) <= 0:
            continue
        combos: list[tuple[str, float, tuple[str, ...]]] = [("", 0.0, ())]
        for opts in options:
            combos = [
                (f"{text}-{c[0]}" if text else c[0], s + c[2] - math.log(priors[lang]), via or c[3])
                for text, s, via in combos
                for c in opts
            ]
        found.extend((t, lang, s + math.log(priors[lang]), via) for t, s, via in combos)
    found.sort(key=lambda e: (-e[2], e[0], e[1]))
    return tuple(found)


#: Vowels with an acute or grave accent: the stress marks of the Romance press conventions.
_STRESS = re.compile("[áéíóúýàèìòù]")


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _table_forms(word: str, lang: str, role: str) -> tuple[list[str], bool]:
    """The forms of the given-name table in ``lang`` for a Latin given name (for a
    patronymic, the patronymics formed from the names it may come from), and whether the
    word is a conventional form the table lists (Alexander)."""
    if lang not in _EAST or role not in ("given", "patronymic"):
        return [], False
    from ..names.given import exact_given_ids, given_names, lookup_given, patronymic_given_ids
    from .forms import patronymic_forms

    if role == "patronymic":
        gender = "f" if word.lower().endswith("na") else "m"
        rows = [given_names()[i] for i in sorted(patronymic_given_ids(word))[:2]]
        formed = (patronymic_forms(f, lang, gender) for r in rows for f in getattr(r, lang)[:1])
        return [f.lower() for f in formed if f], False
    rows = _closest(word, lookup_given(word))[:2]
    # FORMS_PER_ROW forms of each row, its usual one first (a row with fewer repeats it).
    forms = [
        f.lower()
        for row in rows
        for f in (list(getattr(row, lang)[:FORMS_PER_ROW]) * FORMS_PER_ROW)[:FORMS_PER_ROW]
        if getattr(row, lang)
    ]
    return forms, bool(exact_given_ids(word)) and word.isascii()


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _closest(word: str, rows: list[GivenName]) -> list[GivenName]:
    """The table's rows a Latin given name may be, those with a native form the matcher's
    likeliest reading of it is first (Olha: Ольга before Алла and Элла, which its looser
    readings reach), else in the table's order."""
    from ..names.fold import fold_variants
    from ..names.spelling import primary_reading

    key = primary_reading(word).key

    def read(row: GivenName) -> bool:
        return any(key in fold_variants(f.lower()) for f in (*row.ru, *row.uk, *row.be))

    return sorted(rows, key=lambda row: not read(row))


def to_native(latin: str, *, limit: int = 5) -> list[Candidate]:
    """The native-script forms a Latin spelling may stand for, most likely first.

    Each candidate has its language (Russian, Ukrainian, Belarusian, and Bulgarian, Serbian or
    Macedonian where the letters point there), a score (the candidates' probabilities,
    summing to at most 1) and the standards or press conventions that write it as the
    spelling. A full name is decoded word by word in one language; ``parts`` holds each word.

    >>> [(c.native, c.language) for c in to_native("Hrabskyi", limit=2)]
    [('Грабський', 'uk'), ('Храбський', 'uk')]
    >>> to_native("Loukachenko")[0].native
    'Лукашенко'
    """
    if not isinstance(latin, str):
        raise TypeError(f"latin must be a str, not {type(latin).__name__}")
    words = split_tokens(latin)
    if not words or limit <= 0:
        return []
    if _CYRILLIC.search(latin):  # already native: itself, in its language
        from .api import _language

        text = " ".join(words)
        return [Candidate(text, _language(text), 1.0, (), tuple(words))]
    roles = _roles(latin, words)
    per_word = [word_candidates(w, r) for w, r in zip(words, roles)]
    if any(not c for c in per_word):
        return []
    if len(words) == 1:
        return _ranked([(c[0], c[1], c[2], c[3], (c[0],)) for c in per_word[0]], limit)
    # In a full name, a word some writer spells so keeps to such forms: a form no writer
    # produces (the table's form of a given name in another language) would pull the name
    # into that language.
    cognates = [
        _given_cognates(w, c) if r == "given" else {} for w, r, c in zip(words, roles, per_word)
    ]
    # A given name some writer spells so keeps to such forms: the table's form of it in
    # another language, which no writer produces, comes in as a translation (above).
    per_word = [_verified_first(c) if r == "given" else c for c, r in zip(per_word, roles)]
    priors = language_priors()
    combos: list[tuple[str, str, float, tuple[str, ...], tuple[str, ...]]] = []
    for lang in LANGUAGES:
        options = [[c for c in cands if c[1] == lang][:3] for cands in per_word]
        for opts, other in zip(options, cognates):
            if lang in other and all(c[0] != other[lang][0] for c in opts):
                opts.append(other[lang])
        if any(not o for o in options):
            continue
        partial: list[tuple[float, tuple[str, ...], tuple[str, ...]]] = [(0.0, (), ())]
        for opts in options:
            # The language prior is in every word's score: counted once for the name.
            partial = [
                (s + c[2] - math.log(priors[lang]), (*parts, c[0]), via or c[3])
                for s, parts, via in partial
                for c in opts
            ]
            partial = sorted(partial, key=lambda p: -p[0])[: limit * 3]
        for s, parts, via in partial:
            combos.append((" ".join(parts), lang, s + math.log(priors[lang]), via, parts))
    return _ranked(combos, limit)


def _given_cognates(
    word: str, cands: tuple[tuple[str, str, float, tuple[str, ...]], ...]
) -> dict[str, tuple[str, str, float, tuple[str, ...]]]:
    """Language → the given name's form in that language (the table's row), for a full name
    written with the given name of another language (Aliaksandr Grigoryevich Lukashenko:
    the Belarusian given name, the Russian patronymic and surname): as likely as the likeliest
    spelling the writers produce, times :data:`COGNATE_GIVEN`."""
    verified = [c for c in cands if c[3]]
    if not verified:
        return {}
    from ..names.given import lookup_given

    rows = _closest(word, lookup_given(word))[:1]
    best = verified[0][2] + math.log(COGNATE_GIVEN)
    out: dict[str, tuple[str, str, float, tuple[str, ...]]] = {}
    for lang in _EAST:
        forms = getattr(rows[0], lang) if rows else ()
        if forms:
            out[lang] = (title(forms[0].lower()), lang, best, ("given-name table",))
    return out


def _verified_first(
    cands: tuple[tuple[str, str, float, tuple[str, ...]], ...],
) -> tuple[tuple[str, str, float, tuple[str, ...]], ...]:
    verified = tuple(c for c in cands if c[3])
    return verified or cands


def _roles(latin: str, words: list[str]) -> list[str]:
    """The role of each word as the matcher parses the name (a single word: a surname unless
    the table knows it as a given name)."""
    from ..names.parsing import analyze_light

    tokens = analyze_light(latin).tokens
    if len(tokens) != len(words):
        return ["surname"] * len(words)
    return [t.role if t.role in ("given", "patronymic") else "surname" for t in tokens]


def _ranked(
    entries: list[tuple[str, str, float, tuple[str, ...], tuple[str, ...]]], limit: int
) -> list[Candidate]:
    """Merge one form found in several languages (Лукашенко is Russian and Ukrainian) into
    its likeliest, a form with ё into its twin with е where both are found, and turn log
    probabilities into shares of the total."""
    if not entries:
        return []
    top = max(e[2] for e in entries)
    mass: dict[str, float] = {}
    best: dict[str, tuple[float, str, tuple[str, ...], tuple[str, ...]]] = {}
    plain = {e[0] for e in entries if "ё" not in e[0]}
    for native, lang, logp, via, parts in entries:
        p = math.exp(logp - top)
        twin = native.replace("ё", "е")
        if twin != native and twin in plain:
            # Print writes ё as е: a form and its twin with е are one written name.
            mass[twin] = mass.get(twin, 0.0) + p
            continue
        mass[native] = mass.get(native, 0.0) + p
        if native not in best or p > best[native][0]:
            best[native] = (p, lang, via, parts)
    total = sum(mass.values())
    ranked = sorted(mass, key=lambda n: (-mass[n], n))[:limit]
    return [
        Candidate(n, best[n][1], round(mass[n] / total, 6), best[n][2], best[n][3]) for n in ranked
    ]
