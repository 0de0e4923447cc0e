"""The spellings a name is found under: :func:`variants`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .assemble import full_name_spellings
from .forms import name_words, native_names
from .generate import spellings
from .model import Variant

__all__ = ["variants"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")

#: Distinct (name, options) whose variants are kept per process.
VARIANTS_CACHE_SIZE = 4096

#: How many native candidates of a Latin name are written out.
LATIN_CANDIDATES = 2


def variants(
    name: str,
    *,
    languages: Iterable[str] | None = None,
    limit: int = 50,
    conventions: Iterable[str] | None = None,
) -> list[Variant]:
    """The spellings a name is likely to be found under, most likely first.

    From a native-script or a Latin name: its forms in Russian, Ukrainian and Belarusian
    (cognate given names through the table, the surname's cognates, the patronymic formed in
    each language, the full name with and without it), each written under the official
    standards and passport tables of its language and the press conventions of English,
    German, French, Polish, Czech, Spanish, Italian, Dutch, Scandinavian, Latvian, Lithuanian
    and Portuguese writing. Gender forms and other names of a suffix family never appear:
    every variant is :func:`translit.same_name` with ``name``.

    Args:
        name: a name in Cyrillic or Latin letters (one word or a full name).
        languages: keep only the forms of these languages (``"ru"``, ``"uk"``, ``"be"``; by
            default all).
        limit: the most variants returned.
        conventions: keep only spellings of these standards or press conventions (ids as in
            :attr:`Variant.convention`; ``"native"`` for the native-script forms).

    >>> [v.spelling for v in variants("Лукашенко")][:4]
    ['Lukashenko', 'Lukašenko', 'Лукашенко', 'Lukashenka']
    >>> v = variants("Зеленський", limit=3)[0]
    >>> v.spelling, v.convention, v.language
    ('Zelenskyi', 'uk-kmu-2010', 'uk')
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    if limit <= 0:
        return []
    langs = None if languages is None else tuple(sorted(set(languages)))
    convs = None if conventions is None else tuple(sorted(set(conventions)))
    return list(
        _variants(unicodedata.normalize("NFC", " ".join(name.split())), langs, limit, convs)
    )


@lru_cache(maxsize=VARIANTS_CACHE_SIZE)
def _variants(
    name: str, languages: tuple[str, ...] | None, limit: int, conventions: tuple[str, ...] | None
) -> tuple[Variant, ...]:
    if not name:
        return ()
    given: Variant | None = None
    if _CYRILLIC.search(name):
        sources = [(name, _language(name), 1.0)]
    else:
        sources = _latin_natives(name)
        if not sources:
            found = [Variant(name, "input", "", 1.0, name)] if _wants(conventions, "input") else []
            return tuple(found)
        given = Variant(name, "input", sources[0][1], 1.0, sources[0][0])
    words = name_words(sources[0][0])
    if len(words) > 1:
        found = _full_name(sources, languages, limit, conventions)
    else:
        natives = [
            # (A weight of 1.0, a Cyrillic name's, leaves each form's as it is.)
            n if weight == 1.0 else n._replace(weight=n.weight * weight)
            for native, language, weight in sources
            for n in native_names(native, language)
        ]
        if languages is not None:
            natives = [n for n in natives if n.language in languages]
        found = spellings(natives, limit, conventions, source=sources[0][1])
    if given is not None and _wants(conventions, "input"):
        found = [given, *(v for v in found if v.spelling != name)][:limit]
    return tuple(found)


def _full_name(
    sources: list[tuple[str, str, float]],
    languages: tuple[str, ...] | None,
    limit: int,
    conventions: tuple[str, ...] | None,
) -> list[Variant]:
    """A full name's spellings (:mod:`.assemble`), from each of its native sources (a Latin
    name's likeliest back-transliterations), merged as independent chances."""
    if len(sources) == 1:
        native, language, weight = sources[0]
        words = name_words(native)
        return full_name_spellings(native, language, words, languages, conventions, limit, weight)
    misses: dict[str, float] = {}
    best: dict[str, Variant] = {}
    for native, language, weight in sources:
        words = name_words(native)
        for v in full_name_spellings(
            native, language, words, languages, conventions, limit, weight
        ):
            misses[v.spelling] = misses.get(v.spelling, 1.0) * (1.0 - v.score)
            if v.spelling not in best or v.score > best[v.spelling].score:
                best[v.spelling] = v
    ranked = sorted(misses, key=lambda t: (misses[t], t))[:limit]
    return [best[t]._replace(score=round(1.0 - misses[t], 6)) for t in ranked]


def _wants(conventions: tuple[str, ...] | None, convention: str) -> bool:
    return conventions is None or convention in conventions


def _language(name: str) -> str:
    """The language of a Cyrillic name: the one an ending only that language writes shows
    (``name_endings.json``: Ukrainian -ський), else :func:`translit.detect_language`'s,
    unless the language would not write a word of it so (Ukrainian Иванович)."""
    from ..standards.detection import detect_language
    from .prior import exclusive_language, own_letters, unwritten

    found = own_letters(name) or exclusive_language(name) or detect_language(name) or "ru"
    words = name.lower().split()
    if found in ("uk", "be") and not own_letters(name) and any(unwritten(w, found) for w in words):
        # A word the language would not write so (Иванович is no Ukrainian word): the name
        # is in another East Slavic language, Russian unless it too rules the word out.
        others = [x for x in ("ru", "uk", "be") if not any(unwritten(w, x) for w in words)]
        found = others[0] if others else "ru"
    return found


def _latin_natives(name: str) -> list[tuple[str, str, float]]:
    """The likeliest back-transliterations of a Latin name that are the same name, with
    their language and weight (1.0 for the likeliest)."""
    from ..names.decide import same_name
    from .native import to_native

    found = [c for c in to_native(name, limit=LATIN_CANDIDATES) if same_name(name, c.native)]
    return [(c.native, c.language, c.score / found[0].score) for c in found]
