"""Reverse transliteration (Latin -> source script) of the reversible standards."""

from __future__ import annotations

import re
import unicodedata

from .._unicode import title_case

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


__all__ = ["CompiledReverse"]


class CompiledReverse:
    """A compiled reverse (Latin -> source script) transliterator of a reversible standard.

    Args:
        data: the standard's data file.
        reversible_ids: the reversible standards, named in the error for one that is not.
    """

    def __init__(self, data: dict[str, Any], reversible_ids: tuple[str, ...] = ()) -> None:
        if not data.get("reversible"):
            raise ValueError(
                f"{data['id']} is not reversible: its Latin output does not determine the "
                "original letters; reversible standards: " + ", ".join(reversible_ids)
            )
        mapping: dict[str, str] = {}

        def add(out: str, src: str) -> None:
            if not out:
                return
            have = mapping.get(out, src)
            if have.lower() == src.lower():
                # ʺ is both ъ and Ъ: keep the first (lower-case) reading.
                mapping.setdefault(out, src)
                return
            if have != src:
                raise ValueError(
                    f"{data['id']}: {out!r} is the output of both {mapping[out]!r} and {src!r}"
                )
            mapping[out] = src

        for src, out in data["letters"].items():
            add(out, src)
            cap = src.upper()
            if len(cap) == 1 and cap != src:
                add(data.get("title", {}).get(src, title_case(out)), cap)
                add(data.get("upper", {}).get(src, out.upper()), cap)
        for rule in data.get("rules", []):
            if len(rule["match"]) == 1 and isinstance(rule["output"], str):
                src = rule["match"]
                add(rule["output"], src)
                add(title_case(rule["output"]), src.upper())
                add(rule["output"].upper(), src.upper())
        for out, src in data.get("reverse_extra", {}).items():
            mapping[out] = src
        if data.get("apostrophe"):
            mapping.setdefault(data["apostrophe"], "\u02bc")
        self._map = mapping
        keys = sorted(mapping, key=lambda k: (-len(k), k))
        self._pattern = re.compile("|".join(re.escape(k) for k in keys))

    def __call__(self, text: str) -> str:
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return self._pattern.sub(lambda m: self._map[m.group()], text)
