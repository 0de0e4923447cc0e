"""Names written surname first with a comma, as lists write them: *LUKASHENKO, Aleksandr
Grigoryevich*, a table's cell *Lukashenka, Aliaksandr*.

Sanctions lists, court records and name tables put the surname first, then a comma, then the
given names and the patronymic. Read word by word, such a name is a surname alone followed by a
given name alone, which is no mention: the surname would be unified on its own (a Belarusian
*Lukashenka* beside the Russian *Aleksandr*) and the given name never. Read as one person, the
name is unified whole, as the same person written given name first is; a person no cluster
holds (seen only in capitals, or new to a discovery applied to the text) has its surname
unified alone, as before, to a form that pairs with its given name.

A comma after a surname is as often a list's, in prose (*Lukashenko, Putin and Xi*; *met
Lukashenko, Viktor said*), so the name is read so only where a list writes it:

- the surname is in capitals (*LUKASHENKO, Aleksandr*), or it begins its line or its cell
  (*Lukashenka, Aliaksandr* in a table, a list's line): nothing but a bullet, a number, quotes
  and a table's separators stands before it on its line;
- what follows the comma is one run of capitalised words, all given names of the table but for
  a patronymic at its end (*Aleksandr Grigoryevich*), and nothing capitalised after it: in
  *Lukashenko, Viktor Orban*, *Viktor* is Orban's;
- the word before the comma is a surname the gate takes, or, as after a given name
  (:func:`~translit.text.person_words.bare_surname`), a word of more than a short word's
  letters without a suffix before a given name that transliterates a Cyrillic one (*SHOIGU,
  Sergei*; whether it is a word of the document's language is decided with the clusters).
"""

from __future__ import annotations

from collections.abc import Sequence

from .mentions import Mention, Word, mention_of
from .person_words import patronymic_between
from .words import facts, is_caps, title

__all__ = ["surname_first", "written_surname_first"]

# What may stand before a surname that begins its line or its cell: a list's bullet or number,
# a quote, a table's separators and the cells before it that hold no letters (an id).
_LINE_OPENERS = frozenset(" \t\"'«“„‘([-*•·–—0123456789.),;|")


def surname_first(text: str, surname: Word, mentioned: bool, run: Sequence[Word]) -> Mention | None:
    """The person ``surname, run`` when ``run``, the capitalised words right after a word and
    its comma, are that person's given names (see the module's doc); else None. ``mentioned``:
    the word is a surname mention; else it may be a surname without a suffix (*Shoigu*), when
    a given name that transliterates a Cyrillic one follows.

    >>> from translit.text.mentions import find_mentions
    >>> [(m.kind, m.spelling) for m in find_mentions("LUKASHENKO, Aleksandr Grigoryevich", [])]
    [('person', 'Lukashenko Aleksandr Grigoryevich')]
    >>> [(m.kind, m.spelling) for m in find_mentions("SHOIGU, Sergei Kuzhugetovich", [])]
    [('person', 'Shoigu Sergei Kuzhugetovich')]
    >>> [(m.kind, m.spelling) for m in find_mentions("He met Lukashenko, Viktor said.", [])]
    [('surname', 'Lukashenko')]
    """
    if not 1 <= len(run) <= 3 or text[surname.end : run[0].start] != ", ":
        return None
    if not (is_caps(surname.text) or _begins_line(text, surname.start)):
        return None
    kinds = [facts(w.text).verdict.kind for w in run]
    if kinds[0] != "given" or any(k != "given" for k in kinds[1:-1]):
        return None
    if not mentioned and not _bare(surname.text, run[0].text):
        return None
    if kinds[-1] != "given" and not (
        len(run) > 1 and patronymic_between(run[-2].text, run[-1].text, surname.text)
    ):
        return None
    return mention_of("person", (surname, *run))


def _bare(word: str, given: str) -> bool:
    """Is ``word`` a surname without a suffix before the given name ``given``, as
    :func:`~translit.text.person_words.bare_surname` reads one after it (in capitals too:
    a list's *SHOIGU*; an acronym is no longer than a short word)?"""
    from .candidates import NO_ENDING
    from .common_words import gate_settings
    from .exact_readings import native_given

    return (
        facts(title(word)).verdict.reason == NO_ENDING
        and len(word) > int(gate_settings()["short_word"]["value"])
        and word.isalpha()
        and bool(native_given(given))
    )


def written_surname_first(text: str, person: Mention) -> bool:
    """Is ``person`` a name that :func:`surname_first` read (its surname, a comma, the rest)?"""
    words = person.words
    return len(words) > 1 and text[words[0].end : words[1].start] == ", "


def _begins_line(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] != "\n":
        if text[i - 1] not in _LINE_OPENERS:
            return False
        i -= 1
    return True
