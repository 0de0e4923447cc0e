"""When two Latin spellings in one language are one surname, for clustering.

The name matcher (:func:`translit.same_name`) says whether two spellings *can* be one name;
a document needs more before it rewrites one into the other. Spellings without a mark of
romanized Cyrillic must read alike and be vouched for by a full name; words of the
document's own language need a voucher too (:mod:`translit.text.own_words`); surnames of
languages kept apart never merge (``languages.apart``). See ``docs/how-it-works.rst``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container

__all__ = ["likely_keys", "same_surname"]


# Conventions every Latin spelling may be read under, besides its most likely one: the English
# and official romanizations, and the scholarly, German and Polish ones that the international
# press quotes most (Zbychupriuk ~ Zbykhupriuk, Selenskyj ~ Zelenskyy). The others (French,
# Spanish, Hungarian, ...) count only for a spelling whose most likely convention they are.
_LIKELY = frozenset({"english", "scholarly", "german", "polish"})


@functools.lru_cache(maxsize=65_536)
def likely_keys(word: str) -> frozenset[str]:
    """Matching keys of a word read under its likely conventions (see ``_LIKELY``): a spelling
    is not read the way of a language it shows no sign of to meet another one."""
    from ..names.spelling import readings

    keys: set[str] = set()
    for part in word.split("-"):
        rs = readings(part) if part else ()
        keys.update(k for r in rs if r is rs[0] or r.profile in _LIKELY for k in r.variants)
    return frozenset(keys)


def same_surname(
    a: str,
    b: str,
    named: Container[str] = (),
    is_word: Callable[[str], bool] | None = None,
    vouched: Container[str] = (),
) -> bool:
    """One surname: the matcher agrees, and spellings without a mark of romanized Cyrillic
    need more evidence.

    Short or weakly marked spellings must read alike, and one of them must be the surname of
    a full name with an East Slavic given name (``named``). A word of the document's language
    that nothing marks as foreign (``is_word``: Flachau in German, Bellow in English) needs a
    full name with a given name of the table (``vouched``, which includes ``named``).
    """
    from ..names.matching import same_name
    from .candidates import languages_apart, strong_surname, transliteration_marked
    from .common_words import gate_settings
    from .exact_readings import same_g_and_h, same_reading

    if a.casefold() == b.casefold():
        return True
    if likely_keys(a).isdisjoint(likely_keys(b)) or languages_apart(a, b) or not same_name(a, b):
        return False
    if is_word is not None and a not in vouched and b not in vouched and (is_word(a) or is_word(b)):
        return False
    short = int(gate_settings()["short_word"]["value"])
    if min(len(a), len(b)) > short and (
        strong_surname(a)
        or strong_surname(b)
        or transliteration_marked(a)
        or transliteration_marked(b)
    ):
        return True
    return (a in named or b in named) and same_reading(a, b) and same_g_and_h(a, b)
