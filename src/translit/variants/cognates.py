"""The Russian, Ukrainian and Belarusian written forms of one surname or patronymic
(``data/variants/cognates.json``).

A form in one language is rewritten into Russian, and Russian into the other two, by ordered
rules; a rule marked optional also keeps the unrewritten form, as a less likely one. The
Belarusian form also depends on the stress, which the letters do not show (о and э are written
only under it): each likely stressed syllable gives one form, and ё, always stressed in
Russian, fixes it.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, NamedTuple

from ..names._data import DataError, read_json, regex, require
from .press import expand

__all__ = ["Form", "belarusian_forms", "cognate_forms"]

_WHERE = "data/variants/cognates.json"

#: The weight of the second form of an optional rule (and of each further stress position)
#: against the first.
OPTIONAL_WEIGHT = 0.5

#: The weight of the letter model's evidence (learnt from prose, not names: halved, as in
#: :data:`translit.variants.prior.LETTER_MODEL_WEIGHT`).
LM_WEIGHT = 0.5

#: The most forms of one word in one language; the rest are less likely than all of them.
MAX_FORMS = 4


class Form(NamedTuple):
    """A native written form of a word in one language, with its weight (1.0: the input)."""

    text: str
    language: str
    weight: float


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    replace: str
    optional: bool
    original_first_if: re.Pattern[str] | None
    unless: re.Pattern[str] | None = None


class _Step(NamedTuple):
    """One rule, or several applied together or not at all (a 'group')."""

    rules: tuple[_Rule, ...]
    optional: bool
    original_first_if: re.Pattern[str] | None
    #: Any of the rules' patterns: a word it is not found in is left as it is.
    trigger: re.Pattern[str] | None = None


def _rule(raw: Any, where: str) -> tuple[_Rule, str | None]:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object")
    require(raw, "why", str, where)
    first = raw.get("original_first_if")
    unless = raw.get("unless")
    rule = _Rule(
        regex(expand(require(raw, "pattern", str, where)), where),
        require(raw, "replace", str, where),
        bool(raw.get("optional", False)),
        regex(first, where) if first else None,
        regex(unless, where) if unless else None,
    )
    return rule, raw.get("group")


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, tuple[_Step, ...]], dict[str, Any]]:
    data = read_json("variants/cognates.json")
    chains: dict[str, tuple[_Step, ...]] = {}
    for chain, raws in require(data, "rules", dict, _WHERE).items():
        # Rules of one group become one step, where the group's first rule stands.
        order: list[str | _Rule] = []
        groups: dict[str, list[_Rule]] = {}
        for n, raw in enumerate(raws, 1):
            rule, group = _rule(raw, f"{_WHERE}: {chain} rule {n}")
            if group is None:
                order.append(rule)
                continue
            if group not in groups:
                order.append(group)
            groups.setdefault(group, []).append(rule)
        steps = []
        for item in order:
            rules = tuple(groups[item]) if isinstance(item, str) else (item,)
            steps.append(
                _Step(rules, rules[0].optional, rules[0].original_first_if, _trigger(rules))
            )
        chains[chain] = tuple(steps)
    akanne = require(data, "akanne", dict, _WHERE)
    for key in ("unstressed", "pretonic", "vowels", "stress_order"):
        require(akanne, key, (dict, str, list), f"{_WHERE}: akanne")
    unakanne = require(data, "unakanne", dict, _WHERE)
    require(unakanne, "letters", dict, f"{_WHERE}: unakanne")
    for key in ("most", "kept"):
        require(unakanne, key, int, f"{_WHERE}: unakanne")
    require(unakanne, "after_hard", dict, f"{_WHERE}: unakanne")
    require(unakanne, "hard", str, f"{_WHERE}: unakanne")
    require(unakanne, "floor", (int, float), f"{_WHERE}: unakanne")
    return chains, {**akanne, "unakanne": unakanne}


def _trigger(rules: tuple[_Rule, ...]) -> re.Pattern[str] | None:
    """A pattern found wherever one of the rules' is (a rule found nowhere in a word leaves
    it as it is, and so the next rule sees it unchanged), or None if they do not combine."""
    if not rules:
        return None
    if len(rules) == 1:
        return rules[0].pattern
    try:
        return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules))
    except re.error:
        return None


@cache  # one per chain: bounded by the data file
def _chain_trigger(chain: str) -> re.Pattern[str] | None:
    """A pattern found wherever a rule of the chain is (:func:`_trigger` of all its rules)."""
    return _trigger(tuple(r for step in _data()[0].get(chain, ()) for r in step.rules))


def _apply(word: str, chain: str) -> list[tuple[str, float]]:
    """The forms a chain of rules gives, most likely first."""
    forms = [(word, 1.0)]
    found = _chain_trigger(chain)
    if found is not None and not found.search(word):
        return forms  # no rule of the chain is found: none rewrites anything
    for step in _data()[0].get(chain, ()):
        # Most steps find nothing to rewrite in a word (nine in ten).
        trigger = step.trigger
        if trigger is not None:
            if len(forms) == 1:
                if not trigger.search(forms[0][0]):
                    continue
            elif not any(trigger.search(text) for text, _ in forms):
                continue
        out: list[tuple[str, float]] = []
        changed = False
        for text, weight in forms:
            new = text
            for rule in step.rules:
                if rule.unless is None or not rule.unless.search(new):
                    new = rule.pattern.sub(rule.replace, new)
            if new == text:
                out.append((text, weight))
                continue
            changed = True
            if not step.optional:
                out.append((new, weight))
            else:
                pair = [(new, weight), (text, weight * OPTIONAL_WEIGHT)]
                if step.original_first_if is not None and step.original_first_if.search(word):
                    pair = [(text, weight), (new, weight * OPTIONAL_WEIGHT)]
                out.extend(pair)
        if changed:  # else the forms are as they were (already the best)
            forms = _best(out)
    return forms


def _best(forms: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: dict[str, float] = {}
    for text, weight in forms:
        if weight > seen.get(text, 0.0):
            seen[text] = weight
    # Stable: ties keep their order (in reverse too).
    ranked = sorted(seen.items(), key=_weight, reverse=True)
    return ranked[:MAX_FORMS]


_weight = itemgetter(1)  # of a (text, weight) pair
_form_weight = itemgetter(2)  # of a Form


#: The syllables ``stress_order`` may name: (counted from the end, how far).
_SYLLABLES = {"last": (True, 1), "penult": (True, 2), "antepenult": (True, 3), "first": (False, 0)}


@lru_cache(maxsize=1)
def _stress_order() -> tuple[tuple[bool, int], ...]:
    """``stress_order`` of ``cognates.json`` as (counted from the end, how far) each."""
    order = _data()[1]["stress_order"]
    unknown = [s for s in order if s not in _SYLLABLES]
    if unknown:
        raise DataError(f"{_WHERE}: akanne stress_order: unknown syllable {unknown[0]!r}")
    return tuple(_SYLLABLES[s] for s in order)


def belarusian_forms(word: str, stress: int | None = None) -> list[tuple[str, float]]:
    """The Belarusian spellings of a word whose letters are already Belarusian but not yet
    reduced (о, э, е in every syllable): one per likely stressed syllable, most likely first;
    ``stress`` is the stressed vowel's number when known (the ё of the Russian form).

    >>> [f for f, _ in belarusian_forms("лукашэнко")][:2]
    ['лукашэнка', 'лукашанко']
    """
    akanne = _data()[1]
    vowels = akanne["vowels"]
    nuclei = [i for i, c in enumerate(word) if c in vowels]
    if not nuclei:
        return [(word, 1.0)]
    if stress is not None and stress < len(nuclei):
        positions = [stress]
    elif "ё" in word:
        positions = [nuclei.index(word.index("ё"))]
    else:
        # The syllables of stress_order counted from the start (first) or the end, each
        # once, in that order.
        n = len(nuclei)
        positions = []
        for from_end, offset in _stress_order():
            p = n - offset if from_end else offset
            if p >= 0 and p not in positions:
                positions.append(p)
    unstressed: dict[str, str] = akanne["unstressed"]
    pretonic: dict[str, str] = akanne["pretonic"]
    out: list[tuple[str, float]] = []
    reduce = _reduction()
    if reduce is not None:
        # The same as below with the unstressed vowels rewritten by str.translate: the
        # letters before the pretonic vowel and after the stressed one (only vowels are
        # rewritten, and the text between the two has none).
        for rank, stress in enumerate(positions):
            at = nuclei[stress]
            head = ""
            if stress:
                before = nuclei[stress - 1]
                c = word[before]
                pre = pretonic[c] if c in pretonic else unstressed.get(c, c)
                head = word[:before].translate(reduce) + pre + word[before + 1 : at]
            else:
                head = word[:at]
            text = head + word[at] + word[at + 1 :].translate(reduce)
            out.append((text, OPTIONAL_WEIGHT**rank))
        return _best(out)
    for rank, stress in enumerate(positions):
        chars = list(word)
        for k, i in enumerate(nuclei):
            c = chars[i]
            if k == stress:
                continue
            if k == stress - 1 and c in pretonic:
                chars[i] = pretonic[c]
            elif c in unstressed:
                chars[i] = unstressed[c]
        out.append(("".join(chars), OPTIONAL_WEIGHT**rank))
    return _best(out)


@lru_cache(maxsize=1)
def _reduction() -> dict[int, str] | None:
    """The unstressed vowels' rewriting as a :meth:`str.translate` table, or None where the
    data rewrites a letter that is not a vowel (then each vowel is looked at in turn)."""
    akanne = _data()[1]
    vowels = set(akanne["vowels"])
    if not set(akanne["unstressed"]) | set(akanne["pretonic"]) <= vowels:
        return None
    return str.maketrans(akanne["unstressed"])


def russian_vowels(word: str) -> list[tuple[str, float]]:
    """The Russian forms of a word with Belarusian unstressed vowels (а and я written for о and
    е), ranked by the Russian letter model, the second weighted by its likelihood against the
    first: ``unakanne`` in ``cognates.json``. A form that begins with a given name's stem
    comes first: the surname was formed from that name.

    >>> russian_vowels("барисов")[0][0], russian_vowels("тарасов")[0][0]
    ('борисов', 'тарасов')
    """
    from ..standards.detection import word_scores

    spec = _data()[1]["unakanne"]
    letters: dict[str, str] = spec["letters"]
    # The last vowel is the ending (the feminine -а, -ая), which the reduction leaves alone.
    vowels = [i for i, c in enumerate(word) if c in _data()[1]["vowels"]]
    last = vowels[-1] if vowels else len(word)
    after_hard: dict[str, str] = spec["after_hard"]
    hard: str = spec["hard"]
    places = [i for i, c in enumerate(word[:last]) if c in letters][-int(spec["most"]) :]
    if not places:
        return [(word, 1.0)]
    # Each place keeps its letter or takes one of the letters it may stand for.
    options = []
    for i in places:
        c = word[i]
        here = [c, letters[c]]
        if i and word[i - 1] in hard and c in after_hard:
            here.append(after_hard[c])
        options.append(here)
    forms = []
    for choice in itertools.product(*options):
        chars = list(word)
        for i, letter in zip(places, choice):
            chars[i] = letter
        form = "".join(chars)
        changed = sum(a != word[i] for i, a in zip(places, choice))
        forms.append((_stem_length(form), word_scores(form).get("ru", -1e9), -changed, form))
    # A form that keeps a given name's stem comes first (Тарасов, not Торосов).
    forms.sort(reverse=True)
    ranked = [(score, changed, form) for _, score, changed, form in forms]
    # A further form weighs what the (prose-trained, so halved) letter model makes of it
    # against the first, between 'floor' and half as much; the unchanged form is kept.
    kept = int(spec["kept"])
    chosen = ranked[:kept]
    if not any(f == word for _, _, f in chosen):
        chosen[-1] = next(f for f in ranked if f[2] == word)
    best = chosen[0][0]
    floor = float(spec["floor"])
    out = [(chosen[0][2], 1.0)]
    for score, _, f in chosen[1:]:
        out.append((f, max(floor, min(OPTIONAL_WEIGHT, math.exp(LM_WEIGHT * (score - best))))))
    return out


@lru_cache(maxsize=1)
def _given_stems() -> frozenset[str]:
    """The stems of the Russian given names of ``given_names.tsv`` (the name less its final
    vowels, й or ь), of at least ``given_name_stems`` letters (``unakanne``)."""
    from ..names.given import given_names

    least = int(_data()[1]["unakanne"]["given_name_stems"])
    out = set()
    for row in given_names().values():
        for name in row.ru:
            stem = name.lower().rstrip("аеёиоуыэюяйь")
            if len(stem) >= least:
                out.add(stem)
    return frozenset(out)


@lru_cache(maxsize=1)
def _stem_heads() -> frozenset[str]:
    """The first ``given_name_stems`` letters of each stem of :func:`_given_stems`."""
    least = int(_data()[1]["unakanne"]["given_name_stems"])
    return frozenset(stem[:least] for stem in _given_stems())


def _stem_length(form: str) -> int:
    """The length of the longest Russian given-name stem ``form`` begins with (and goes on
    after), 0 when none: a surname formed from that name."""
    stems = _given_stems()
    least = int(_data()[1]["unakanne"]["given_name_stems"])
    if form[:least] not in _stem_heads():
        return 0  # no stem begins so (most forms): none is looked for
    for k in range(len(form) - 1, least - 1, -1):
        if form[:k] in stems:
            return k
    return 0


def _stress(word: str) -> int | None:
    """The number of the stressed vowel of a Russian form that shows it (ё)."""
    if "ё" not in word:
        return None
    vowels = _data()[1]["vowels"]
    return sum(1 for c in word[: word.index("ё")] if c in vowels)


#: Distinct (word, language) pairs whose cognate forms are kept per process.
COGNATE_CACHE_SIZE = 4096


@lru_cache(maxsize=COGNATE_CACHE_SIZE)
def cognate_forms(word: str, language: str) -> tuple[Form, ...]:
    """The written forms of a lower-case surname or patronymic in Russian, Ukrainian and
    Belarusian, the word itself first.

    >>> [(f.text, f.language) for f in cognate_forms("тихонов", "ru")][:3]
    [('тихонов', 'ru'), ('тіхонов', 'uk'), ('ціхонаў', 'be')]
    """
    out: list[Form] = [Form(word, language, 1.0)]
    if language == "ru":
        russian = _apply(word, "ru>ru") if "ё" not in word else [(word, 1.0)]
        out.extend(Form(t, "ru", w) for t, w in russian[1:])
    elif language in ("uk", "be"):
        russian = _apply(word, f"{language}>ru")
        if language == "be":
            russian = _best([(t, w * w2) for r, w in russian for t, w2 in russian_vowels(r)])
        out.extend(Form(t, "ru", w * OPTIONAL_WEIGHT) for t, w in russian)
    else:
        return tuple(out)
    for target in ("uk", "be"):
        # A Russian name's other forms are made from it as written (its ё form is a guess).
        # A Ukrainian or Belarusian name's own language has the forms its Russian form
        # makes there too, less likely than the name as written (Борісов: Борисов).
        again = OPTIONAL_WEIGHT if target == language else 1.0
        for ru, w in russian[: 1 if language == "ru" else 2]:
            for text, w2 in _apply(ru, f"ru>{target}"):
                written = belarusian_forms(text, _stress(ru)) if target == "be" else [(text, 1.0)]
                for final, w3 in written:
                    out.append(Form(final, target, again * OPTIONAL_WEIGHT * w * w2 * w3))
    seen: dict[tuple[str, str], Form] = {}
    for f in out:
        key = (f.text, f.language)
        if key not in seen or f.weight > seen[key].weight:
            seen[key] = f
    # Stable: ties keep their order (in reverse too).
    return tuple(sorted(seen.values(), key=_form_weight, reverse=True))
