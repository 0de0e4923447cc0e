"""The registry of transliteration standards shipped as data files.

Each standard is one JSON file in ``translit/data/schemes/``; its file name is its id. This module
finds the files, resolves language shorthands (``ru`` -> the documented default standard for
Russian) and exposes the metadata. Compiling a file into a transliterator is
:mod:`translit.engine`'s job and happens lazily, once per standard.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Example", "Scheme", "get_scheme", "load_scheme_data", "resolve", "schemes"]


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


def _data_dir() -> Any:
    return resources.files("translit") / "data"


@cache
def _scheme_ids() -> tuple[str, ...]:
    folder = _data_dir() / "schemes"
    return tuple(
        sorted(p.name[: -len(".json")] for p in folder.iterdir() if p.name.endswith(".json"))
    )


@cache
def _language_defaults() -> dict[str, str]:
    text = (_data_dir() / "languages.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return {lang: entry["default"] for lang, entry in data["languages"].items()}


def resolve(scheme: str) -> str:
    """Return the standard id that ``scheme`` (an id or a language shorthand) names.

    >>> resolve("uk")
    'uk-kmu-2010'
    >>> resolve("iso-9")
    'iso-9'

    Raises:
        ValueError: ``scheme`` is neither a known id nor a language shorthand.
    """
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    if scheme in _scheme_ids():
        return scheme
    defaults = _language_defaults()
    if scheme in defaults:
        return defaults[scheme]
    lowered = scheme.strip().lower().replace("_", "-")
    if lowered in _scheme_ids():
        return lowered
    if lowered in defaults:
        return defaults[lowered]
    known = ", ".join(sorted(defaults)) + "; " + ", ".join(_scheme_ids())
    raise ValueError(f"unknown scheme {scheme!r}; expected 'auto', a language ({known})")


@cache
def load_scheme_data(scheme_id: str) -> dict[str, Any]:
    """Return the parsed data file of one standard (cached)."""
    path = _data_dir() / "schemes" / f"{scheme_id}.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"unknown scheme {scheme_id!r}") from None
    data: dict[str, Any] = json.loads(text)
    if data.get("id") != scheme_id:
        raise ValueError(f"{path}: id {data.get('id')!r} does not match the file name")
    return data


@cache
def get_scheme(scheme: str) -> Scheme:
    """Return the :class:`Scheme` metadata for an id or language shorthand.

    >>> get_scheme("be").name
    'Belarusian national system (2007)'
    """
    scheme_id = resolve(scheme)
    data = load_scheme_data(scheme_id)
    defaults = _language_defaults()
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
    return [get_scheme(sid) for sid in _scheme_ids()]
