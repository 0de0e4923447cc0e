"""How likely a native form is as a name of a language, beside the conventions.

The evidence a spelling leaves open is weighed here: the letter model of each language
(:func:`translit.standards.detection.word_scores`, learnt from prose, and the letter pairs of
``data/letter_stats.json`` for the decoder's beam), the endings of names, patronymics and
given names (``data/variants/name_endings.json``), the priors of the languages
(``official.json``), and a soft sign the spelling shows nothing of.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..names._data import DataError, read_json, regex, require

__all__ = [
    "LETTER_MODEL_WEIGHT",
    "SILENT_SIGN",
    "ending_bonus",
    "exclusive_language",
    "from_given",
    "language_priors",
    "letter_model",
    "lm",
    "name_prior",
    "own_letters",
    "primary_bonus",
    "unwritten",
]

#: The weight of a soft sign that no letter of the spelling stands for (Ковальчук written
#: Kovalchuk): most conventions write ь as nothing.
SILENT_SIGN = 0.25

#: How much likelier a form is when its key is the matcher's most likely reading of the
#: spelling (its reading files list the likelier letter first: German sch is ш before ж).
PRIMARY_READING = 2.0

#: The weight of the letter model against the conventions: it is learnt from literary prose,
#: not from names (its word endings are inflections: -ах, -ых), so its evidence is halved; it
#: ranks what the conventions leave open (ш or ж for a German sch).
LETTER_MODEL_WEIGHT = 0.5


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
    unwritten: dict[str, re.Pattern[str]]
    unwritten_weight: float
    unnamed: float
    from_given: float
    hiatus: dict[str, re.Pattern[str]]
    hiatus_weight: float


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
    unwritten = require(data, "unwritten", dict, where)
    weight = float(require(data, "unwritten_weight", (int, float), where))
    unnamed = float(require(data, "unnamed_surname", (int, float), where))
    from_given = float(require(data, "from_given_bonus", (int, float), where))
    if from_given < 1:
        raise DataError(f"{where}: 'from_given_bonus' must be at least 1")
    hiatus = require(data, "hiatus", dict, where)
    hiatus_weight = float(require(data, "hiatus_weight", (int, float), where))
    for key, value in (
        ("unwritten_weight", weight),
        ("unnamed_surname", unnamed),
        ("hiatus_weight", hiatus_weight),
    ):
        if not 0 < value <= 1:
            raise DataError(f"{where}: {key!r} must be in (0, 1]")
    return _Endings(
        bonus,
        {k: regex(v, f"{where}: {k}") for k, v in names.items()},
        {k: regex(v, f"{where}: patronymic {k}") for k, v in patronymics.items()},
        {k: regex(v, f"{where}: exclusive {k}") for k, v in exclusive.items()},
        {k: regex(v, f"{where}: unwritten {k}") for k, v in unwritten.items()},
        weight,
        unnamed,
        from_given,
        {k: regex(v, f"{where}: hiatus {k}") for k, v in hiatus.items()},
        hiatus_weight,
    )


def exclusive_language(name: str) -> str | None:
    """The language whose orthography alone writes an ending of a word of ``name`` (the
    Ukrainian -ський), or None."""
    low = name.lower()
    for lang, rx in _endings().exclusive.items():
        if any(rx.search(word) for word in low.split()):
            return lang
    return None


@lru_cache(maxsize=1)
def _soft_stems() -> str:
    """The last letters of a given name's stem that a soft sign may follow before a
    surname suffix (``from_given_soft`` in ``name_endings.json``: Данил-ь-ченко)."""
    where = "data/variants/name_endings.json"
    return str(require(read_json("variants/name_endings.json"), "from_given_soft", str, where))


@lru_cache(maxsize=1)
def _given_stems() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """The stems surnames are formed on from the table's given names, per language, and the
    suffixes that form them (``from_given`` in ``name_endings.json``)."""
    from ..names.given import given_names
    from .forms import patronymic_forms

    where = "data/variants/name_endings.json"
    raw = require(read_json("variants/name_endings.json"), "from_given", dict, where)
    suffixes = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in raw.items()}
    stems: dict[str, set[str]] = {lang: set() for lang in suffixes}
    for row in given_names().values():
        for lang, found in stems.items():
            for name in getattr(row, lang, ()):
                found.update(_stems(name.lower()))
                # A surname is formed on the stem its patronymic is (Павлов as Павлович,
                # Михайлов as Михайлович, Петров as Петрович).
                patronymic = patronymic_forms(name, lang, "m")
                stem = _PATRONYMIC.sub("", patronymic.lower()) if patronymic else ""
                if len(stem) >= 3:
                    found.add(stem)
    return {k: frozenset(v) for k, v in stems.items()}, suffixes


_PATRONYMIC = re.compile("(?:[аоеь]?віч|[оеь]?вич|ич|іч)$")


def _stems(name: str) -> set[str]:
    """The stems a surname is formed on from a given name: Юрий: юрь (Дмитрий, the
    -ий after two consonants: дмитри); Алексей: алексе; Илья: иль; Никита: никит; Борис:
    борис."""
    if name.endswith(("ий", "ій", "ый")):
        cluster = len(name) > 3 and name[-4] not in _VOWELS
        out = {name[:-1] if cluster else name[:-2] + "ь"}
    elif name.endswith(("ей", "ай", "ой", "єй")):
        out = {name[:-1]}
    elif name.endswith(("а", "я", "о", "ь", "е")):
        out = {name[:-1]}
    else:
        out = {name}
    return {s for s in out if len(s) >= 3}


def from_given(form: str, lang: str) -> int:
    """The length of the given name's stem when a lower-case surname is a given name of the
    table with a surname suffix of ``lang`` (Юрьев, Тарасенко), else 0."""
    stems, suffixes = _given_stems()
    mine = stems.get(lang)
    if not mine:
        return 0
    soft = _soft_stems()
    for suffix in suffixes[lang]:
        if not form.endswith(suffix):
            continue
        stem = form[: -len(suffix)]
        if stem in mine:
            return len(stem)
        # Данил-ь-ченко: the stem's л softened before the suffix; the sign is the stem's.
        if stem[-2:-1] in soft and stem.endswith("ь") and suffix[0] not in _VOWELS:
            if stem[:-1] in mine:
                return len(stem)
    return 0


@lru_cache(maxsize=1)
def _own_letters() -> dict[str, re.Pattern[str]]:
    where = "data/variants/name_endings.json"
    data = require(read_json("variants/name_endings.json"), "letters_only", dict, where)
    return {k: regex(v, f"{where}: letters_only {k}") for k, v in data.items()}


def own_letters(name: str) -> str | None:
    """The language whose alphabet alone has a letter of ``name`` (Belarusian ў), or None."""
    low = name.lower()
    for lang, rx in _own_letters().items():
        if rx.search(low):
            return lang
    return None


def unwritten(word: str, lang: str) -> bool:
    """Whether a lower-case word has letters ``lang``'s orthography does not write
    (``unwritten`` in ``name_endings.json``: Russian чы, Ukrainian ы or a first и)."""
    rx = _endings().unwritten.get(lang)
    return rx is not None and rx.search(word) is not None


def primary_bonus(form: str, word: str) -> float:
    """log :data:`PRIMARY_READING` when ``form`` folds to the key of the matcher's most
    likely reading of the Latin ``word``, else 0."""
    from ..names.fold import fold_variants
    from ..names.spelling import primary_reading

    key = primary_reading(word).key
    return math.log(PRIMARY_READING) if key in fold_variants(form) else 0.0


def ending_bonus(form: str, lang: str, role: str) -> float:
    """log of the bonus of a form that ends as names of its kind end in ``lang`` (and of a
    surname formed on a given name of the table), else 0."""
    endings = _endings()
    table = endings.patronymics if role == "patronymic" else endings.names
    rx = table.get(lang)
    score = math.log(endings.bonus) if rx is not None and rx.search(form) else 0.0
    if role == "surname" and score and from_given(form, lang):
        score += math.log(endings.from_given)  # formed on a given name (name_prior)
    return score


def name_prior(
    form: str, lang: str, latin: str, role: str, listed: bool, table: bool = False
) -> float:
    """log of how likely ``form`` is as a name of ``lang``, beside the letter model: an
    ending of its kind of name counts for it (a patronymic's for a patronymic; for a given
    name of the table, being one of the table's forms), a soft sign the spelling shows
    nothing of (before a consonant or at the end) and letters the language's orthography
    does not write (``unwritten``: Russian чы) against it. When the table forms the
    patronymics the word may be (``table``), only those count as patronymics."""
    endings = _endings()
    body = form
    if role == "given":
        named = listed
    else:
        kinds = endings.patronymics if role == "patronymic" else endings.names
        rx = kinds.get(lang)
        m = rx.search(form) if rx is not None else None
        named = listed or m is not None
        if m is not None:  # a sign the ending has is the ending's (Ukrainian -ський)
            body = form[: m.start()]
    score = math.log(endings.bonus) if named else 0.0
    if role == "surname" and not named:
        score += math.log(endings.unnamed)
    stem = from_given(form, lang) if role == "surname" else 0
    if stem:
        score += math.log(endings.from_given)
    if role == "patronymic" and (table or lang not in endings.patronymics):
        # The table forms the patronymics of the given names the word may come from: those
        # are the patronymics people bear, a form merely ending as one is not (Игнатьевич,
        # not Игнатевич); a language without patronymics has none.
        score += math.log(endings.bonus) if listed else -math.log(endings.bonus)
    if unwritten(form, lang):
        score += math.log(endings.unwritten_weight)
    hiatus = endings.hiatus.get(lang)
    if hiatus is not None and hiatus.search(form) and not _MARKED_HIATUS.search(latin):
        # и after a vowel where the glide й is usual (Гройсман, not Гроисман); a spelling
        # that marks the hiatus (French ï) says it is one.
        score += math.log(endings.hiatus_weight)
    # Signs in the body, read in the whole form (Юрьев's ь stands before the ending's е).
    # A sign of the given name a surname is formed on is the name's (Кузьмин: Кузьма).
    silent = sum(1 for m in _SILENT_SIGN.finditer(form) if stem <= m.start() < len(body))
    silent -= latin.count("'")
    if silent > 0:
        score += silent * math.log(SILENT_SIGN)
    return score


_SILENT_SIGN = re.compile("ь(?![аеёиоуыэюяіїє])")

#: A hiatus the spelling marks (French and Dutch ï, German ï in older texts).
_MARKED_HIATUS = re.compile("[ïÏ]")

_VOWELS = frozenset("аеёиоуыэюяіїє")


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


def lm(lang: str, prev: str, letters: str) -> float:
    pairs = _letter_pairs()[lang]
    total = 0.0
    for c in letters:
        total += pairs.get(prev + c, -12.0)
        prev = c
    return total


def letter_model(form: str, lang: str) -> float:
    """The letter model's log-likelihood of a lower-case form in ``lang``, weighted by
    :data:`LETTER_MODEL_WEIGHT`; ё counts as е (the model's prose prints ё as е, as most
    Russian text does)."""
    from ..standards.detection import word_scores

    return LETTER_MODEL_WEIGHT * word_scores(form.replace("ё", "е")).get(lang, -50.0)
