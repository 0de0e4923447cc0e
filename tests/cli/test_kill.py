"""Kill ``translit-normalize -i --backup`` at random moments: nothing is ever lost.

Each trial copies a small corpus, starts the command in a child process and sends it SIGKILL or
SIGTERM after a random delay (seeded, so the moments are the same from run to run on one
machine). Whatever the moment, every file must be whole — its old text or its new text — and
every backup must be the old text. After SIGTERM no temporary file or spool is left; after
SIGKILL the next run removes the temporary files and the killed run's scratch directory (with
its spool), and finishes the job.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .util import child_env

TRIALS = 6  # a second or two each
FILES = 6
# A clear majority for each name and nothing else that looks like a name, so a run after a
# partial one decides the same way (it sees more of the majority spelling, never less).
TEXT = (
    "Alexander Lukashenko met Putin in Minsk.\nLukashenko spoke first, and then Lukashenka "
    "left.\nGrabskyi said it. Grabskyi agreed, and Grabsky left.\n"
)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")


def _corpus(root: Path, scale: int = 1) -> dict[str, str]:
    texts = {}
    for i in range(FILES):
        texts[f"f{i}.txt"] = (TEXT + f"Paragraph {i}.\n") * ((60 + 25 * i) * scale)
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    return texts


def _command(root: Path, tmp: Path, jobs: str = "1") -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "translit", "-i", "--backup", ".orig", "-j", jobs, str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=child_env(TMPDIR=str(tmp)),
    )


def _check_whole(root: Path, old: dict[str, str], new: dict[str, str], moment: str) -> None:
    for name in old:
        text = (root / name).read_text(encoding="utf-8")
        assert text in (old[name], new[name]), f"{name} damaged {moment}"
        backup = root / (name + ".orig")
        if backup.exists():
            assert backup.read_text(encoding="utf-8") == old[name], f"{name}.orig {moment}"


def _temporaries(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".translit-"))


# One process; and two, over inputs large enough for the run's workers (scan_pool.MIN_BYTES).
@pytest.mark.parametrize(("jobs", "scale"), [("1", 1), ("2", 12)])
def test_random_kills_never_lose_a_byte(tmp_path: Path, jobs: str, scale: int) -> None:
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    old = _corpus(pristine, scale)
    # The reference: one whole run on a copy.
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    spool = tmp_path / "tmp"
    spool.mkdir()
    started = time.monotonic()
    proc = _command(reference, spool, jobs)
    _, err = proc.communicate(timeout=300)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err
    new = {name: (reference / name).read_text(encoding="utf-8") for name in old}
    assert all(new[name] != old[name] for name in old)

    rng = random.Random(20240609)
    for trial in range(TRIALS):
        root = tmp_path / f"trial{trial}"
        shutil.copytree(pristine, root)
        signum = signal.SIGKILL if trial % 3 else signal.SIGTERM
        # Half the moments anywhere in the run, half in its last part, where files are written.
        delay = rng.uniform(0.0, 1.0) if trial % 2 else rng.uniform(0.5, 1.1)
        proc = _command(root, spool, jobs)
        time.sleep(delay * duration)
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=300)
        moment = f"after {signal.Signals(signum).name} at {delay:.2f} of the run (trial {trial})"
        _check_whole(root, old, new, moment)
        if signum == signal.SIGTERM:
            # -15: the signal came before the command set its handler (nothing was written).
            assert proc.returncode in (0, 128 + signum, -signum), (moment, err)
            assert _temporaries(root) == [], moment
            assert list(spool.iterdir()) == [], moment
            continue
        # The next run cleans up after a killed one and finishes the job.
        proc = _command(root, spool, jobs)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (moment, err)
        assert _temporaries(root) == [], moment
        for name in old:
            assert (root / name).read_text(encoding="utf-8") == new[name], moment
        _check_whole(root, old, new, moment)
        # A SIGKILLed run cannot remove its scratch directory; the next one did.
        assert list(spool.iterdir()) == [], moment
