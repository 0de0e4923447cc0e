"""The run's scratch directory and the ones killed runs left (``cli/rundir.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from translit.cli.rundir import clean_stale_run_dirs, run_dir


def _ended_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True
    )
    return int(proc.stdout)


def test_only_the_dead_runs_directories_of_this_user_go(tmp_path: Path) -> None:
    dead = tmp_path / f"translit-{_ended_pid()}-abcd_123"
    (dead / "spool").mkdir(parents=True)
    (dead / "input-0").write_text("what was piped in")
    alive = tmp_path / f"translit-{os.getppid()}-abcd1234"
    alive.mkdir()
    mine = tmp_path / f"translit-{os.getpid()}-zzzz9999"
    mine.mkdir()
    other = tmp_path / "translit-notes"
    other.mkdir()
    a_file = tmp_path / f"translit-{_ended_pid()}-efgh5678"
    a_file.write_text("not a directory")
    assert clean_stale_run_dirs(str(tmp_path)) == 1
    assert not dead.exists()
    assert alive.exists() and mine.exists() and other.exists() and a_file.exists()
    assert clean_stale_run_dirs(str(tmp_path / "missing")) == 0


def test_a_run_directory_names_its_process_and_goes_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = tmp_path / f"translit-{_ended_pid()}-abcdefgh"
    stale.mkdir()
    with run_dir() as d:
        assert Path(d).name.startswith(f"translit-{os.getpid()}-") and Path(d).is_dir()
        assert not stale.exists()
    assert not Path(d).exists()
