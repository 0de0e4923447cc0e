"""Tell quickly that two names are different, before :func:`translit.same_name` compares them.

Most pairs a clustering pass or a lexicon asks about are different names, and proving that the
full way means reading every word under every convention. Here each word gets, from its letters
alone, its :mod:`~translit.names.signature` and what that signature allows: the given names of
the cognate table it may be a form of, and whether it may be a word of a place. A pair is
*different* when every way of pairing the words of the two names has a pair that shares no
signature and no given name, and when at least one of the names cannot be a place. A word is
read in full only when its signature cannot decide, and then once.

Nothing here says that two names are the same: when the screen is not sure, the full comparison
(:func:`translit.names.decide.compare`) decides. Names of more than two words, words with
hyphens, dots or apostrophes, and initials are left to it too. The tests compare the screened
decision with the plain one (:mod:`translit.names.reference`).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from .._memo import memo
from .endings import every_stem, stems
from .given import _indexes, exact_given_ids, given_by_ending, given_name_ids, given_names
from .parsing import split_tokens
from .places import _index as _place_index
from .places import place_ids
from .signature import key_signature, signature
from .spelling import MAX_KEY_COMBINATIONS, primary_facts, token_keys

__all__ = ["quick", "simple_words"]

# Distinct words whose screening facts are kept per process (light: from the letters; full:
# from every reading).
WORD_CACHE_SIZE = 200_000


# What the screen knows of a word: a plain tuple of strings, numbers and tuples (sets as sorted
# tuples), so that its cache is one the garbage collector does not walk (translit._memo): a
# clustering pass screens every new word of a corpus. Read at these positions.
_OWN: Final = 0  # the signatures of the word's keys
_STEMS: Final = 1  # the signatures of the word without an ending another language adds
_PLACE_STEMS: Final = 2  # the same, for endings of place names only
_ROWS: Final = 3  # bit mask of the given-name rows it may be a form of
_PLACE_WORD: Final = 4  # it may be a word of a place name
_PLACE_LAST: Final = 5  # it, or it without an ending, may be the last word of a place name
_KEYS: Final = 6  # every key of the word, when read in full (else None)
_GIVEN: Final = 7  # the rows it is a form of, when read in full
_PRIMARY: Final = 8  # its most likely key, when read in full

_Strings = tuple[str, ...]
_Word = tuple[_Strings, _Strings, _Strings, int, bool, bool, "_Strings | None", _Strings, str]


def _disjoint(a: _Strings, b: _Strings) -> bool:
    """No string in both (a word has one signature, most often)."""
    if len(a) == 1:
        return a[0] not in b
    if len(b) == 1:
        return b[0] not in a
    return not a or not b or frozenset(a).isdisjoint(b)


# -- what the signatures allow ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _row_bits() -> dict[str, int]:
    return {row: 1 << i for i, row in enumerate(sorted(given_names()))}


def _mask(ids: Iterable[str]) -> int:
    bits = _row_bits()
    m = 0
    for i in ids:
        m |= bits[i]
    return m


@lru_cache(maxsize=1)
def _rows_by_signature() -> dict[str, int]:
    """Signature -> the rows some form of which has a key with that signature."""
    out: dict[str, int] = {}
    for index in _indexes():
        for key, ids in index.items():
            s = key_signature(key)
            out[s] = out.get(s, 0) | _mask(ids)
    return out


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str], dict[tuple[str, ...], int]]:
    """The keys of the words of place names, their signatures, and for the signatures of the
    words of a place name in order, the places (bit mask) that have such a name."""
    index = _place_index()
    bits = {p: 1 << i for i, p in enumerate(sorted({p for ids in index.values() for p in ids}))}
    words = frozenset(w for key in index for w in key.split(" "))
    names: dict[tuple[str, ...], int] = {}
    for key, ids in index.items():
        sigs = tuple(key_signature(w) for w in key.split(" "))
        for p in ids:
            names[sigs] = names.get(sigs, 0) | bits[p]
    return words, frozenset(key_signature(w) for w in words), names


# -- words -----------------------------------------------------------------------------------


def _stem_signatures(word: str) -> tuple[_Strings, _Strings, _Strings]:
    """The signatures of the word without each ending another language may have added: of
    every kind, of place endings, of given-name endings (a stem without a signature is read
    in full); each sorted."""
    every: set[str] = set()
    place: set[str] = set()
    given: set[str] = set()
    for kind, stem in every_stem(word):
        own = signature(stem)
        found = {own} if own is not None else {key_signature(k) for k in token_keys(stem)}
        every |= found
        if kind == "place":
            place |= found
        elif kind == "given":
            given |= found
    return tuple(sorted(every)), tuple(sorted(place)), tuple(sorted(given))


_NO_STEMS: tuple[_Strings, _Strings, _Strings] = ((), (), ())


@lru_cache(maxsize=4096)
def _given_rows(signatures: _Strings) -> int:
    by_sig = _rows_by_signature()
    rows = 0
    for s in signatures:
        rows |= by_sig.get(s, 0)
    return rows


def _word(word: str, own: _Strings, keys: _Strings | None, given: _Strings) -> _Word:
    stem_sigs, place_stems, given_stems = _stem_signatures(word) if every_stem(word) else _NO_STEMS
    words, place_sigs, _ = _place_words()
    if keys is None:
        listed = exact_given_ids(word)
        # A form the table lists is exactly its rows (given_name_ids looks no further);
        # else any row some form of which has the word's or a stem's signature.
        if listed:
            rows = _mask(listed)
        elif stem_sigs:
            rows = _given_rows(tuple(sorted({*own, *stem_sigs})))
        else:
            rows = _rows_by_signature().get(own[0], 0)
        place_word = not place_sigs.isdisjoint(own)
        primary = ""
    else:
        # Its rows, or those of a stem that is a given name (given_by_ending).
        rows = _mask(given) if given else _given_rows(given_stems)
        place_word = not words.isdisjoint(keys)
        primary = primary_facts(word)[2]
    place_last = place_word or not place_sigs.isdisjoint(place_stems)
    return (own, stem_sigs, place_stems, rows, place_word, place_last, keys, given, primary)


@memo(maxsize=WORD_CACHE_SIZE)
def _light(word: str) -> _Word:
    """What the letters of a word allow; read in full when its signature is unknown."""
    own = signature(word)
    if own is None:
        return _full(word)
    return _word(word, (own,), None, ())


@memo(maxsize=WORD_CACHE_SIZE)
def _full(word: str) -> _Word:
    """What every reading of a word allows (its stems are still judged by their signatures)."""
    keys = token_keys(word)
    return _word(
        word,
        tuple(sorted({key_signature(k) for k in keys})),
        tuple(sorted(keys)),
        tuple(sorted(given_name_ids(word))),
    )


def _apart(x: _Word, y: _Word) -> bool:
    """The two words share no key and no given name (neither as they are nor without an
    ending another language adds): compared as tokens of a name, they are different."""
    if x[_ROWS] & y[_ROWS]:
        return False
    x_keys, y_keys = x[_KEYS], y[_KEYS]
    if x_keys is not None and y_keys is not None:
        if x[_GIVEN] and y[_GIVEN] and x[_PRIMARY] != y[_PRIMARY]:
            return True  # two different given names of the table (decide: different_given)
        if not _disjoint(x_keys, y_keys):
            return False
    elif not _disjoint(x[_OWN], y[_OWN]):
        return False
    x_stems, y_stems = x[_STEMS], y[_STEMS]
    return (not x_stems or (_disjoint(x_stems, y[_OWN]) and _disjoint(x_stems, y_stems))) and (
        not y_stems or _disjoint(y_stems, x[_OWN])
    )


def _words_differ(a: str, b: str, read: bool) -> bool:
    """Compared as tokens of a name of one or two words, ``a`` and ``b`` certainly differ;
    with ``read``, words are read in full where their signatures cannot tell."""
    if _initial(a) or _initial(b):
        return False
    x, y = _light(a), _light(b)
    if _apart(x, y):
        return True
    if not read:
        return False
    # Read the likelier given name in full first: there are few, so it is often read already.
    if y[_ROWS] and not x[_ROWS]:
        a, b, x, y = b, a, y, x
    x = _full(a)
    return _apart(x, y) or _apart(x, _full(b))


def _same_words(a: str, b: str) -> bool:
    """Compared as tokens of a name of one or two words, ``a`` and ``b`` certainly match:
    their most likely readings share a key, and they are not two different given names (which
    :func:`~translit.names.decide.token_verdict` tells apart by their most likely keys)."""
    if _initial(a) or _initial(b):
        return False
    # (the most likely readings as primary_facts: (profile, spelling, key, variants))
    ra, rb = primary_facts(a), primary_facts(b)
    if ra[2] == rb[2] and _keeps_its_key(a) and _keeps_its_key(b):
        return True  # one most likely key: even two given names of different rows match
    if ra[2] != rb[2] and set(ra[3]).isdisjoint(rb[3]):
        return False
    if not (_light(a)[_ROWS] and _light(b)[_ROWS]):
        return True  # at most one is a given name: the shared key decides
    ids_a, ids_b = given_name_ids(a), given_name_ids(b)
    if ids_a and ids_b:
        return bool(ids_a & ids_b) or ra[2] == rb[2]
    # A word that is no form of the table is no given name unless it has lost an ending.
    return all(ids or not stems(w, "given") for w, ids in ((a, ids_a), (b, ids_b)))


def _keeps_its_key(word: str) -> bool:
    """The word's most likely key is its key as a token of a name of one or two words: it
    cannot be a given name that lost an ending of another language (the parse would key it by
    the stem then)."""
    return not stems(word, "given") or given_by_ending(word) is None or bool(given_name_ids(word))


# -- places ----------------------------------------------------------------------------------


def _places(words: list[_Word]) -> int:
    """The places (bit mask) a name of these words may be (see
    :func:`translit.names.places.place_ids`): each word has a key of a word of a place, and
    the signatures of the words, in order, are those of the words of the place's name; the
    last word may have lost an ending."""
    *rest, last = words
    if not last[_PLACE_LAST] or not all(w[_PLACE_WORD] for w in rest):
        return 0
    _, _, names = _place_words()
    found = 0
    if not rest:
        for end in (*last[_OWN], *last[_PLACE_STEMS]):
            found |= names.get((end,), 0)
        return found
    heads = itertools.product(*(w[_OWN] for w in rest))
    for head in itertools.islice(heads, MAX_KEY_COMBINATIONS):
        for end in (*last[_OWN], *last[_PLACE_STEMS]):
            found |= names.get((*head, end), 0)
    return found


def _no_common_place(a: list[str], b: list[str], read: bool) -> bool:
    """The two names are certainly not names of one place: one is no place, or they can only
    be different ones (then :func:`~translit.names.decide.compare` goes on to the words)."""
    if not _place_words()[0]:
        return True
    found = [[_light(w) for w in a], [_light(w) for w in b]]
    if not _places(found[0]) & _places(found[1]):
        return True
    if not read:
        return False
    # Read words in full, the likelier given names first: there are few, so they are often
    # read already.
    names = (a, b)
    pending = sorted((f[i][_ROWS] == 0, n, i) for n, f in enumerate(found) for i in range(len(f)))
    for _, n, i in pending:
        if found[n][i][_KEYS] is None:
            found[n][i] = _full(names[n][i])
            if not _places(found[0]) & _places(found[1]):
                return True
    return False


# -- names -----------------------------------------------------------------------------------


def simple_words(name: str) -> list[str] | None:
    """The words of a name whose words are its tokens (:func:`~translit.names.parsing.
    split_tokens`) as they are written: no hyphen, dot or mark outside a word; None for any
    other name."""
    words = name.split()
    if not words:
        return None
    if "".join(words).isalpha() and (name.isascii() or unicodedata.is_normalized("NFC", name)):
        return words
    if "-" in name or "." in name or split_tokens(name) != words:
        return None
    return words


def _initial(word: str) -> bool:
    """A word of one letter stands for a name (decide.is_initial): left to the full
    comparison."""
    if word.isalpha():
        return len(word) == 1
    return sum(c.isalpha() for c in word) <= 1


def _differ(wa: list[str], wb: list[str], read: bool) -> bool:
    if not _no_common_place(wa, wb, read):
        return False
    if len(wa) != len(wb):
        return True  # no patronymic in names of two words: the parts cannot be paired
    if len(wa) == 1:
        return _words_differ(wa[0], wb[0], read)
    a0, a1 = wa
    b0, b1 = wb
    return (_words_differ(a0, b0, read) or _words_differ(a1, b1, read)) and (
        _words_differ(a0, b1, read) or _words_differ(a1, b0, read)
    )


def _same(a: str, b: str, wa: list[str], wb: list[str]) -> bool:
    if len(wa) != len(wb):
        return False
    if all(_same_words(x, y) for x, y in zip(wa, wb)):
        # In the written order: even two places of different rows go on to their words.
        return True
    if len(wa) == 2 and _same_words(wa[0], wb[1]) and _same_words(wa[1], wb[0]):
        pa, pb = place_ids(a), place_ids(b)
        return not (pa and pb and pa.isdisjoint(pb))
    return False


def quick(a: str, b: str) -> bool | None:
    """:func:`translit.same_name` of two names of one or two plain words where the letters and
    the most likely readings decide it; None when the full comparison has to.

    >>> quick("Ivan Kovalenko", "Olha Petrova")
    False
    >>> quick("Kovalenko Ivan", "Ivan Kovalenko")
    True
    """
    wa, wb = simple_words(a), simple_words(b)
    if wa is None or wb is None or len(wa) > 2 or len(wb) > 2:
        return None
    if _differ(wa, wb, read=False):
        return False
    if _same(a, b, wa, wb):
        return True
    if _differ(wa, wb, read=True):
        return False
    return None
