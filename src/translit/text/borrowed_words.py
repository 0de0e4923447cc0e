"""Words a language borrowed in another language's spelling, kept apart from the names of
people its press writes today.

English took *Smirnoff* (a vodka), *Stroganoff* (a dish), *Tchaikovsky* and *Rachmaninoff*
through French and writes them so; a Russian its press meets today it writes in its own
convention (*Sergei Smirnov*, *Pavel Stroganov*). Where the input vouches for such a person (a
full name with an East Slavic given name), the borrowed word is as likely a brand or a dish as
that person: making one name of the two would turn *Sergei Smirnov* into *Sergei Smirnoff*, or
*Smirnoff vodka* into *Smirnov vodka*. So a surname cluster that holds a vouched spelling
leaves out the borrowed words no full name vouches for. Without such a person the borrowed word
still gathers the quoted spellings of other languages' press (German *Tschaikowski* becomes
*Tchaikovsky* in English prose), and with a full name of its own (*Sergei Rachmaninoff*) it is
a name like any other.
"""

from __future__ import annotations

from collections.abc import Collection

from .home_spellings import word_convention

__all__ = ["borrowed_spelling", "keep_borrowed_apart"]


def borrowed_spelling(word: str, wordlist: str) -> bool:
    """Is ``word`` a word of the language of ``wordlist`` that keeps the spelling it was
    borrowed in: one its wordlist knows (``known_zipf``), read most likely under the convention
    of another language's press, neither its own press's nor an international romanization
    (``languages`` in ``data/names/conventions/``, ``international_conventions`` in
    ``data/text/gate.json``)? A language without a press convention of its own in the data has
    no such words.

    >>> borrowed_spelling("Smirnoff", "en"), borrowed_spelling("Smirnov", "en")
    (True, False)
    >>> borrowed_spelling("Tchaikovsky", "en"), borrowed_spelling("Iouchtchenko", "en")
    (True, False)
    """
    from ..names.conventions import press_conventions
    from .canonical import latin
    from .common_words import gate_settings, is_known

    own = press_conventions().get(wordlist)
    if not own or not latin(word) or not is_known(word, wordlist):
        return False
    convention = word_convention(word)
    return (
        convention is not None
        and convention not in own
        and convention not in gate_settings()["international_conventions"]["value"]
    )


def keep_borrowed_apart(
    groups: list[list[str]], named: Collection[str], wordlist: str
) -> list[list[str]]:
    """``groups`` of surname spellings with the borrowed words no full name vouches for taken
    out (each a group of its own) of every group that holds a spelling a full name vouches for
    (``named``); the order of the groups and within them is kept.

    >>> keep_borrowed_apart([["Smirnoff", "Smirnov"]], {"Smirnov"}, "en")
    [['Smirnov'], ['Smirnoff']]
    >>> keep_borrowed_apart([["Smirnoff", "Smirnov"]], set(), "en")
    [['Smirnoff', 'Smirnov']]
    """
    out: list[list[str]] = []
    apart: list[list[str]] = []
    for g in groups:
        if len(g) > 1 and any(s in named for s in g):
            borrowed = [s for s in g if s not in named and borrowed_spelling(s, wordlist)]
            if borrowed:
                out.append([s for s in g if s not in borrowed])
                apart += [[s] for s in borrowed]
                continue
        out.append(g)
    return out + apart
