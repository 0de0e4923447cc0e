"""Say why two names match or differ: :func:`explain_match` renders a decision of
:mod:`translit.names.decide` in words.

The decision is made first and never depends on this module; the differences between two
spellings are named here from ``data/names/correspondences.json`` (Belarusian akanne, ш
written sch, ...), which only explanations need.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json, require
from .decide import (
    NameVerdict,
    PairVerdict,
    compare,
    shared_reading,
    similarity_of,
    verdict,
)
from .given import GivenName, given_names, patronymic_given_ids
from .morphology import patronymic_gender
from .parsing import NameAnalysis, Token, analyze
from .places import exact_place_ids, places

__all__ = ["MatchExplanation", "TokenAlignment", "explain_match"]

_GENDER = {"m": "masculine", "f": "feminine"}


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


def explain_match(a: str, b: str) -> MatchExplanation:
    """Explain :func:`same_name`'s decision: which tokens aligned and which rules decided.

    >>> print(explain_match("Lukashenko", "Lukashenka"))  # doctest: +NORMALIZE_WHITESPACE
    'Lukashenko' vs 'Lukashenka': same name (score 0.97)
      Lukashenko = Lukashenka [surname] — Belarusian akanne: unstressed о is written а
    """
    decided = verdict(a, b)
    # The decision comes from the symmetric comparison; the account is worked out in the
    # order the names were given, so its wording follows the arguments.
    aa, ab = analyze(a), analyze(b)
    direct = compare(aa, ab)
    if direct.same != decided.same:
        direct = decided
    alignments, notes = _render(direct, aa, ab)
    return MatchExplanation(
        a=a,
        b=b,
        same=decided.same,
        score=similarity_of(decided),
        alignments=tuple(alignments),
        notes=tuple(notes),
        gender_a=None if exact_place_ids(a) else aa.surname_gender,
        gender_b=None if exact_place_ids(b) else ab.surname_gender,
    )


def _render(
    v: NameVerdict, a: NameAnalysis, b: NameAnalysis
) -> tuple[list[TokenAlignment], list[str]]:
    if v.kind == "place":
        if v.same:
            row = places()[v.place_ids[0]]
            rule = f"forms of one place ({', '.join(row.forms[:4])})"
            return [TokenAlignment(a.text, b.text, "place", True, (rule,))], []
        return [TokenAlignment(a.text, b.text, "place", False, ("different places",))], []
    if v.kind == "empty":
        return [], []
    alignments: list[TokenAlignment] = []
    notes: list[str] = []
    if v.patronymic is not None:
        p = v.patronymic
        rules = tuple(token_rules(p))
        alignments.append(TokenAlignment(p.a.text, p.b.text, "patronymic", p.verdict.same, rules))
        if v.kind == "patronymics":
            return alignments, ["patronymics differ"]
    if v.dropped is not None:
        notes.append(f"patronymic {v.dropped.text} dropped: the other name has none")
    if v.kind == "parts":
        return alignments, [*notes, "the names have different numbers of parts"]
    for p in v.pairs:
        role = p.a.role if p.a.role == p.b.role else f"{p.a.role}/{p.b.role}"
        alignments.append(
            TokenAlignment(
                p.a.text, p.b.text, role, p.verdict.same, tuple(token_rules(p)), p.a.primary_key
            )
        )
    if v.reordered:
        notes.append("the parts are in a different order")
    ga, gb = a.surname_gender, b.surname_gender
    if ga and gb and ga != gb:
        notes.append(f"gender mismatch: {_GENDER[ga]} vs {_GENDER[gb]} surname")
    return alignments, notes


def token_rules(pair: PairVerdict) -> list[str]:
    """The rules that made two tokens equal or different, in words."""
    a, b, reason = pair.a, pair.b, pair.verdict.reason
    if reason in _FIXED:
        return [_FIXED[reason]]
    if reason in ("identical", "spelling", "patronymic_spelling"):
        return spelling_rules(a, b)
    if reason == "given_cognate":
        rules = spelling_rules(a, b)
        if shared_reading(a, b) is None:
            row = given_names()[sorted(a.given_ids & b.given_ids)[0]]
            rules = [f"given-name cognates ({_cognate_text(row)})", *rules]
        return rules
    if reason == "different_given":
        ids_a, ids_b = ", ".join(sorted(a.given_ids)), ", ".join(sorted(b.given_ids))
        return [f"different given names ({ids_a} vs {ids_b})"]
    if reason == "patronymic_genders":
        ga = _GENDER[patronymic_gender(a.primary_key) or "m"]
        gb = _GENDER[patronymic_gender(b.primary_key) or "m"]
        return [f"patronymics of different genders ({a.text}: {ga}, {b.text}: {gb})"]
    if reason == "patronymic_cognate":
        common = patronymic_given_ids(a.text) & patronymic_given_ids(b.text)
        row = given_names()[sorted(common)[0]]
        return [f"patronymics from cognate given names ({_cognate_text(row)})"]
    if reason == "patronymic_alike":
        return [f"patronymics spelled alike ({a.primary_key} ~ {b.primary_key})"]
    return _difference_rules(a, b)


_FIXED = {
    "same_initial": "the same initial",
    "different_initials": "different initials",
    "initial_of_name": "an initial matches the name it abbreviates",
    "initial_not_name": "the initial does not start the other name",
    "patronymic_different_given": "patronymics from different given names",
    "patronymic_different": "different patronymics",
}


def _cognate_text(row: GivenName) -> str:
    parts = []
    for lang in ("ru", "uk", "be"):
        forms = getattr(row, lang)
        if forms:
            parts.append(f"{lang} {forms[0]}")
    return ", ".join(parts)


@lru_cache(maxsize=1)
def _correspondences() -> tuple[
    list[tuple[str, set[tuple[str, str]]]], list[tuple[str, list[str]]]
]:
    where = "data/names/correspondences.json"
    data = read_json("names/correspondences.json")
    groups = []
    for group in require(data, "groups", list, where):
        pairs = {(x, y) for x, y in group["pairs"]} | {(y, x) for x, y in group["pairs"]}
        groups.append((group["name"], pairs))
    endings = [
        (e["name"], sorted(set(e["forms"]), key=lambda f: (-len(f), f)))
        for e in data.get("endings", [])
    ]
    return groups, endings


def _name_pair(x: str, y: str) -> str:
    for name, pairs in _correspondences()[0]:
        if (x, y) in pairs:
            return name
    return f"{x or '∅'}/{y or '∅'}"


def _diff_rules(s: str, t: str) -> list[str]:
    rules: list[str] = []
    # A difference in the ending: name the ending rule and compare the rest.
    for name, forms in _correspondences()[1]:
        for fs in forms:
            if not s.endswith(fs):
                continue
            ft = next(
                (
                    f
                    for f in forms
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


def spelling_rules(a: Token, b: Token) -> list[str]:
    """Name what differs between two spellings that share a key."""
    sa, sb = a.text.lower(), b.text.lower()
    if sa == sb:
        return []
    hit = shared_reading(a, b)
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
    if ga and gb and ga != gb:
        return [f"gender forms: {a.text} is {_GENDER[ga]}, {b.text} is {_GENDER[gb]}"]
    ka, kb = a.primary_key, b.primary_key
    if ka.startswith(kb) or kb.startswith(ka):
        return ["one name is the other with a suffix (different names)"]
    return [f"different sounds ({ka} vs {kb})"]
