"""Moved to :mod:`translit.standards.compiler`; kept so that older imports keep working."""

from .standards.cache import compile_reverse, compile_scheme
from .standards.compiler import Compiled
from .standards.reverse import CompiledReverse

__all__ = ["Compiled", "CompiledReverse", "compile_reverse", "compile_scheme"]
