"""The ``translit`` logger tells the steps of a discovery and their timings."""

from __future__ import annotations

import logging

import pytest

import translit


def test_scan_clustering_and_index_build_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="translit"):
        n = translit.Normalizer()
        found = n.discover(["Lukashenka spoke.", "Lukashenko left. Lukashenko again."], blocks=2)
        n.with_clusters(found)("Lukashenka.")
    messages = [r.getMessage() for r in caplog.records if r.name == "translit"]
    assert (
        messages[0].startswith("scan: ")
        and "(texts 2, characters 51, spellings 2)" in (messages[0])
    )
    assert messages[1].startswith("clustering: ") and "blocks 1, clusters 1" in messages[1]
    assert messages[2].startswith("index build: ") and "(clusters 1)" in messages[2]


def test_nothing_is_logged_below_info(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="translit"):
        translit.Normalizer().discover(["Lukashenka spoke. Lukashenko left."])
    assert not [r for r in caplog.records if r.name == "translit"]
