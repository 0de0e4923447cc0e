"""The native-script forms of a name in Russian, Ukrainian and Belarusian.

Each word is given its forms by its role: a given name through its row of the cognate table
(``given_names.tsv``: Микола, Николай, Мікалай), a patronymic by forming it from that row in
each language (``data/variants/patronymics.json``), a surname through the sound
correspondences of :mod:`translit.variants.cognates`. A full name is then written in each
language word by word, with and without its patronymic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from ..names._data import DataError, read_json, regex, require
from .cognates import cognate_forms

__all__ = ["NativeName", "name_words", "native_names", "patronymic_forms", "word_forms"]

_WHERE = "data/variants/patronymics.json"

EAST = ("ru", "uk", "be")

#: The weight of each further form of a given name in one language against the one before
#: (the table lists the usual form first).
OTHER_LANGUAGE = 0.6

#: The weight of a conventional Latin form of the given name (Alexander, Eugene).
CONVENTIONAL = 0.5

#: The conventions that write a name with a conventional form of its given name: the table
#: lists the English form first (Alexander, Eugene), which the English press uses.
CONVENTIONAL_WRITERS = ("english",)

#: The most native forms of one full name that are written out.
MAX_NAMES = 24

#: The most forms of one word in one language that enter full names.
FORMS_PER_WORD = 2


class NativeName(NamedTuple):
    """A native form of a whole name: its text, language and weight (1.0: the input).

    ``writers`` limits the conventions that write it (a name with the conventional English
    form of its given name, Alexander, is written by the English press only). Whether a full
    name keeps its patronymic depends on who writes it (``patronymic``)."""

    text: str
    language: str
    weight: float
    writers: tuple[str, ...] | None = None
    #: True: written with the name's patronymic; False: without it; None: the name has none.
    patronymic: bool | None = None


@lru_cache(maxsize=1)
def _other_language() -> dict[tuple[str, str], float]:
    where = "data/variants/official.json: other_language"
    out: dict[tuple[str, str], float] = {}
    for source, targets in require(
        read_json("variants/official.json"), "other_language", dict, where
    ).items():
        for target, weight in require({"t": targets}, "t", dict, f"{where}: {source}").items():
            if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                raise DataError(f"{where}: {source} -> {target} must be a number in (0, 1]")
            out[source, target] = float(weight)
    return out


def other_language(source: str, target: str) -> float:
    """The weight of a name's form in ``target`` against its form in its own language
    ``source`` (``other_language`` in ``official.json``): a Belarusian name's Russian form is
    nearly as likely as its own (Belarus has both as state languages), its Ukrainian one
    much less.

    >>> other_language("be", "ru"), other_language("be", "be"), other_language("be", "uk")
    (0.9, 1.0, 0.15)
    """
    if source == target:
        return 1.0
    return _other_language().get((source, target), OTHER_LANGUAGE)


class _Rule(NamedTuple):
    ending: re.Pattern[str]
    strip: int
    suffix: dict[str, str]


@lru_cache(maxsize=1)
def _patronymic_rules() -> dict[str, tuple[_Rule, ...]]:
    out: dict[str, tuple[_Rule, ...]] = {}
    for lang, rules in require(
        read_json("variants/patronymics.json"), "languages", dict, _WHERE
    ).items():
        compiled = []
        for n, r in enumerate(rules, 1):
            where = f"{_WHERE}: {lang} rule {n}"
            strip = require(r, "strip", int, where)
            if strip < 0:
                raise DataError(f"{where}: 'strip' must not be negative")
            ending = regex("(?:" + require(r, "ending", str, where) + ")$", where)
            suffix = {g: require(r, g, str, where) for g in ("m", "f")}
            compiled.append(_Rule(ending, strip, suffix))
        out[lang] = tuple(compiled)
    return out


def patronymic_forms(given: str, language: str, gender: str) -> str | None:
    """The patronymic formed from a given name in one language (``gender`` 'm' or 'f').

    >>> patronymic_forms("Рыгор", "be", "m"), patronymic_forms("Сергій", "uk", "f")
    ('Рыгоравіч', 'Сергіївна')
    """
    low = given.lower()
    for rule in _patronymic_rules().get(language, ()):
        suffix = rule.suffix.get(gender, "")
        if suffix and rule.ending.search(low):
            stem = given[: len(given) - rule.strip] if rule.strip else given
            return stem + suffix
    return None


_FEMININE_PATRONYMIC = re.compile("(?:на|ня)$")


def _word_forms(text: str, role: str, language: str) -> dict[str, list[tuple[str, float]]]:
    """Language → the forms of one word, most likely first."""
    from ..names.given import lookup_given, patronymic_given_ids

    if role == "initial":
        return {lang: [(text, 1.0)] for lang in EAST}
    if role == "given":
        rows = lookup_given(text)
        if rows:
            return _given_forms(text, language, rows[0])
    if role == "patronymic":
        from ..names.given import given_names

        ids = sorted(patronymic_given_ids(text))
        if ids:
            gender = "f" if _FEMININE_PATRONYMIC.search(text.lower()) else "m"
            row = given_names()[ids[0]]
            out: dict[str, list[tuple[str, float]]] = {language: [(text, 1.0)]}
            for lang in EAST:
                forms = getattr(row, lang)
                formed = patronymic_forms(forms[0], lang, gender) if forms else None
                if formed and formed.lower() != text.lower():
                    out.setdefault(lang, []).append((formed, other_language(language, lang)))
            return out
    return _surname_forms(text, language)


def _given_forms(text: str, language: str, row: Any) -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {}
    own = text.lower()
    for lang in EAST:
        forms = list(getattr(row, lang))
        weight = other_language(language, lang)
        if lang == language and own not in (f.lower() for f in forms):
            out[lang] = [(text, 1.0)]
        # The table lists the usual form first.
        for i, f in enumerate(forms[:FORMS_PER_WORD]):
            out.setdefault(lang, []).append((f, weight * OTHER_LANGUAGE**i))
    conventional = [f for f in row.other if f.isascii()]
    if conventional:
        # The first is the English form where the table has one (Alexander, Eugene).
        out["*"] = [(f, CONVENTIONAL * 0.5**i) for i, f in enumerate(conventional[:2])]
    return out


def _surname_forms(text: str, language: str) -> dict[str, list[tuple[str, float]]]:
    parts = text.split("-")
    per_part = [cognate_forms(p.lower(), language) for p in parts]
    out: dict[str, list[tuple[str, float]]] = {}
    for lang in EAST:
        words: list[tuple[str, float]] = [("", 1.0)]
        for forms in per_part:
            here = [(f.text, f.weight) for f in forms if f.language == lang][:FORMS_PER_WORD]
            if not here:
                words = []
                break
            words = [(w + ("-" if w else "") + t, a * b) for w, a in words for t, b in here]
        if words:
            # Another language's forms weigh together as that language does for a name of
            # this one (official.json other_language): they are alternatives, one of which
            # is the name's form there; the cognate rules share the weight out.
            words = words[:FORMS_PER_WORD]
            total = sum(a for _, a in words)
            scale = 1.0 if lang == language else other_language(language, lang) / total
            out[lang] = [(_title(w), a * scale) for w, a in words]
    return out


def _title(word: str) -> str:
    if "-" not in word:  # the usual case, without the split and join
        return word[:1].upper() + word[1:]
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def word_forms(text: str, role: str, language: str) -> list[NativeName]:
    """The native forms of one word of a name with its role (``given``, ``patronymic``,
    ``surname``, ``initial``) in each East Slavic language, most likely first; a conventional
    Latin form of a given name (Alexander) comes with the writers that use it.

    >>> [(f.text, f.language) for f in word_forms("Микола", "given", "uk")][:4]
    [('Микола', 'uk'), ('Николай', 'ru'), ('Миколай', 'uk'), ('Nicholas', 'uk')]
    """
    forms = _word_forms(_title(text), role, language)
    out = [
        NativeName(
            t, language if lang == "*" else lang, w, CONVENTIONAL_WRITERS if lang == "*" else None
        )
        for lang, items in forms.items()
        for t, w in items
    ]
    return list(_ranked(out))


def name_words(name: str) -> list[tuple[str, str]]:
    """(word, role) of each word of a Cyrillic name, as the matcher parses it."""
    return list(_name_words(unicodedata.normalize("NFC", " ".join(name.split()))))


#: Distinct names whose parse is kept per process (a name is parsed again when its native
#: forms are made).
WORDS_CACHE_SIZE = 4096


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def _name_words(name: str) -> tuple[tuple[str, str], ...]:
    from ..names.parsing import analyze

    return tuple((t.text, t.role) for t in analyze(name).tokens)


#: Distinct (name, language) pairs whose native forms are kept per process.
NAMES_CACHE_SIZE = 4096


@lru_cache(maxsize=NAMES_CACHE_SIZE)
def native_names(name: str, language: str) -> tuple[NativeName, ...]:
    """The native forms of a Cyrillic name (one word or a full name) in each East Slavic
    language, most likely first; ``language`` is the name's own. A full name is written in
    each language word by word, with and without its patronymic.

    >>> [(n.text, n.language) for n in native_names("Лукашенко", "ru")][:3]
    [('Лукашенко', 'ru'), ('Лукашенко', 'uk'), ('Лукашэнка', 'be')]
    """
    words = name_words(name)
    if not words:
        return ()
    if language not in EAST:
        return (NativeName(" ".join(w for w, _ in words), language, 1.0),)
    if len(words) == 1:
        return tuple(word_forms(words[0][0], words[0][1], language))
    per_word = [_word_forms(_title(w), role, language) for w, role in words]
    has_patronymic = [role == "patronymic" for _, role in words]
    out: list[NativeName] = []
    for lang in EAST:
        for drop in (False, True) if any(has_patronymic) else (False,):
            combos: list[tuple[str, float]] = [("", 1.0)]
            for forms, is_patronymic in zip(per_word, has_patronymic):
                if drop and is_patronymic:
                    continue
                here = forms.get(lang) or forms.get(language) or []
                # The language is chosen once for the name: each word's forms count relative
                # to its best form in that language.
                top = max((w for _, w in here), default=1.0)
                combos = [
                    ((c + " " + t).strip(), a * b / top)
                    for c, a in combos
                    for t, b in here[:FORMS_PER_WORD]
                ][:MAX_NAMES]
            factor = other_language(language, lang)
            flag = (not drop) if any(has_patronymic) else None
            out.extend(NativeName(t, lang, w * factor, None, flag) for t, w in combos if t)
            out.extend(
                n._replace(weight=n.weight * factor)
                for n in _conventional(per_word, has_patronymic, lang, drop)
            )
    return _ranked(out)


def _conventional(
    words: list[dict[str, list[tuple[str, float]]]], patronymic: list[bool], lang: str, drop: bool
) -> list[NativeName]:
    """The name with the given name in its conventional Latin form (Alexander Лукашенко)."""
    if not any("*" in w for w in words):
        return []
    text: list[str] = []
    weight = 1.0
    for forms, is_patronymic in zip(words, patronymic):
        if drop and is_patronymic:
            continue
        best, w = (forms.get("*") or forms.get(lang) or [("", 1.0)])[0]
        text.append(best)
        weight *= w
    flag = (not drop) if any(patronymic) else None
    return [NativeName(" ".join(t for t in text if t), lang, weight, CONVENTIONAL_WRITERS, flag)]


_name_weight = itemgetter(2)  # of a NativeName


def _ranked(names: list[NativeName]) -> tuple[NativeName, ...]:
    best: dict[tuple[str, str, tuple[str, ...] | None, bool | None], NativeName] = {}
    for n in names:
        key = (n.text, n.language, n.writers, n.patronymic)
        if key not in best or n.weight > best[key].weight:
            best[key] = n
    # Stable: ties keep their order (in reverse too).
    ordered = sorted(best.values(), key=_name_weight, reverse=True)
    return tuple(ordered[:MAX_NAMES])
