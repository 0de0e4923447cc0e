"""``.gitignore`` files in directory walks, and ``--no-ignore``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from translit.cli.ignore import IgnoreRules

from .util import child_env, run, write


def listed(capsysbinary: Any, *args: str) -> list[str]:
    """The files a walk takes: each file holds its own name."""
    code, out, err = run(capsysbinary, *args)
    assert code == 0, err
    return out.decode().splitlines()


def tree(files: dict[str, str]) -> None:
    for name, content in files.items():
        write(name, content if name.endswith(".gitignore") else name + "\n")


def test_gitignore_files_of_the_tree(capsysbinary: Any) -> None:
    tree(
        {
            "d/.gitignore": "drafts/\n*.log.txt\n!keep.log.txt\n/top-only.txt\n",
            "d/a.txt": "",
            "d/x.log.txt": "",
            "d/keep.log.txt": "",
            "d/top-only.txt": "",
            "d/drafts/b.txt": "",
            "d/sub/.gitignore": "secret.txt\n!x.log.txt\n",
            "d/sub/secret.txt": "",
            "d/sub/top-only.txt": "",
            "d/sub/x.log.txt": "",
            "d/sub/c.txt": "",
        }
    )
    assert listed(capsysbinary, "d") == [
        "d/a.txt",
        "d/keep.log.txt",
        "d/sub/c.txt",
        "d/sub/top-only.txt",
        "d/sub/x.log.txt",  # the deeper file re-includes it
    ]
    everything = listed(capsysbinary, "--no-ignore", "d")
    assert "d/drafts/b.txt" in everything and "d/sub/secret.txt" in everything
    assert len(everything) == 9
    # A file named on the command line is always read.
    assert listed(capsysbinary, "d/x.log.txt") == ["d/x.log.txt"]


def test_gitignore_above_the_walked_directory_counts_inside_a_repository(
    capsysbinary: Any,
) -> None:
    tree({"repo/.gitignore": "*.tmp.txt\n", "repo/docs/a.txt": "", "repo/docs/b.tmp.txt": ""})
    os.mkdir("repo/.git")
    assert listed(capsysbinary, "repo/docs") == ["repo/docs/a.txt"]
    # Outside a repository the directories above do not count.
    os.rmdir("repo/.git")
    assert listed(capsysbinary, "repo/docs") == ["repo/docs/a.txt", "repo/docs/b.tmp.txt"]


def test_ignored_directory_is_not_entered(tmp_path: Path) -> None:
    tree({"d/.gitignore": "build\n", "d/build/a.txt": "", "d/a.txt": ""})
    rules = IgnoreRules.above(str(tmp_path / "d"))
    assert rules.ignored(str(tmp_path / "d" / "build"), is_dir=True)
    assert not rules.ignored(str(tmp_path / "d" / "a.txt"), is_dir=False)


_IMPORTS = """
import sys
from translit.cli import main
code = main(sys.argv[1:])
print("pathspec" in sys.modules, file=sys.stderr)
"""


def test_pathspec_is_imported_only_to_walk_a_directory(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "Lukashenka.\n")
    write(tmp_path / "d" / ".gitignore", "b.txt\n")
    for args, imported in ((["d/a.txt"], "False"), (["d"], "True")):
        result = subprocess.run(
            [sys.executable, "-c", _IMPORTS, *args],
            capture_output=True,
            cwd=tmp_path,
            env=child_env(),
            timeout=120,
        )
        assert result.stderr.decode().splitlines()[-1] == imported
