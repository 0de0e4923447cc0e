"""The registry of transliteration standards shipped as data files.

Each standard is one JSON file in ``translit/data/schemes/``; its file name is its id. This module
finds the files, resolves language shorthands (``ru`` -> the documented default standard for
Russian) and ``auto``, and exposes the metadata. Compiling a file into a transliterator is
:mod:`translit.standards.compiler`'s job and happens lazily, once per standard.

In debug mode (``python -X dev``, or the environment variable ``TRANSLIT_DEBUG=1``) every data
file is checked against :mod:`translit.standards.schema` when it is loaded; the test suite checks
every shipped file always.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


__all__ = [
    "AUTO",
    "Example",
    "Scheme",
    "closest",
    "get_scheme",
    "language_defaults",
    "load_scheme_data",
    "resolve",
    "scheme_ids",
    "schemes",
]

#: The pseudo-standard that picks each text's language and uses that language's default.
AUTO = "auto"


@dataclass(frozen=True)
class Example:
    """One example pair published for a standard, with where it comes from."""

    source_text: str
    expected: str
    source: str


@dataclass(frozen=True)
class Scheme:
    """Metadata of one transliteration standard.

    Attributes:
        id: the identifier accepted by :func:`translit.transliterate`, e.g. ``"ru-bgn-pcgn"``.
        name: a human-readable name.
        languages: ISO 639-1 codes of the languages the standard is made for.
        script: the source script (``"Cyrillic"``, ``"Greek"``, ``"Georgian"``).
        document: the official document the standard implements.
        reversible: whether ``transliterate(..., reverse=True)`` is supported.
        default_for: the language shorthands that select this standard.
        description: a short description of its status and use.
        examples: the standard's own examples, each with its source.
    """

    id: str
    name: str
    languages: tuple[str, ...]
    script: str
    document: str
    reversible: bool
    default_for: tuple[str, ...] = ()
    description: str = ""
    examples: tuple[Example, ...] = field(default=(), repr=False)


#: The package's data folder. Read with plain file functions: ``importlib.resources`` imports
#: pathlib, tempfile, zipfile and typing, a fifth of what a fresh process spends on its first
#: transliteration. A package that is not a folder on disk (a zip import) is read through
#: ``importlib.resources`` all the same.
_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def data_path(*parts: str) -> str:
    """The path of ``data/<parts>`` in the package, for messages."""
    return os.path.join(_DATA, *parts)


def data_text(*parts: str) -> str:
    """The text of the data file ``data/<parts>`` of the package."""
    try:
        with open(data_path(*parts), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        if os.path.isdir(_DATA):
            raise
    from importlib import resources

    return resources.files("translit").joinpath("data", *parts).read_text(encoding="utf-8")


def _data_names(folder: str) -> list[str]:
    if os.path.isdir(_DATA):
        return os.listdir(os.path.join(_DATA, folder))
    from importlib import resources

    return [p.name for p in resources.files("translit").joinpath("data", folder).iterdir()]


@lru_cache(maxsize=1)
def scheme_ids() -> tuple[str, ...]:
    """The ids of every shipped standard, sorted."""
    return tuple(sorted(n[: -len(".json")] for n in _data_names("schemes") if n.endswith(".json")))


@lru_cache(maxsize=1)
def _languages() -> dict[str, Any]:
    text = data_text("languages.json")
    data: dict[str, Any] = json.loads(text)["languages"]
    return data


def language_defaults() -> dict[str, str]:
    """Language code -> the id of that language's default standard (``data/languages.json``)."""
    return {lang: entry["default"] for lang, entry in _languages().items()}


def closest(value: str, choices: list[str] | tuple[str, ...], n: int = 3) -> list[str]:
    """The choices most like ``value``, best first, for "did you mean" messages.

    >>> closest("ru-bgn", ["ru-bgn-pcgn", "uk-kmu-2010", "be-bgn-pcgn"])
    ['ru-bgn-pcgn']
    >>> closest("frequnt", ["frequent", "first", "auto"])
    ['frequent']
    """
    import difflib  # only for error messages

    key = value.strip().lower().replace("_", "-")
    found = difflib.get_close_matches(key, choices, n=n, cutoff=0.6)
    # A prefix of a longer id ("ru-bgn", "iso") is what people type; difflib's ratio may miss it.
    prefixed = [c for c in choices if key and c.startswith(key) and c not in found]
    return (found + prefixed)[:n]


def resolve(scheme: str, *, allow_auto: bool = True) -> str:
    """Return the standard id that ``scheme`` (an id, a language shorthand or ``auto``) names.

    Ids and shorthands are matched ignoring case, surrounding spaces and ``_`` for ``-``.

    Args:
        scheme: ``"auto"``, a language code (``"uk"``) or a standard id (``"iso-9"``).
        allow_auto: accept ``"auto"`` (returned as ``"auto"``); False where a concrete standard
            is needed.

    >>> resolve("uk")
    'uk-kmu-2010'
    >>> resolve(" ISO_9 ")
    'iso-9'
    >>> resolve("Auto")
    'auto'
    >>> resolve("ru-bgn")
    Traceback (most recent call last):
    ...
    ValueError: unknown scheme 'ru-bgn'; did you mean 'ru-bgn-pcgn'? Expected 'auto', ...

    Raises:
        ValueError: ``scheme`` is not a known id, language or ``auto`` (the message suggests
            the closest names), or it is ``auto`` where ``allow_auto`` is False.
        TypeError: ``scheme`` is not a ``str``.
    """
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    ids = scheme_ids()
    if scheme in ids:
        return scheme
    defaults = language_defaults()
    if scheme in defaults:
        return defaults[scheme]
    key = scheme.strip().lower().replace("_", "-")
    if key in ids:
        return key
    if key in defaults:
        return defaults[key]
    if key == AUTO:
        if allow_auto:
            return AUTO
        raise ValueError(
            "'auto' picks a standard per text from its language; a named standard is needed "
            "here: a language (" + ", ".join(sorted(defaults)) + ") or a standard id"
        )
    raise ValueError(unknown_scheme_message(scheme, allow_auto=allow_auto))


def unknown_scheme_message(scheme: str, *, allow_auto: bool = True) -> str:
    """The error text for an unknown scheme: what was given, the closest names, what exists."""
    defaults = language_defaults()
    names = [*scheme_ids(), *defaults, *([AUTO] if allow_auto else [])]
    near = closest(scheme, names)
    hint = "."
    if near:
        hint = "; did you mean " + " or ".join(repr(n) for n in near) + "?"
    expected = ("'auto', " if allow_auto else "") + "a language (" + ", ".join(sorted(defaults))
    return (
        f"unknown scheme {scheme!r}{hint} Expected {expected}) or a standard id ("
        + ", ".join(scheme_ids())
        + ")"
    )


def debug_mode() -> bool:
    """Whether data files are validated on load (``python -X dev`` or ``TRANSLIT_DEBUG=1``)."""
    return bool(sys.flags.dev_mode) or os.environ.get("TRANSLIT_DEBUG", "") not in ("", "0")


@cache  # one entry per shipped file: bounded by the data folder
def load_scheme_data(scheme_id: str) -> dict[str, Any]:
    """Return the parsed data file of one standard (cached)."""
    if scheme_id not in scheme_ids():
        raise ValueError(unknown_scheme_message(scheme_id))
    path = data_path("schemes", f"{scheme_id}.json")
    text = data_text("schemes", f"{scheme_id}.json")
    try:
        data: dict[str, Any] = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON: {exc}") from None
    if data.get("id") != scheme_id:
        raise ValueError(f"{path}: id {data.get('id')!r} does not match the file name")
    if debug_mode():
        from .schema import check_scheme

        check_scheme(data, source=path)
    return data


@cache  # one entry per shipped file
def get_scheme(scheme: str) -> Scheme:
    """Return the :class:`Scheme` metadata for an id or language shorthand.

    >>> get_scheme("be").name
    'Belarusian national system (2007)'
    """
    scheme_id = resolve(scheme, allow_auto=False)
    data = load_scheme_data(scheme_id)
    defaults = language_defaults()
    return Scheme(
        id=scheme_id,
        name=data["name"],
        languages=tuple(data["languages"]),
        script=data["script"],
        document=data["document"],
        reversible=bool(data.get("reversible", False)),
        default_for=tuple(sorted(lang for lang, sid in defaults.items() if sid == scheme_id)),
        description=data.get("description", ""),
        examples=tuple(
            Example(
                e["in"], e["out"], data.get("example_sources", {}).get(e["source"], e["source"])
            )
            for e in data.get("examples", ())
        ),
    )


def schemes() -> list[Scheme]:
    """List every shipped standard with its metadata, sorted by id.

    >>> "ru-bgn-pcgn" in [s.id for s in schemes()]
    True
    """
    return [get_scheme(sid) for sid in scheme_ids()]


def clear_caches() -> None:
    """Forget the data files read so far (the next use reads them again)."""
    for cached in (scheme_ids, _languages, load_scheme_data, get_scheme):
        cached.cache_clear()
