"""``-o`` and the plan of the writes: output paths, and refusing to overwrite an input."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    GRABSKY,
    GRABSKY_OUT,
    one_line,
    run,
    set_stdin,
    write,
)


def test_output_file(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, _ = run(capsysbinary, "-o", "out.txt", "a.txt")
    assert (code, out) == (0, b"")
    assert Path("out.txt").read_text() == ARTICLE_OUT
    assert Path("a.txt").read_text() == ARTICLE


def test_output_into_existing_directory(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    os.mkdir("out")
    code, _, _ = run(capsysbinary, "-o", "out", "a.txt")
    assert code == 0
    assert Path("out/a.txt").read_text() == ARTICLE_OUT


def test_output_directory_for_many(capsysbinary: Any) -> None:
    write("corpus/a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("corpus/sub/b.md", "Lukashenka left.\n")
    write("corpus/skip.bin", "Lukashenka\n")  # not a text type: not included
    write("extra.txt", GRABSKY)
    code, out, _ = run(capsysbinary, "-o", "out/", "corpus", "extra.txt")
    assert (code, out) == (0, b"")
    assert Path("out/a.txt").read_text() == "Alexander Lukashenko met Putin.\nLukashenko spoke.\n"
    assert Path("out/sub/b.md").read_text() == "Lukashenko left.\n"
    assert Path("out/extra.txt").read_text() == GRABSKY_OUT
    assert not Path("out/skip.bin").exists()
    assert Path("corpus/sub/b.md").read_text() == "Lukashenka left.\n"
    # A second run does not read its own output directory inside the corpus.
    code, _, _ = run(capsysbinary, "-o", "corpus/out/", "corpus")
    assert code == 0
    assert Path("corpus/out/sub/b.md").read_text() == "Lukashenko left.\n"
    code, _, _ = run(capsysbinary, "-o", "corpus/out", "corpus")
    assert code == 0
    assert not Path("corpus/out/out").exists()


def test_output_directory_not_a_directory(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", ARTICLE)
    write("out", "a file")
    code, _, err = run(capsysbinary, "-o", "out", "a.txt", "b.txt")
    assert code == 2
    assert "not a directory" in err
    assert Path("out").read_text() == "a file"


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "a.txt", "a.txt"],
        ["-o", "./sub/../a.txt", "a.txt"],
        ["-o", "link.txt", "a.txt"],
        ["-o", "a.txt", "-"],
        ["-o", ".", "a.txt", "b.txt"],
        ["-o", "alias", "d"],
    ],
    ids=["same", "dotted", "symlink", "stdin-to-input", "dir-of-inputs", "dir-symlink"],
)
def test_output_refuses_an_input(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", ARTICLE)
    write("d/a.txt", ARTICLE)
    os.mkdir("sub")
    os.symlink("a.txt", "link.txt")
    os.symlink("d", "alias")
    set_stdin(monkeypatch, ARTICLE.encode())
    if "-" in args:
        # stdin is not an input file; writing to a.txt is fine then.
        code, _, _ = run(capsysbinary, *args)
        assert code == 0
        assert Path("a.txt").read_text() == ARTICLE_OUT
        return
    code, out, err = run(capsysbinary, *args)
    assert code == 2
    assert out == b""
    assert "refusing to write" in err and "it is one of the inputs" in err
    assert Path("a.txt").read_text() == ARTICLE
    assert Path("d/a.txt").read_text() == ARTICLE


def test_report_refuses_an_input(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--report", "a.txt", "a.txt")
    assert code == 2
    assert "refusing to write a.txt (the report): it is one of the inputs" in err
    assert Path("a.txt").read_text() == ARTICLE


def test_report_to_a_device(capsysbinary: Any) -> None:
    """A report path that is not a regular file (a device, a FIFO, /dev/stdout) is written
    through, not replaced."""
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    write("a.txt", ARTICLE)
    code, _, _ = run(capsysbinary, "--check", "--report", "/dev/null", "a.txt")
    assert code == 1
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
    code, out, _ = run(capsysbinary, "-o", "/dev/null", "a.txt")
    assert (code, out) == (0, b"")
    assert not os.path.isfile("/dev/null")


def test_report_is_written_atomically(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that stops keeps the previous report whole."""
    write("a.txt", ARTICLE)
    write("r.jsonl", "the previous report\n")
    set_stdin(monkeypatch, b"")

    def boom(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("translit.cli.passes.apply", boom)
    code, _, _ = run(capsysbinary, "--check", "--report", "r.jsonl", "a.txt")
    assert code == 130
    assert Path("r.jsonl").read_text() == "the previous report\n"
    assert sorted(os.listdir()) == ["a.txt", "r.jsonl"]


def test_two_inputs_with_one_output_path(capsysbinary: Any) -> None:
    write("x/a.txt", ARTICLE)
    write("y/a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "-o", "out/", "x/a.txt", "y/a.txt")
    assert code == 2
    assert (
        "refusing to write out/a.txt (output of y/a.txt): it is also the output of x/a.txt" in err
    )
    assert not Path("out").exists()


def test_output_through_a_linked_directory_is_refused(capsysbinary: Any) -> None:
    """-o writes a tree; a link inside it would send files elsewhere."""
    write("corpus/sub/a.txt", ARTICLE)
    write("corpus/b.txt", ARTICLE)
    os.makedirs("elsewhere")
    os.makedirs("out")
    os.symlink("../elsewhere", "out/sub")
    code, _, err = run(capsysbinary, "-o", "out", "corpus")
    assert code == 2
    assert "out/sub is a symbolic link" in err
    assert os.listdir("elsewhere") == []
    assert not Path("out/b.txt").exists()


def test_output_link_given_as_the_output_is_refused(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("other.txt", "keep me\n")
    os.symlink("other.txt", "out.txt")
    code, _, err = run(capsysbinary, "-o", "out.txt", "a.txt")
    assert code == 2
    assert "refusing to write out.txt (output of a.txt): it is a symbolic link" in err
    assert Path("other.txt").read_text() == "keep me\n"


def test_several_inputs_need_an_output_directory(capsysbinary: Any) -> None:
    """-o out.txt with several inputs used to create a directory named out.txt."""
    write("a.txt", ARTICLE)
    write("b.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-o", "out.txt", "a.txt", "b.txt")
    assert (code, out) == (2, b"")
    assert one_line(err) == (
        "translit-normalize: error: -o out.txt: does not exist; several inputs "
        "need an output directory: an existing one, or a path ending in '/' to create it"
    )
    assert not Path("out.txt").exists()
    code, _, _ = run(capsysbinary, "-o", "new/", "a.txt", "b.txt")
    assert code == 0
    assert sorted(os.listdir("new")) == ["a.txt", "b.txt"]
    os.mkdir("existing")
    code, _, _ = run(capsysbinary, "-o", "existing", "a.txt", "b.txt")
    assert code == 0
    assert sorted(os.listdir("existing")) == ["a.txt", "b.txt"]


def test_one_directory_is_mirrored_into_a_new_output_directory(capsysbinary: Any) -> None:
    write("corpus/a.txt", ARTICLE)
    write("corpus/sub/b.txt", ARTICLE)
    code, _, _ = run(capsysbinary, "-o", "out", "corpus")
    assert code == 0
    assert sorted(str(p.relative_to("out")) for p in Path("out").rglob("*.txt")) == [
        "a.txt",
        "sub/b.txt",
    ]
