"""Names as units: a table cell (or an item of a list) that holds one name.

In prose a name is found among other words; in a column of names each value *is* a name, and
must change whole or not at all. A value is a *unit* when the normalizer finds exactly one
mention in it and no other letters (``Aliaksandr Lukashenka``, ``LUKASHENKO``, ``Kyiv``); a
value it cannot read as one name (``Lukashenko, Alexander``, ``John Smith``, two names) is
neither counted nor changed. Units are counted like mentions of prose (:func:`count_unit`) and
take the canonical form of their cluster (:func:`unit_change`): the full name of the column's
cluster, never a hybrid of two spellings.

>>> from translit import Normalizer
>>> n = Normalizer()
>>> column = ["Aliaksandr Lukashenka", "Alexander Lukashenko", "Alexander Lukashenko"]
>>> column.append("Lukashenko, A.")
>>> census = Census()
>>> [count_unit(n, value, census, "en", "names.csv", i * 100) for i, value in enumerate(column)]
[True, True, True, False]
>>> applied = n.with_clusters(n.discover(census))
>>> [unit_change(applied, value, "en") for value in column]
['Alexander Lukashenko', None, None, None]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .census import Census
from .mentions import Mention
from .protect import protected_spans
from .rewrite import Change, apply_changes

if TYPE_CHECKING:
    from .normalizer import Normalizer

__all__ = ["count_unit", "name_unit", "unit_change", "unit_changes"]


def name_unit(normalizer: Normalizer, value: str) -> Mention | None:
    """The one mention ``value`` consists of, or ``None``."""
    spans, _ = protected_spans(value)
    found = normalizer._mentions(value, spans)
    if len(found) != 1:
        return None
    m = found[0]
    outside = value[: m.start] + value[m.end :]
    if any(c.isalpha() for c in outside):
        return None  # more words than the name: "Lukashenko, Alexander"
    return m


def count_unit(
    normalizer: Normalizer, value: str, census: Census, language: str, document: str, base: int
) -> bool:
    """Count ``value`` into ``census`` if it is one name (at offset ``base`` of ``document``)."""
    m = name_unit(normalizer, value)
    if m is None:
        return False
    census.add_mentions([m], language, document, base)
    return True


def unit_changes(normalizer: Normalizer, value: str, language: str | None) -> list[Change]:
    """The changes of ``value`` as one name: those of the normalizer when ``value`` is a unit
    (its one mention takes its cluster's form whole), none otherwise."""
    if name_unit(normalizer, value) is None:
        return []
    return normalizer.explain(value, language=language)


def unit_change(normalizer: Normalizer, value: str, language: str | None) -> str | None:
    """What ``value`` becomes as one name, or ``None`` when it stays (or is no unit)."""
    out = apply_changes(value, unit_changes(normalizer, value, language))
    return out if out != value else None
