"""New files written unnamed and linked in whole (``translit.cli.unnamed``), and the temporary
name they fall back to."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from translit.cli import unnamed
from translit.cli import write as write_module
from translit.cli.textio import InputChanged
from translit.cli.unnamed import open_unnamed
from translit.cli.write import WriteError, replace_file


@pytest.fixture(autouse=True)
def _links_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts where no link has been refused yet (the process remembers one)."""
    monkeypatch.setattr(unnamed, "_refused", [])


def _supported(directory: Path) -> bool:
    fd = open_unnamed(str(directory))
    if fd is None:
        return False
    os.close(fd)
    return True


@pytest.fixture
def unnamed_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory where new files can only be written unnamed (a temporary name fails)."""
    if not _supported(tmp_path):
        pytest.skip("no unnamed files here (not Linux, or the file system has none)")

    def no_temporary(*_: object) -> tuple[int, str]:
        raise AssertionError("a new file was written under a temporary name")

    monkeypatch.setattr(write_module, "_create_temp", no_temporary)
    return tmp_path


def test_a_new_file_appears_only_whole(unnamed_only: Path) -> None:
    target = unnamed_only / "new.txt"
    seen: list[list[str]] = []

    def pieces() -> Iterator[str]:
        for piece in ("Lukashenko ", "met ", "Putin.\n"):
            seen.append(sorted(os.listdir(unnamed_only)))
            yield piece

    old = os.umask(0o027)
    try:
        replace_file(str(target), pieces(), "utf-8", shown="new.txt")
    finally:
        os.umask(old)
    assert seen == [[], [], []]  # nothing in the directory, not even a temporary file
    assert target.read_text(encoding="utf-8") == "Lukashenko met Putin.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(unnamed_only) == ["new.txt"]


def test_a_failure_while_writing_leaves_nothing(unnamed_only: Path) -> None:
    def pieces() -> Iterator[str]:
        yield "half of it"
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        replace_file(str(unnamed_only / "new.txt"), pieces(), "utf-8", shown="new.txt")
    assert os.listdir(unnamed_only) == []


def test_an_unencodable_text_leaves_nothing(unnamed_only: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        replace_file(str(unnamed_only / "new.txt"), ["ok ", "Лукашенко"], "ascii", shown="n")
    assert os.listdir(unnamed_only) == []


def test_a_refused_verification_leaves_nothing(unnamed_only: Path) -> None:
    def refuse() -> None:
        raise InputChanged("in.txt: changed since it was read; left untouched")

    with pytest.raises(InputChanged):
        replace_file(str(unnamed_only / "new.txt"), ["x"], "utf-8", shown="new", verify=refuse)
    assert os.listdir(unnamed_only) == []


def test_a_file_that_appears_meanwhile_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program creates the target after the run looked: replaced whole, as a
    temporary file renamed over it would, and no temporary name is left."""
    if not _supported(tmp_path):
        pytest.skip("no unnamed files here")
    target = tmp_path / "new.txt"
    real_open = write_module.open_unnamed

    def open_then_race(directory: str) -> int | None:
        target.write_text("someone else's\n", encoding="utf-8")
        return real_open(directory)

    monkeypatch.setattr(write_module, "open_unnamed", open_then_race)
    replace_file(str(target), ["ours\n"], "utf-8", shown="new.txt")
    assert target.read_text(encoding="utf-8") == "ours\n"
    assert os.listdir(tmp_path) == ["new.txt"]
    assert not write_module._LIVE


def test_a_refused_link_is_copied_under_a_name_and_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sandbox that refuses linking through /proc: the text written is copied to a
    temporary name and renamed, and the next files are named from the start."""
    if not _supported(tmp_path):
        pytest.skip("no unnamed files here")
    links: list[str] = []

    def refused(src: str, dst: str, **_: object) -> None:
        links.append(dst)
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", refused)
    old = os.umask(0o022)
    try:
        replace_file(str(tmp_path / "a.txt"), ["Lukashenko\n" * 5000], "utf-8", shown="a.txt")
        replace_file(str(tmp_path / "b.txt"), ["Grabskyi\n"], "utf-8", shown="b.txt")
    finally:
        os.umask(old)
    assert links == ["a.txt"]  # (b.txt: not tried)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Lukashenko\n" * 5000
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "Grabskyi\n"
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]
    assert open_unnamed(str(tmp_path)) is None


def test_without_unnamed_files_a_temporary_name_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    assert open_unnamed(str(tmp_path)) is None
    made: list[str] = []
    real = write_module._create_temp

    def counted(directory: str, shown: str) -> tuple[int, str]:
        fd, path = real(directory, shown)
        made.append(os.path.basename(path))
        return fd, path

    monkeypatch.setattr(write_module, "_create_temp", counted)
    replace_file(str(tmp_path / "new.txt"), ["x\n"], "utf-8", shown="new.txt")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "x\n"
    assert len(made) == 1 and made[0].startswith(".translit-")
    assert os.listdir(tmp_path) == ["new.txt"]


def test_an_unwritable_directory_is_left_to_the_temporary_name(tmp_path: Path) -> None:
    """open_unnamed does not report errors: the usual path names the directory at fault."""
    missing = tmp_path / "missing"
    assert open_unnamed(str(missing)) is None
    with pytest.raises(WriteError, match="cannot write in the directory"):
        replace_file(str(missing / "new.txt"), ["x"], "utf-8", shown="new.txt")


def test_existing_files_are_still_replaced_through_a_temporary_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replacing (``-i``, or ``-o`` over an earlier output) keeps its forced, renamed write."""
    target = tmp_path / "a.txt"
    target.write_text("old\n", encoding="utf-8")

    def no_unnamed(_: str) -> int | None:
        raise AssertionError("an existing file was replaced through an unnamed file")

    monkeypatch.setattr(write_module, "open_unnamed", no_unnamed)
    replace_file(str(target), ["new\n"], "utf-8", shown="a.txt")
    assert target.read_text(encoding="utf-8") == "new\n"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX processes")
def test_a_run_killed_while_writing_leaves_nothing(tmp_path: Path) -> None:
    """SIGKILL in the middle of a new file: the directory stays empty (a temporary name
    would stay behind until the next run)."""
    import signal

    if not _supported(tmp_path):
        pytest.skip("no unnamed files here")

    pid = os.fork()
    if pid == 0:  # the child writes, and is killed halfway through
        try:

            def pieces() -> Iterator[str]:
                yield "Lukashenko met Putin.\n" * 1000
                os.kill(os.getpid(), signal.SIGKILL)
                yield "never written\n"

            replace_file(str(tmp_path / "new.txt"), pieces(), "utf-8", shown="new.txt")
        finally:
            os._exit(1)  # (not reached: killed)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert os.listdir(tmp_path) == []
