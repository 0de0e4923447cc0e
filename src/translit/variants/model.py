"""What :mod:`translit.variants` returns: :class:`Variant`, :class:`Candidate`, :class:`Origin`."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Candidate", "Origin", "Variant"]


class Variant(NamedTuple):
    """One spelling a name is likely to be found under.

    Attributes:
        spelling: the name as it would be written (Latin, or a native-script form).
        convention: the standard id (``"uk-kmu-2010"``) or press convention (``"german"``)
            that writes it so; ``"native"`` for a native-script form, ``"conventional"`` for
            a form the given-name table lists (Alexander), ``"input"`` for the name given.
        language: the language of the native form it was written from (``"ru"``, ``"uk"``,
            ``"be"``, ...).
        score: how likely the name is found under this spelling, in (0, 1]; a spelling that
            several conventions produce scores higher than each alone.
        native: the native-script form it was written from.
    """

    spelling: str
    convention: str
    language: str
    score: float
    native: str


class Candidate(NamedTuple):
    """A native-script form a Latin spelling may stand for (:func:`translit.to_native`).

    Attributes:
        native: the Cyrillic form (each part of a full name, joined by spaces).
        language: its language (``"ru"``, ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``).
        score: in (0, 1]; the candidates of one spelling are ranked by it.
        conventions: the standards or press conventions that write ``native`` as the
            spelling, most likely first (empty when none writes it exactly).
        parts: the native form of each word, for a full name.
    """

    native: str
    language: str
    score: float
    conventions: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


class Origin(NamedTuple):
    """A standard or press convention that writes a native form as a given Latin spelling
    (:func:`translit.identify`).

    Attributes:
        convention: the standard id or press convention.
        language: the language of the native form.
        native: the native form it writes as the spelling.
        score: in (0, 1], best first.
        kind: ``"standard"`` or ``"press"`` (or ``"passport (older)"`` for the older passport
            tables).
    """

    convention: str
    language: str
    native: str
    score: float
    kind: str
