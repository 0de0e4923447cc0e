"""Which capitalised words of a run belong to one person beyond the gate's verdicts: a
patronymic between a given name and a surname (*Aleksandr Grigoryevich Lukashenko*), and a
surname without a suffix after a given name (*Leonid Kuchma*).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mentions import Word
    from .words import Facts

__all__ = ["PATRONYMIC_CACHE_SIZE", "bare_surname", "patronymic_between"]


#: Distinct (given name, word, surname) triples whose patronymic test is kept: a list repeats
#: its names (LUKASHENKO, Aleksandr Grigoryevich), a parse costs about 15 µs.
PATRONYMIC_CACHE_SIZE = 16_384


@lru_cache(maxsize=PATRONYMIC_CACHE_SIZE)
def patronymic_between(given: str, word: str, surname: str) -> bool:
    """Does the parse read ``word`` between ``given`` and ``surname`` as a patronymic?"""
    from ..names.morphology import is_patronymic_key
    from ..names.parsing import analyze
    from ..names.spelling import token_keys

    # The parse reads a word as a patronymic only when a reading of it has a patronymic's key:
    # asked first, that spares parsing most runs of three capitalised words.
    if not any(is_patronymic_key(k) for k in token_keys(word.rsplit("-", 1)[-1])):
        return False
    roles = [t.role for t in analyze(f"{given} {word} {surname}").tokens]
    return roles == ["given", "patronymic", "surname"]


def bare_surname(run: Sequence[Word], info: Sequence[Facts], i: int, j: int, short: int) -> bool:
    """Is ``run[j]``, a word without a surname suffix, the surname of the given names
    ``run[i:j]``? East Slavic surnames need no suffix (*Kuchma*, *Shoigu*, *Borozna*): right
    after a given name that transliterates a Cyrillic one (*Leonid*, *Sergei*, not *Michael*),
    a capitalised word longer than ``short`` (``short_word`` in ``data/text/gate.json``) is
    that person's surname, after a patronymic too (*Leonid Danylovych Kuchma*). Whether it is
    a word of the document's language is decided with the clusters (a name its wordlist knows
    as common, such as *Meyer* or *Craig* after *Maria* or *Daniel*, never merges)."""
    from .candidates import NO_ENDING
    from .exact_readings import native_given

    verdict, caps = info[j][0], info[j][1]
    word = run[j].text
    return (
        verdict.reason == NO_ENDING
        and not caps
        and len(word) > short
        and word.isalpha()
        and any(info[k][0].kind == "given" and native_given(run[k].text) for k in range(i, j))
    )
