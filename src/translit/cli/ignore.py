"""``.gitignore`` rules for directory walks (``--no-ignore`` turns them off).

The rules are git's, read by the maintained :mod:`pathspec` library (imported only when a
directory is walked): every ``.gitignore`` of the walked tree applies to the paths below its
directory, a deeper file overrides a shallower one, and the ``.gitignore`` files of the
directories above the walked one count too, up to the root of the git repository (the first
directory holding ``.git``). A file named on the command line is never ignored.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["IgnoreRules"]

_NAME = ".gitignore"


def _read_rules(directory: str) -> Any | None:
    """The compiled ``.gitignore`` of ``directory``, or None when it has none."""
    path = os.path.join(directory, _NAME)
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


class IgnoreRules:
    """The ``.gitignore`` files that apply at one directory of a walk (immutable)."""

    def __init__(self, layers: tuple[tuple[str, Any], ...] = ()) -> None:
        self.layers = layers  # (directory, compiled rules), the outermost first

    @classmethod
    def above(cls, root: str) -> IgnoreRules:
        """The rules of the directories above ``root`` and of ``root`` itself.

        Directories above count only inside a git repository, up to its root.
        """
        root = os.path.abspath(root)
        chain = [root]
        current = root
        in_repository = os.path.exists(os.path.join(root, ".git"))
        while not in_repository:
            parent = os.path.dirname(current)
            if parent == current:
                chain = [root]  # not in a repository: only the walked tree's own files
                break
            current = parent
            chain.append(current)
            in_repository = os.path.exists(os.path.join(current, ".git"))
        rules = cls()
        for directory in reversed(chain):
            rules = rules.below(directory)
        return rules

    def below(self, directory: str) -> IgnoreRules:
        """These rules and those of ``directory``'s own ``.gitignore``."""
        spec = _read_rules(directory)
        if spec is None:
            return self
        return IgnoreRules((*self.layers, (os.path.abspath(directory), spec)))

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether git would ignore ``path`` (the deepest file with a matching rule decides)."""
        where = os.path.abspath(path)
        for directory, spec in reversed(self.layers):
            rel = os.path.relpath(where, directory)
            if rel.startswith(os.pardir):
                continue
            rel = rel.replace(os.sep, "/") + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                return bool(result.include)
        return False
