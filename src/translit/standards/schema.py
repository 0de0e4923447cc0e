"""The schema of a standard's data file, as a validator with errors that name file and key.

``docs/data-format.rst`` describes the keys in prose; this module is the same description as
code. :func:`check_scheme` raises :class:`SchemeDataError` on the first problems it finds, e.g.
``ru-x.json: rules[3]: unknown key 'befor' (did you mean 'before'?)``, so a misspelt key can
never compile silently. The tests run it over every shipped file; the registry runs it on load
in debug mode.

>>> check_scheme({"id": "x", "name": "X", "languages": ["ru"], "script": "Cyrillic",
...               "document": "d", "sources": ["s"], "reversible": False,
...               "letters": {"а": "a"}, "rules": [{"match": "а", "befor": ["$"], "output": ""}]},
...              source="x.json")
Traceback (most recent call last):
...
translit.standards.schema.SchemeDataError: x.json: rules[0]: unknown key 'befor' (did you mean ...
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from .._unicode import SCRIPT_RANGES

__all__ = ["SchemeDataError", "check_scheme"]


class SchemeDataError(ValueError):
    """A data file does not follow the format; the message names the file and the key."""


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and v.strip() != ""


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _is_char_map(v: Any) -> bool:
    return isinstance(v, dict) and all(
        isinstance(k, str) and len(k) == 1 and isinstance(x, str) for k, x in v.items()
    )


# key -> (required, check, what the check wants)
_TOP: dict[str, tuple[bool, Callable[[Any], bool], str]] = {
    "id": (True, _is_text, "a non-empty string"),
    "name": (True, _is_text, "a non-empty string"),
    "languages": (True, lambda v: _is_str_list(v) and bool(v), "a non-empty list of codes"),
    "script": (True, lambda v: v in SCRIPT_RANGES, "one of " + ", ".join(SCRIPT_RANGES)),
    "document": (True, _is_text, "a non-empty string"),
    "description": (False, _is_str, "a string"),
    "sources": (True, lambda v: _is_text(v) or (_is_str_list(v) and bool(v)), "strings"),
    "reversible": (True, lambda v: isinstance(v, bool), "true or false"),
    "letters": (True, lambda v: _is_char_map(v) and bool(v), "single letters -> output"),
    "supplement": (False, _is_char_map, "single letters -> output"),
    "supplement_note": (False, _is_text, "a non-empty string"),
    "title": (False, _is_char_map, "single letters -> output"),
    "upper": (False, _is_char_map, "single letters -> output"),
    "uppercase_letters": (False, _is_char_map, "single letters -> output"),
    "extra": (False, _is_char_map, "single characters -> output"),
    "apostrophe": (False, lambda v: v is None or isinstance(v, str), "a string or null"),
    "classes": (False, lambda v: isinstance(v, dict) and all(map(_is_text, v.values())), "names"),
    "rules": (False, lambda v: isinstance(v, list), "a list of rules"),
    "marks": (False, lambda v: isinstance(v, dict) and all(map(_is_str, v.values())), "marks"),
    "marks_note": (False, _is_text, "a non-empty string"),
    "fallback": (False, _is_str_list, "a list of standard ids"),
    "fallback_note": (False, _is_text, "a non-empty string"),
    "names_drop": (False, _is_str, "a string of output characters"),
    "names_note": (False, _is_text, "a non-empty string"),
    "reverse_ambiguous": (False, _is_str_list, "a list of letter sequences"),
    "reverse_ambiguous_note": (False, _is_text, "a non-empty string"),
    "reverse_extra": (False, lambda v: isinstance(v, dict) and all(map(_is_str, v.values())), ""),
    "examples": (False, lambda v: isinstance(v, list), "a list of examples"),
    "example_sources": (False, lambda v: isinstance(v, dict), "source key -> citation"),
    "_comment": (False, _is_str, "a string"),
}
_RULE_KEYS = (
    "match",
    "output",
    "after",
    "not_after",
    "before",
    "not_before",
    "through",
    "title",
    "note",
)
_EXAMPLE_KEYS = ("in", "out", "source")
_CONTEXT_WORDS = ("^", "$", "apostrophe", "letter")


def _unknown(key: str, known: tuple[str, ...] | list[str]) -> str:
    near = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f"unknown key {key!r}" + (f" (did you mean {near[0]!r}?)" if near else "")


def check_scheme(data: Any, *, source: str = "<data>", known_ids: tuple[str, ...] = ()) -> None:
    """Check one parsed data file; raise :class:`SchemeDataError` listing its problems.

    Args:
        data: the parsed JSON.
        source: the file name used in messages.
        known_ids: ids of the other standards, to check ``fallback`` (not checked when empty).
    """
    problems = list(_problems(data, known_ids))
    if problems:
        raise SchemeDataError("\n".join(f"{source}: {p}" for p in problems))


def _problems(data: Any, known_ids: tuple[str, ...]) -> Any:
    if not isinstance(data, dict):
        yield "the file must hold a JSON object"
        return
    for key, value in data.items():
        spec = _TOP.get(key)
        if spec is None:
            yield _unknown(key, tuple(_TOP))
        elif not spec[1](value):
            yield f"{key}: must be {spec[2]}"
    for key, (required, _, _) in _TOP.items():
        if required and key not in data:
            yield f"missing key {key!r}"
    letters: dict[str, str] = data["letters"] if _is_char_map(data.get("letters")) else {}
    for src in letters:
        if src != src.lower():
            yield f"letters: {src!r} must be a lower-case letter (capitals are derived)"
    for key in ("title", "upper"):
        for src in data.get(key) or {}:
            if src not in letters:
                yield f"{key}: {src!r} is not in letters"
    classes: dict[str, str] = data["classes"] if isinstance(data.get("classes"), dict) else {}
    if isinstance(data.get("rules"), list):
        for i, rule in enumerate(data["rules"]):
            for p in _rule_problems(rule, classes):
                yield f"rules[{i}]: {p}"
    sources: dict[str, Any] = (
        data["example_sources"] if isinstance(data.get("example_sources"), dict) else {}
    )
    if isinstance(data.get("examples"), list):
        for i, ex in enumerate(data["examples"]):
            if not isinstance(ex, dict):
                yield f"examples[{i}]: must be an object"
                continue
            for key in ex:
                if key not in _EXAMPLE_KEYS:
                    yield f"examples[{i}]: {_unknown(key, _EXAMPLE_KEYS)}"
            for key in _EXAMPLE_KEYS:
                if not isinstance(ex.get(key), str):
                    yield f"examples[{i}]: {key!r} must be a string"
            if isinstance(ex.get("source"), str) and ex["source"] not in sources:
                yield f"examples[{i}]: source {ex['source']!r} is not in example_sources"
    for key in data.get("marks") or {}:
        if len(key) != 1 or not ("\u0300" <= key <= "\u036f"):
            yield f"marks: {key!r} must be one combining mark (U+0300-U+036F)"
    if known_ids and _is_str_list(data.get("fallback")):
        for sid in data["fallback"]:
            if sid not in known_ids:
                yield f"fallback: {sid!r} is not a standard id"
            elif sid == data.get("id"):
                yield "fallback: a standard cannot fall back on itself"


def _rule_problems(rule: Any, classes: dict[str, str]) -> Any:
    if not isinstance(rule, dict):
        yield "must be an object"
        return
    for key in rule:
        if key not in _RULE_KEYS:
            yield _unknown(key, _RULE_KEYS)
    match = rule.get("match")
    if not isinstance(match, str) or not match:
        yield "'match' must be a non-empty string"
        return
    if match != match.lower():
        yield f"match {match!r} must be lower case"
    out = rule.get("output")
    if isinstance(out, list):
        if len(out) != len(match) or not all(map(_is_str, out)):
            yield f"output must be one string per matched letter ({len(match)})"
    elif not isinstance(out, str):
        yield "'output' must be a string or a list of strings"
    for key in ("after", "not_after", "before", "not_before", "through"):
        if key not in rule:
            continue
        items = rule[key]
        if not _is_str_list(items) or not items:
            yield f"{key}: must be a non-empty list of strings"
            continue
        for item in items:
            if item == "^" and key not in ("after", "not_after"):
                yield f"{key}: '^' (start of a word) belongs in after/not_after"
            elif item == "$" and key not in ("before", "not_before"):
                yield f"{key}: '$' (end of a word) belongs in before/not_before"
            elif item in _CONTEXT_WORDS or item in classes:
                continue
            elif item.isidentifier() and len(item) > 1 and item.isascii():
                yield f"{key}: {item!r} is not a class" + (
                    f" (did you mean {near[0]!r}?)"
                    if (near := difflib.get_close_matches(item, list(classes), n=1))
                    else ""
                )
    if "through" in rule and "after" not in rule:
        yield "through: needs 'after' (the context it looks through to)"
    if "title" in rule and not isinstance(rule["title"], str):
        yield "title: must be a string"
