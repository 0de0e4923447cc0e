"""A discovery: the clusters found in a corpus, kept, compared and applied.

:class:`Discovery` is what :meth:`translit.Normalizer.discover` returns: an immutable sequence
of :class:`~translit.text.cluster.Cluster` (it compares equal to a list of the same clusters,
so code written for a list keeps working) that saves and loads
(:mod:`~translit.text.discovery_io`), pickles small, and tells what changed since an older
discovery (:meth:`Discovery.diff`). :func:`discover_census` clusters a census, whole or in
blocks (:mod:`~translit.text.blocks`), in this process or in several.

>>> from translit import Normalizer
>>> n = Normalizer(language="en")
>>> old = n.discover(["Lukashenka met Zelensky. Lukashenko and Zelenskyy left."])
>>> new = n.discover(["Lukashenko met Zelensky. Lukashenko, Lukashenka and Zelenskyy."])
>>> print(new.diff(old))
renamed en/surname Lukashenka -> Lukashenko: Lukashenka, Lukashenko
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, overload

from .census import Census
from .clusters import Cluster

__all__ = ["Discovery", "DiscoveryDiff", "Joined", "Renamed", "discover_census"]

#: A spelling in one language and kind: (language, kind, spelling).
_Where = tuple[str, str, str]


class Discovery(Sequence[Cluster]):
    """The clusters of name variants found in a corpus, the biggest first.

    Build one with :meth:`translit.Normalizer.discover`, apply it with
    :meth:`translit.Normalizer.with_clusters`.
    """

    __slots__ = ("_clusters",)

    def __init__(self, clusters: Sequence[Cluster] | Iterator[Cluster] = ()) -> None:
        self._clusters: tuple[Cluster, ...] = tuple(clusters)

    @overload
    def __getitem__(self, index: int) -> Cluster: ...

    @overload
    def __getitem__(self, index: slice) -> Discovery: ...

    def __getitem__(self, index: int | slice) -> Cluster | Discovery:
        if isinstance(index, slice):
            return Discovery(self._clusters[index])
        return self._clusters[index]

    def __len__(self) -> int:
        return len(self._clusters)

    def __iter__(self) -> Iterator[Cluster]:
        return iter(self._clusters)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Discovery):
            return self._clusters == other._clusters
        if isinstance(other, (list, tuple)):
            return list(self._clusters) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Discovery(<{len(self)} clusters>)"

    def __reduce__(self) -> tuple[Any, ...]:
        from .discovery_io import to_columns

        return (_from_columns, (to_columns(self._clusters),))

    # -- files ------------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the discovery to ``path`` (format ``translit-discovery`` version 1, JSON
        Lines; gzip-compressed when the name ends in ``.gz``; see
        :mod:`translit.text.discovery_io`)."""
        from . import discovery_io

        discovery_io.save(self._clusters, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Discovery:
        """Read a discovery written by :meth:`save` (``ValueError`` naming file and line)."""
        from . import discovery_io

        return cls(discovery_io.load(path))

    # -- comparing --------------------------------------------------------------------------

    def canonical_forms(self) -> dict[_Where, str]:
        """The canonical form of every spelling: ``{(language, kind, spelling): canonical}``."""
        out: dict[_Where, str] = {}
        for c in self._clusters:
            for spelling, _ in c.variants:
                out.setdefault((c.language, c.kind, spelling), c.canonical)
        return out

    def diff(self, older: Sequence[Cluster]) -> DiscoveryDiff:
        """What changed since ``older``: new names, canonical forms that changed, spellings
        that joined a name, and names that are gone."""
        before = (
            older.canonical_forms()
            if isinstance(older, Discovery)
            else (Discovery(older).canonical_forms())
        )
        now = self.canonical_forms()
        added: list[Cluster] = []
        renamed: dict[tuple[str, str, str, str], list[str]] = {}
        joined: list[Joined] = []
        for c in self._clusters:
            known = [(s, before[(c.language, c.kind, s)]) for s, _ in c.variants
                     if (c.language, c.kind, s) in before]  # fmt: skip
            if not known:
                added.append(c)
                continue
            for spelling, old in known:
                if old != c.canonical:
                    renamed.setdefault((c.language, c.kind, old, c.canonical), []).append(spelling)
            joined += [
                Joined(c.language, c.kind, s, c.canonical)
                for s, _ in c.variants
                if (c.language, c.kind, s) not in before
            ]
        removed = [
            c for c in older if not any((c.language, c.kind, s) in now for s, _ in c.variants)
        ]
        return DiscoveryDiff(
            tuple(added),
            tuple(Renamed(*key, tuple(sorted(v))) for key, v in sorted(renamed.items())),
            tuple(sorted(joined)),
            tuple(removed),
        )


def _from_columns(cols: Any) -> Discovery:
    from .discovery_io import from_columns

    return Discovery(from_columns(cols))


class Renamed(NamedTuple):
    """A name whose canonical form changed, and its spellings that now take the new one."""

    language: str
    kind: str
    before: str
    after: str
    spellings: tuple[str, ...]


class Joined(NamedTuple):
    """A spelling new to the discovery that joined a name the older one had."""

    language: str
    kind: str
    spelling: str
    canonical: str


@dataclass(frozen=True)
class DiscoveryDiff:
    """The difference between a discovery and an older one (:meth:`Discovery.diff`).

    A name whose spellings the older discovery did not have at all is ``added``; one whose
    canonical form changed is in ``renamed`` (texts normalised with the older discovery now
    read differently); a spelling new to a known name is ``joined``; a name none of whose
    spellings remain is ``removed``. Counts that changed alone are no difference.
    """

    added: tuple[Cluster, ...] = ()
    renamed: tuple[Renamed, ...] = ()
    joined: tuple[Joined, ...] = ()
    removed: tuple[Cluster, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.renamed or self.joined or self.removed)

    def __str__(self) -> str:
        lines = [f"added {c.language}/{c.kind} {c.canonical}" for c in self.added]
        lines += [
            f"renamed {r.language}/{r.kind} {r.before} -> {r.after}: {', '.join(r.spellings)}"
            for r in self.renamed
        ]
        lines += [
            f"joined {j.language}/{j.kind} {j.spelling} -> {j.canonical}" for j in self.joined
        ]
        lines += [f"removed {c.language}/{c.kind} {c.canonical}" for c in self.removed]
        return "\n".join(lines) if lines else "no change"


def changing(clusters: Sequence[Cluster]) -> list[Cluster]:
    """The clusters with a spelling to change (what a discovery keeps).

    A spelling that differs from the canonical one only in case or in the form of its
    apostrophes is never rewritten (:func:`~translit.text.rewrite.typographic`), so a cluster of
    such spellings alone (*ClearView*, *Clearview*; *Б’юць*, *Б'юць*) changes nothing and is no
    cluster of name variants.
    """
    from .rewrite import typographic

    out = []
    for c in clusters:
        canonical = typographic(c.canonical)
        if any(typographic(sp) != canonical for sp, _ in c.variants):
            out.append(c)
    return out


def discover_census(
    census: Census,
    *,
    mode: str = "frequent",
    blocks: int | None = None,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Discovery:
    """Cluster ``census`` and keep the clusters with a spelling to change.

    Without ``blocks``, ``workers`` or ``progress`` the census is clustered whole
    (:func:`~translit.text.clusters.build_clusters`); otherwise it is cut into ``blocks``
    blocks (by default 16 per worker) that are clustered in ``workers`` processes, with
    ``progress(done, total)`` called after each. Both give the same discovery.
    """
    from .._log import timed
    from .blocks import blocks as cut
    from .blocks import merge_blocks
    from .clusters import build_clusters

    with timed("clustering") as facts:
        facts["spellings"] = len(census)
        if blocks is None and workers <= 1 and progress is None:
            clusters = build_clusters(census, mode=mode)
        else:
            parts = cut(census, blocks or 16 * max(workers, 1))
            facts["blocks"] = len(parts)
            done: list[list[Cluster]] = []
            for found in _map_blocks(parts, mode, workers):
                done.append(found)
                if progress is not None:
                    progress(len(done), len(parts))
            clusters = merge_blocks(done, mode)
        out = Discovery(changing(clusters))
        facts["clusters"] = len(out)
    return out


def _map_blocks(parts: list[Census], mode: str, workers: int) -> Iterator[list[Cluster]]:
    import functools

    from .blocks import cluster_block

    one = functools.partial(cluster_block, mode=mode)
    if workers <= 1 or len(parts) < 2:
        yield from map(one, parts)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(parts))) as pool:
        yield from pool.map(one, parts)
