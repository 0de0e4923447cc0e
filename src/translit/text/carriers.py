"""Who carries a surname: the given names written before its spellings, as evidence that two
spellings are (or are not) one person's.

The matcher says whether two spellings *can* be one name, and it is right that Sikorski and
Sikorsky both write Сикорский, Nowicki and Nowitzki Новицкий, Rousseff and Rusev Русев. But in
a text they are as often the names of people of other languages, whose spellings are their
own: Radosław Sikorski, Dirk Nowitzki, Dilma Rousseff, Kenneth Rogoff. Rewriting them is the
worst mistake a normalizer can make, and a corpus of millions of documents meets every such
pair. The given name written before a surname tells them apart:

- a surname whose full names carry only given names that are no form of the given-name table
  (Kenneth, Dirk, Dilma, Radosław), where the surname or a given name reads most likely in a
  language's own orthography rather than an international romanization (Nowitzki: German;
  Rousseff and Rogoff: French; Radosław: Polish), is the own spelling of a person of another
  language: it never merges with another spelling. (Ramzan Kadyrov and Nursultan Nazarbayev
  have given names the East Slavic table does not list, but both names are romanized from
  Cyrillic the English way: they merge as before.)
- two spellings whose full names carry given names, none of one of which is one name with one
  of the other (Igor Sikorsky, Radosław Sikorski), are two people's: they stay apart.

Evidence comes from the full names the gate recognises (a given name of the table before the
surname) and from *unlisted* ones: a capitalised word of letters alone right before a surname,
that the gate did not take for a given name or a title, in running prose: the word before it
is written in lower case and ends no sentence ("the economist Kenneth Rogoff", "said Dirk
Nowitzki"). In running prose a capitalised word is a proper noun, and one right before a
surname is nearly always a given name (or a title, which the gate knows). A sentence's first
word says nothing ("Yesterday Lukashenko said"), nor does a word in a run of capitalised
words ("Olympic Games Lukashenka", a headline), nor any word in a language that capitalises
every noun (German *Machthaber Lukaschenko*): they are not counted, and initials say nothing
either. A word with a surname's ending followed in running prose by a capitalised word is
that full name's given name (*the minister Raghav Chadha*, *met Ulrich Schimanski*): it never
merges as a surname. Spellings without evidence are decided as before; where evidence is
wrong, two spellings stay apart that could have merged, the error a normalizer can afford.

The same evidence holds when a discovery is applied to new text: a surname right after a given
name of another language, read in a language's own orthography (:func:`own_bearer`), is not
rewritten.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from .mentions import Mention

__all__ = [
    "UNLISTED",
    "carriers",
    "evidence_in",
    "foreign_given",
    "given_after",
    "given_before",
    "own_bearer",
    "own_spelling",
    "people_apart",
    "unlisted_names",
]

#: The census kind of an unlisted full name (``Kenneth Rogoff``): evidence, never rewritten.
UNLISTED: Final = "unlisted"

#: Distinct words whose table rows and likely convention are kept, and distinct pairs of
#: given names compared: the given names of one corpus are a few thousand.
WORD_CACHE_SIZE = 4_096
PAIR_CACHE_SIZE = 16_384

# What may stand between a word and the next one's first letter, and what ends a sentence.
_OPENERS = " \t\"'«„“‘‹([{"
_ENDS = ".!?…:;"


def given_before(text: str, mention: Mention) -> str | None:
    """The word before a surname mention when it may be its bearer's given name: a word of
    letters alone, in running prose (see the module's doc).

    >>> from translit.text.mentions import find_mentions
    >>> text = "The economist Kenneth Rogoff said. Yesterday Rogoff left. Olympic Games Rogoff."
    >>> [given_before(text, m) for m in find_mentions(text, []) if m.kind == "surname"]
    ['Kenneth', None, None]
    """
    before = mention.before
    if before is None or mention.kind != "surname" or mention.caps or not before.text.isalpha():
        return None
    return before.text if _in_prose(text, before.start) else None


# A name written surname first: the surname, a comma or a space, then the given name.
_AFTER: Final = re.compile(r"(?:, ?| )([^\W\d_]+)\b(?![-'’])")


def given_after(text: str, mention: Mention) -> str | None:
    """The given name right after a surname mention, in a name written surname first (*Lukashenko,
    Aleksandr*; a list's *KOVALENKO Serhii*): a form of the given-name table, in title case or
    capitals, after a comma or a space.

    Rewriting such a surname alone must leave a pair that one language writes
    (:func:`~translit.text.canonical.compatible`): never *Lukashenka, Aleksandr*.

    >>> from translit.text.mentions import find_mentions
    >>> text = "Met Lukashenko, Aleksandr said. Met Lukashenko, ALIAKSANDR. Lukashenko said."
    >>> [given_after(text, m) for m in find_mentions(text, []) if m.kind == "surname"]
    ['Aleksandr', 'ALIAKSANDR', None]
    """
    if mention.kind != "surname" or len(mention.words) != 1:
        return None
    found = _AFTER.match(text, mention.end)
    if found is None:
        return None
    word = found.group(1)
    if not (word.istitle() or word.isupper()):
        return None
    from .exact_readings import exact_given

    return word if exact_given(word) else None


def unlisted_names(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, int]]:
    """The unlisted full names of a text's mentions, and where each begins: a given name the
    table does not list before a surname (:func:`given_before`: *the economist Kenneth
    Rogoff*), and a surname-like word in running prose followed by a capitalised word of
    letters, which makes it a given name (*the minister Raghav Chadha*, *met Ulrich
    Schimanski*: -av and -ich are surname endings, but the word after is the surname).

    >>> from translit.text.mentions import find_mentions
    >>> text = "The economist Kenneth Rogoff met Raghav Chadha and Ulrich Schimanski."
    >>> list(unlisted_names(text, find_mentions(text, [])))
    [('Kenneth Rogoff', 14), ('Raghav Chadha', 33), ('Ulrich Schimanski', 51)]
    """
    from .candidates import not_names

    for i, m in enumerate(mentions):
        if m.kind != "surname" or m.caps:
            continue
        given = given_before(text, m)
        if given is not None and m.before is not None:
            yield unlisted_spelling(given, m.spelling), m.before.start
            continue
        end = m.end
        if text[end : end + 1] != " " or not _in_prose(text, m.start):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.start == end + 1:
            if nxt.kind != "surname" or nxt.caps or len(nxt.words) != 1:
                continue
            word = nxt.spelling
        else:
            k = end + 1
            while k < len(text) and text[k].isalpha():
                k += 1
            word = text[end + 1 : k]
            if k < len(text) and text[k] in "-'’":
                continue  # part of a longer word
        if (
            len(word) > 1
            and word.isalpha()
            and word.istitle()
            and word.casefold() not in not_names()
        ):
            yield unlisted_spelling(m.spelling, word), m.start


def _in_prose(text: str, start: int) -> bool:
    """Is the word at ``start`` in running prose: the word before it written in lower case,
    and not ending a sentence?"""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i]
    first = next((c for c in word if c.isalpha()), "")
    return first.islower() and word[-1] not in _ENDS


def foreign_given(word: str, language: str) -> bool:
    """A word before a surname (:func:`given_before`) that is a given name of another
    language: no form of the given-name table, in a language that capitalises proper nouns only.

    A surname written after one is its bearer's own spelling, whatever a discovery applied to
    the text says of the surname (Radosław Sikorski is not rewritten as Sikorsky).

    >>> [foreign_given(w, "en") for w in ("Radosław", "Kenneth", "Olexander")]
    [True, True, False]
    >>> foreign_given("Machthaber", "de")
    False
    """
    return not _table_ids(word) and evidence_in(language)


def own_bearer(given: str, surname: str, language: str) -> bool:
    """Is ``surname``, written after ``given``, its bearer's own spelling (see
    :func:`own_spelling`)? Then a discovery applied to the text does not rewrite it.

    >>> own_bearer("Dirk", "Nowitzki", "en"), own_bearer("Ramzan", "Kadyrow", "en")
    (True, True)
    >>> own_bearer("Ramzan", "Kadyrov", "en"), own_bearer("Viktor", "Nowitzki", "en")
    (False, False)
    """
    return foreign_given(given, language) and not (_romanized(surname) and _romanized(given))


def evidence_in(language: str) -> bool:
    """Does a capitalised word before a surname say anything in ``language``? Not where every
    noun is capitalised (``nouns_capitalised`` in ``data/text/gate.json``: German *Machthaber
    Lukaschenko*)."""
    from .common_words import gate_settings

    return language not in gate_settings()["nouns_capitalised"]["value"]


def unlisted_spelling(given: str, surname: str) -> str:
    """The census spelling of an unlisted full name."""
    return f"{given} {surname}"


def carriers(
    persons: Mapping[str, tuple[str, str | None]], unlisted: Iterable[str]
) -> dict[str, frozenset[str]]:
    """The given names seen with each surname spelling: from full names (``persons``: spelling
    -> (surname, first given name or initial)) and unlisted full names (``Kenneth Rogoff``)."""
    out: dict[str, set[str]] = {}
    for surname, given in persons.values():
        if given and not _initial(given):
            out.setdefault(surname, set()).add(given)
    for spelling in unlisted:
        given, _, surname = spelling.partition(" ")
        if surname:
            out.setdefault(surname, set()).add(given)
    return {s: frozenset(g) for s, g in out.items()}


def own_spelling(surname: str, carried: Mapping[str, frozenset[str]]) -> bool:
    """Every given name seen with the surname is no form of the given-name table, and the
    surname or a given name reads most likely in a language's own orthography, not in an
    international romanization (``international_conventions`` in ``data/text/gate.json``):
    the own spelling of a person of another language (Dirk Nowitzki, Kenneth Rogoff,
    Radosław Sikorski; not Ramzan Kadyrov).

    >>> own_spelling("Nowitzki", {"Nowitzki": frozenset({"Dirk"})})
    True
    >>> own_spelling("Kadyrov", {"Kadyrov": frozenset({"Ramzan"})})
    False
    >>> own_spelling("Sikorski", {"Sikorski": frozenset({"Radosław"})})
    True
    """
    givens = carried.get(surname)
    if not givens or any(_table_ids(g) for g in givens):
        return False
    return not _romanized(surname) or not all(_romanized(g) for g in givens)


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _romanized(surname: str) -> bool:
    """Does the word (a surname or a given name) read most likely under an international
    romanization?"""
    from ..names.spelling import readings
    from .common_words import gate_settings

    found = readings(surname.rsplit("-", 1)[-1])
    international = gate_settings()["international_conventions"]["value"]
    return not found or found[0].profile in international


def people_apart(a: str, b: str, carried: Mapping[str, frozenset[str]]) -> bool:
    """The two surname spellings are two people's, or a person's own (see the module's doc).

    >>> carried = {"Sikorsky": frozenset({"Igor"}), "Sikorski": frozenset({"Radosław"}),
    ...            "Lukashenka": frozenset({"Aliaksandr"}), "Lukashenko": frozenset({"Alexander"})}
    >>> people_apart("Sikorsky", "Sikorski", carried)
    True
    >>> people_apart("Lukashenka", "Lukashenko", carried)
    False
    """
    ga, gb = carried.get(a), carried.get(b)
    if not ga and not gb:
        return False
    if own_spelling(a, carried) or own_spelling(b, carried):
        return True
    if not ga or not gb:
        return False
    return not any(_same_given(x, y) for x in ga for y in gb)


def _initial(token: str) -> bool:
    return token.endswith(".") or len(token) == 1


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _table_ids(given: str) -> frozenset[str]:
    from ..names.given import given_name_ids

    return given_name_ids(given)


@functools.lru_cache(maxsize=PAIR_CACHE_SIZE)
def _same_given(x: str, y: str) -> bool:
    """One given name: a form of one row of the table, or one name to the matcher."""
    if x.casefold() == y.casefold():
        return True
    ix, iy = _table_ids(x), _table_ids(y)
    if ix and iy:
        return not ix.isdisjoint(iy)
    from ..names.matching import same_name

    return same_name(x, y)
