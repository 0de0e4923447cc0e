"""-v: the configuration, then the steps of the run and their timings, on stderr."""

from __future__ import annotations

import logging
from typing import Any

from .util import ARTICLE, run, write


def test_verbose_logs_the_steps_and_leaves_no_handler(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "-v", "a.txt")
    assert code == 0
    lines = err.splitlines()
    assert any(line.startswith("translit-normalize: scan: ") for line in lines)
    assert any(line.startswith("translit-normalize: index build: ") for line in lines)
    assert "translit-normalize: rewrite: " in err and "(files 1)" in err  # pass 2, timed
    assert not logging.getLogger("translit").handlers  # removed when the run ends
    code, _, err = run(capsysbinary, "a.txt")
    assert "scan:" not in err


def test_clustering_progress_counts_blocks(monkeypatch: Any) -> None:
    import io
    import sys

    from translit.cli.progress import Progress
    from translit.cli.run import _clustering

    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    progress = Progress(1, 1, enabled=True)
    told = _clustering(progress)
    for done in range(1, 5):
        told(done, 4)
    assert "clustering names" in err.getvalue()
    assert "(4/4 blocks)" in err.getvalue() and "100%" in err.getvalue()
    assert _clustering(Progress(1, 1, enabled=False)) is None  # no progress: clustered whole
