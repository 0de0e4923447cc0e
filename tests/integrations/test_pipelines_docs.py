"""Every code block of ``docs/pipelines.rst`` runs (its ``>>>`` examples are doctests).

Each Python block runs as a script of its own in an empty directory (so that its
``if __name__ == "__main__":`` part runs, as a user's would), and skips when an engine it
imports is not installed (or Spark has no Java runtime); each console block runs its ``$``
commands and must print what the page shows.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from .conftest import java_works

PAGE = Path(__file__).resolve().parents[2] / "docs" / "pipelines.rst"

_ENGINES = {
    "pandas": ("pandas",),
    "dask": ("dask", "pandas"),
    "distributed": ("distributed",),
    "pyspark": ("pyspark", "pandas", "pyarrow"),
    "duckdb": ("duckdb",),
    "polars": ("polars",),
}


def blocks() -> list[tuple[str, int, str]]:
    """(language, line, code) of each code block of the page."""
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r"\.\. code-block:: (\w+)", lines[i])
        if not m:
            i += 1
            continue
        start = i + 1
        body: list[str] = []
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("   ")):
            body.append(lines[i][3:])
            i += 1
        out.append((m.group(1), start, "\n".join(body).strip("\n") + "\n"))
    return out


BLOCKS = blocks()


def test_the_page_has_its_blocks() -> None:
    languages = [language for language, _, _ in BLOCKS]
    assert languages.count("python") >= 7 and "console" in languages


def _missing(code: str) -> str | None:
    imported = set(re.findall(r"^\s*(?:import|from) (\w+)", code, re.M))
    for module in sorted(imported & set(_ENGINES)):
        for library in _ENGINES[module]:
            if find_spec(library) is None:
                return f"{library} is not installed"
    if "pyspark" in imported and not java_works():
        return "Spark needs a Java runtime"
    return None


def _env() -> dict[str, str]:
    here = os.path.dirname(sys.executable)
    src = str(PAGE.parents[1] / "src")
    path = os.pathsep.join([here, os.environ.get("PATH", "")])
    pythonpath = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    return dict(os.environ, PATH=path, PYTHONPATH=pythonpath, PYTHONHASHSEED="0")


@pytest.mark.parametrize(
    ("line", "code"),
    [(line, code) for language, line, code in BLOCKS if language == "python"],
    ids=lambda v: f"line{v}" if isinstance(v, int) else "",
)
def test_python_block_runs(tmp_path: Path, line: int, code: str) -> None:
    why = _missing(code)
    if why:
        pytest.skip(f"docs/pipelines.rst:{line}: {why}")
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, f"docs/pipelines.rst:{line}:\n{done.stderr[-3000:]}"


@pytest.mark.parametrize(
    ("line", "code"),
    [(line, code) for language, line, code in BLOCKS if language == "console"],
    ids=lambda v: f"line{v}" if isinstance(v, int) else "",
)
def test_console_block_prints_what_the_page_shows(tmp_path: Path, line: int, code: str) -> None:
    commands: list[tuple[str, list[str]]] = []
    for text in code.splitlines():
        if text.startswith("$ "):
            commands.append((text[2:], []))
        else:
            commands[-1][1].append(text)
    for command, expected in commands:
        done = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=_env(), capture_output=True, text=True
        )
        assert done.returncode == 0, f"docs/pipelines.rst:{line}: {command}\n{done.stderr}"
        assert done.stdout.splitlines() == expected, f"docs/pipelines.rst:{line}: {command}"
