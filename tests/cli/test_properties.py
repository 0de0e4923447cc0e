"""Property: any sequence of runs on a tree leaves every byte of every input somewhere.

Hypothesis builds a small tree whose names invite collisions (``a.txt`` and ``a.txt.txt``,
``notes`` and ``notes.txt``) and a sequence of runs with any outputs: ``-i`` with or without a
backup suffix, ``-o``, ``--report``, ``--check``, ``--diff``, on the directory or on some files,
with report and output paths that may be inputs. After each run, every file that existed before
it still holds its text, except:

* an input rewritten in place, whose old text must then be in its backup when one was asked for;
* a path the run was asked to write (a backup of an input, the report, an ``-o`` output) that is
  not one of its inputs.

Every run ends with exit status 0, 1 or 2 and no traceback.
"""

from __future__ import annotations

import contextlib
import fnmatch
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from translit.cli import DEFAULT_INCLUDE, main

from .util import ARTICLE, ARTICLE_OUT, CLEAN, GRABSKY

NAMES = [
    "a.txt",
    "a.txt.txt",
    "a.txt.orig",
    "b.md",
    "notes",
    "notes.txt",
    "sub/c.txt",
    "sub/c.txt.bak",
    "r.jsonl",
]
TEXTS = [ARTICLE, ARTICLE_OUT, GRABSKY, CLEAN, ARTICLE + GRABSKY, "Lukashenka.\n", ""]
SUFFIXES = [".txt", ".orig", ".bak", ".b1"]

trees = st.dictionaries(st.sampled_from(NAMES), st.sampled_from(TEXTS), min_size=1, max_size=6)
targets = st.one_of(
    st.just(["."]), st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True)
)
runs = st.fixed_dictionaries(
    {
        "mode": st.sampled_from(["stdout", "check", "diff", "in-place", "in-place", "output"]),
        "targets": targets,
        "backup": st.one_of(st.none(), st.sampled_from(SUFFIXES)),
        "report": st.one_of(st.none(), st.sampled_from(["r.jsonl", "new.jsonl", *NAMES])),
        "output": st.sampled_from(["out", "out/", ".", "sub", *NAMES]),
        "canonical": st.sampled_from([None, "first"]),
    }
)


def _files() -> dict[str, bytes]:
    out = {}
    for dirpath, _, filenames in os.walk("."):
        for name in filenames:
            path = os.path.normpath(os.path.join(dirpath, name))
            if os.path.isfile(path) and not os.path.islink(path):
                out[path] = Path(path).read_bytes()
    return out


def _inputs(run: dict[str, Any], before: dict[str, bytes]) -> set[str]:
    """The files the run reads, as the command finds them."""
    found: set[str] = set()
    output = run["output"].rstrip("/") if run["mode"] == "output" else None
    skip = os.path.normpath(output) + os.sep if output and os.path.isdir(output) else None
    for target in run["targets"]:
        if not os.path.isdir(target):
            if target in before:
                found.add(target)
            continue
        prefix = "" if target == "." else os.path.normpath(target) + os.sep
        for path in before:
            if not path.startswith(prefix):
                continue
            parts = path[len(prefix) :].split(os.sep)
            if any(p.startswith(".") for p in parts):
                continue
            if skip is not None and (path + os.sep).startswith(skip) and skip != prefix:
                continue  # the output directory is not walked
            if any(fnmatch.fnmatch(parts[-1], g) for g in DEFAULT_INCLUDE):
                found.add(path)
    return found


def _argv(run: dict[str, Any]) -> list[str]:
    argv = []
    mode = run["mode"]
    if mode == "check":
        argv.append("--check")
    elif mode == "diff":
        argv.append("--diff")
    elif mode == "in-place":
        argv.append("-i")
        if run["backup"]:
            argv += ["--backup", run["backup"]]
    elif mode == "output":
        argv += ["-o", run["output"]]
    if run["report"]:
        argv += ["--report", run["report"]]
    if run["canonical"]:
        argv += ["--canonical", run["canonical"]]
    return argv + run["targets"]


@contextlib.contextmanager
def _in_new_directory() -> Iterator[None]:
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        try:
            yield
        finally:
            os.chdir(cwd)


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    finally:
        sys.stdout, sys.stderr = saved
    err.seek(0)
    return code, err.read()


def _run_spec(mode: str, targets: list[str], **options: str) -> dict[str, Any]:
    spec: dict[str, Any] = {"backup": None, "report": None, "output": "out", "canonical": None}
    return {**spec, "mode": mode, "targets": targets, **options}


# The holes of issue 9 that a sequence of runs can show, always tried first.
@example(  # 1: the backup of a.txt is the input a.txt.txt
    tree={"a.txt": ARTICLE, "a.txt.txt": GRABSKY},
    sequence=[_run_spec("in-place", ["."], backup=".txt")],
)
@example(  # 1: the backup of notes is the input notes.txt
    tree={"notes": ARTICLE, "notes.txt": GRABSKY},
    sequence=[_run_spec("in-place", ["notes", "notes.txt"], backup=".txt")],
)
@example(  # 6: the report is the backup
    tree={"a.txt": ARTICLE},
    sequence=[_run_spec("in-place", ["a.txt"], backup=".orig", report="a.txt.orig")],
)
@example(  # an output directory named like a backup, then rewritten as an input
    tree={"a.txt": ARTICLE},
    sequence=[
        _run_spec("output", ["."], output="a.txt.orig"),
        _run_spec("in-place", ["a.txt", "a.txt.orig"], backup=".orig"),
    ],
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tree=trees, sequence=st.lists(runs, min_size=1, max_size=3))
def test_every_byte_of_every_input_survives(
    tree: dict[str, str], sequence: list[dict[str, Any]]
) -> None:
    with _in_new_directory():
        for name, text in tree.items():
            path = Path(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for run in sequence:
            before = _files()
            inputs = _inputs(run, before)
            argv = _argv(run)
            code, err = _run(argv)
            assert code in (0, 1, 2), (argv, err)
            assert "Traceback" not in err and "internal error" not in err, (argv, err)
            after = _files()
            in_place = run["mode"] == "in-place"
            backup = run["backup"] if in_place else None
            asked: set[str] = set()
            if backup:
                asked |= {os.path.normpath(p + backup) for p in inputs}
            if run["report"]:
                asked.add(os.path.normpath(run["report"]))
            output = os.path.normpath(run["output"]) if run["mode"] == "output" else None
            for path, data in before.items():
                if after.get(path) == data:
                    continue
                if in_place and path in inputs:
                    assert path in after, (argv, path, err)
                    if backup:
                        assert after.get(os.path.normpath(path + backup)) == data, (argv, path)
                    continue
                written = path in asked or (
                    output is not None
                    and (path == output or path.startswith(output + os.sep) or output == ".")
                )
                assert written and path not in inputs, (argv, path, err)
