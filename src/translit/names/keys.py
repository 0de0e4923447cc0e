"""Keys of whole names: :func:`name_key` (one per name, for joins) and :func:`name_keys`
(every candidate key, for blocking), and the keys a :class:`translit.Lexicon` indexes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from .._memo import memo
from ._data import NO_IDS
from .decide import is_initial
from .endings import may_have_stems, stems
from .given import exact_given_ids, given_by_ending, given_ids_of_keys, patronymic_given_ids
from .parsing import Token, analyze_light, parse, split_tokens, surname_when_all_given
from .places import _index as _place_index
from .places import place_ids, place_ids_of_key, places_of_keys
from .spelling import MAX_KEY_COMBINATIONS, fresh_token_keys, primary_facts

__all__ = ["index_keys", "name_key", "name_keys", "simple_roles"]


def _token_key(t: Token) -> str:
    if is_initial(t):
        return "." + t.parts[0][0].spelling[:1]
    if t.role == "patronymic":
        ids = patronymic_given_ids(t.text)
        return "~" + (min(ids) if ids else t.primary_key)
    if t.role == "given" and t.given_ids:
        return "#" + min(t.given_ids)
    return t.primary_key


def name_key(name: str) -> str:
    """One stable key for a name, equal for its variants; usable as a join or dedup key.

    Given names become their cognate-table id (``#aleksandr``), a patronymic the id of the name
    it is formed from (``~grigorii``), places their place-table id (``@moskva``); the parts are
    sorted so that order does not matter. Equal keys imply :func:`same_name`; a name with and
    without its patronymic are the same name with different keys (:func:`name_keys` gives both).

    Each word is read under its most likely convention only (:func:`~translit.names.spelling.
    primary_reading`), which keeps the key cheap. So for one word the key depends only on the
    key of that reading (Russian, Ukrainian and Belarusian cognates share it: Лукашэнка,
    Лукашенко, Білоусов and Белоусов), on a form the tables list, and on a nominative ending of
    another language the tables confirm (Jekaterinburgo). Two words whose most likely readings
    fold to the same key have the same name_key whenever :func:`same_name` holds. When
    :func:`same_name` holds only through a less likely reading of a word (German s for з in
    Sacharow, Dutch sj for ш in Sjarhei, English ch read as the Czech х of Bacharev), the keys
    may differ: about one single-word match in seven on the development set; their
    :func:`name_keys` always meet.

    >>> name_key("Lukashenko") == name_key("Лукашэнка") == name_key("Loukachenko")
    True
    >>> name_key("Alexander Lukashenko") == name_key("Лукашэнка Аляксандр")
    True
    >>> name_key("Alexander Grigorievich Lukashenko") == name_key("Лукашэнка Аляксандр Рыгоравіч")
    True
    """
    words = split_tokens(name)
    if len(words) == 1:  # the common shapes, from the words' facts alone
        f = _word.get(words[0]) or _word(words[0])
        if not f[_SHORT]:
            place = _places_of(f[_PLACE_KEY], f)
            if place:
                return "@" + min(place)
            if not f[_IDS]:
                hit = given_by_ending(words[0], light=True)
                if hit is not None:
                    return "#" + min(hit[2])
            return f[_TAG]
    elif len(words) == 2:
        f = _word.get(words[0]) or _word(words[0])
        g = _word.get(words[1]) or _word(words[1])
        if not (f[_ODD] or g[_ODD]):
            # (every key a place of two words could have starts with the first word's key)
            heads = _place_heads()
            if not f[_PART_KEYS] or f[_PART_KEYS][0] in heads:
                place = _places_of(f[_PLACE_KEY] + " " + g[_PLACE_KEY], f, g)
            else:
                place = NO_IDS
            if place:
                return "@" + min(place)
            # Two given names: the second is read as the surname (surname_when_all_given).
            a, b = f[_TAG], (g[_KEY] if f[_IDS] and g[_IDS] else g[_TAG])
            return a + " " + b if a <= b else b + " " + a
    return _name_key(name, words)


def _places_of(joined: str, *found: _Word) -> frozenset[str]:
    """primary_place_ids of the words (their facts known)."""
    if not found[-1][_PLACE_STEMS]:
        return place_ids_of_key(joined)
    parts = [p for f in found for p in f[_PARTS]]
    return places_of_keys(parts, [k for f in found for k in f[_PART_KEYS]])


def _name_key(name: str, words: list[str]) -> str:
    if not words:
        return ""
    found = [_word(w) for w in words]
    if len(words) <= 5:
        if len(words) == 1:
            places_here = places_of_keys(list(found[0][_PARTS]), list(found[0][_PART_KEYS]))
        else:
            parts = [p for f in found for p in f[_PARTS]]
            places_here = places_of_keys(parts, [k for f in found for k in f[_PART_KEYS]])
        if places_here:
            return "@" + min(places_here)
    if len(words) >= 3 or any(f[_SHORT] for f in found) or (len(words) == 2 and _evidence(found)):
        # Patronymics and initials need the roles, and a nominative ending of another
        # language (Volodymyras Groismanas) the evidence of the whole name.
        tokens = analyze_light(name).tokens
        return " ".join(sorted(_token_key(t) for t in tokens))
    # One or two words: each is a given name (its table row) or a surname (its key).
    if len(words) == 1 and not found[0][_IDS]:
        hit = given_by_ending(words[0], light=True)
        if hit is not None:
            return "#" + min(hit[2])
    keys = [("#" + f[_IDS][0]) if f[_IDS] else f[_KEY] for f in found]
    last = surname_when_all_given([bool(f[_IDS]) for f in found])
    if last is not None:
        keys[last] = found[last][_KEY]
    return " ".join(sorted(keys))


# What name_key needs of one word, from its most likely reading: a plain tuple, so that its
# cache is one the garbage collector does not walk (translit._memo), read at these positions.
_PARTS: Final = 0  # its parts (between hyphens)
_PART_KEYS: Final = 1  # their most likely keys
_KEY: Final = 2  # the same, joined by "-"
_PLACE_KEY: Final = 3  # the same, joined by " " (as words of a place)
_IDS: Final = 4  # its given-name rows, sorted (a word of one part), else None
_SHORT: Final = 5  # an initial, or a word too short to judge without the whole name
_ENDING: Final = 6  # it may be a given name that lost an ending (parse looks at the name)
_LONE: Final = 7  # one letter among marks: an initial to the parse
_ODD: Final = 8  # short, lone or with an ending: a name with it is parsed
_TAG: Final = 9  # its part of a name key: its given-name row, else its key
_PLACE_STEMS: Final = 10  # it may have lost the ending of a place's name

_Word = tuple[
    tuple[str, ...],
    tuple[str, ...],
    str,
    str,
    "tuple[str, ...] | None",
    bool,
    bool,
    bool,
    bool,
    str,
    bool,
]

# Distinct words whose key facts are kept per process.
WORD_CACHE_SIZE = 200_000


@memo(maxsize=WORD_CACHE_SIZE)
def _word(word: str) -> _Word:
    if word and "-" not in word:  # (most words: no generator made for one part)
        parts: tuple[str, ...] = (word,)
        first = primary_facts(word)
        keys: tuple[str, ...] = (first[2],)
        found: frozenset[str] | None = exact_given_ids(word) or given_ids_of_keys(first[3])
    else:
        parts = tuple(p for p in word.split("-") if p)
        read = [primary_facts(p) for p in parts]
        keys = tuple(r[2] for r in read)
        found = (exact_given_ids(word) or given_ids_of_keys(read[0][3])) if len(read) == 1 else None
    ids = tuple(sorted(found)) if found is not None else None
    # Most words end in a letter no ending of another language ends in: then they have no
    # stems of any kind, and neither stem table need be made nor cached (every_stem's test).
    endless = not may_have_stems(word)
    ending = (
        ids is not None
        and not ids
        and not endless
        and given_by_ending(word, light=True) is not None
    )
    lone = len(word) < 2 or (not word.isalpha() and sum(c.isalpha() for c in word) <= 1)
    short = len(word) <= 3
    key = "-".join(keys)
    return (
        parts,
        keys,
        key,
        " ".join(keys),
        ids,
        short,
        ending,
        lone,
        short or lone or ending,
        ("#" + ids[0]) if ids else key,
        bool(parts and may_have_stems(parts[-1]) and stems(parts[-1], "place")),
    )


def _evidence(found: list[_Word]) -> bool:
    """In a name of two words, the parse would read a word differently from the plain
    path: one lost an ending of another language, or one is a lone letter."""
    return any(f[_ENDING] or f[_LONE] for f in found)


def name_keys(name: str) -> frozenset[str]:
    """Every candidate key of a name (all readings of every token), for blocking.

    Two spellings of one name share at least one key.
    """
    # Parsed, not taken from analyze's cache: blocking keys each name of a column once, and a
    # cache of whole-name analyses (tracked objects, per name) only gave the garbage collector
    # more to walk (a third of the time on a stream of new names). The words' readings stay
    # cached.
    everything = parse(name).tokens
    tokens = [t for t in everything if t.role not in ("patronymic", "initial")]
    at_places = {"@" + p for p in place_ids(name)}
    if not tokens:
        return frozenset(at_places)
    extras = [_token_key(t) for t in everything if t.role in ("patronymic", "initial")]
    per_token: list[Iterable[str]] = []
    for t in tokens:
        keys = set(t.keys)
        if t.given_ids:
            keys |= {"#" + i for i in t.given_ids}
        per_token.append(sorted(keys))
    out = set()
    for combo in itertools.islice(itertools.product(*per_token), MAX_KEY_COMBINATIONS):
        out.add(" ".join(sorted(combo)))
        if extras:  # the key with patronymic and initials too, as name_key gives it
            out.add(" ".join(sorted([*combo, *extras])))
    out.add(name_key(name))
    return frozenset(out | at_places)


def simple_roles(name: str) -> list[tuple[str, str, str]] | None:
    """(word, role, most likely key) of each word of a name of one or two words, as
    :func:`~translit.names.parsing.analyze_light` gives them, without parsing; None for a
    name the parse would read otherwise (three words or more, initials and short words, an
    ending of another language)."""
    words = split_tokens(name)
    found = _plain(words)
    if found is None:
        return None
    given = [bool(f[_IDS]) for f in found]
    last = surname_when_all_given(given)
    return [
        (w, "given" if g and i != last else "surname", f[_KEY])
        for i, (w, f, g) in enumerate(zip(words, found, given))
    ]


def _plain(words: list[str]) -> list[_Word] | None:
    """The facts of one or two words that the parse reads as they are, else None."""
    if len(words) == 2:
        f, g = _word(words[0]), _word(words[1])
        return None if f[_ODD] or g[_ODD] else [f, g]
    if len(words) == 1:
        f = _word(words[0])
        return None if f[_ODD] else [f]
    return None


def index_keys(form: str) -> set[str]:
    """The keys a lexicon indexes a form under; every key of :func:`name_keys` of a variant of
    the form meets one of them.

    Given names count as their cognate-table row; every other word under each of its
    readings, because canonical forms come in any convention (German Bachmut, French
    Porochenko). Patronymics and initials are left out (a query yields keys without them
    too), places add their place-table row.
    """
    words = split_tokens(form)
    if len(words) == 2:  # the common shape, inline (a lexicon of a million names calls this)
        w0, w1 = words
        f = _word.get(w0) or _word(w0)
        g = _word.get(w1) or _word(w1)
        if f[_ODD] or g[_ODD]:
            return _parsed_index_keys(form)
        if not f[_PART_KEYS] or f[_PART_KEYS][0] in _place_heads():
            place = place_ids_of_key(f[_PLACE_KEY] + " " + g[_PLACE_KEY])
            keys = {"@" + p for p in place}
        else:
            keys = set()
        # The second word of two given names is read as the surname (surname_when_all_given).
        first = _row_keys(f[_IDS]) if f[_IDS] else (_word_keys.get(w0) or _word_keys(w0))
        second = (
            _row_keys(g[_IDS])
            if g[_IDS] and not f[_IDS]
            else (_word_keys.get(w1) or _word_keys(w1))
        )
        if len(first) == 1 and len(second) == 1:
            a, b = first[0], second[0]
            keys.add(a + " " + b if a <= b else b + " " + a)
            return keys
        if len(first) * len(second) > MAX_KEY_COMBINATIONS:
            combos = itertools.islice(itertools.product(first, second), MAX_KEY_COMBINATIONS)
            keys.update(" ".join(sorted(c)) for c in combos)
            return keys
        for a in first:
            for b in second:
                keys.add(a + " " + b if a <= b else b + " " + a)
        return keys
    found = _plain(words)
    if found is None:
        return _parsed_index_keys(form)
    # One word the parse reads as it is: its facts are cached.
    f = found[0]
    place = place_ids_of_key(f[_PLACE_KEY])
    keys = {"@" + p for p in place} if place else set()
    keys.update(_row_keys(f[_IDS]) if f[_IDS] else _word_keys(words[0]))
    return keys


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """The first words' keys of the places of more than one word: a name of two words whose
    first word is none of them is no place (a lookup saved per lexicon entry)."""
    return frozenset(k.split(" ", 1)[0] for k in _place_index() if " " in k)


@lru_cache(maxsize=1024)
def _row_keys(ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted("#" + i for i in ids))


def _parsed_index_keys(form: str) -> set[str]:
    # Not cached: each entry is analysed once, and a million of them would only churn the
    # analysis cache.
    everything = parse(form, light=True).tokens
    keys: set[str] = set()
    if not everything:
        return keys
    place = place_ids_of_key(" ".join(r.key for t in everything for part in t.parts for r in part))
    keys.update("@" + p for p in place)
    per_token = []
    for t in everything:
        if t.role in ("patronymic", "initial"):
            continue
        if t.role == "given" and t.given_ids:
            per_token.append(sorted("#" + i for i in t.given_ids))
        else:
            per_token.append(list(_word_keys(t.text)))
    for combo in itertools.islice(itertools.product(*per_token), MAX_KEY_COMBINATIONS):
        keys.add(" ".join(sorted(combo)))
    return keys


@memo(maxsize=WORD_CACHE_SIZE)
def _word_keys(word: str) -> tuple[str, ...]:
    """Every key of a word under every reading of each of its parts (sorted)."""
    if word and "-" not in word:  # one part: its keys (what the product below gives)
        return tuple(sorted(fresh_token_keys(word)))
    parts = [sorted(fresh_token_keys(p)) for p in word.split("-") if p]
    combos = itertools.product(*parts)
    return tuple(sorted({"-".join(c) for c in itertools.islice(combos, MAX_KEY_COMBINATIONS)}))
