"""Moved to :mod:`translit.standards.registry`; kept so that older imports keep working."""

from .standards.registry import (
    Example,
    Scheme,
    get_scheme,
    load_scheme_data,
    resolve,
    schemes,
)

__all__ = ["Example", "Scheme", "get_scheme", "load_scheme_data", "resolve", "schemes"]
