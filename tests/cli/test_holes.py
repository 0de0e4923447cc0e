"""One end-to-end test for each data-loss hole of issue 9 (each failed before the fix).

The numbers in the test names are the items of the issue.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    CLEAN,
    GRABSKY,
    GRABSKY_OUT,
    between_passes,
    child_env,
    first_line,
    one_line,
    run,
    subprocess_run,
    write,
)

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(root: str | Path = ".") -> dict[str, bytes | str]:
    """Every file under ``root``: its bytes, or ``-> target`` for a symbolic link."""
    out: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                out[path] = "-> " + os.readlink(path)
            elif os.path.isfile(path):
                out[path] = Path(path).read_bytes()
    return out


# == 1. A backup overwrites another input =================================================


@pytest.mark.parametrize(
    ("names", "args"),
    [(("d/a.txt", "d/a.txt.txt"), ["d"]), (("notes", "notes.txt"), ["notes", "notes.txt"])],
    ids=["directory", "files"],
)
def test_1_backup_path_that_is_an_input_is_refused(
    capsysbinary: Any, names: tuple[str, str], args: list[str]
) -> None:
    first, second = names
    write(first, ARTICLE)
    write(second, GRABSKY)
    before = snapshot()
    code, out, err = run(capsysbinary, "-i", "--backup", ".txt", *args)
    assert (code, out) == (2, b"")
    line = one_line(err)
    assert f"{second} (backup of {first})" in line and "one of the inputs" in line
    assert snapshot() == before


# == 2. A symlinked input repointed during the run ========================================


def test_2_symlink_repointed_between_passes(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("big.txt", ARTICLE)
    write("small.txt", GRABSKY)
    os.symlink("big.txt", "link.txt")

    def repoint() -> None:
        os.unlink("link.txt")
        os.symlink("small.txt", "link.txt")

    between_passes(monkeypatch, repoint)
    code, _, _ = run(capsysbinary, "-i", "link.txt")
    assert code == 0
    # The file the link named when the run started is normalised from its own text.
    assert Path("big.txt").read_text() == ARTICLE_OUT
    assert Path("small.txt").read_text() == GRABSKY


# == 3. A backup path that is a symlink ===================================================


def test_3_backup_slot_that_is_a_symlink_is_refused(capsysbinary: Any) -> None:
    secret = write("outside/secret.txt", "do not touch\n")
    os.chmod(secret, 0o600)
    write("tree/a.txt", ARTICLE)
    os.symlink("../outside/secret.txt", "tree/a.txt.orig")
    code, _, err = run(capsysbinary, "-i", "--backup", ".orig", "tree/a.txt")
    assert code == 2
    line = one_line(err)
    assert "tree/a.txt.orig (backup of tree/a.txt)" in line and "symbolic link" in line
    assert secret.read_text() == "do not touch\n"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert Path("tree/a.txt").read_text() == ARTICLE


# == 4. The input changes between the two passes ==========================================


@pytest.mark.parametrize("how", ["rename", "append", "same-size"])
def test_4_input_changed_between_passes_is_left_alone(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", GRABSKY)
    newer = {
        "rename": "Saved by an editor: Lukashenka.\n",
        "append": ARTICLE + "One more line about Lukashenka.\n",
        "same-size": ARTICLE.replace("Minsk", "Pinsk"),
    }[how]

    def save() -> None:
        if how == "rename":
            write("a.txt.new", newer)
            os.replace("a.txt.new", "a.txt")
        elif how == "append":
            with open("a.txt", "a") as f:
                f.write(newer[len(ARTICLE) :])
        else:
            st = os.stat("a.txt")
            with open("a.txt", "r+") as f:
                f.write(newer)
            os.utime("a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))  # the same size and time

    between_passes(monkeypatch, save)
    code, _, err = run(capsysbinary, "-i", "a.txt", "b.txt")
    assert code == 2
    assert "a.txt: changed since it was read" in err
    assert Path("a.txt").read_text() == newer
    assert Path("b.txt").read_text() == GRABSKY_OUT


# == 5. A backup cut short by a full disk ==================================================


def _limited(limit: int) -> Any:
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


# The command in a child whose writes stop at __LIMIT__ bytes per file (as on a full disk) from the
# end of pass 1 on, once the engine has loaded its data (see util.between_passes).
_FULL_DISK_AFTER_PASS_1 = """
import resource, signal, sys
from translit.normalizer import Normalizer
real = Normalizer.discover
def discover(self, texts):
    clusters = real(self, texts)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (__LIMIT__, __LIMIT__))
    return clusters
Normalizer.discover = discover
from translit.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_5_full_disk_leaves_no_truncated_backup(tmp_path: Path) -> None:
    text = ARTICLE * 3000  # 360 KB
    write(tmp_path / "a.txt", text)
    code = _FULL_DISK_AFTER_PASS_1.replace("__LIMIT__", str(64 << 10))
    result = subprocess.run(
        [sys.executable, "-c", code, "-i", "--backup", ".orig", "a.txt"],
        capture_output=True,
        cwd=tmp_path,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 2
    line = first_line(result.stderr)
    assert line.startswith("a.txt: ") and "File too large" in line
    assert (tmp_path / "a.txt").read_text() == text
    backup = tmp_path / "a.txt.orig"
    assert not backup.exists() or backup.read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) in (["a.txt"], ["a.txt", "a.txt.orig"])


_COPY_FAILS = """
import errno, os, sys
import translit.cli.write as write
def link(*args, **kwargs):
    raise OSError(errno.EPERM, "Operation not permitted")
def copy_bytes(fin, fout):
    fout.write(fin.read(1000))
    raise OSError(errno.ENOSPC, "No space left on device")
os.link, write._copy_bytes = link, copy_bytes
from translit.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_5_full_disk_while_copying_the_backup(tmp_path: Path) -> None:
    """Where hard links are impossible the backup is copied; a failing copy leaves no file."""
    write(tmp_path / "a.txt", ARTICLE * 100)
    result = subprocess.run(
        [sys.executable, "-c", _COPY_FAILS, "-i", "--backup", ".orig", "a.txt"],
        capture_output=True,
        cwd=tmp_path,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 2
    line = first_line(result.stderr)
    assert line == "a.txt.orig: cannot write the backup: No space left on device"
    assert (tmp_path / "a.txt").read_text() == ARTICLE * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# == 6. The report replaces a backup =====================================================


def test_6_report_on_a_backup_path_is_refused(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "-i", "--backup", ".orig", "--report", "a.txt.orig", "a.txt")
    assert code == 2
    line = one_line(err)
    assert "a.txt.orig" in line and "backup of a.txt" in line
    assert Path("a.txt").read_text() == ARTICLE
    assert not Path("a.txt.orig").exists()


# == 7. Owner and group ===================================================================


@pytest.mark.skipif(not IS_ROOT, reason="only root can give files away")
def test_7_owner_and_group_are_kept_as_root(capsysbinary: Any) -> None:
    a = write("a.txt", ARTICLE)
    os.chown(a, 4242, 4343)
    os.chmod(a, 0o640)
    code, _, _ = run(capsysbinary, "-i", "--backup", ".orig", "a.txt")
    assert code == 0
    st = a.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4242, 4343, 0o640)
    assert a.read_text() == ARTICLE_OUT
    bst = Path("a.txt.orig").stat()
    assert (bst.st_uid, bst.st_gid, stat.S_IMODE(bst.st_mode)) == (4242, 4343, 0o640)


@pytest.mark.skipif(not IS_ROOT, reason="only root can give files away")
def test_7_owner_that_cannot_be_kept_is_a_warning(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = write("a.txt", ARTICLE)
    os.chown(a, 4242, 4343)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    monkeypatch.setattr(os, "fchown", refuse)
    code, _, err = run(capsysbinary, "-i", "a.txt")
    assert code == 0
    assert a.read_text() == ARTICLE_OUT
    assert "Traceback" not in err
    assert err.splitlines()[0].startswith("a.txt: owner and group 4242:4343 not kept")


# == 8. A file link out of a directory argument ============================================


def test_8_file_link_out_of_the_tree_is_not_followed(capsysbinary: Any) -> None:
    write("outside/x.txt", ARTICLE)
    write("tree/a.txt", ARTICLE)
    os.symlink("../outside/x.txt", "tree/link.txt")
    code, _, err = run(capsysbinary, "-i", "tree")
    assert code == 0
    assert Path("outside/x.txt").read_text() == ARTICLE
    assert Path("tree/a.txt").read_text() == ARTICLE_OUT
    assert "tree/link.txt: symbolic link out of tree skipped" in err
    code, _, _ = run(capsysbinary, "-i", "--follow-links", "tree")
    assert code == 0
    assert Path("outside/x.txt").read_text() == ARTICLE_OUT
    assert os.path.islink("tree/link.txt")


# == 9. FIFOs, devices and endless input ==================================================


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_9_fifo_in_a_directory_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "tree/a.txt", ARTICLE)
    os.mkfifo(tmp_path / "tree/pipe.txt")
    result = subprocess_run("--check", "tree", cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert "tree/pipe.txt: not a regular file; skipped" in result.stderr.decode()


def test_9_dev_zero_is_binary_not_spooled_for_ever(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    result = subprocess_run("/dev/zero", cwd=tmp_path, timeout=60)
    assert result.returncode == 0
    assert "/dev/zero: binary file skipped" in result.stderr.decode()


def test_9_stdin_spooling_is_bounded(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from translit.cli import sources

    class Endless:
        def read(self, n: int = -1) -> bytes:
            return b"Lukashenka spoke.\n" * max(1, min(n, 1 << 16) // 18)

    class Stdin:
        buffer = Endless()

    monkeypatch.setattr(sources, "SPOOL_LIMIT", 1 << 20)
    monkeypatch.setattr(sys, "stdin", Stdin())
    code, out, err = run(capsysbinary, "-")
    assert (code, out) == (2, b"")
    assert "<stdin>: larger than 1 MiB" in first_line(err)


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_9_spool_removed_on_sigterm(tmp_path: Path, signame: str) -> None:
    if not hasattr(signal, signame):
        pytest.skip(f"no {signame}")
    signum = getattr(signal, signame)
    spool_root = tmp_path / "tmp"
    spool_root.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(TMPDIR=str(spool_root)),
    )
    assert proc.stdin is not None
    proc.stdin.write(ARTICLE.encode() * 100)
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not any(spool_root.glob("translit-*/*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert any(spool_root.glob("translit-*/*")), "no spool appeared"
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum
    assert one_line(err) == f"translit-normalize: terminated ({signame})"
    assert list(spool_root.iterdir()) == []


# == 10. Temporary files left by a killed run =============================================


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_10_stale_temporary_files_are_cleaned(capsysbinary: Any) -> None:
    write("d/a.txt", ARTICLE)
    write("d/b.txt", CLEAN)
    pid = _dead_pid()
    stale = write(f"d/.translit-{pid}-k1ll3d00.tmp", ARTICLE[:20])
    alive = write(f"d/.translit-{os.getpid()}-runn1ng0.tmp", "in progress")
    mine = write("d/.translit-notes.tmp", "not ours")
    code, _, _ = run(capsysbinary, "-i", "d")
    assert code == 0
    assert not stale.exists()
    assert alive.exists() and mine.exists()
    assert Path("d/a.txt").read_text() == ARTICLE_OUT


# == 11. Tracebacks instead of one line and exit 2 ========================================


@pytest.mark.parametrize(
    ("shell", "message"),
    [
        ("python -m translit - <&-", "<stdin>: standard input is closed"),
        ("python -m translit a.txt >&-", "translit-normalize: error: standard output is closed"),
    ],
    ids=["stdin-closed", "stdout-closed"],
)
def test_11_closed_streams(tmp_path: Path, shell: str, message: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = subprocess.run(
        ["bash", "-c", shell.replace("python", sys.executable)],
        capture_output=True,
        cwd=tmp_path,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 2
    assert first_line(result.stderr) == message


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["--diff", "a.txt"],
        ["--discover", "a.txt"],
        ["a.txt"],
        ["--check", "--report", "/dev/full", "a.txt"],
    ],
    ids=["diff", "discover", "text", "report"],
)
def test_11_output_to_a_full_device(tmp_path: Path, args: list[str]) -> None:
    write(tmp_path / "a.txt", ARTICLE * 2000)
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "translit", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            env=child_env(),
            timeout=120,
        )
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr.decode()
    assert any("No space left on device" in line for line in lines), lines
    assert len([line for line in lines if "No space" in line]) == 1


def test_11_stdin_spool_on_a_full_disk(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "translit", "-"],
        input=ARTICLE.encode() * 2000,
        capture_output=True,
        cwd=tmp_path,
        env=child_env(TMPDIR=str(tmp_path)),
        preexec_fn=_limited(16 << 10),
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (2, b"")
    line = first_line(result.stderr)
    assert line.startswith("<stdin>: ") and "File too large" in line


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "native.json",
            json.dumps([{"canonical": "Kyiv", "native": 5}]),
            "native.json:1: $[0].native: expected a string, found a number",
        ),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "deep.json: nested more than"),
        (
            "wide.csv",
            "canonical,variants\nKyiv," + "x" * (200 << 10) + "\n",
            "wide.csv:2: a field longer than",
        ),
    ],
    ids=["json-type", "json-deep", "csv-field"],
)
def test_11_malformed_lexicons(capsysbinary: Any, name: str, content: str, message: str) -> None:
    write(name, content)
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--lexicon", name, "-i", "a.txt")
    assert (code, out) == (2, b"")
    assert message in one_line(err)
    assert Path("a.txt").read_text() == ARTICLE


def test_11_csv_lexicon_with_a_bom(capsysbinary: Any) -> None:
    lexicon = "canonical,variants\nAlexander Lukashenka,Lukashenko\n"
    write("plain.csv", lexicon)
    write("bom.csv", "\ufeff" + lexicon)
    write("a.txt", ARTICLE)
    code, expected, _ = run(capsysbinary, "--lexicon", "plain.csv", "a.txt")
    assert code == 0
    code, out, err = run(capsysbinary, "--lexicon", "bom.csv", "a.txt")
    assert code == 0, err
    assert out == expected
    assert "Lukashenko" not in out.decode()


def test_11_quoted_csv_field_keeps_blank_and_hash_lines(capsysbinary: Any) -> None:
    from translit.names.lexicon import Lexicon

    write("names.csv", 'canonical,variants\nKyiv,"Kiev|\n\n#Kijow|Kiew"\n# a comment\nMinsk,\n')
    lex = Lexicon.from_file("names.csv")
    assert [e.canonical for e in lex] == ["Kyiv", "Minsk"]
    assert next(iter(lex)).variants == ("Kiev", "#Kijow", "Kiew")
    assert [e.line for e in lex] == [2, 6]


# == 12. Durability, links, permissions, encodings, messages ==============================


def test_12_directory_is_fsynced_after_the_rename(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("a.txt", ARTICLE)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        events.append("rename")
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    code, _, _ = run(capsysbinary, "-i", "a.txt")
    assert code == 0
    assert "rename" in events
    assert "fsync-dir" in events[events.index("rename") :]


def test_12_hard_links_are_refused_unless_asked(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    os.link("a.txt", "other-name")
    code, _, err = run(capsysbinary, "-i", "a.txt")
    assert code == 2
    assert "a.txt: 2 hard links" in first_line(err) and "--break-links" in err
    assert Path("a.txt").read_text() == ARTICLE
    code, _, _ = run(capsysbinary, "-i", "--break-links", "a.txt")
    assert code == 0
    assert Path("a.txt").read_text() == ARTICLE_OUT
    assert Path("other-name").read_text() == ARTICLE


def test_12_read_only_file_is_not_rewritten(capsysbinary: Any) -> None:
    a = write("a.txt", ARTICLE)
    os.chmod(a, 0o444)
    code, _, err = run(capsysbinary, "-i", "a.txt")
    assert code == 2
    assert "a.txt: read-only file" in first_line(err)
    assert a.read_text() == ARTICLE


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [
        ("utf-16", "utf-16-le"),
        ("utf-16", "utf-16-be"),
        ("UTF16", "utf-16-be"),
        ("utf-32", "utf-32-le"),
        ("utf-32", "utf-32-be"),
    ],
)
def test_12_utf16_and_utf32_with_a_bom(capsysbinary: Any, encoding: str, codec: str) -> None:
    data = ("\ufeff" + ARTICLE).encode(codec)
    write("a.txt", data)
    code, _, err = run(capsysbinary, "--encoding", encoding, "-i", "a.txt")
    assert code == 0, err
    assert Path("a.txt").read_bytes() == ("\ufeff" + ARTICLE_OUT).encode(codec)


def test_12_utf16_without_the_option_says_so(capsysbinary: Any) -> None:
    write("a.txt", ("\ufeff" + ARTICLE).encode("utf-16-le"))
    code, _, err = run(capsysbinary, "a.txt")
    assert code == 0
    assert "binary file skipped" in err and "--input-encoding utf-16" in err


def test_12_input_and_output_encodings(capsysbinary: Any) -> None:
    write("a.txt", (ARTICLE + "Привет, Минск.\n").encode("cp1251"))
    args = ["--input-encoding", "cp1251", "--output-encoding", "utf-8", "-o", "out.txt", "a.txt"]
    code, _, err = run(capsysbinary, *args)
    assert code == 0, err
    assert Path("out.txt").read_bytes() == (ARTICLE_OUT + "Привет, Минск.\n").encode()


def test_12_read_only_directory_is_blamed(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("d/a.txt", ARTICLE)
    real_open = os.open
    d = os.path.abspath("d")

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        p = os.path.abspath(os.fspath(path))
        if os.path.dirname(p) == d and os.path.basename(p).startswith(".translit-"):
            raise PermissionError(errno.EACCES, "Permission denied", p)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    code, _, err = run(capsysbinary, "-i", "d/a.txt")
    assert code == 2
    assert "d/a.txt: cannot write in the directory d: Permission denied" in first_line(err)
    assert Path("d/a.txt").read_text() == ARTICLE


@pytest.mark.skipif(IS_ROOT or not hasattr(os, "geteuid"), reason="root writes anywhere")
def test_12_read_only_directory_is_blamed_for_real(capsysbinary: Any) -> None:
    write("d/a.txt", ARTICLE)
    os.chmod("d", 0o555)
    try:
        code, _, err = run(capsysbinary, "-i", "d/a.txt")
    finally:
        os.chmod("d", 0o755)
    assert code == 2
    assert "cannot write in the directory d" in first_line(err)


def test_12_output_failure_names_the_output(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("out", "a file, not a directory")
    code, _, err = run(capsysbinary, "-o", "out/x.txt", "a.txt")
    assert code == 2
    line = first_line(err)
    assert line.startswith("out/x.txt: cannot write"), line
    assert Path("out").read_text() == "a file, not a directory"
