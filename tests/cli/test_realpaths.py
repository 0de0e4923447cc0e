"""real_path against os.path.realpath, on a tree with links to directories and files, links
up the tree, broken links, ``.``, ``..`` and names that do not exist."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli.realpaths import real_path

PARTS = ["d", "ld", "sub", "f.txt", "g.txt", "lf", "up", "broken", "..", ".", "new.txt", ""]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    (root / "d" / "sub").mkdir(parents=True)
    (root / "d" / "f.txt").write_text("f")
    (root / "d" / "sub" / "g.txt").write_text("g")
    (root / "ld").symlink_to(root / "d", target_is_directory=True)
    (root / "lf").symlink_to(root / "d" / "f.txt")
    (root / "d" / "up").symlink_to("..", target_is_directory=True)
    (root / "d" / "sub" / "lf").symlink_to("../f.txt")
    (root / "broken").symlink_to(root / "nowhere")
    return root


_KNOWN: dict[str, str] = {}  # shared by every example: a directory resolved once stays right


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=6))
def test_real_path_is_realpath(tree: Path, parts: list[str]) -> None:
    path = os.path.join(str(tree), *parts)
    assert real_path(path, _KNOWN) == os.path.realpath(path)
    assert real_path(path, {}) == os.path.realpath(path)


def test_relative_paths_and_links_to_files(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree / "d")
    known: dict[str, str] = {}
    for path in ["f.txt", "sub/g.txt", "sub/lf", "../lf", "up/d/f.txt", "", ".", "sub/"]:
        assert real_path(path, known) == os.path.realpath(path), path
    assert real_path("sub/lf", known) == str((tree / "d" / "f.txt").resolve())
