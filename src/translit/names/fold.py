"""The fold from a (pseudo-)Cyrillic spelling to a matching key (``data/names/fold.json``).

A key is a consonant skeleton with three vowel classes (``A`` = а о е ё э я є, ``I`` = и і ы й
ї, ``U`` = у ю). The fold erases what separates the standards and the Russian, Ukrainian and
Belarusian spellings of one name, and keeps what separates names. Some folds are *optional*
(Belarusian tsekanne turns ц before a soft vowel into т, but an original ц stays): a spelling
then has several keys, the full fold first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from .._memo import memo
from ._data import DataError, read_json, regex, require

__all__ = ["FoldRule", "cognate_rules", "fold", "fold_variants", "plain_fold", "with_cognates"]

_WHERE = "data/names/fold.json"

# Distinct spellings folded per process; a name corpus has far fewer distinct words.
FOLD_CACHE_SIZE = 100_000


class FoldRule(NamedTuple):
    """One rewrite of the key: ``pattern`` → ``replace``; ``optional`` keeps both keys."""

    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    optional: bool
    needs: str  # a literal the pattern cannot match without ('' when there is none)
    why: str


class _Fold(NamedTuple):
    digraphs: re.Pattern[str]
    digraph_keys: dict[str, str]
    letters: dict[int, str]
    rules: tuple[FoldRule, ...]
    cognates: tuple[FoldRule, ...]
    any_cognate: re.Pattern[str]  # one scan: does some cognate rule apply at all?
    doubled: re.Pattern[str]
    any_rule: re.Pattern[str] | None  # one scan: does some rule apply at all?
    # The rules as (bound sub, replacement, optional, needs): what the loop of plain_fold
    # reads per rule without four attribute lookups (a fifth of a fold's time).
    steps: tuple[tuple[Callable[..., str], Any, bool, str], ...]


@lru_cache(maxsize=1)
def _fold() -> _Fold:
    data = read_json("names/fold.json")
    digraphs: dict[str, str] = require(data, "digraphs", dict, _WHERE)
    letters: dict[str, str] = require(data, "letters", dict, _WHERE)
    # Digraphs are rewritten to key letters first (upper-case ASCII, which the table keeps).
    pattern = re.compile("|".join(re.escape(k) for k in sorted(digraphs, key=len, reverse=True)))
    alphabet = sorted({c for v in [*letters.values(), *digraphs.values()] for c in v})
    rules = tuple(
        _rule(r, alphabet, f"{_WHERE}: rule {n}")
        for n, r in enumerate(require(data, "rules", list, _WHERE), 1)
    )
    where = "data/names/cognates.json"
    cognates = tuple(
        _cognate(r, f"{where}: rule {n}")
        for n, r in enumerate(require(read_json("names/cognates.json"), "rules", list, where), 1)
    )
    doubled = _rule({"collapse_doubled": True, "why": ""}, alphabet, _WHERE).pattern
    any_cognate = _any_of(cognates)
    return _Fold(
        pattern,
        digraphs,
        {ord(k): v for k, v in letters.items()},
        rules,
        cognates,
        any_cognate or re.compile("(?!)"),
        doubled,
        _any_of(rules),
        tuple((r.pattern.sub, r.replace, r.optional, r.needs) for r in rules),
    )


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _any_of(rules: tuple[FoldRule, ...]) -> re.Pattern[str] | None:
    """One pattern that matches where any of the rules does; None when a rule refers back to
    one of its own groups (an alternation would renumber them)."""
    if any(_BACKREFERENCE.search(r.pattern.pattern) for r in rules):
        return None
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules) or "(?!)")


def _cognate(raw: Any, where: str) -> FoldRule:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object")
    pattern = require(raw, "pattern", str, where)
    replace = require(raw, "replace", str, where)
    return FoldRule(
        regex(pattern, where), replace, True, _needs(pattern), require(raw, "name", str, where)
    )


def cognate_rules() -> tuple[FoldRule, ...]:
    """The ru/uk/be correspondences of ``cognates.json`` (for tests and explanations)."""
    return _fold().cognates


def _rule(raw: Any, alphabet: list[str], where: str) -> FoldRule:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: expected an object")
    why = require(raw, "why", str, where)
    optional = bool(raw.get("optional", False))
    if raw.get("collapse_doubled"):
        # "(.)\1+" is slow in re: it tries every position. The same rule as an alternation of
        # the key alphabet's doubled letters lets re skip ahead.
        doubled = re.compile("|".join(f"{re.escape(c)}{re.escape(c)}+" for c in alphabet))
        return FoldRule(doubled, _first_char, optional, "", why)
    pattern = require(raw, "pattern", str, where)
    replace = require(raw, "replace", str, where)
    return FoldRule(regex(pattern, where), replace, optional, _needs(pattern), why)


def _first_char(m: re.Match[str]) -> str:
    return m.group()[0]


def _needs(pattern: str) -> str:
    """A literal the pattern cannot match without ('' when there is none), to skip rules
    cheaply: the letters after any leading lookbehind, up to the first special character."""
    m = re.match(r"(?:\(\?<[=!][^)]*\))?([A-Za-z]+)(?![*?{])", pattern)
    return m.group(1) if m else ""


def fold(spelling: str) -> str:
    """Fold a (pseudo-)Cyrillic spelling into its matching key.

    >>> fold("лукашенко") == fold("лукашэнка")
    True
    >>> fold("иванов") == fold("иванова")
    False
    """
    return fold_variants(spelling)[0]


@memo(maxsize=FOLD_CACHE_SIZE)
def fold_variants(spelling: str) -> tuple[str, ...]:
    """The key of a spelling first, then the keys that skipping optional folds gives; the
    Russian cognate keys (``cognates.json``) come before the keys they were made from.

    A plain tuple of strings, kept where the garbage collector does not walk
    (:mod:`translit._memo`)."""
    f = _fold()
    return _with_cognates(plain_fold(spelling), f)


def plain_fold(spelling: str) -> tuple[str, ...]:
    """The keys of ``fold.json`` alone, without the cognate rewrites."""
    f = _fold()
    if f.digraphs.search(spelling):
        spelling = f.digraphs.sub(lambda m: f.digraph_keys[m.group()], spelling)
    key = spelling.translate(f.letters)
    if f.any_rule is not None and f.any_rule.search(key) is None:
        # No rule matches the key, so none changes it (each would see the same key).
        return (key,)
    keys: list[str] | None = None  # several keys only once an optional fold applied
    for sub, repl, optional, needs in f.steps:
        if keys is None:
            if needs and needs not in key:
                continue
            new_key = sub(repl, key)
            if optional and new_key != key:
                keys = [new_key, key]
            else:
                key = new_key
            continue
        if needs and not any(needs in k for k in keys):
            continue
        new = [sub(repl, k) for k in keys]
        keys = new + [k for k in keys if k not in new] if optional else new
    return (key,) if keys is None else tuple(dict.fromkeys(keys))


def with_cognates(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys with their Russian cognate keys put first (a key no rule rewrites is kept)."""
    return _with_cognates(keys, _fold())


def _with_cognates(keys: tuple[str, ...], f: _Fold) -> tuple[str, ...]:
    scan = f.any_cognate.search
    if len(keys) == 1:
        if scan(keys[0]) is None:  # the usual case, in one scan
            return keys
    elif not any(scan(k) for k in keys):
        return keys
    out = list(keys)
    for rule in f.cognates:
        if rule.needs and not any(rule.needs in k for k in out):
            continue
        rewritten = [rule.pattern.sub(rule.replace, k) for k in out]
        if rewritten == out:
            continue
        rewritten = [f.doubled.sub(_first_char, k) for k in rewritten]
        out = rewritten + [k for k in out if k not in rewritten]
    return tuple(dict.fromkeys(out))
