"""What a run did: the counts, the one-line summary on stderr and the ``--report`` records.

``--report`` writes JSON Lines: one ``change`` record per change, in input order, then one
``summary`` record (``schema_version`` 1).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .options import PROG, Options, WriteBack

__all__ = ["Tally", "change_record", "plural"]


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 file``, ``2 files``.

    >>> plural(1, "change"), plural(3, "change")
    ('1 change', '3 changes')
    """
    return f"{n} {word if n == 1 else (many or word + 's')}"


def change_record(
    path: str, line: int, column: int, start: int, end: int, change: Any
) -> dict[str, Any]:
    """The ``--report`` record of one change (``start``/``end`` index the decoded text)."""
    return {
        "type": "change",
        "path": path,
        "line": line,
        "column": column,
        "start": start,
        "end": end,
        "original": change.original,
        "replacement": change.replacement,
        "canonical": change.canonical,
        "reason": change.reason,
    }


def skip_record(
    path: str, line: int, column: int, start: int, end: int, skip: Any
) -> dict[str, Any]:
    """The ``--report-skipped`` record of a capitalised word that was not taken for a name."""
    return {
        "type": "skipped",
        "path": path,
        "line": line,
        "column": column,
        "start": start,
        "end": end,
        "text": skip.text,
        "reason": skip.reason,
    }


@dataclass
class Tally:
    """The counts of a run."""

    files_ok: int = 0
    changed_files: int = 0
    changes: int = 0
    skipped: int = 0
    reencoded: int = 0
    names: set[str] = field(default_factory=set)

    def summary_record(self, errors: int) -> bytes:
        record = {
            "type": "summary",
            "schema_version": 1,
            "files": self.files_ok,
            "changed_files": self.changed_files,
            "changes": self.changes,
            "errors": errors,
        }
        return (json.dumps(record) + "\n").encode("utf-8")

    def summary(self, options: Options, errors: int) -> str:
        """The line printed on stderr at the end of a run."""
        would = options.check or options.write_back is WriteBack.DIFF
        files = plural(self.changed_files, "file")
        changes = plural(self.changes, "change")
        if options.no_names:
            if self.changes:
                verb = "would be transliterated" if would else "transliterated"
                text = f"{files} {verb} ({changes})"
            else:
                text = f"nothing to transliterate in {plural(self.files_ok, 'file')}"
        elif self.changes:
            verb = "would be unified" if would else "unified"
            text = f"{plural(len(self.names), 'name')} {verb} in {files} ({changes})"
        else:
            text = f"no names to unify in {plural(self.files_ok, 'file')}"
        if self.reencoded:
            text += f", {plural(self.reencoded, 'file')} re-encoded"
        if self.skipped:
            text += f", {plural(self.skipped, 'binary file')} skipped"
        if errors:
            text += f", {plural(errors, 'error')}"
        return f"{PROG}: {text}"
