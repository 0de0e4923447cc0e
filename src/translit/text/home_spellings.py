"""Spellings at home in a document's language: the ones its own prose writes.

A cluster joins the spellings of one name, and its canonical form is the one the others
become. An English text that quotes the German press has *Moskau* beside *Moscow* and
*Janukowitsch* beside *Yanukovych*; rewriting *Moscow* into *Moskau* because the German form
came first, or was quoted more often, puts a foreign word into English prose. A spelling is at
home in the document's language when

- its wordlist knows it (``known_zipf`` in ``data/text/gate.json``): English *Moscow*, *Kiev*,
  *Yanukovych*; German *Moskau*, *Janukowitsch*. The wordlist records how the language's own
  press writes the names it writes often;
- for a place, when a romanization standard writes the place so (*Kyiv*, *Hrodna*): the
  standards are made for every language written in Latin letters;
- for a person's name, when each of its words the wordlist does not know reads most likely
  under the convention of the language's own press (``languages`` in
  ``data/names/conventions/``), and less so under an international romanization
  (``international_conventions``): how names the wordlist has not met are written. English
  prose writes *Chornovil* before German *Tschornowil*, German prose *Tschornowil* before
  *Chornovil*, and *Janukowitsch*, which its wordlist knows, before *Yanukovych*.

A form the place table lists that is not at home is another language's exonym (German
*Moskau*, Polish *Lwów* in English): when the forms found include the language's own word for
the place, one its wordlist knows (*Moscow*, *Lviv*), the exonym gives way to the most frequent
form at home, however often it is quoted. (An English exonym the wordlist happens not to know,
*Transcarpathia*, is not outweighed by a standard's *Zakarpattia*.) Otherwise home is only a
tie-break, before the spelling seen first: people of other languages keep their own spellings
in English prose (*Pawlikowski*, the Polish film director), which the wordlist often does not
know, and a spelling only read as a place is as often an inflected form (*Peterburge*, Russian
"in Petersburg", in romanized prose), so the corpus's majority still decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

__all__ = [
    "WORD_CACHE_SIZE",
    "name_home_rank",
    "place_at_home",
    "place_tests",
    "word_convention",
]


def place_at_home(spelling: str, ids: tuple[str, ...], wordlist: str) -> bool:
    """Is ``spelling``, a form of the places ``ids``, written so in the language of
    ``wordlist``?

    >>> place_at_home("Moscow", ("moskva",), "en"), place_at_home("Moskau", ("moskva",), "en")
    (True, False)
    >>> place_at_home("Moskau", ("moskva",), "de"), place_at_home("Hrodna", ("hrodna",), "en")
    (True, True)

    A wordlist holds single words: a name of several is at home when it knows each of them
    (*Rostov-on-Don*), which tells little, so the corpus's majority decides among such forms.

    >>> place_at_home("Rostov-on-Don", ("rostov_na_donu",), "en")
    True
    """
    from .place_standards import is_standard_spelling

    return _known(spelling, wordlist) or is_standard_spelling(spelling, ids)


def place_tests(
    forms: Sequence[str], ids: tuple[str, ...], wordlist: Callable[[], str]
) -> tuple[Callable[[str], int], Callable[[str], bool]]:
    """``home`` and ``exonym`` for :func:`~translit.text.canonical.choose` among the
    ``forms`` of the places ``ids``, in a document whose wordlist ``wordlist()`` tells.

    A listed form that is not at home gives way only to a form the wordlist itself knows, the
    language's own word for the place (*Moscow* over a quoted *Moskau*): a form at home only
    because a standard writes it (*Zakarpattia*) does not outweigh the majority's exonym the
    wordlist happens not to know (*Transcarpathia*, English too).

    >>> home, exonym = place_tests(["Moscow", "Moskau"], ("moskva",), lambda: "en")
    >>> home("Moskau"), exonym("Moskau")
    (0, True)
    >>> home, exonym = place_tests(["Transcarpathia", "Zakarpattia"], ("zakarpattia",),
    ...                            lambda: "en")
    >>> exonym("Transcarpathia")
    False
    """
    from ..names.places import exact_place_ids

    ranks: dict[str, int] = {}
    any_known: list[bool] = []  # (worked out once, when first asked)

    def home(spelling: str) -> int:
        rank = ranks.get(spelling)
        if rank is None:
            rank = ranks[spelling] = int(place_at_home(spelling, ids, wordlist()))
        return rank

    def exonym(spelling: str) -> bool:
        if not any_known:
            w = wordlist()
            any_known.append(any(_known(f, w) for f in forms))
        return any_known[0] and bool(exact_place_ids(spelling))

    return home, exonym


def _known(spelling: str, wordlist: str) -> bool:
    """Does the wordlist know the place's name (of several words: each of them)?"""
    from .common_words import is_known

    if is_known(spelling, wordlist):
        return True
    words = spelling.replace("-", " ").split()
    return len(words) > 1 and all(is_known(w, wordlist) for w in words)


def name_home_rank(spelling: str, wordlist: str) -> int:
    """How much ``spelling`` (a surname or a full name) is at home in the language of
    ``wordlist``, by its least-at-home word: 2 when the wordlist knows it or it reads most
    likely under the convention of the language's own press (``languages`` in
    ``data/names/conventions/``), 1 under an international romanization, 0 otherwise (another
    script, or another language's own orthography).

    >>> name_home_rank("Yanukovych", "en"), name_home_rank("Janukowitsch", "en")
    (2, 0)
    >>> name_home_rank("Janukowitsch", "de"), name_home_rank("Yanukovych", "de")
    (2, 1)
    >>> name_home_rank("Tschornowil", "de"), name_home_rank("Chornovil", "de")
    (2, 1)
    >>> name_home_rank("Wiktor Janukowitsch", "en"), name_home_rank("Лукашенко", "en")
    (0, 0)
    """
    rank = 2
    for word in spelling.replace("-", " ").split(" "):
        if word:
            rank = min(rank, _word_rank(word, wordlist))
    return rank


# Distinct words whose rank is kept: the given names and surnames of one corpus's ties.
WORD_CACHE_SIZE = 8_192


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_rank(word: str, wordlist: str) -> int:
    from ..names.conventions import press_conventions
    from .canonical import latin
    from .common_words import gate_settings, is_known

    if is_known(word, wordlist):
        return 2
    if not latin(word):
        return 0
    convention = word_convention(word)
    if convention in press_conventions().get(wordlist, frozenset()):
        return 2
    return 1 if convention in gate_settings()["international_conventions"]["value"] else 0


def word_convention(word: str) -> str | None:
    """The convention of the word's most likely reading; None when the word has letters beyond
    a-z and no marker of any convention, so that it reads as English only by default
    (*Xénia*, *Andreĭ*): no press writes it so."""
    from ..names.conventions import conventions_of
    from ..names.spelling import latin_low

    first, marked = conventions_of(latin_low(word))
    if marked is None and not all(c.isascii() for c in word if c.isalpha()):
        return None
    return first
