"""The spellings the romanization standards give a place of the table.

A Latin word that only *reads* like a place (it is not a listed form) may still be an ordinary
word of the document's language: English *Violins*, *Dijon*, *Alta* and *Acca* read as Волынь,
Дон, Ялта and Ока under the English conventions. Such a word is taken for the place only when a
standard writes the place that way (*Kharkov*, *Kyiv*, *Lugansk*): :func:`may_be_place`, the
rule of the clusters and of a discovery applied to new text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["is_standard_spelling", "may_be_place", "place_words", "standard_spellings"]

_MARKS = dict.fromkeys(map(ord, "'’ʼ`´ʹʺ\"-"))


def _plain(spelling: str) -> str:
    # Apostrophes (BGN's soft sign) and hyphens apart, the letters, diacritics kept: without
    # them ISO 9 would write Ялта as Alta (âlta).
    return unicodedata.normalize("NFC", spelling.casefold().translate(_MARKS))


@lru_cache(maxsize=1)
def _by_place() -> dict[str, frozenset[str]]:
    from ..names import prebuilt

    built = prebuilt.part("place_standards")
    return build_by_place() if built is None else prebuilt.as_index(built)


def build_by_place() -> dict[str, frozenset[str]]:
    """Place id -> its spellings under every standard (:mod:`translit.names.prebuilt` keeps
    them: they take every standard's tables to make)."""
    from ..names._data import read_tsv, split_cell
    from ..registry import schemes
    from ..transliteration import transliterate

    ids = sorted(s.id for s in schemes())
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("places.tsv"):
        spellings: set[str] = set()
        for language in ("ru", "uk", "be"):
            of_language = [s for s in ids if s.startswith(language + "-")] + ["iso-9"]
            for form in split_cell(row.get(language)):
                for scheme in of_language:
                    spellings.add(_plain(transliterate(form, scheme)))
        out[row["id"]] = frozenset(spellings)
    return out


def standard_spellings(place_id: str) -> frozenset[str]:
    """The place's forms under every standard of their language, case-folded, apostrophes and
    hyphens left out.

    >>> sorted(s for s in standard_spellings("kharkiv") if s.startswith("kh"))
    ['kharkau', 'kharkaw', 'kharkiv', 'kharkov']
    """
    return _by_place().get(place_id, frozenset())


def is_standard_spelling(spelling: str, place_ids: tuple[str, ...]) -> bool:
    """Does a standard write one of these places as ``spelling`` (case and apostrophes aside)?

    >>> is_standard_spelling("Lugansk", ("luhansk",)), is_standard_spelling("Alta", ("yalta",))
    (True, False)
    """
    plain = _plain(spelling)
    return any(plain in standard_spellings(i) for i in place_ids)


def may_be_place(spelling: str, ids: tuple[str, ...], wordlist: str) -> bool:
    """May ``spelling``, which reads as the places ``ids``, be taken for them in a document
    whose wordlist is ``wordlist``? Yes if the table lists it, a standard writes it, or it is
    no word of the language (``known_zipf``): English *Alta* reads as Ялта and is a word.

    >>> may_be_place("Lugansk", ("luhansk",), "en"), may_be_place("Alta", ("yalta",), "en")
    (True, False)
    """
    from ..names.places import exact_place_ids
    from .common_words import is_known

    return (
        not ids
        or bool(exact_place_ids(spelling))
        or is_standard_spelling(spelling, ids)
        or not is_known(spelling, wordlist)
    )


def place_words(spelling: str) -> int:
    """How many words a place's name has (spaces and hyphens part them): a full name and a
    short one are two names of a place, not two spellings of one.

    >>> place_words("Saint Petersburg"), place_words("Sankt-Peterburg"), place_words("Petersburg")
    (2, 2, 1)
    """
    return len(spelling.replace("-", " ").split())
