"""Which conventions a Latin token is read under (:func:`reading_order`): the most likely
one, the one its first marker names, and every other one that can write it, tested with one
pattern per convention."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .conventions import (
    conventions,
    conventions_of,
    differs_from_english,
    given_names_only,
    implausible,
    requirements,
)

__all__ = ["reading_order"]


class _Screen(NamedTuple):
    name: str
    required: bool  # it has spellings it is recognised by
    if_english: re.Pattern[str]  # matches a token it may read (English first: differently)
    otherwise: re.Pattern[str]  # matches a token it may read (another convention first)


def _screen_pattern(req: str | None, dif: str | None, imp: str | None) -> re.Pattern[str]:
    """One match for "has a required spelling, has a spelling read otherwise than in English,
    has no implausible spelling" (each test optional), in one call instead of three."""
    parts = [f"(?=.*?(?:{req}))" if req else "", f"(?=.*?(?:{dif}))" if dif else ""]
    parts.append(f"(?!.*?(?:{imp}))" if imp else "")
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _screens() -> tuple[tuple[_Screen, ...], re.Pattern[str]]:
    imp, req, dif, skip = implausible(), requirements(), differs_from_english(), given_names_only()
    rows = []
    for name in conventions():
        if name in skip:
            continue
        r, i = req.get(name), imp.get(name)
        rp, ip = (r.pattern if r else None), (i.pattern if i else None)
        d = dif.get(name)
        rows.append(
            _Screen(
                name,
                r is not None,
                _screen_pattern(rp, d.pattern if d else None, ip),
                _screen_pattern(rp, None, ip),
            )
        )
    # Most tokens have no spelling any of the recognised-by conventions needs: one scan rules
    # them all out.
    any_required = re.compile("|".join(f"(?:{r.pattern})" for r in req.values()) or "(?!)")
    return tuple(rows), any_required


def reading_order(low: str) -> list[str]:
    """The conventions a cleaned, lower-case Latin token is read under, its most likely first:
    the convention of its first marker even where implausible (a mixed spelling), and every
    other convention that can write it; when the most likely one is English, only those that
    read one of its graphemes differently.

    The tests are those of :func:`plausible` and :func:`differs_from_english`, one pattern per
    convention (the result does not depend on their order).
    """
    first, marked = conventions_of(low)
    rows, any_required = _screens()
    english_first = first == "english"
    required: bool | None = None  # does some convention's required spelling occur at all?
    order = [first]
    for name, needs, if_english, otherwise in rows:
        if name == first:
            continue
        if name != marked:
            if needs:
                if required is None:
                    required = any_required.search(low) is not None
                if not required:
                    continue
            if (if_english if english_first else otherwise).match(low) is None:
                continue
        order.append(name)
    return order
