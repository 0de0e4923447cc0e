"""Back-transliteration: the native-script forms a Latin spelling may stand for (:func:`to_native`).

A noisy channel run on the conventions. For each language, the Latin word is decoded letter
group by letter group through the inverted writing tables of the language's standards and
press conventions, a beam kept short by a letter model (``data/letter_stats.json``). Each
decoded form is then checked in the writing direction: the share of the language's writers
(weighted by their priors) that write that form exactly as the spelling is the channel
probability, and the form's likelihood under the language's letter model
(:func:`translit.standards.detection.word_scores`, which also knows the name tables) is the
prior. Forms no writer produces are kept only when nothing else is found.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..names._data import read_json, regex, require
from ..names.parsing import split_tokens
from .model import Candidate
from .official import Writer, writers
from .press import table

__all__ = ["LANGUAGES", "channel", "language_priors", "to_native", "word_candidates"]

#: The languages a spelling is decoded into.
LANGUAGES = ("ru", "uk", "be", "bg", "sr", "mk")

#: Partial forms kept at each position of the decoding, per language.
BEAM = 24

#: Decoded forms of one word checked in the writing direction, per language.
CHECKED = 12

#: The weight of a soft sign that no letter of the spelling stands for (Ковальчук written
#: Kovalchuk): most conventions write ь as nothing.
SILENT_SIGN = 0.25

#: The channel probability of a form that no one writer produces exactly but that the
#: writers' letters together spell (Jashin: the j of one convention, the sh of another;
#: records mix them), far below a form that one writer produces.
UNVERIFIED = 0.01

#: The weight of the letter model against the conventions: it is learnt from literary prose,
#: not from names (its word endings are inflections: -ах, -ых), so its evidence is halved; it
#: ranks what the conventions leave open (ш or ж for a German sch).
LETTER_MODEL_WEIGHT = 0.5

#: The channel probability of a given name's conventional Latin form (Alexander for
#: Александр, listed in the table's 'other' column): as likely as a standard's spelling.
CONVENTIONAL = 0.5

#: Distinct words whose candidates are kept per process.
WORD_CACHE_SIZE = 4096

_APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ`´‘ʹ"})
_SOFTENABLE = frozenset("бвдзлмнпрстфц")
_EAST = frozenset(("ru", "uk", "be"))


@lru_cache(maxsize=1)
def language_priors() -> dict[str, float]:
    """P(language) of a Latin spelling of unknown origin (``official.json``)."""
    where = "data/variants/official.json"
    data = require(read_json("variants/official.json"), "language_priors", dict, where)
    return {k: float(v) for k, v in data.items()}


class _Endings(NamedTuple):
    bonus: float
    names: dict[str, re.Pattern[str]]
    patronymics: dict[str, re.Pattern[str]]
    exclusive: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _endings() -> _Endings:
    """The name and patronymic endings of each language and the bonus of a form that has
    one (``data/variants/name_endings.json``)."""
    where = "data/variants/name_endings.json"
    data = read_json("variants/name_endings.json")
    bonus = float(require(data, "bonus", (int, float), where))
    names = require(data, "languages", dict, where)
    patronymics = require(data, "patronymic", dict, where)
    exclusive = require(data, "exclusive", dict, where)
    return _Endings(
        bonus,
        {k: regex(v, f"{where}: {k}") for k, v in names.items()},
        {k: regex(v, f"{where}: patronymic {k}") for k, v in patronymics.items()},
        {k: regex(v, f"{where}: exclusive {k}") for k, v in exclusive.items()},
    )


def exclusive_language(name: str) -> str | None:
    """The language whose orthography alone writes an ending of a word of ``name`` (the
    Ukrainian -ський), or None."""
    low = name.lower()
    for lang, rx in _endings().exclusive.items():
        if any(rx.search(word) for word in low.split()):
            return lang
    return None


def _name_prior(form: str, lang: str, latin: str, role: str, listed: bool) -> float:
    """log of how likely ``form`` is as a name of ``lang``, beside the letter model: an
    ending of its kind of name counts for it (a patronymic's for a patronymic; for a given
    name of the table, being one of the table's forms), a soft sign the spelling shows
    nothing of (before a consonant or at the end) against it."""
    endings = _endings()
    if role == "given":
        named = listed
    else:
        table = endings.patronymics if role == "patronymic" else endings.names
        rx = table.get(lang)
        named = listed or (rx is not None and rx.search(form) is not None)
    score = math.log(endings.bonus) if named else 0.0
    silent = len(_SILENT_SIGN.findall(form)) - latin.count("'")
    if silent > 0:
        score += silent * math.log(SILENT_SIGN)
    return score


_SILENT_SIGN = re.compile("ь(?![аеёиоуыэюяіїє])")


@lru_cache(maxsize=1)
def _letter_pairs() -> dict[str, dict[str, float]]:
    """log P(letter | previous letter) per language ('_' = word boundary), add-½ smoothed."""
    text = (resources.files("translit") / "data" / "letter_stats.json").read_text("utf-8")
    data = json.loads(text)
    out: dict[str, dict[str, float]] = {}
    for lang, pairs in data["pairs"].items():
        alphabet = set(data["alphabets"][lang]) | {"_"}
        first: dict[str, float] = {}
        for pair, n in pairs.items():
            first[pair[0]] = first.get(pair[0], 0) + n
        table_: dict[str, float] = {}
        for a in alphabet:
            total = first.get(a, 0) + 0.5 * len(alphabet)
            for b in alphabet:
                table_[a + b] = math.log((pairs.get(a + b, 0) + 0.5) / total)
        out[lang] = table_
    return out


def _lm(lang: str, prev: str, letters: str) -> float:
    pairs = _letter_pairs()[lang]
    total = 0.0
    for c in letters:
        total += pairs.get(prev + c, -12.0)
        prev = c
    return total


@lru_cache(maxsize=None)  # one per language: bounded
def _inverse(lang: str) -> tuple[dict[str, list[tuple[str, float, bool]]], int]:
    """Latin letter group → (Cyrillic, log weight, word-final only), over every writer of
    ``lang``; and the longest group."""
    best: dict[tuple[str, str, bool], float] = {}

    from ..standards.detection import alphabet

    letters = alphabet(lang) | {"'"}

    def add(latin: str, cyr: str, weight: float, final: bool) -> None:
        latin = unicodedata.normalize("NFC", latin.lower().translate(_APOSTROPHES))
        if not latin or not cyr or not set(cyr.lower()) <= letters:
            return
        key = (latin, cyr.lower(), final)
        best[key] = max(best.get(key, 0.0), weight)

    for w in writers(lang):
        if w.kind == "standard":
            for cyr, latin, weight in _standard_letters(w.id):
                add(latin, cyr, w.prior * weight, False)
        else:
            for latin, cyr, weight, final in table(w.id, lang).inverse():
                add(latin, cyr, w.prior * weight, final)
    out: dict[str, list[tuple[str, float, bool]]] = {}
    for (latin, cyr, final), weight in best.items():
        out.setdefault(latin, []).append((cyr, math.log(weight), final))
    for entries in out.values():
        entries.sort(key=lambda e: -e[1])
    return out, max((len(k) for k in out), default=1)


def _standard_letters(scheme: str) -> list[tuple[str, str, float]]:
    """(Cyrillic, Latin, weight) of a standard's letter table and its one-letter rules."""
    from ..standards.registry import load_scheme_data

    data = load_scheme_data(scheme)
    out = [(c, str(latin), 1.0) for c, latin in data["letters"].items() if c.islower() or c == "'"]
    for rule in data.get("rules", ()):
        if isinstance(rule.get("output"), str) and len(rule["match"]) <= 2:
            out.append((rule["match"], rule["output"].replace("·", ""), 1.0))
    return out


def _decode(latin: str, lang: str) -> list[str]:
    """The likeliest Cyrillic strings ``latin`` decodes to through the inverted tables."""
    inverse, longest = _inverse(lang)
    n = len(latin)
    beams: list[dict[str, float]] = [{} for _ in range(n + 1)]
    beams[0][""] = 0.0
    for i in range(n):
        here = beams[i]
        if not here:
            continue
        if len(here) > BEAM:
            here = dict(sorted(here.items(), key=lambda kv: -kv[1])[:BEAM])
        for prefix, score in here.items():
            prev = prefix[-1] if prefix else "_"
            for k in range(1, min(longest, n - i) + 1):
                entries = inverse.get(latin[i : i + k])
                if not entries:
                    continue
                end = i + k
                for cyr, logw, final in entries:
                    if final and end != n:
                        continue
                    s = score + logw + _lm(lang, prev, cyr)
                    _keep(beams[end], prefix + cyr, s)
                    if lang in _EAST and cyr[-1] in _SOFTENABLE:
                        soft = s + math.log(SILENT_SIGN) + _lm(lang, cyr[-1], "ь")
                        _keep(beams[end], prefix + cyr + "ь", soft)
    last = beams[n]
    ranked = sorted(last.items(), key=lambda kv: -(kv[1] + _lm(lang, kv[0][-1:] or "_", "_")))
    return [text for text, _ in ranked[: CHECKED * 2]]


def _keep(beam: dict[str, float], text: str, score: float) -> None:
    if score > beam.get(text, -math.inf):
        beam[text] = score


def channel(native: str, language: str, spelling: str) -> tuple[float, tuple[str, ...]]:
    """P(spelling | native form, language): the prior-weighted share of the language's
    writers that write ``native`` as ``spelling`` (compared in lower case), and those
    writers, most likely first."""
    low = spelling.lower()
    total = 0.0
    found: list[tuple[float, str]] = []
    mass = 0.0
    for w in writers(language):
        mass += w.prior
        weight = writes_weight(native, language, w, low)
        if weight:
            total += w.prior * weight
            found.append((w.prior * weight, w.id))
    found.sort(key=lambda f: -f[0])
    return (total / mass if mass else 0.0), tuple(i for _, i in found)


def writes_weight(native: str, language: str, writer: Writer, low: str) -> float:
    """How likely ``writer`` writes ``native`` as the lower-case spelling ``low`` (0.0: never)."""
    if writer.kind == "standard":
        from ..standards.cache import compile_scheme

        out = compile_scheme(writer.id, names=True)(_title(native))
        return 1.0 if out.lower() == low else 0.0
    return table(writer.id, language).match(native.lower(), low)


def _title(text: str) -> str:
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split(" "))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_candidates(
    word: str, role: str = "surname"
) -> tuple[tuple[str, str, float, tuple[str, ...]], ...]:
    """(native, language, log probability with the language prior, writers) of one Latin word
    with its role in the name (``given``, ``patronymic``, ``surname``), best first."""
    from ..standards.detection import word_scores

    latin = unicodedata.normalize("NFC", word.lower().translate(_APOSTROPHES))
    priors = language_priors()
    found: list[tuple[str, str, float, tuple[str, ...]]] = []
    unverified: list[tuple[str, str, float, tuple[str, ...]]] = []
    for lang in LANGUAGES:
        prior = priors.get(lang, 0.0)
        if prior <= 0:
            continue
        table_forms, conventional = _table_forms(word, lang, role)
        forms = list(dict.fromkeys([*table_forms, *_decode(latin, lang)[:CHECKED]]))
        for form in forms:
            p, via = channel(form, lang, latin)
            if conventional and form in table_forms:
                p, via = p + CONVENTIONAL, (*via, "conventional")
            # The letter model's prose prints ё as е, as most Russian text does.
            lm = LETTER_MODEL_WEIGHT * word_scores(form.replace("ё", "е")).get(lang, -50.0)
            lm += _name_prior(form, lang, latin, role, form in table_forms)
            entry = (_title(form), lang, math.log(prior) + lm, via)
            if p > 0:
                found.append((entry[0], lang, entry[2] + math.log(p), via))
            else:
                unverified.append((entry[0], lang, entry[2] + math.log(UNVERIFIED), via))
    if not found:
        plain = _unaccented(latin)
        if plain != latin:
            return word_candidates(plain, role)
    found.extend(unverified)
    found.sort(key=lambda e: (-e[2], e[0], e[1]))
    return tuple(found)


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
    rows = lookup_given(word)[:2]
    forms = [f.lower() for row in rows for f in getattr(row, lang)[:2]]
    return forms, bool(exact_given_ids(word)) and word.isascii()


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def to_native(latin: str, *, limit: int = 5) -> list[Candidate]:
    """The native-script forms a Latin spelling may stand for, most likely first.

    Each candidate has its language (Russian, Ukrainian, Belarusian, and Bulgarian, Serbian or
    Macedonian where the letters point there), a score (the candidates' probabilities,
    summing to at most 1) and the standards or press conventions that write it as the
    spelling. A full name is decoded word by word in one language; ``parts`` holds each word.

    >>> [(c.native, c.language) for c in to_native("Hrabskyi", limit=2)]
    [('Грабський', 'uk'), ('Храбський', 'uk')]
    >>> to_native("Lukaschenko")[0].native
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
    priors = language_priors()
    combos: list[tuple[str, str, float, tuple[str, ...], tuple[str, ...]]] = []
    for lang in LANGUAGES:
        options = [[c for c in cands if c[1] == lang][:3] for cands in per_word]
        if any(not o for o in options):
            continue
        partial: list[tuple[float, tuple[str, ...], tuple[str, ...]]] = [(0.0, (), ())]
        for opts in options:
            # The language prior is in every word's score: counted once for the name.
            partial = [
                (s + c[2] - math.log(priors[lang]), parts + (c[0],), via or c[3])
                for s, parts, via in partial
                for c in opts
            ]
            partial = sorted(partial, key=lambda p: -p[0])[: limit * 3]
        for s, parts, via in partial:
            combos.append((" ".join(parts), lang, s + math.log(priors[lang]), via, parts))
    return _ranked(combos, limit)


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
    its likeliest, and turn log probabilities into shares of the total."""
    if not entries:
        return []
    top = max(e[2] for e in entries)
    mass: dict[str, float] = {}
    best: dict[str, tuple[float, str, tuple[str, ...], tuple[str, ...]]] = {}
    for native, lang, logp, via, parts in entries:
        p = math.exp(logp - top)
        mass[native] = mass.get(native, 0.0) + p
        if native not in best or p > best[native][0]:
            best[native] = (p, lang, via, parts)
    total = sum(mass.values())
    ranked = sorted(mass, key=lambda n: (-mass[n], n))[:limit]
    return [
        Candidate(n, best[n][1], round(mass[n] / total, 6), best[n][2], best[n][3])
        for n in ranked
    ]
