"""A cluster: the spellings of one name found in the input, and the canonical form chosen for
them (made by :mod:`translit.text.clusters`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Cluster"]


@dataclass(frozen=True)
class Cluster:
    """Spellings of one name found in the input, and the canonical form chosen for them.

    ``kind`` is ``person``, ``surname``, ``place`` or ``native``; ``basis`` says how the
    canonical form was chosen (``frequent``, ``first-seen`` for a tie, ``home`` and
    ``home-first-seen`` for the spelling at home in the document's language, ``first``,
    ``standard:<id>``, ``surname`` for the full name written with the canonical surname,
    ``composed`` for a full name given its canonical surname, ``marked`` for the spelling with
    the diacritics the chosen one lacks).
    """

    canonical: str
    variants: tuple[tuple[str, int], ...]
    key: str
    kind: str = "surname"
    language: str = "und"
    basis: str = "frequent"

    @property
    def count(self) -> int:
        return sum(n for _, n in self.variants)

    def to_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "kind": self.kind,
            "language": self.language,
            "key": self.key,
            "count": self.count,
            "basis": self.basis,
            "variants": [{"spelling": s, "count": n} for s, n in self.variants],
        }
