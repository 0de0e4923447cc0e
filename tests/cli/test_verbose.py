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
    assert not logging.getLogger("translit").handlers  # removed when the run ends
    code, _, err = run(capsysbinary, "a.txt")
    assert "scan:" not in err
