from __future__ import annotations

import gc

import pytest

from translit._collector import paused
from translit.text.census import Census


def test_the_collector_is_back_on_after_a_census_is_added_up() -> None:
    a = Census()
    a.update(Census())
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_an_error() -> None:
    with pytest.raises(ZeroDivisionError), paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()
