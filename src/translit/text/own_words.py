"""Words of the document's own language: known to its wordlist, and marked by nothing its own
words lack.

*Flachau* in German, *Falloff* in English and *Bajeczka* in Polish end like surnames written
from Cyrillic (-au for -аў, -off for -ов, -ka for -ка), but their languages' own words end so
too (*Frau*, *playoff*, *matka*): in a document of that language such a word is a word until a
full name vouches for it. *Lukashenko* in English is marked by -enko, which no English word
carries. The marks each language carries are data (``data/text/native_marks.json``, made by
``scripts/native_marks.py``); a word is known when its wordlist has it (``known_zipf``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["BARE_CACHE_SIZE", "bare_surname_standing", "foreign_marked", "own_word"]


_VOWELS = frozenset("aeiouyäöüåæøéèêëáàâíìîïóòôúùûýœ")


def shape_of(form: str) -> str | None:
    """The shape of an ending's Latin form whose first letter, a consonant, is incidental:
    ``hau`` -> ``·au`` (None for shorter forms and forms that start with a vowel).

    >>> shape_of("hau"), shape_of("off"), shape_of("ki")
    ('·au', None, None)
    """
    if len(form) < 3 or not form[0].isalpha() or form[0] in _VOWELS:
        return None
    return "·" + form[1:]


@lru_cache(maxsize=1)
def _native() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per wordlist: the endings (forms and shapes) and the markers its own words carry."""
    path = resources.files("translit") / "data" / "text" / "native_marks.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for wordlist, marks in data.get("languages", {}).items():
        endings, markers = marks.get("endings"), marks.get("markers")
        shapes = marks.get("shapes")
        if not all(isinstance(v, list) for v in (endings, markers, shapes)):
            raise ValueError(
                f"data/text/native_marks.json: {wordlist!r} needs 'endings', 'markers' and "
                "'shapes' lists"
            )
        out[wordlist] = (frozenset(endings) | frozenset(shapes), frozenset(markers))
    return out


def foreign_marked(word: str, wordlist: str) -> bool:
    """Does ``word`` show a surname ending or a marker of romanized Cyrillic that the common
    words of ``wordlist``'s language do not carry?

    >>> foreign_marked("Lukashenko", "en"), foreign_marked("Flachau", "de")
    (True, False)
    >>> foreign_marked("Flachau", "en"), foreign_marked("Bajeczka", "pl")
    (True, False)
    >>> foreign_marked("Gosau", "de"), foreign_marked("Zhukau", "de")  # -sau as -bau; zh
    (False, True)
    >>> foreign_marked("Walkoff", "en"), foreign_marked("Smirnoff", "en")
    (False, True)
    """
    from .candidates import _ending_of, _markers

    endings, markers = _native().get(wordlist, (frozenset(), frozenset()))
    low = word.casefold()
    if any(m.group(0) not in markers for m in _markers().finditer(low)):
        return True
    ending = _ending_of(word)
    if ending is None or ending.weak:
        return False
    last = low.rsplit("-", 1)[-1]
    found = (ending.latin or ending.tail).search(last)
    if found is None:
        return True
    if found.group(0) in endings or shape_of(found.group(0)) in endings:
        return False
    return not _compound(last, found.start(), found.end(), wordlist)


def _compound(word: str, start: int, end: int, wordlist: str) -> bool:
    """Is ``word`` a common word of the language followed by a word of it that spells the
    ending (English fall+off, walk+off; German flach+Au)? Such a compound is the language's own
    word, whatever its ending says."""
    from .common_words import is_common, is_known

    return any(
        k >= 3 and is_common(word[:k], wordlist) and is_known(word[k:], wordlist)
        for k in range(start, end)
    )


def own_word(word: str, wordlist: str) -> bool:
    """Is ``word`` a word of the wordfreq list ``wordlist`` that nothing marks as foreign?

    >>> own_word("Flachau", "de"), own_word("Lukashenko", "en"), own_word("Devine", "en")
    (True, False, True)
    """
    from .common_words import is_known

    return is_known(word, wordlist) and not foreign_marked(word, wordlist)


# Distinct surnames without a suffix whose standing is kept (each full name asks twice).
BARE_CACHE_SIZE = 8_192


@lru_cache(maxsize=BARE_CACHE_SIZE)
def bare_surname_standing(surname: str, wordlist: str) -> str:
    """What ``wordlist`` knows of a surname without a suffix, found after an East Slavic given
    name (:func:`~translit.text.person_words.bare_surname`): ``common`` (*Miller*, *Meyer*: the
    name of many of the language's own people), ``known`` (*Kuchma*, *Becker*: a name its
    press writes, one way), or ``""`` (a suffixed surname, or one the wordlist does not know:
    *Borozna*).

    >>> [bare_surname_standing(s, "en") for s in ("Miller", "Kuchma", "Borozna", "Putin")]
    ['common', 'known', '', '']
    """
    from .candidates import NO_ENDING
    from .common_words import is_common, is_known
    from .words import facts

    # The gate's verdict as the cut read it (a frequent word's from its table, not read again)
    # and only then the wordlist, which a text without such a surname need not load.
    if facts(surname).verdict.reason != NO_ENDING or not is_known(surname, wordlist):
        return ""
    return "common" if is_common(surname, wordlist) else "known"
