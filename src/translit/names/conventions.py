"""Spelling conventions: how one language's writers spell Russian, Ukrainian and Belarusian
names in Latin letters, compiled from ``data/names/conventions/*.json``.

A convention maps graphemes (``sch``, ``cz``, ``ou``) to pseudo-Cyrillic, longest match first,
optionally depending on what follows (``before``) or precedes (``after``) and optionally
ambiguous (a list of outputs: German ``s`` is с or з). ``readings.json`` says which convention a
token most likely follows (its markers), and each convention names the spellings it never
uses (``implausible``), so that it is not tried on tokens that cannot be written in it. A
convention of a language's own press names that language (``languages``, ISO 639 codes).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ._data import DataError, list_json, read_json, regex, require
from .alternation import AnyMarker

__all__ = [
    "Convention",
    "conventions",
    "conventions_of",
    "differs_from_english",
    "first_marked_convention",
    "given_names_only",
    "implausible",
    "known_letters",
    "plausible",
    "press_conventions",
    "primary_convention",
    "reading_rules",
    "requirements",
]

_Output = str | list[str]
_Alternative = tuple[_Output, re.Pattern[str] | None, re.Pattern[str] | None]

# A reading branches at each ambiguous grapheme; more than this many spellings of one token
# are cut (the longest tokens with many ambiguous letters), keeping the most likely first.
MAX_SPELLINGS = 8


class Convention:
    """A compiled spelling convention: longest-match graphemes with optional contexts."""

    def __init__(self, name: str, graphemes: dict[str, Any], where: str) -> None:
        self.name = name
        self.graphemes = graphemes
        self._plain: dict[str, str] = {}
        self._ctx: dict[str, list[_Alternative]] = {}
        self._branch: dict[str, list[str]] = {}
        # A grapheme written with a final "$" is read so only at the end of the token (the
        # Latvian -ovs of Ivanovs), where it wins over shorter graphemes starting earlier.
        self._final: dict[str, str] = {}
        for g, out in graphemes.items():
            if g.endswith("$"):
                if not isinstance(out, str):
                    raise DataError(f"{where}: final grapheme {g!r} needs one output")
                self._final[g[:-1]] = out
            elif isinstance(out, str):
                self._plain[g] = out
            elif all(isinstance(o, str) for o in out):
                self._branch[g] = list(out)
            else:
                alts = [self._alternative(alt, f"{where}: grapheme {g!r}") for alt in out]
                if alts[-1][1] is not None or alts[-1][2] is not None:
                    # Without one, a grapheme no context fits would be left unread.
                    raise DataError(f"{where}: grapheme {g!r} needs a last output without context")
                self._ctx[g] = alts
        # Plain one-letter graphemes go through str.translate; the regex only handles longer
        # and context-dependent ones (longest match is unaffected: a position where no longer
        # grapheme starts is left to the table).
        self._table = {ord(g): out for g, out in self._plain.items() if len(g) == 1}
        # The table reads the letters between the other graphemes, and the whole output once
        # more when nothing branches: an output it would rewrite again would be read twice.
        twice = sorted({c for out in self._outputs() for c in out if ord(c) in self._table})
        if twice:
            raise DataError(f"{where}: outputs hold the grapheme letters {''.join(twice)!r}")
        finals = {g + "$" for g in self._final}
        longer = {g for g in self._plain if len(g) > 1} | set(self._ctx) | set(self._branch)
        longer |= finals
        everything = set(self._plain) | set(self._ctx) | set(self._branch) | finals
        self._branching = set(self._branch) | {
            g for g, alts in self._ctx.items() if any(not isinstance(a[0], str) for a in alts)
        }
        self._pattern = _alternation(longer)
        self._full_pattern = _alternation(everything)  # every grapheme: the reference reads by it
        # One scan instead of a substring test per branching grapheme.
        self._branch_scan = _alternation(self._branching)

    def _outputs(self) -> list[str]:
        outs = [*self._plain.values(), *self._final.values()]
        outs += [o for branch in self._branch.values() for o in branch]
        for alternatives in self._ctx.values():
            for text, _before, _after in alternatives:
                outs += [text] if isinstance(text, str) else text
        return outs

    @staticmethod
    def _alternative(alt: Any, where: str) -> _Alternative:
        if not isinstance(alt, dict) or "out" not in alt:
            raise DataError(f"{where}: each alternative needs 'out'")
        before = regex(alt["before"], where) if alt.get("before") else None
        after = regex("(?:" + alt["after"] + ")$", where) if alt.get("after") else None
        return alt["out"], before, after

    def _options(self, m: re.Match[str]) -> list[str]:
        g = m.group()
        if g in self._final and m.end() == len(m.string):
            return [self._final[g]]
        out = self._plain.get(g)
        if out is not None:
            return [out]
        branch = self._branch.get(g)
        if branch is not None:
            return branch
        s = m.string
        for text, before, after in self._ctx[g]:
            if before is not None and not before.match(s, m.end()):
                continue
            if after is not None and not after.search(s[: m.start()]):
                continue
            return [text] if isinstance(text, str) else text
        return [g]

    def _replace(self, m: re.Match[str]) -> str:
        g = m.group()
        if g not in self._final:
            out = self._plain.get(g)
            if out is not None:
                return out
        return self._options(m)[0]

    def may_branch(self, token: str) -> bool:
        """Whether ``token`` has a spelling this convention reads in more than one way."""
        return self._branch_scan.search(token) is not None

    def first(self, token: str) -> str:
        """The most likely spelling of ``token`` (lower case): ``read(token)[0]``, without
        working out the others."""
        return self._pattern.sub(self._replace, token).translate(self._table)

    def read(self, token: str) -> list[str]:
        """The spellings of ``token`` (lower case) under this convention, most likely first."""
        if self._branch_scan.search(token) is None:
            return [self.first(token)]
        # Only the graphemes that are longer, contextual, final or ambiguous are matched; the
        # letters between them are plain one-letter graphemes, read by the table (no output
        # holds a letter the table rewrites: checked when the convention is compiled).
        table = self._table
        outs = [""]
        pos = 0
        for m in self._pattern.finditer(token):
            lit = token[pos : m.start()].translate(table)
            outs = [o + lit + a for o in outs for a in self._options(m)][:MAX_SPELLINGS]
            pos = m.end()
        rest = token[pos:].translate(table)
        return [o + rest for o in outs]


def _alternation(graphemes: set[str]) -> re.Pattern[str]:
    ordered = sorted(graphemes, key=lambda k: (-len(k), k))
    return re.compile("|".join(_literal(k) for k in ordered) or "(?!)")


def _literal(grapheme: str) -> str:
    if len(grapheme) > 1 and grapheme.endswith("$"):
        return re.escape(grapheme[:-1]) + "$"
    return re.escape(grapheme)


@lru_cache(maxsize=1)
def reading_rules() -> dict[str, Any]:
    """``readings.json``: apostrophes, hard signs, silent marks, stress marks and the primary
    order."""
    data = read_json("names/readings.json")
    where = "data/names/readings.json"
    require(data, "apostrophes", str, where)
    require(data, "hard_signs", str, where)
    require(data, "silent", dict, where)
    stress = require(data, "stress_marks", dict, where)
    marks = require(stress, "marks", str, where + ": stress_marks")
    if not marks or not all(unicodedata.combining(c) for c in marks):
        raise DataError(f"{where}: stress_marks: 'marks' must be combining marks")
    require(stress, "vowels", str, where + ": stress_marks")
    primary = require(data, "primary", dict, where)
    require(primary, "order", list, where + ": primary")
    return data


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in list_json("names/conventions"):
        data = read_json(name)
        where = f"data/{name}"
        ident = require(data, "id", str, where)
        if f"names/conventions/{ident}.json" != name:
            raise DataError(f"{where}: 'id' {ident!r} does not match the file name")
        require(data, "graphemes", dict, where)
        sources = require(data, "sources", list, where)
        if not sources:
            raise DataError(f"{where}: 'sources' is empty (say where the rules come from)")
        langs = data.get("languages", [])
        if not isinstance(langs, list) or not all(
            isinstance(x, str) and re.fullmatch("[a-z]{2,3}", x) for x in langs
        ):
            raise DataError(f"{where}: 'languages' must be a list of ISO 639 codes")
        out[ident] = data
    return out


@lru_cache(maxsize=1)
def conventions() -> dict[str, Convention]:
    """Every convention a token is read under, by name (``base`` is only extended)."""
    raw = _raw()

    def resolved(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
        if name not in raw:
            raise DataError(f"data/names/conventions: {seen[-1]!r} extends unknown {name!r}")
        if name in seen:
            raise DataError(f"data/names/conventions: {name!r} extends itself")
        p = raw[name]
        base = resolved(p["extends"], (*seen, name)) if p.get("extends") else {}
        return {**base, **p["graphemes"]}

    where = "data/names/readings.json: conventions"
    order = require(require(reading_rules(), "conventions", dict, where), "order", list, where)
    concrete = {name for name, p in raw.items() if not p.get("abstract")}
    if set(order) != concrete or len(order) != len(concrete):
        raise DataError(
            f"{where}: the order must list each convention file once "
            f"(missing {sorted(concrete - set(order))}, unknown {sorted(set(order) - concrete)})"
        )
    return {
        name: Convention(name, resolved(name), f"data/names/conventions/{name}.json")
        for name in order
    }


@lru_cache(maxsize=1)
def press_conventions() -> dict[str, frozenset[str]]:
    """Per language (ISO 639 code), the conventions its own press writes names in.

    >>> sorted(press_conventions()["de"]), sorted(press_conventions()["en"])
    (['german'], ['english'])
    """
    out: dict[str, set[str]] = {}
    for name, p in _raw().items():
        for language in p.get("languages", ()):
            out.setdefault(language, set()).add(name)
    return {language: frozenset(names) for language, names in out.items()}


@lru_cache(maxsize=1)
def implausible() -> dict[str, re.Pattern[str]]:
    """Per convention, spellings it never uses: a token with one is not read under it."""
    return {
        name: regex(p["implausible"], f"data/names/conventions/{name}.json: implausible")
        for name, p in _raw().items()
        if p.get("implausible")
    }


@lru_cache(maxsize=1)
def requirements() -> dict[str, re.Pattern[str]]:
    """Per convention, the spellings it is recognised by: a token with none is not read under
    it (its reading would be another convention's)."""
    return {
        name: regex(p["requires"], f"data/names/conventions/{name}.json: requires")
        for name, p in _raw().items()
        if p.get("requires")
    }


@lru_cache(maxsize=1)
def given_names_only() -> frozenset[str]:
    """Conventions read only to recognise the given names of the cognate table (a closed
    list), because as readings of any word they would merge different surnames."""
    return frozenset(name for name, p in _raw().items() if p.get("given_names_only"))


def plausible(name: str, low: str) -> bool:
    """Whether a cleaned lower-case token can be written in the convention ``name``."""
    contra = implausible().get(name)
    if contra is not None and contra.search(low):
        return False
    needs = requirements().get(name)
    return needs is None or needs.search(low) is not None


@lru_cache(maxsize=1)
def differs_from_english() -> dict[str, re.Pattern[str]]:
    """Per convention, the graphemes it reads differently from English (or that only one of the
    two has): a token with none of them reads the same under both, so it is not read twice."""
    convs = conventions()
    english = convs["english"].graphemes
    out = {}
    for name, conv in convs.items():
        if name == "english":
            continue
        g = conv.graphemes
        diff = {k for k in set(g) | set(english) if g.get(k) != english.get(k)}
        out[name] = _alternation(diff)
    return out


@lru_cache(maxsize=1)
def _primary_rules() -> tuple[AnyMarker, list[tuple[str, re.Pattern[str]]]]:
    order = reading_rules()["primary"]["order"]
    where = "data/names/readings.json: primary"
    rules = [(name, regex(pat, where)) for name, pat in order]
    unknown = {name for name, _ in rules} - set(conventions())
    if unknown:
        raise DataError(f"{where}: unknown convention(s) {sorted(unknown)}")
    # One test for the markers of every convention but English (most tokens have none).
    return AnyMarker([pat for name, pat in order if pat and name != "english"]), rules


def primary_convention(low: str) -> str:
    """The convention a cleaned, lower-case Latin token is most likely written in: the first
    whose marker it has, among the conventions that can write it."""
    any_marker, rules = _primary_rules()
    if not any_marker.search(low):
        return "english"
    for name, rx in rules:
        if rx.search(low) and plausible(name, low):
            return name
    return "english"


# Tokens whose conventions are kept: a new token is asked for its most likely reading and then
# for all of them, one right after the other.
CONVENTIONS_OF_CACHE_SIZE = 1024


@lru_cache(maxsize=CONVENTIONS_OF_CACHE_SIZE)
def conventions_of(low: str) -> tuple[str, str | None]:
    """:func:`primary_convention` and :func:`first_marked_convention` of a token in one scan of
    the markers."""
    any_marker, rules = _primary_rules()
    if not any_marker.search(low):
        return "english", None
    first: str | None = None
    marked: str | None = None
    for name, rx in rules:
        if rx.search(low) is None:
            continue
        if marked is None and name != "english":
            marked = name
        if first is None and plausible(name, low):
            first = name
        if first is not None and marked is not None:
            break
    return first or "english", marked


def first_marked_convention(low: str) -> str | None:
    """The convention of the first marker the token has, plausible or not: a mixed spelling
    such as Khlyszczankau (Polish szcz beside English kh) is still read the Polish way."""
    any_marker, rules = _primary_rules()
    if not any_marker.search(low):
        return None
    return next((name for name, rx in rules if name != "english" and rx.search(low)), None)


@lru_cache(maxsize=1)
def known_letters() -> frozenset[str]:
    """Every non-ASCII letter some convention reads as such (č, ł, ë, ...)."""
    chars: set[str] = set()
    for p in _raw().values():
        for g in p["graphemes"]:
            chars.update(c for c in g if not c.isascii())
    return frozenset(chars)
