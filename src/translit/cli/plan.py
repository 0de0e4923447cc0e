"""Every write of a run, planned and checked before the first one.

The run is refused (one line naming both paths, exit status 2) when a path it would write — an
output, a backup, the report — is one of the inputs, is planned twice, or is a symbolic link
(it would write through it, perhaps out of the tree). The inputs themselves are compared by
resolved path and by device and inode, so ``./a.txt``, ``sub/../a.txt`` and a link to ``a.txt``
are the same file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field

from .options import Options, WriteBack
from .realpaths import real_path
from .sources import Source

__all__ = ["Plan", "PlanError", "make_plan"]


class PlanError(Exception):
    """A planned write is refused; ``str(error)`` is the one-line reason."""


@dataclass(frozen=True)
class Plan:
    """Where each input's text goes, and what else is written."""

    #: per input: the file its text is written to (None: stdout or nowhere)
    targets: tuple[str | None, ...]
    #: per input: the name of the target in messages
    shown: tuple[str | None, ...]
    #: per input: the backup made before the target is replaced (``-i --backup``)
    backups: tuple[str | None, ...]
    #: per input: the backup's name in messages
    backups_shown: tuple[str | None, ...]
    #: directories written in, where a killed run may have left temporary files
    directories: frozenset[str] = field(default_factory=frozenset)


def _shown(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith(os.pardir) else rel


def _output_targets(sources: Sequence[Source], options: Options) -> list[str]:
    out = options.output
    assert out is not None
    many = len(options.inputs) > 1 or any(os.path.isdir(f) for f in options.inputs if f != "-")
    if not many:
        if not sources:
            return []
        src = sources[0]
        if os.path.isdir(out) or out.endswith(("/", os.sep)):
            if src.real is None:
                raise PlanError(f"-o {out}: a directory; give a file name for {src.display}")
            return [os.path.join(out, os.path.basename(src.display))]
        return [out]
    # One directory argument is mirrored into OUT, created if missing (as cp -r does); several
    # inputs need OUT to be a directory already, or to say so with a final '/', so that a
    # mistyped file name never becomes a directory.
    one_directory = len(options.inputs) == 1 and not os.path.exists(out)
    if not (os.path.isdir(out) or out.endswith(("/", os.sep)) or one_directory):
        what = "is not a directory" if os.path.exists(out) else "does not exist"
        raise PlanError(
            f"-o {out}: {what}; several inputs need an output directory: "
            f"an existing one, or a path ending in '/' to create it"
        )
    result = []
    for s in sources:
        if s.real is None:
            raise PlanError(f"-o {out}: {s.display} has no file name to write under {out}")
        rel = os.path.relpath(s.display, s.root) if s.root is not None else None
        result.append(os.path.join(out, rel or os.path.basename(s.display)))
    return result


def _link_between(root: str, path: str) -> str | None:
    """An existing symbolic link among the directories from ``root`` (excluded) to ``path``."""
    rel = os.path.relpath(os.path.dirname(path), root)
    if rel == os.curdir:
        return None
    current = root
    for part in rel.split(os.sep):
        current = os.path.join(current, part)
        if os.path.islink(current):
            return current
        if not os.path.exists(current):
            return None
    return None


def make_plan(sources: Sequence[Source], options: Options) -> Plan:
    """Plan the writes of a run; :class:`PlanError` refuses it."""
    wb = options.write_back
    n = len(sources)
    targets: list[str | None] = [None] * n
    backups: list[str | None] = [None] * n
    backups_shown: list[str | None] = [None] * n
    # (path, as shown, role, may be a stream, the input it belongs to)
    checks: list[tuple[str, str, str, bool, Source | None]] = []
    if wb is WriteBack.IN_PLACE:
        for i, s in enumerate(sources):
            targets[i] = s.real
            if options.backup and s.real is not None:
                backup = backups[i] = s.real + options.backup
                # Shown next to the name given, unless that name is a link (then where it is).
                shown = backups_shown[i] = (
                    s.display + options.backup if not os.path.islink(s.display) else _shown(backup)
                )
                checks.append((backup, shown, f"backup of {s.display}", False, s))
    elif wb is WriteBack.OUTPUT:
        outputs = _output_targets(sources, options)
        single = len(outputs) == 1 and len(options.inputs) == 1
        for i, (s, t) in enumerate(zip(sources, outputs)):
            targets[i] = t
            checks.append((t, t, f"output of {s.display}", single, None))
            link = _link_between(options.output or "", t) if not single else None
            if link is not None:
                raise PlanError(
                    f"refusing to write {t} (output of {s.display}): {link} is a symbolic link"
                )
    if options.report and options.report != "-":
        checks.append((options.report, options.report, "the report", True, None))

    inputs_real = {s.real for s in sources if s.real is not None}
    inputs_id = {(s.dev, s.ino) for s in sources if s.real is not None}
    taken: dict[str, str] = {}
    resolved: dict[str, str] = {}  # (see real_path)
    for path, shown, role, stream_ok, owner in checks:
        real = real_path(path, resolved)
        try:
            st: os.stat_result | None = os.stat(path)
        except OSError:
            st = None
        same = st is not None and (st.st_dev, st.st_ino) in inputs_id
        if same and owner is not None and st is not None:
            # A backup that is already a hard link to its own file (a run killed between
            # making the backup and replacing the file) holds the right text: not an input.
            same = (st.st_dev, st.st_ino) != (owner.dev, owner.ino)
        if real in inputs_real or same:
            raise PlanError(f"refusing to write {shown} ({role}): it is one of the inputs")
        if os.path.islink(path):
            streamed = st is not None and not stat.S_ISREG(st.st_mode)
            if not (stream_ok and streamed) or (st is not None and stat.S_ISDIR(st.st_mode)):
                raise PlanError(f"refusing to write {shown} ({role}): it is a symbolic link")
        if real in taken:
            raise PlanError(f"refusing to write {shown} ({role}): it is also the {taken[real]}")
        taken[real] = role
    directories = {
        os.path.dirname(real_path(p, resolved)) for p in [*targets, *backups] if p is not None
    }
    shown_targets = tuple(
        (s.display if wb is WriteBack.IN_PLACE else t) if t is not None else None
        for s, t in zip(sources, targets)
    )
    return Plan(
        tuple(targets),
        shown_targets,
        tuple(backups),
        tuple(backups_shown),
        frozenset(d for d in directories if os.path.isdir(d)),
    )
