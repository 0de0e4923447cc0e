"""A unified diff written while the text streams past (bounded memory, like ``diff -u``)."""

from __future__ import annotations

from collections import deque
from typing import IO

__all__ = ["DIFF_CONTEXT", "Diff"]

#: Lines of context around each hunk of ``--diff``.
DIFF_CONTEXT = 3


def _split_lines(text: str) -> list[str]:
    """Lines of ``text`` with their ``\\n`` (only ``\\n`` ends a line; ``\\r`` stays on it)."""
    lines = text.split("\n")
    last = lines.pop()
    out = [line + "\n" for line in lines]
    if last:
        out.append(last)
    return out


def _range(start: int, length: int) -> str:
    if length == 1:
        return str(start)
    if length == 0:
        start -= 1
    return f"{start},{length}"


class Diff:
    """A unified diff built while the text streams past (bounded memory, like ``diff -u``).

    ``equal(text)`` and ``change(old, new)`` describe the file in order; lines touched by a
    change become a ``-``/``+`` block, the rest context. Call ``close()`` at the end.
    """

    def __init__(self, out: IO[str], old_label: str, new_label: str, context: int) -> None:
        self.out = out
        self.labels = (old_label, new_label)
        self.context = context
        self.old_no = 0  # lines consumed
        self.new_no = 0
        self.before: deque[str] = deque(maxlen=context)
        self.hunk: list[str] | None = None
        self.hunk_start = (0, 0)
        self.hunk_len = [0, 0]
        self.trail: list[str] = []
        self.removed: list[str] = []
        self.added: list[str] = []
        self.header = False
        # the line being assembled (its old and new text), and whether a change touched it
        self.old_buf = ""
        self.new_buf = ""
        self.dirty = False

    # -- input -------------------------------------------------------------------------

    def equal(self, text: str) -> None:
        if not text:
            return
        nl = text.find("\n")
        if nl < 0:
            self.old_buf += text
            self.new_buf += text
            return
        head = text[: nl + 1]
        self.old_buf += head
        self.new_buf += head
        self._end_line()
        rest = text[nl + 1 :]
        cut = rest.rfind("\n") + 1
        if cut:
            self._equal_lines(_split_lines(rest[:cut]))
        self.old_buf = self.new_buf = rest[cut:]

    def change(self, old: str, new: str) -> None:
        self.old_buf += old
        self.new_buf += new
        self.dirty = True

    def close(self) -> None:
        if self.old_buf or self.new_buf:
            self._end_line()
        if self.hunk is not None:
            self._flush(self.trail[: self.context])

    # -- lines -------------------------------------------------------------------------

    def _end_line(self) -> None:
        if self.dirty:
            self._replace(_split_lines(self.old_buf), _split_lines(self.new_buf))
        else:
            self._equal_lines([self.old_buf])
        self.old_buf = self.new_buf = ""
        self.dirty = False

    def _equal_lines(self, lines: list[str]) -> None:
        self._commit()
        n = len(lines)
        self.old_no += n
        self.new_no += n
        c = self.context
        if self.hunk is not None:
            room = 2 * c + 1 - len(self.trail)
            self.trail.extend(lines[:room])
            if len(self.trail) <= 2 * c:
                return
            trail = self.trail
            self._flush(trail[:c])
            self.before.extend(trail[c:])
            lines = lines[room:]
        if c:
            self.before.extend(lines[-c:])

    def _replace(self, old: list[str], new: list[str]) -> None:
        if self.hunk is None:
            self.hunk = [" " + line for line in self.before]
            self.hunk_start = (
                self.old_no - len(self.before) + 1,
                self.new_no - len(self.before) + 1,
            )
            self.hunk_len = [len(self.before), len(self.before)]
        else:
            self.hunk += [" " + line for line in self.trail]
            self.hunk_len[0] += len(self.trail)
            self.hunk_len[1] += len(self.trail)
        self.trail = []
        self.before.clear()
        # Consecutive changed lines form one block: all the - lines, then all the + lines.
        self.removed += old
        self.added += new
        self.old_no += len(old)
        self.new_no += len(new)

    def _commit(self) -> None:
        if self.hunk is None or not (self.removed or self.added):
            return
        self.hunk += ["-" + line for line in self.removed] + ["+" + line for line in self.added]
        self.hunk_len[0] += len(self.removed)
        self.hunk_len[1] += len(self.added)
        self.removed = []
        self.added = []

    def _flush(self, context_after: list[str]) -> None:
        self._commit()
        assert self.hunk is not None
        lines = self.hunk + [" " + line for line in context_after]
        old_len = self.hunk_len[0] + len(context_after)
        new_len = self.hunk_len[1] + len(context_after)
        if not self.header:
            self.out.write(f"--- {self.labels[0]}\n+++ {self.labels[1]}\n")
            self.header = True
        self.out.write(
            f"@@ -{_range(self.hunk_start[0], old_len)} +{_range(self.hunk_start[1], new_len)} @@\n"
        )
        for line in lines:
            self.out.write(
                line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            )
        self.hunk = None
        self.trail = []
