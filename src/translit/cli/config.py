"""Options from a configuration file: ``[tool.translit-normalize]`` in the nearest
``pyproject.toml``, or the file given with ``--config``.

The keys are the long options' names (``canonical = "first"``, ``lexicon = ["names.csv"]``,
``no-names = true``, ``jobs = 4``); a value on the command line wins over the file's. Paths
(``lexicon``, ``output``, ``report``) are relative to the file's directory. The nearest
``pyproject.toml`` is searched from the inputs' common directory (the current directory for
standard input) upwards, not above the root of a git repository.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     p = pathlib.Path(d, "pyproject.toml")
...     _ = p.write_text('[tool.translit-normalize]\\ncanonical = "first"\\nexclude = "drafts"\\n')
...     found = find_pyproject([d])
...     values = read_config(found, required=False)
>>> values
{'canonical': 'first', 'exclude': 'drafts'}
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["TABLE", "ConfigError", "find_pyproject", "merge", "read_config"]

#: The table of ``pyproject.toml`` the options are read from.
TABLE = "translit-normalize"


class ConfigError(Exception):
    """A configuration file cannot be read; the message names the file (and key)."""


def _toml() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib as toml
    else:  # the same parser, for Pythons before 3.11
        import tomli as toml
    return toml


def find_pyproject(paths: Sequence[str]) -> str | None:
    """The nearest ``pyproject.toml`` above the common directory of ``paths``."""
    dirs = [
        os.path.abspath(p if os.path.isdir(p) else os.path.dirname(p) or os.curdir)
        for p in paths
        if p != "-"
    ]
    try:
        start = os.path.commonpath(dirs) if dirs else os.getcwd()
    except ValueError:  # different drives
        start = os.getcwd()
    current = start
    while True:
        candidate = os.path.join(current, "pyproject.toml")
        if os.path.isfile(candidate):
            return candidate
        if os.path.exists(os.path.join(current, ".git")):
            return None  # the root of the repository
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def read_config(path: str, *, required: bool) -> dict[str, Any]:
    """The options of the file ``path``: its ``[tool.translit-normalize]`` table, or (for a
    file given with ``--config`` that has no such table) its top-level keys.

    Raises:
        ConfigError: the file cannot be read or is not valid TOML.
    """
    toml = _toml()
    try:
        with open(path, "rb") as f:
            data = toml.load(f)
    except OSError as err:
        raise ConfigError(f"{path}: {err.strerror or err}") from None
    except toml.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    tool = data.get("tool")
    table = tool.get(TABLE) if isinstance(tool, dict) else None
    if table is None:
        if not required:
            return {}
        table = {k: v for k, v in data.items() if k != "tool"}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
    return dict(table)


#: Options that make no sense in a file.
_NOT_IN_FILES = frozenset({"config", "list-schemes", "version", "help"})
#: Options whose values are paths, relative to the configuration file's directory.
_PATHS = frozenset({"lexicon", "output", "report"})


def _key(action: argparse.Action) -> str | None:
    longs = [o for o in action.option_strings if o.startswith("--")]
    return longs[0][2:] if longs else None


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string"}.get(
        type(value), "a list" if isinstance(value, list) else "a table"
    )


def _convert(action: argparse.Action, key: str, value: Any, path: str) -> Any:
    where = f"{path}: [tool.{TABLE}] {key}"
    if isinstance(action, argparse._StoreTrueAction):
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, found {_type_name(value)}")
        return value
    if isinstance(action, argparse._AppendAction):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise ConfigError(f"{where}: expected a string or a list of strings")
        return [_path(key, v, path) for v in items]
    if action.type is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"{where}: expected a number, found {_type_name(value)}")
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string, found {_type_name(value)}")
    return _path(key, value, path)


def _path(key: str, value: str, config: str) -> str:
    if key not in _PATHS or value == "-" or os.path.isabs(value):
        return value
    joined = os.path.normpath(os.path.join(os.path.dirname(config), value))
    rel = os.path.relpath(joined)
    return joined if rel.startswith(os.pardir) else rel


def merge(
    parser: argparse.ArgumentParser, given: argparse.Namespace
) -> tuple[argparse.Namespace, str | None, tuple[tuple[str, str], ...]]:
    """The command line ``given`` (see :func:`~translit.cli.options.parse_given`) completed by
    the configuration file and the defaults: (namespace, the file read, where each option
    given came from).

    Raises:
        ConfigError: the file cannot be read, or has an unknown key or a value of a wrong type.
    """
    from .options import UNSET

    explicit = getattr(given, "config", UNSET)
    if explicit not in (UNSET, None):
        path: str | None = explicit
        values = read_config(explicit, required=True)
    else:
        path = find_pyproject(given.files or ["-"])
        values = read_config(path, required=False) if path else {}
        if not values:
            path = None
    actions = {_key(a): a for a in parser._actions if _key(a) is not None}
    for name in values:
        if name not in actions:
            raise ConfigError(f"{path}: [tool.{TABLE}] unknown option {name!r}")
        if name in _NOT_IN_FILES:
            raise ConfigError(f"{path}: [tool.{TABLE}] {name}: only on the command line")
    namespace = argparse.Namespace()
    origins: list[tuple[str, str]] = []
    for action in parser._actions:
        dest = action.dest
        if dest == argparse.SUPPRESS:
            continue
        value = getattr(given, dest)
        key = _key(action)
        if key is None:  # the files
            setattr(namespace, dest, value)
        elif value is not UNSET and not (
            value is None and isinstance(action, argparse._AppendAction)
        ):
            setattr(namespace, dest, value)
            origins.append((key, "command line"))
        elif key in values and path is not None:
            setattr(namespace, dest, _convert(action, key, values[key], path))
            origins.append((key, path))
        else:
            default = action.default
            setattr(namespace, dest, list(default) if isinstance(default, list) else default)
    return namespace, path, tuple(origins)
