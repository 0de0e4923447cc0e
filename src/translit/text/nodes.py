"""The nodes of a spelling: what it can meet others through in clustering.

Every decision of :func:`~translit.text.clusters.build_clusters` is taken between spellings
that share a node (:mod:`translit.text.blocks` cuts a census into blocks of whole components of
the graph *spelling — node*). The nodes of a spelling depend on the spelling alone, so they are
worked out where a part of the corpus was read, and travel with it:

- a surname's nodes are ``s`` and the surname, then ``k`` and each of its blocking keys
  (:func:`translit.name_keys`), which clustering uses as they are (:func:`keys_of`);
- a full name's are its surname's, then its first given name (or initial) marked ``g``: not a
  node but its parse (:func:`parse_of`), so that a block clustered in another process need not
  parse its full names again (a third of clustering a block on cold caches);
- an unlisted full name's (:mod:`~translit.text.carriers`) are its surname's and the surname
  node of its first word, which clustering does not merge as a surname;
- a place's is ``p`` and its ids in the place table, a native-script word's ``n`` and its
  :func:`~translit.text.clusters.native_key`.
"""

from __future__ import annotations

import functools
from collections.abc import Container, Sequence

from ..names.matching import name_keys
from .census import Census
from .clusters import _surname_of
from .exact_readings import exact_place
from .native_keys import native_key

__all__ = [
    "GIVEN",
    "NODES_CACHE_SIZE",
    "Nodes",
    "Parse",
    "keys_of",
    "nodes_of",
    "parse_of",
    "spelling_nodes",
]

#: The nodes of each spelling, by (kind, spelling).
Nodes = dict[tuple[str, str], tuple[str, ...]]

#: Marks the given name a full name's nodes carry: not a node, never linked through.
GIVEN = "g "

#: A full name's surname and first given name (or initial), as clustering reads them.
Parse = tuple[str | None, str | None]

#: Spellings (and surnames) whose nodes are kept: a worker meets the same names in every part
#: of a corpus, the surname of many full names is one, and name keys are not cached elsewhere.
NODES_CACHE_SIZE = 200_000


@functools.lru_cache(maxsize=NODES_CACHE_SIZE)
def _surname_nodes(surname: str) -> tuple[str, ...]:
    return ("s " + surname, *sorted("k " + k for k in name_keys(surname)))


@functools.lru_cache(maxsize=NODES_CACHE_SIZE)
def nodes_of(kind: str, spelling: str) -> tuple[str, ...]:
    """The nodes through which a spelling of one kind can meet others in clustering.

    A full name's nodes are its surname's, then its given name marked :data:`GIVEN`
    (:func:`parse_of` reads them back).

    >>> nodes_of("person", "Alexander Lukashenko")[0], nodes_of("place", "Kyiv")
    ('s Lukashenko', ('p kyiv', 's Kyiv'))
    >>> nodes_of("person", "Alexander Lukashenko")[-1]
    'g Alexander'
    """
    if kind == "surname":
        return _surname_nodes(spelling)
    if kind == "person":
        surname, given = _surname_of(spelling)
        if surname is None:
            return ()
        own = _surname_nodes(surname)
        return own if given is None else (*own, GIVEN + given)
    if kind == "unlisted":
        # Evidence for its surname (Kenneth Rogoff), and against its first word being one to
        # merge (the minister Raghav Chadha: a given name of another language): in the blocks
        # of both.
        first, _, surname = spelling.partition(" ")
        return (*_surname_nodes(surname), "s " + first)
    if kind in ("lower", "initial"):  # evidence about the surname or place spelled so
        return ("s " + spelling,)
    if kind == "place":
        # (and in the block of the lower-case word spelled so, which clustering looks at)
        return ("p " + "-".join(sorted(exact_place(spelling))), "s " + spelling)
    if kind == "native":
        return ("n " + native_key(spelling),)
    return ()


def parse_of(nodes: Sequence[str]) -> Parse:
    """The surname and given name of a full name, from its :func:`nodes_of`.

    >>> parse_of(nodes_of("person", "Alexander Lukashenko"))
    ('Lukashenko', 'Alexander')
    """
    surname = nodes[0][2:] if nodes and nodes[0].startswith("s ") else None
    given = nodes[-1][2:] if surname and nodes[-1].startswith(GIVEN) else None
    return surname, given


def keys_of(nodes: Sequence[str]) -> tuple[str, ...]:
    """The blocking keys of a surname (or of a full name's surname), from its :func:`nodes_of`.

    >>> from translit import name_keys
    >>> set(keys_of(nodes_of("surname", "Lukashenko"))) == name_keys("Lukashenko")
    True
    """
    return tuple(n[2:] for n in nodes if n.startswith("k "))


def spelling_nodes(census: Census, known: Container[tuple[str, str]] = ()) -> Nodes:
    """The nodes of every spelling of ``census`` that counts, except those in ``known``.

    Work them out where the census was made (the caches of that process are warm), and add
    the dictionaries of the parts of a corpus up with ``update``.
    """
    from .._collector import paused

    out: Nodes = {}
    with paused():  # (as in clustering: 3.3 s against 2.0 s for 100,000 spellings)
        for e, t in census.tallies.items():
            key = (e.kind, e.spelling)
            if t.mixed and key not in out and key not in known:
                out[key] = nodes_of(e.kind, e.spelling)
    return out
