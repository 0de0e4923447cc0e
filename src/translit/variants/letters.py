"""The letters of a native form as the press conventions of its language look at them, made
once for all its writers: whether each table knows them (:func:`known_letters`), and the runs
of letters a hazard of a convention is made of (:func:`letter_grams`, looked up only where
:func:`risky_letters` finds some convention's).
"""

from __future__ import annotations

import re
from functools import cache

from .patterns import any_of
from .press import _SIGN, _SIGNS, checker, press_conventions, table

__all__ = ["hazard_letters", "known_letters", "letter_grams", "risky_letters"]


@cache  # one per language: bounded
def hazard_letters(language: str) -> re.Pattern[str] | None:
    """Any letters of a hazard of any press convention for ``language`` (the
    :attr:`Checker.pair_set` of each), or None if none has one: a native form they are not
    found in (nor with its signs dropped) is :meth:`Checker.risky` for none."""
    pairs: set[str] = set()
    for ident, conv in press_conventions().items():
        if language in conv.languages:
            pairs |= checker(ident, language).pair_set
    return any_of(pairs)


@cache  # one per language: bounded
def known_letters(language: str) -> frozenset[str]:
    """The letters every press convention's table for ``language`` writes
    (:attr:`Table.letters` of each)."""
    out: frozenset[str] | None = None
    for ident, conv in press_conventions().items():
        if language in conv.languages:
            letters = table(ident, language).letters
            out = letters if out is None else out & letters
    return out or frozenset()


def risky_letters(native: str, language: str) -> bool:
    """Whether a lower-case native form has the letters of a hazard of some press
    convention for ``language`` (:func:`hazard_letters`)."""
    found = hazard_letters(language)
    if found is None:
        return False
    if found.search(native):
        return True
    return _SIGN.search(native) is not None and found.search(native.translate(_SIGNS)) is not None


def letter_grams(native: str) -> frozenset[str]:
    """The runs of two and three letters of a lower-case native form, and of the form with
    its signs dropped (a hazard's letters are looked up in these: :meth:`Checker.risky`)."""
    out = {native[i : i + n] for n in (2, 3) for i in range(len(native) - n + 1)}
    if _SIGN.search(native):
        bare = native.translate(_SIGNS)
        out.update(bare[i : i + n] for n in (2, 3) for i in range(len(bare) - n + 1))
    return frozenset(out)
