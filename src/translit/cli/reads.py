"""Pass 1's reading of each chunk, kept for pass 2 within a budget.

Both passes start a chunk the same way: its protected spans and its name mentions
(``Normalizer._read``), the same for the same text. Pass 1 keeps them, up to
``KEPT_MENTIONS`` mentions in all, and pass 2 takes them back for a chunk of the same text
instead of reading it again (a third of pass 2 on real prose). A chunk is known by a digest of
its text, so a file changed between the passes is read again (and then refused, as before).
What is not kept (past the budget, or in a worker started afresh) is read again: the output is
the same either way.
"""

from __future__ import annotations

import hashlib
from typing import Any

__all__ = ["KEPT_MENTIONS", "Reads", "lookup"]

#: Mentions kept in all (a few hundred bytes each): the whole of a few hundred MB of prose.
KEPT_MENTIONS = 300_000


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Reads:
    """The readings of pass 1, by input and chunk."""

    def __init__(self, budget: int | None = None) -> None:
        self._left = KEPT_MENTIONS if budget is None else budget
        self._by_input: dict[str, dict[bytes, Any]] = {}

    def keep(self, document: str, chunk: str, read: Any) -> None:
        """Keep the reading of ``chunk`` of ``document``, while the budget lasts."""
        cost = len(read[1]) + 1
        if cost > self._left:
            self._left = 0  # full: from here on nothing is kept
            return
        self._left -= cost
        self._by_input.setdefault(document, {})[_digest(chunk)] = read

    def of(self, document: str) -> dict[bytes, Any]:
        """The kept readings of one input's chunks (empty when none were kept)."""
        return self._by_input.get(document, {})

    def export(self) -> dict[str, dict[bytes, Any]]:
        """What was kept, by input, to hand to another process's :meth:`absorb`."""
        return self._by_input

    def absorb(self, kept: dict[str, dict[bytes, Any]]) -> None:
        """Take what another :class:`Reads` kept (of other inputs), within this budget."""
        for document, chunks in kept.items():
            cost = sum(len(read[1]) + 1 for read in chunks.values())
            if cost > self._left:
                self._left = 0
                return
            self._left -= cost
            self._by_input.setdefault(document, {}).update(chunks)

    def __getstate__(self) -> dict[str, Any]:
        # A worker that does not share the parent's memory reads again rather than being
        # sent every reading.
        return {"_left": 0, "_by_input": {}}


def lookup(kept: dict[bytes, Any], chunk: str) -> Any:
    """The kept reading of ``chunk``, or None."""
    return kept.get(_digest(chunk)) if kept else None
