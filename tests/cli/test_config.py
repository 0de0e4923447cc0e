"""Options from ``[tool.translit-normalize]`` in the nearest ``pyproject.toml`` or ``--config``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .util import ARTICLE, one_line, run, write

# The first spelling is the minority: --canonical first and frequent disagree.
TEXT = "Lukashenka first.\nLukashenko then.\nLukashenko again.\n"
FIRST = TEXT.replace("Lukashenko", "Lukashenka")
FREQUENT = TEXT.replace("Lukashenka", "Lukashenko")


def test_pyproject_table_sets_options(capsysbinary: Any) -> None:
    write(
        "project/pyproject.toml",
        '[tool.translit-normalize]\ncanonical = "first"\nexclude = ["drafts"]\n',
    )
    write("project/corpus/a.txt", TEXT)
    write("project/corpus/drafts/b.txt", "Lukashenko\n")
    code, out, _ = run(capsysbinary, "project/corpus")
    assert code == 0
    assert out.decode() == FIRST
    # The command line wins.
    code, out, _ = run(capsysbinary, "--canonical", "frequent", "project/corpus")
    assert out.decode() == FREQUENT


def test_paths_are_relative_to_the_file(capsysbinary: Any) -> None:
    write("project/pyproject.toml", '[tool.translit-normalize]\nlexicon = "names.txt"\n')
    write("project/names.txt", "Alexander Lukashenka\n")
    write("project/a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "project/a.txt")
    assert code == 0, err
    assert out.decode() == ARTICLE.replace("Lukashenko", "Lukashenka")


def test_a_pyproject_without_the_table_or_above_the_repository(capsysbinary: Any) -> None:
    write("pyproject.toml", '[tool.translit-normalize]\ncanonical = "first"\n')
    write("repo/pyproject.toml", "[project]\nname = 'x'\n")
    write("repo/a.txt", TEXT)
    _, out, _ = run(capsysbinary, "repo/a.txt")
    assert out.decode() == FREQUENT  # the nearest pyproject.toml has no table
    write("other/a.txt", TEXT)
    os.mkdir("other/.git")
    _, out, _ = run(capsysbinary, "other/a.txt")
    assert out.decode() == FREQUENT  # not above the repository's root
    os.rmdir("other/.git")
    _, out, _ = run(capsysbinary, "other/a.txt")
    assert out.decode() == FIRST


def test_config_file_option(capsysbinary: Any) -> None:
    write("settings.toml", 'canonical = "first"\nquiet = true\n')
    write("tool.toml", '[tool.translit-normalize]\ncanonical = "first"\n')
    write("a.txt", TEXT)
    code, out, err = run(capsysbinary, "--config", "settings.toml", "a.txt")
    assert (code, out.decode(), err) == (0, FIRST, "")  # quiet
    code, out, err = run(capsysbinary, "--config", "tool.toml", "a.txt")
    assert (code, out.decode()) == (0, FIRST)
    assert err.startswith("translit-normalize: 1 name unified")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('canonicall = "first"', "[tool.translit-normalize] unknown option 'canonicall'"),
        ("jobs = '4'", "[tool.translit-normalize] jobs: expected a number, found a string"),
        ("in-place = 1", "[tool.translit-normalize] in-place: expected true or false"),
        ("lexicon = [1]", "[tool.translit-normalize] lexicon: expected a string or a list"),
        ("config = 'x.toml'", "[tool.translit-normalize] config: only on the command line"),
        ("canonical = ", "invalid TOML"),
    ],
)
def test_config_errors(capsysbinary: Any, content: str, message: str) -> None:
    write("pyproject.toml", f"[tool.translit-normalize]\n{content}\n")
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "a.txt")
    assert (code, out) == (2, b"")
    line = one_line(err)
    assert line.startswith("translit-normalize: error: ") and "pyproject.toml" in line
    assert message in line


def test_missing_config_file(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--config", "nope.toml", "a.txt")
    assert code == 2
    assert one_line(err) == "translit-normalize: error: nope.toml: No such file or directory"


def test_config_values_are_validated_like_options(capsysbinary: Any) -> None:
    write("pyproject.toml", "[tool.translit-normalize]\nin-place = true\ncheck = true\n")
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "a.txt")
    assert code == 2
    assert "-i/--in-place cannot be combined with --check" in err
    assert Path("a.txt").read_text() == ARTICLE


def test_verbose_shows_the_configuration(capsysbinary: Any) -> None:
    write("pyproject.toml", '[tool.translit-normalize]\ncanonical = "first"\nexclude = "x"\n')
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--verbose", "--transliterate", "ru", "a.txt")
    assert code == 0
    path = os.path.abspath("pyproject.toml")
    lines = err.splitlines()
    assert lines[0] == f"translit-normalize: configuration file: {path}"
    for line in (
        f'translit-normalize: canonical = "first"  (from {path})',
        'translit-normalize: transliterate = "ru"  (from the command line)',
        f'translit-normalize: exclude = ["x"]  (from {path})',
        "translit-normalize: verbose = true  (from the command line)",
    ):
        assert line in lines[1:5]
    code, _, err = run(capsysbinary, "-v", "--no-ignore", "a.txt")
    assert "translit-normalize: no-ignore = true  (from the command line)" in err
