"""``--diff``: the streamed unified diff."""

from __future__ import annotations

import difflib
import io
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from translit.cli.diff import DIFF_CONTEXT, Diff

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    CLEAN,
    run,
    write,
)


def expected_diff(path: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            path,
            path,
            "(original)",
            "(normalized)",
        )
    )


def test_diff(capsysbinary: Any) -> None:
    text = ARTICLE + "".join(f"filler line {i}\n" for i in range(10)) + "Lukashenka again.\n"
    write("a.txt", text)
    write("b.txt", CLEAN)
    code, out, err = run(capsysbinary, "--diff", "a.txt", "b.txt")
    assert code == 0
    new = text.replace("Lukashenka", "Lukashenko")
    assert out.decode() == expected_diff("a.txt", text, new)
    assert out.decode().count("@@ ") == 2  # two hunks, far apart
    assert Path("a.txt").read_text() == text  # --diff writes nothing
    assert "2 changes" in err


def test_diff_applies_with_patch(capsysbinary: Any) -> None:
    """The diff is a valid patch, also for CRLF and a missing final newline."""
    import shutil

    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    text = "Lukashenko spoke.\r\nLukashenko again.\r\n\r\nLukashenka left."
    write("a.txt", text)
    code, out, _ = run(capsysbinary, "--diff", "a.txt")
    assert code == 0
    assert b"\\ No newline at end of file" in out
    write("a.patch", out)
    subprocess.run(["patch", "-s", "-p0", "-i", "a.patch"], check=True)
    assert Path("a.txt").read_bytes() == text.replace("Lukashenka", "Lukashenko").encode()


def test_check_with_diff(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--check", "--diff", "a.txt")
    assert code == 1
    assert out.decode() == expected_diff("a.txt", ARTICLE, ARTICLE_OUT)
    assert "would normalize a.txt" in err


@pytest.mark.parametrize("seed", range(40))
def test_streamed_diff_matches_difflib(seed: int) -> None:
    """The streaming diff writer gives difflib's hunks for any pattern of changed lines."""
    rng = random.Random(seed)
    n = rng.randrange(1, 60)
    old = [f"line {i} stays\n" for i in range(n)]
    new = list(old)
    for i in rng.sample(range(n), rng.randrange(1, min(n, 8) + 1)):
        new[i] = f"LINE {i} changed\n"
    out = io.StringIO()
    d = Diff(out, "f\t(original)", "f\t(normalized)", DIFF_CONTEXT)
    text = "".join(old)
    # Feed the text in random pieces, each change as one edit.
    pos = 0
    for i, (a, b) in enumerate(zip(old, new)):
        start = sum(len(x) for x in old[:i])
        if a != b:
            d.equal(text[pos:start])
            d.change(a[:-1], b[:-1])
            pos = start + len(a) - 1
    rest = text[pos:]
    while rest:
        cut = rng.randrange(1, len(rest) + 1)
        d.equal(rest[:cut])
        rest = rest[cut:]
    d.close()
    assert out.getvalue() == "".join(
        difflib.unified_diff(old, new, "f", "f", "(original)", "(normalized)")
    )
