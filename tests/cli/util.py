"""Helpers shared by the command-line tests: texts, running the command, writing files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from translit.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_2a0d7510474f6b48.txt"

# Lukashenko (2) wins over Lukashenka (1).
ARTICLE = (
    "Alexander Lukashenko met Putin in Minsk.\nLukashenko spoke first.\nLater Lukashenka left.\n"
)
ARTICLE_OUT = ARTICLE.replace("Lukashenka", "Lukashenko")
# Grabskyi (2) wins over Grabsky (1).
GRABSKY = "Grabsky said. Grabskyi agreed. Serhii Grabskyi left.\n"
GRABSKY_OUT = GRABSKY.replace("Grabsky ", "Grabskyi ")
CLEAN = "Nothing to see here: Putin met Putin.\n"


def run(capsysbinary: Any, *args: str) -> tuple[int, bytes, str]:
    """Run the command in this process: (exit code, stdout bytes, stderr text)."""
    code = main(list(args))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def read_report(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def write(path: str | Path, text: str | bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def child_env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="ascii", **extra)


def subprocess_run(
    *args: str,
    stdin: bytes = b"",
    cwd: Path | None = None,
    timeout: float = 300,
    **kwargs: Any,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m translit ARGS`` in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "translit", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=kwargs.pop("env", None) or child_env(),
        timeout=timeout,
        **kwargs,
    )


def between_passes(monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> None:
    """Run ``action`` once the first pass (discovery) has read every input.

    The one place the tests know how the command calls the normalizer for pass 1.
    """
    from translit.normalizer import Normalizer

    real = Normalizer.discover

    def discover(self: Normalizer, texts: Any) -> Any:
        clusters = real(self, texts)
        action()
        return clusters

    monkeypatch.setattr(Normalizer, "discover", discover)


def one_line(err: str | bytes) -> str:
    """The single line of an error report (fails on a traceback or several lines)."""
    text = err.decode("utf-8", "replace") if isinstance(err, bytes) else err
    assert "Traceback" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


def first_line(err: str | bytes) -> str:
    """The first line of stderr (a file's error comes before the run's summary)."""
    text = err.decode("utf-8", "replace") if isinstance(err, bytes) else err
    assert "Traceback" not in text, text
    return text.splitlines()[0]
