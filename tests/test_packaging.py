"""Every data file the package reads is declared as package data (a wheel would lack it)."""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "translit"


def test_every_data_file_is_package_data() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("tomllib needs Python 3.11")
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["translit"]
    files = [
        p.relative_to(PACKAGE).as_posix()
        for p in (PACKAGE / "data").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert files
    missing = [
        f
        for f in files
        if not any(fnmatch.fnmatch(f, pat) and f.count("/") == pat.count("/") for pat in patterns)
    ]
    assert not missing, f"not declared as package data in pyproject.toml: {missing}"
    assert (PACKAGE / "py.typed").exists() and "py.typed" in patterns
