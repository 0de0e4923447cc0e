"""Decide whether two strings are spellings of the same name, and say why.

Two tokens match when they share a key (:mod:`translit.names.spelling`) under some reading, or
when both are given names of one row of the cognate table. Two full names match when their
tokens can be paired one to one in any order; a patronymic present on one side only is dropped,
initials match given names that start with the same letter.
"""

from __future__ import annotations

import difflib
import itertools
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .given import exact_given_ids, given_ids_of_keys, given_names, patronymic_given_ids
from .parsing import NameAnalysis, Token, analyze, analyze_light, split_tokens
from .places import exact_place_ids, place_ids, place_ids_of_key, places
from .spelling import Reading, primary_reading

__all__ = [
    "MatchExplanation",
    "TokenAlignment",
    "explain_match",
    "name_key",
    "name_keys",
    "name_similarity",
    "same_name",
]


@dataclass(frozen=True)
class TokenAlignment:
    """How one token of the first name lines up with one of the second."""

    a: str
    b: str
    role: str
    same: bool
    rules: tuple[str, ...]
    key: str = ""

    def __str__(self) -> str:
        mark = "=" if self.same else "≠"
        why = "; ".join(self.rules) if self.rules else "identical"
        return f"{self.a} {mark} {self.b} [{self.role}] — {why}"


@dataclass(frozen=True)
class MatchExplanation:
    """A structured, printable account of a name comparison.

    Attributes:
        a, b: the two names as given.
        same: the decision of :func:`same_name`.
        score: :func:`name_similarity`.
        alignments: the token pairs that were compared, with the rules that made them equal or
            different.
        notes: decisions about the names as wholes (patronymic dropped, gender mismatch, ...).
        gender_a, gender_b: grammatical gender shown by each name's surname ('m', 'f', None).
    """

    a: str
    b: str
    same: bool
    score: float
    alignments: tuple[TokenAlignment, ...] = ()
    notes: tuple[str, ...] = ()
    gender_a: str | None = None
    gender_b: str | None = None

    def __str__(self) -> str:
        head = f"{self.a!r} vs {self.b!r}: {'same name' if self.same else 'different names'}"
        lines = [f"{head} (score {self.score:.2f})"]
        lines += [f"  {al}" for al in self.alignments]
        lines += [f"  note: {n}" for n in self.notes]
        return "\n".join(lines)


@dataclass
class _Outcome:
    same: bool
    quality: float
    alignments: list[TokenAlignment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# -- token level ---------------------------------------------------------------------------


def _shared_reading(a: Token, b: Token) -> tuple[Reading, Reading] | None:
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


def _initial_matches(initial: Token, other: Token) -> bool:
    letters = {r.spelling[:1] for r in initial.parts[0]}
    return any(r.spelling[:1] in letters for r in other.parts[0])


def _is_initial(t: Token) -> bool:
    return t.role == "initial" or sum(c.isalpha() for c in t.text) == 1


def _token_match(a: Token, b: Token) -> tuple[bool, float, list[str]]:
    """(same, quality in [0, 1], rules)."""
    if _is_initial(a) or _is_initial(b):
        if _is_initial(a) and _is_initial(b):
            if _initial_matches(a, b):
                return True, 0.8, ["the same initial"]
            return False, 0.0, ["different initials"]
        if _initial_matches(*((a, b) if _is_initial(a) else (b, a))):
            return True, 0.7, ["an initial matches the name it abbreviates"]
        return False, 0.0, ["the initial does not start the other name"]
    if a.role == b.role == "patronymic":
        return _patronymic_match(a, b)
    if a.given_ids and b.given_ids:
        common = a.given_ids & b.given_ids
        if common:
            rows = given_names()
            rules = _spelling_rules(a, b)
            names = sorted(common)
            if not _shared_reading(a, b):
                forms = rows[names[0]]
                rules = [f"given-name cognates ({_cognate_text(forms)})", *rules]
            return True, 0.95 if _shared_reading(a, b) else 0.9, rules
        # Both are known given names of different rows: different names, unless the two
        # spellings read alike under their most likely conventions.
        if a.primary_key != b.primary_key:
            return (
                False,
                0.0,
                [
                    "different given names ("
                    + ", ".join(sorted(a.given_ids))
                    + " vs "
                    + ", ".join(sorted(b.given_ids))
                    + ")"
                ],
            )
    hit = _shared_reading(a, b)
    if hit is not None:
        return True, 1.0 if a.text.casefold() == b.text.casefold() else 0.95, _spelling_rules(a, b)
    return False, _near(a, b), _difference_rules(a, b)


def _patronymic_match(a: Token, b: Token) -> tuple[bool, float, list[str]]:
    if _is_initial(a) or _is_initial(b):
        return _token_match(a._replace(role="initial"), b._replace(role="initial"))
    ga, gb = _patronymic_gender(a), _patronymic_gender(b)
    if ga and gb and ga != gb:
        return (
            False,
            0.0,
            [
                f"patronymics of different genders ({a.text}: {_GENDER[ga]}, "
                f"{b.text}: {_GENDER[gb]})"
            ],
        )
    if _shared_reading(a, b) is not None:
        return True, 0.95, _spelling_rules(a, b)
    ids_a, ids_b = patronymic_given_ids(a.text), patronymic_given_ids(b.text)
    common = ids_a & ids_b
    if common:
        row = given_names()[sorted(common)[0]]
        return True, 0.9, [f"patronymics from cognate given names ({_cognate_text(row)})"]
    if ids_a and ids_b:
        return False, 0.0, ["patronymics from different given names"]
    near = _near(a, b)
    if near >= 0.8:
        return True, 0.75, [f"patronymics spelled alike ({a.primary_key} ~ {b.primary_key})"]
    return False, near, ["different patronymics"]


def _patronymic_gender(t: Token) -> str | None:
    key = t.primary_key
    if key.endswith("nA"):  # -овна, -евна, -івна, -аўна, -ична
        return "f"
    if key.endswith("C"):  # -ович, -евич, -авіч, -ич
        return "m"
    return None


def _cognate_text(row: Any) -> str:
    parts = []
    for lang in ("ru", "uk", "be"):
        forms = getattr(row, lang)
        if forms:
            parts.append(f"{lang} {forms[0]}")
    return ", ".join(parts)


def _near(a: Token, b: Token) -> float:
    ka, kb = a.primary_key, b.primary_key
    return difflib.SequenceMatcher(None, ka, kb).ratio()


@lru_cache(maxsize=1)
def _correspondences() -> list[tuple[str, set[tuple[str, str]]]]:
    path = resources.files("translit") / "data" / "names" / "correspondences.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for group in data["groups"]:
        pairs = {(x, y) for x, y in group["pairs"]} | {(y, x) for x, y in group["pairs"]}
        out.append((group["name"], pairs))
    return out


def _name_pair(x: str, y: str) -> str:
    for name, pairs in _correspondences():
        if (x, y) in pairs:
            return name
    return f"{x or '∅'}/{y or '∅'}"


@lru_cache(maxsize=1)
def _endings() -> list[tuple[str, frozenset[str]]]:
    path = resources.files("translit") / "data" / "names" / "correspondences.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return [(e["name"], frozenset(e["forms"])) for e in data.get("endings", [])]


def _diff_rules(s: str, t: str) -> list[str]:
    rules: list[str] = []
    # A difference in the ending: name the ending rule and compare the rest.
    for name, forms in _endings():
        for fs in sorted(forms, key=len, reverse=True):
            if not s.endswith(fs):
                continue
            ft = next(
                (
                    f
                    for f in sorted(forms, key=len, reverse=True)
                    if t.endswith(f) and s[: -len(fs) or None] == t[: len(t) - len(f)]
                ),
                None,
            )
            if ft is not None and fs != ft:
                return [name]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, s, t, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        rule = _name_pair(s[i1:i2], t[j1:j2])
        if rule not in rules:
            rules.append(rule)
    return rules


def _spelling_rules(a: Token, b: Token) -> list[str]:
    """Name what differs between two spellings that share a key."""
    sa, sb = a.text.lower(), b.text.lower()
    if sa == sb:
        return []
    hit = _shared_reading(a, b)
    rules: list[str] = []
    a_latin = a.parts[0][0].profile != "cyrillic"
    b_latin = b.parts[0][0].profile != "cyrillic"
    if hit is not None:
        ra, rb = hit
        for r, tok in ((ra, a), (rb, b)):
            if r.profile not in ("cyrillic", "english"):
                rules.append(f"{tok.text} is {r.profile} spelling (read {r.spelling})")
        if a_latin != b_latin:
            rules.append(
                "Cyrillic against Latin: "
                + (rb.spelling if a_latin else ra.spelling)
                + " ~ "
                + (ra.spelling if a_latin else rb.spelling)
            )
        if a_latin and b_latin and ra.profile == rb.profile:
            rules += _diff_rules(sa, sb)
        else:
            rules += _diff_rules(ra.spelling, rb.spelling)
    return list(dict.fromkeys(r for r in rules if r))


def _difference_rules(a: Token, b: Token) -> list[str]:
    ga, gb = a.gender, b.gender
    rules = []
    if ga and gb and ga != gb:
        rules.append(f"gender forms: {a.text} is {_GENDER[ga]}, {b.text} is {_GENDER[gb]}")
    ka, kb = a.primary_key, b.primary_key
    if rules:
        pass
    elif ka.startswith(kb) or kb.startswith(ka):
        rules.append("one name is the other with a suffix (different names)")
    else:
        rules.append(f"different sounds ({ka} vs {kb})")
    return rules


_GENDER = {"m": "masculine", "f": "feminine"}


# -- name level ----------------------------------------------------------------------------


def _compare(a: NameAnalysis, b: NameAnalysis) -> _Outcome:
    pa_ids, pb_ids = place_ids(a.text), place_ids(b.text)
    if pa_ids and pb_ids:
        common = pa_ids & pb_ids
        if common:
            row = places()[sorted(common)[0]]
            rule = f"forms of one place ({', '.join(row.forms[:4])})"
            al = TokenAlignment(a.text, b.text, "place", True, (rule,))
            return _Outcome(True, 0.9, [al], [])
        if not _same_tokens(a, b):
            al = TokenAlignment(a.text, b.text, "place", False, ("different places",))
            return _Outcome(False, 0.1, [al], [])
    ta, tb = list(a.tokens), list(b.tokens)
    if not ta or not tb:
        same = bool(ta) == bool(tb) and a.text.strip().casefold() == b.text.strip().casefold()
        return _Outcome(same and bool(a.text.strip()), 1.0 if same else 0.0)
    notes: list[str] = []
    pa = [t for t in ta if t.role == "patronymic"]
    pb = [t for t in tb if t.role == "patronymic"]
    alignments: list[TokenAlignment] = []
    quality = 1.0
    if pa and pb:
        same, q, rules = _token_match(pa[0], pb[0])
        alignments.append(TokenAlignment(pa[0].text, pb[0].text, "patronymic", same, tuple(rules)))
        if not same:
            return _Outcome(False, 0.4 * q, alignments, ["patronymics differ"])
        quality = min(quality, q)
    elif pa or pb:
        dropped = (pa or pb)[0].text
        notes.append(f"patronymic {dropped} dropped: the other name has none")
    rest_a = [t for t in ta if t.role != "patronymic"]
    rest_b = [t for t in tb if t.role != "patronymic"]
    if len(rest_a) != len(rest_b):
        return _Outcome(
            False,
            0.3 * _partial(rest_a, rest_b),
            alignments,
            [*notes, "the names have different numbers of parts"],
        )
    best: tuple[float, list[tuple[Token, Token, bool, float, list[str]]]] | None = None
    for perm in _permutations(len(rest_b)):
        pairs = []
        total = 0.0
        ok = True
        for i, j in enumerate(perm):
            same, q, rules = _token_match(rest_a[i], rest_b[j])
            pairs.append((rest_a[i], rest_b[j], same, q, rules))
            ok = ok and same
            total += q if same else q - 1.0
        score = total + (0.01 if perm == tuple(range(len(perm))) else 0.0)
        if best is None or score > best[0]:
            best = (score, pairs)
        if ok and perm == tuple(range(len(perm))):
            break
    assert best is not None
    pairs = best[1]
    same_all = all(p[2] for p in pairs)
    for ta_, tb_, same, _q, rules in pairs:
        role = ta_.role if ta_.role == tb_.role else f"{ta_.role}/{tb_.role}"
        alignments.append(
            TokenAlignment(ta_.text, tb_.text, role, same, tuple(rules), ta_.primary_key)
        )
    if (
        same_all
        and len(pairs) > 1
        and [p[0] for p in pairs] != [p[0] for p in sorted(pairs, key=lambda p: tb.index(p[1]))]
    ):
        notes.append("the parts are in a different order")
    ga, gb = a.surname_gender, b.surname_gender
    if ga and gb and ga != gb:
        notes.append(f"gender mismatch: {_GENDER[ga]} vs {_GENDER[gb]} surname")
    if same_all:
        quality = min([quality] + [p[3] for p in pairs])
        return _Outcome(True, quality, alignments, notes)
    matched = sum(p[3] for p in pairs if p[2]) + sum(p[3] * 0.5 for p in pairs if not p[2])
    return _Outcome(False, matched / len(pairs), alignments, notes)


def _same_tokens(a: NameAnalysis, b: NameAnalysis) -> bool:
    return len(a.tokens) == len(b.tokens) and all(
        _shared_reading(x, y) is not None for x, y in zip(a.tokens, b.tokens)
    )


def _partial(xs: list[Token], ys: list[Token]) -> float:
    if not xs or not ys:
        return 0.0
    hits = sum(1 for x in xs if any(_token_match(x, y)[0] for y in ys))
    return hits / max(len(xs), len(ys))


@lru_cache(maxsize=8)
def _permutations(n: int) -> tuple[tuple[int, ...], ...]:
    if n > 6:  # long strings of tokens: keep the order, don't explode
        return (tuple(range(n)),)
    return tuple(itertools.permutations(range(n)))


@lru_cache(maxsize=200_000)
def _cached_compare(a: str, b: str) -> _Outcome:
    return _compare(analyze(a), analyze(b))


def _outcome(a: str, b: str) -> _Outcome:
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("names must be str")
    # One fixed order per pair (by the names' normal forms), so the result is symmetric and the
    # same for NFC and NFD input.
    na, nb = _order_key(a), _order_key(b)
    return _cached_compare(a, b) if (na, a) <= (nb, b) else _swap(_cached_compare(b, a))


def _order_key(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def _swap(o: _Outcome) -> _Outcome:
    return _Outcome(
        o.same,
        o.quality,
        [TokenAlignment(x.b, x.a, x.role, x.same, x.rules, x.key) for x in o.alignments],
        o.notes,
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
    return _outcome(a, b).same


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
    o = _outcome(a, b)
    if o.same:
        return 0.5 + 0.5 * max(0.0, min(1.0, o.quality))
    return 0.49 * max(0.0, min(1.0, o.quality))


def explain_match(a: str, b: str) -> MatchExplanation:
    """Explain :func:`same_name`'s decision: which tokens aligned and which rules decided.

    >>> print(explain_match("Lukashenko", "Lukashenka"))  # doctest: +NORMALIZE_WHITESPACE
    'Lukashenko' vs 'Lukashenka': same name (score 0.97)
      Lukashenko = Lukashenka [surname] — Belarusian akanne: unstressed о is written а
    """
    o = _outcome(a, b)
    # The decision comes from the symmetric comparison; the account is worked out in the
    # order the names were given, so its wording follows the arguments.
    direct = _compare(analyze(a), analyze(b))
    if direct.same != o.same:
        direct = o
    return MatchExplanation(
        a=a,
        b=b,
        same=o.same,
        score=name_similarity(a, b),
        alignments=tuple(direct.alignments),
        notes=tuple(direct.notes),
        gender_a=None if exact_place_ids(a) else analyze(a).surname_gender,
        gender_b=None if exact_place_ids(b) else analyze(b).surname_gender,
    )


# -- keys ----------------------------------------------------------------------------------


def _token_key(t: Token) -> str:
    if _is_initial(t):
        return "." + t.parts[0][0].spelling[:1]
    if t.role == "patronymic":
        ids = patronymic_given_ids(t.text)
        return "~" + (min(ids) if ids else t.primary_key)
    if t.role == "given" and t.given_ids:
        return "#" + min(t.given_ids)
    return t.primary_key


def name_key(name: str) -> str:
    """One stable key for a name, equal for its variants; usable as a join or dedup key.

    Given names become their cognate-table id (``#aleksandr``), a patronymic the id of the name
    it is formed from (``~grigorii``), places their place-table id (``@moskva``); the parts are
    sorted so that order does not matter. Equal keys imply :func:`same_name`; a name with and
    without its patronymic are the same name with different keys (:func:`name_keys` gives both).

    >>> name_key("Lukashenko") == name_key("Лукашэнка") == name_key("Loukachenko")
    True
    >>> name_key("Alexander Lukashenko") == name_key("Лукашэнка Аляксандр")
    True
    >>> name_key("Alexander Grigorievich Lukashenko") == name_key("Лукашэнка Аляксандр Рыгоравіч")
    True
    """
    # Only the most likely reading of each word is used here, which keeps a cold key cheap;
    # equal keys still imply same_name, which tries every reading.
    words = split_tokens(name)
    if not words:
        return ""
    parts = [[primary_reading(p) for p in w.split("-") if p] for w in words]
    if len(words) <= 5:
        places_here = place_ids_of_key(" ".join(r.key for ws in parts for r in ws))
        if places_here:
            return "@" + min(places_here)
    if len(words) >= 3 or any(len(w) <= 3 for w in words):
        tokens = analyze_light(name).tokens  # patronymics and initials need the roles
        return " ".join(sorted(_token_key(t) for t in tokens))
    # One or two words: each is a given name (its table row) or a surname (its key).
    keys = []
    for w, ps in zip(words, parts):
        ids = (exact_given_ids(w) or given_ids_of_keys(ps[0].variants)) if len(ps) == 1 else None
        keys.append(("#" + min(ids)) if ids else "-".join(r.key for r in ps))
    if len(keys) == 2 and all(k.startswith("#") for k in keys):
        # "Ivan Petro": the last one is read as the surname (Pavlo, Roman are surnames too).
        keys[1] = "-".join(r.key for r in parts[1])
    return " ".join(sorted(keys))


def name_keys(name: str) -> frozenset[str]:
    """Every candidate key of a name (all readings of every token), for blocking.

    Two spellings of one name share at least one key.
    """
    everything = analyze(name).tokens
    tokens = [t for t in everything if t.role not in ("patronymic", "initial")]
    at_places = {"@" + p for p in place_ids(name)}
    if not tokens:
        return frozenset(at_places)
    extras = [_token_key(t) for t in everything if t.role in ("patronymic", "initial")]
    per_token: list[Iterable[str]] = []
    for t in tokens:
        keys = set(t.keys)
        if t.given_ids:
            keys |= {"#" + i for i in t.given_ids}
        per_token.append(sorted(keys))
    out = set()
    for combo in itertools.islice(itertools.product(*per_token), 256):
        out.add(" ".join(sorted(combo)))
        if extras:  # the key with patronymic and initials too, as name_key gives it
            out.add(" ".join(sorted([*combo, *extras])))
    out.add(name_key(name))
    return frozenset(out | at_places)
