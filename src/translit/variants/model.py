"""What :mod:`translit.variants` returns: :class:`Variant`, :class:`Candidate`, :class:`Origin`."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Candidate", "Origin", "Variant"]


class Variant(NamedTuple):
    """One spelling a name is likely to be found under (:func:`translit.variants`)."""

    #: The name as it would be written (Latin, or a native-script form).
    spelling: str
    #: The standard id (``"uk-kmu-2010"``) or press convention (``"german"``) that writes it
    #: so; ``"native"`` for a native-script form, ``"input"`` for the name given.
    convention: str
    #: The language of the native form it was written from (``"ru"``, ``"uk"``, ``"be"``, ...).
    language: str
    #: How likely the name is found under this spelling, in (0, 1]; a spelling that several
    #: conventions write scores higher than each alone.
    score: float
    #: The native-script form it was written from.
    native: str


class Candidate(NamedTuple):
    """A native-script form a Latin spelling may stand for (:func:`translit.to_native`)."""

    #: The Cyrillic form (the words of a full name joined by spaces).
    native: str
    #: Its language (``"ru"``, ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``).
    language: str
    #: In (0, 1]; the candidates of one spelling share at most 1 and are ranked by it.
    score: float
    #: The standards or press conventions that write ``native`` as the spelling, most likely
    #: first (empty when none writes it exactly: a spelling that mixes conventions).
    conventions: tuple[str, ...] = ()
    #: The native form of each word of the name.
    parts: tuple[str, ...] = ()


class Origin(NamedTuple):
    """A standard or press convention that writes a native form as a given Latin spelling
    (:func:`translit.identify`)."""

    #: The standard id or press convention.
    convention: str
    #: The language of the native form.
    language: str
    #: The native form it writes as the spelling.
    native: str
    #: In (0, 1], 1.0 for the first origin.
    score: float
    #: ``"standard"``, ``"press"``, ``"passport (older)"`` or ``"scholarly"``.
    kind: str
