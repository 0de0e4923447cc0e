"""The documentation builds without a single warning.

The API page is generated from ``translit.__all__`` and one page per standard from its data file,
so a broken docstring, re-export or data file fails this test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    if not (DOCS / "conf.py").exists():
        pytest.skip("docs/ is not available")
    out = tmp_path / "html"
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    result = subprocess.run(
        [*command, "-d", str(tmp_path / "doctrees"), str(DOCS), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"sphinx build failed:\n{result.stdout}\n{result.stderr}"
    assert (out / "api.html").exists()
    assert (out / "standards.html").exists()
    import translit

    api = (out / "api.html").read_text(encoding="utf-8")
    for name in translit.__all__:
        assert f'id="translit.{name}"' in api, f"translit.{name} is missing from the API page"
    for page in out.rglob("*.html"):  # no box a reader would see as an error
        html = page.read_text(encoding="utf-8")
        assert 'class="system-message' not in html, f"{page.name}: a docutils system message"
        assert 'class="contents' not in html, f"{page.name}: a '.. contents::' box (Furo: error)"
    for scheme in translit.schemes():
        assert (out / "schemes" / f"{scheme.id}.html").exists(), f"no page for {scheme.id}"
