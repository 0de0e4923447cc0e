"""Name matching on the development half of the shared evaluation set.

Runs ``../shared/tools/names_eval.py dev translit:same_name`` (the same script and metrics the
project's figures are reported with) and checks its closing line. Skipped when ``../shared/``
with the evaluation data is not beside the repository.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
SCRIPT = SHARED / "tools" / "names_eval.py"

TARGETS = {"recall": (">=", 0.975), "hard_fm": ("<=", 0.005), "rand_fm": ("<=", 0.0005)}

_LAST = re.compile(r"recall=([\d.]+) hard_fm=([\d.]+) rand_fm=([\d.]+)")


@pytest.fixture(scope="module")
def metrics() -> tuple[dict[str, float], str]:
    if not (EVAL / "dev_clusters.tsv").exists() or not SCRIPT.exists():
        pytest.skip("../shared/eval/ (the name-variant evaluation set) is not available")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "dev", "translit:same_name", "--data", str(EVAL)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr[-3000:]
    m = _LAST.fullmatch(lines[-1].strip())
    assert m, f"unexpected last line: {lines[-1]!r}"
    values = {"recall": float(m[1]), "hard_fm": float(m[2]), "rand_fm": float(m[3])}
    return values, "\n".join(lines)


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_dev_set_metric(metrics: tuple[dict[str, float], str], metric: str) -> None:
    values, report = metrics
    op, target = TARGETS[metric]
    value = values[metric]
    ok = value >= target if op == ">=" else value <= target
    assert ok, f"{metric}={value:.4f}, target {op} {target}\n{report}"
