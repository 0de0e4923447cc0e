"""Read one name token, in any script and spelling convention, into matching keys.

A Latin token is read under each spelling convention in ``data/names/spellings.json`` (English
and the official romanizations, scholarly/Central European, German, French, Polish, Spanish,
Dutch/Scandinavian) into pseudo-Cyrillic; a Cyrillic token is its own reading. Each reading is
then folded into a *key*: a consonant skeleton with three vowel classes, from which the
differences between standards and between the Russian, Ukrainian and Belarusian spellings of
one name have been erased, and in which the differences between names (consonants, ``i``,
gender endings, suffixes) are kept.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

__all__ = [
    "Reading",
    "cyrillic_form",
    "fold",
    "fold_variants",
    "primary_profile",
    "primary_reading",
    "readings",
    "token_keys",
]


class Reading(NamedTuple):
    """One way of reading a token: the convention, the pseudo-Cyrillic spelling and its key.

    ``variants`` holds the key and the keys that optional folds give (Belarusian tsekanne
    applies to ц from т but not to original ц, so both are kept).
    """

    profile: str
    spelling: str
    key: str
    variants: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("translit") / "data" / "names" / "spellings.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


class _Profile:
    """A compiled spelling convention: longest-match graphemes with optional contexts."""

    def __init__(self, name: str, graphemes: dict[str, Any]) -> None:
        self.name = name
        self._plain: dict[str, str] = {}
        self._ctx: dict[
            str, list[tuple[str | list[str], re.Pattern[str] | None, re.Pattern[str] | None]]
        ] = {}
        self._branch: dict[str, list[str]] = {}
        for g, out in graphemes.items():
            if isinstance(out, str):
                self._plain[g] = out
            elif all(isinstance(o, str) for o in out):
                self._branch[g] = list(out)
            else:
                self._ctx[g] = [
                    (
                        alt["out"],
                        re.compile(alt["before"]) if alt.get("before") else None,
                        re.compile("(?:" + alt["after"] + ")$") if alt.get("after") else None,
                    )
                    for alt in out
                ]
        self.graphemes = graphemes
        # Plain one-letter graphemes go through str.translate; the regex only handles longer
        # and context-dependent ones (longest match is unaffected: a position where no longer
        # grapheme starts is left to the table).
        self._table = {ord(g): out for g, out in self._plain.items() if len(g) == 1}
        keys = sorted(
            {g for g in self._plain if len(g) > 1} | set(self._ctx) | set(self._branch),
            key=lambda k: (-len(k), k),
        )
        self._all_keys = sorted(
            set(self._plain) | set(self._ctx) | set(self._branch), key=lambda k: (-len(k), k)
        )
        self._branching = set(self._branch) | {
            g for g, alts in self._ctx.items() if any(not isinstance(a[0], str) for a in alts)
        }
        self._pattern = re.compile("|".join(re.escape(k) for k in keys))
        self._full_pattern = re.compile("|".join(re.escape(k) for k in self._all_keys))

    def _options(self, m: re.Match[str]) -> list[str]:
        g = m.group()
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
        return self._options(m)[0]

    def may_branch(self, token: str) -> bool:
        """Whether ``token`` has a spelling this convention reads in more than one way."""
        return any(g in token for g in self._branching)

    def read(self, token: str) -> list[str]:
        """The spellings of ``token`` under this convention (several where it is ambiguous)."""
        if not any(g in token for g in self._branching):
            return [self._pattern.sub(self._replace, token).translate(self._table)]
        outs = [""]
        pos = 0
        for m in self._full_pattern.finditer(token):
            lit = token[pos : m.start()]
            outs = [o + lit + a for o in outs for a in self._options(m)][:8]
            pos = m.end()
        return [o + token[pos:] for o in outs]


@lru_cache(maxsize=1)
def _profiles() -> dict[str, _Profile]:
    raw = _data()["profiles"]

    def resolved(name: str) -> dict[str, Any]:
        p = raw[name]
        base = resolved(p["extends"]) if p.get("extends") else {}
        return {**base, **p["graphemes"]}

    return {name: _Profile(name, resolved(name)) for name in raw if name != "base"}


@lru_cache(maxsize=1)
def _differs_from_english() -> dict[str, re.Pattern[str]]:
    """Per convention, the graphemes it reads differently from English (or that only one of the
    two has): a token with none of them reads the same under both, so it is not read twice."""
    profiles = _profiles()
    english = profiles["english"].graphemes
    out = {}
    for name, prof in profiles.items():
        if name == "english":
            continue
        g = prof.graphemes
        diff = {k for k in set(g) | set(english) if g.get(k) != english.get(k)}
        out[name] = re.compile(
            "|".join(re.escape(k) for k in sorted(diff, key=len, reverse=True)) or "(?!)"
        )
    return out


@lru_cache(maxsize=1)
def _implausible() -> dict[str, re.Pattern[str]]:
    raw = _data()["profiles"]
    return {name: re.compile(p["implausible"]) for name, p in raw.items() if p.get("implausible")}


@lru_cache(maxsize=1)
def _primary_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(pat)) for name, pat in _data()["primary"]["order"]]


@lru_cache(maxsize=1)
def _any_primary_marker() -> re.Pattern[str]:
    """One scan for the markers of every convention but English (most tokens have none)."""
    pats = [pat for name, pat in _data()["primary"]["order"] if pat and name != "english"]
    return re.compile("|".join(f"(?:{p})" for p in pats))


@lru_cache(maxsize=1)
def _key_machinery() -> tuple[
    tuple[re.Pattern[str], dict[str, str]],
    dict[int, str],
    list[tuple[re.Pattern[str], Any, bool, str]],
]:
    key = _data()["key"]
    digraphs: dict[str, str] = key["digraphs"]
    # Digraphs are rewritten to key letters first (upper-case ASCII, which the table keeps).
    pattern = re.compile("|".join(re.escape(k) for k in sorted(digraphs, key=len, reverse=True)))
    table = {ord(k): v for k, v in key["letters"].items()}
    alphabet = sorted({c for v in [*key["letters"].values(), *digraphs.values()] for c in v})
    # "(.)\1+" (a doubled letter is one) is slow in re: it tries every position. The same rule
    # as an alternation of the key alphabet's doubled letters lets re skip ahead.
    doubled = re.compile("|".join(f"{re.escape(c)}{re.escape(c)}+" for c in alphabet))
    rules: list[tuple[re.Pattern[str], Any, bool, str]] = []
    for p, r, *rest in key["rules"]:
        optional = bool(rest and rest[-1] == "optional")
        if p == "(.)\\1+" and r == "\\1":
            rules.append((doubled, _first_char, optional, ""))
        else:
            rules.append((re.compile(p), r, optional, _needs(p)))
    return (pattern, digraphs), table, rules


def _first_char(m: re.Match[str]) -> str:
    return m.group()[0]


def _needs(pattern: str) -> str:
    """A literal the pattern cannot match without ('' when there is none), to skip rules
    cheaply: the letters after any leading lookbehind, up to the first special character."""
    m = re.match(r"(?:\(\?<[=!][^)]*\))?([A-Za-z]+)", pattern)
    return m.group(1) if m else ""


_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN_LETTER = re.compile("[a-zß-ɏḀ-ỿ]")


def _is_cyrillic(token: str) -> bool:
    return _CYRILLIC.search(token) is not None


@lru_cache(maxsize=1)
def _sign_table() -> dict[int, str | None]:
    data = _data()
    table: dict[int, str | None] = {ord(c): "ь" for c in data["apostrophes"]}
    table.update({ord(c): "ъ" for c in data["hard_signs"]})
    table[ord("·")] = None  # BGN/PCGN's disambiguating middle dot (t·s) is not a sound
    return table


@lru_cache(maxsize=1)
def _read_letters() -> frozenset[str]:
    """Every non-ASCII letter some convention reads as such (č, ł, ë, ...)."""
    chars: set[str] = set()
    for p in _data()["profiles"].values():
        for g in p["graphemes"]:
            chars.update(c for c in g if not c.isascii())
    return frozenset(chars)


def _clean_latin(token: str) -> str:
    """Lower-case and compose; letters with marks no convention reads lose the marks."""
    if token.isascii():
        return token.lower()
    token = unicodedata.normalize("NFC", token.lower())
    if token.isascii():
        return token
    known = _read_letters()
    out = []
    for c in token:
        if c.isascii() or c in known:
            out.append(c)
        else:
            out.append(
                "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))
            )
    return "".join(out)


def cyrillic_form(token: str) -> str:
    """Lower-case NFC Cyrillic with Latin look-alike letters repaired (``Вiталiй``)."""
    token = unicodedata.normalize("NFC", token.lower())
    if _LATIN_LETTER.search(token):
        from ..engine import compile_scheme

        token = compile_scheme("iso-9").repair(token)
    return token.translate(_sign_table())


def fold(spelling: str) -> str:
    """Fold a (pseudo-)Cyrillic spelling into its matching key.

    >>> fold("лукашенко") == fold("лукашэнка")
    True
    >>> fold("иванов") == fold("иванова")
    False
    """
    return fold_variants(spelling)[0]


@lru_cache(maxsize=100_000)
def fold_variants(spelling: str) -> tuple[str, ...]:
    """The key of a spelling first, then the keys that skipping optional folds gives."""
    digraphs, table, rules = _key_machinery()
    if digraphs[0].search(spelling):
        spelling = digraphs[0].sub(lambda m: digraphs[1][m.group()], spelling)
    key = spelling.translate(table)
    keys: list[str] | None = None  # several keys only once an optional fold applied
    for rx, repl, optional, needs in rules:
        if keys is None:
            if needs and needs not in key:
                continue
            new_key = rx.sub(repl, key)
            if optional and new_key != key:
                keys = [new_key, key]
            else:
                key = new_key
            continue
        if needs and not any(needs in k for k in keys):
            continue
        new = [rx.sub(repl, k) for k in keys]
        keys = new + [k for k in keys if k not in new] if optional else new
    return (key,) if keys is None else tuple(dict.fromkeys(keys))


def primary_profile(token: str) -> str:
    """Name the spelling convention a Latin token is most likely written in."""
    return _primary_of_clean(_clean_latin(token))


def _primary_of_clean(low: str) -> str:
    if _any_primary_marker().search(low) is None:
        return "english"
    for name, rx in _primary_rules():
        if rx.search(low):
            return name
    return "english"


@lru_cache(maxsize=200_000)
def readings(token: str) -> tuple[Reading, ...]:
    """Every distinct reading of one token (no spaces), the most likely one first.

    >>> [r.key for r in readings("Lukaschenko")][:1] == [r.key for r in readings("Лукашенко")]
    True
    """
    if _is_cyrillic(token):
        spelling = cyrillic_form(token)
        keys = fold_variants(spelling)
        return (Reading("cyrillic", spelling, keys[0], keys),)
    low = _clean_latin(token).translate(_sign_table())
    profiles = _profiles()
    first = primary_profile(token)
    contra = _implausible()
    differs = _differs_from_english()
    order = [first] + [
        p
        for p in profiles
        if p != first
        and not (p in contra and contra[p].search(low))
        and (
            p == "english" or (first == "english" and differs[p].search(low)) or first != "english"
        )
    ]
    first_reading = primary_reading(token)  # cached: name_key usually computed it already
    out: list[Reading] = [first_reading]
    seen: set[str] = {first_reading.spelling}
    for name in order:
        if name == first and not profiles[name].may_branch(low):
            continue  # its only reading is the primary one
        for spelling in profiles[name].read(low):
            if spelling in seen:
                continue
            seen.add(spelling)
            keys = fold_variants(spelling)
            out.append(Reading(name, spelling, keys[0], keys))
    return tuple(out)


@lru_cache(maxsize=200_000)
def primary_reading(token: str) -> Reading:
    """The most likely reading alone (cheaper than :func:`readings` for a cold token)."""
    if _is_cyrillic(token):
        spelling = cyrillic_form(token)
        profile = "cyrillic"
    else:
        low = _clean_latin(token).translate(_sign_table())
        profile = _primary_of_clean(low)
        spelling = _profiles()[profile].read(low)[0]
    keys = fold_variants(spelling)
    return Reading(profile, spelling, keys[0], keys)


def token_keys(token: str) -> frozenset[str]:
    """All keys of one token."""
    return frozenset(k for r in readings(token) for k in r.variants)


def primary_key(token: str) -> str:
    """The key of the most likely reading."""
    return readings(token)[0].key


KeyFn = Callable[[str], str]
