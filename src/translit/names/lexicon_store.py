"""Saving a :class:`translit.Lexicon` with its index, and loading it without rebuilding.

Building the index of a big lexicon reads every word under every spelling convention; a saved
lexicon is loaded by splitting strings and filling dictionaries. The format, version 1:

* line 1: ``translit-lexicon 1`` (the format and its version), ending in a line feed;
* line 2: a JSON object: ``keys`` (a fingerprint of the name data and of the key functions the
  index was built with: a lexicon saved with other data is refused, since its keys would not
  meet the keys of a query), ``translit`` (the version that saved it), ``entries`` (their
  number) and ``sections`` (each section's name and length in bytes, in file order);
* the sections, back to back. Text sections are UTF-8 strings joined by NUL: ``canonical``,
  ``native`` and ``lang`` (one per entry, empty for none), ``variants`` (each entry's variants
  joined by U+001F), ``exact`` (the exact-match forms: case folded, spaces collapsed) and
  ``keys`` (the index keys, sorted, so that a lexicon is saved byte for byte the same whatever
  the hash seed). Number sections are little-endian signed integers: ``line``
  (64-bit, one per entry), ``exact_entry`` (32-bit, the entry of each exact form), ``key_entry``
  (32-bit: the entry of each key, or -1 - i for the i-th shared list), ``shared`` (32-bit,
  every shared list's entries back to back) and ``shared_end`` (64-bit, where each shared list
  ends). ``conflicts`` is a JSON list of [spelling, first entry, second entry].

Names may not contain NUL or U+001F (saving such a lexicon raises :class:`LexiconError`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from array import array
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .lexicon_entry import LexiconConflict, LexiconError

if TYPE_CHECKING:
    from .lexicon import Lexicon

__all__ = ["FORMAT_VERSION", "KEYS_VERSION", "is_saved", "load", "save"]

MAGIC = b"translit-lexicon "
FORMAT_VERSION = 1

KEYS_VERSION = 1
"""Bumped whenever the keys an index holds are computed differently (name_keys, index_keys):
a lexicon saved before is then refused, like one saved with other data."""

_SEP = "\x00"
_VARIANT_SEP = "\x1f"
_TEXT = ("canonical", "native", "lang", "variants", "exact", "keys")
_NUMBERS = {"line": "q", "exact_entry": "i", "key_entry": "i", "shared": "i", "shared_end": "q"}


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of the data files the keys are computed from, and of :data:`KEYS_VERSION`."""
    root = resources.files("translit").joinpath("data")
    h = hashlib.sha256(f"keys {KEYS_VERSION}".encode())
    names: list[tuple[str, Any]] = []

    def walk(node: Any, prefix: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".json", ".tsv")):
                names.append((prefix + child.name, child))

    walk(root.joinpath("names"), "names/")
    for name in ("given_names.tsv", "places.tsv", "lookalikes.json", "schemes/iso-9.json"):
        names.append((name, root.joinpath(*name.split("/"))))
    for name, node in sorted(names, key=lambda p: p[0]):
        h.update(name.encode() + b"\0")
        try:
            h.update(node.read_bytes())
        except FileNotFoundError:
            h.update(b"(absent)")
    return h.hexdigest()


def is_saved(path: str) -> bool:
    """Whether the file starts like a saved lexicon."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _numbers(code: str, values: Any) -> bytes:
    a = array(code, values)
    if sys.byteorder == "big":
        a.byteswap()
    return a.tobytes()


def _join(path: str, items: list[str], what: str) -> bytes:
    for n, item in enumerate(items):
        if _SEP in item or _VARIANT_SEP in item:
            raise LexiconError(f"{path}: {what} of entry {n + 1} holds NUL or U+001F: {item!r}")
    return _SEP.join(items).encode("utf-8")


def save(lex: Lexicon, path: str) -> None:
    """Write ``lex`` to ``path`` (see the module's description of the format)."""
    from .. import __version__

    columns = lex._columns()
    canonical, variants, native, lang, line = columns
    for n, vs in enumerate(variants):
        if any(_VARIANT_SEP in v or _SEP in v for v in vs):
            raise LexiconError(f"{path}: a variant of entry {n + 1} holds NUL or U+001F")
    exact = list(lex._exact)  # in the order of the entries
    # Keys sorted, shared lists numbered in that order: the keys of a name come as a set, in
    # an order that depends on the hash seed, and the file should not.
    keys = sorted(lex._index)
    renumber: dict[int, int] = {}
    key_entry: list[int] = []
    shared: list[list[int]] = []
    for k in keys:
        v = lex._index[k]
        if v < 0:
            if v not in renumber:
                shared.append(lex._shared[-1 - v])
                renumber[v] = -len(shared)
            v = renumber[v]
        key_entry.append(v)
    shared_end = list(itertools.accumulate(len(s) for s in shared))
    conflicts = [[c.spelling, a, b] for c, (a, b) in zip(lex.conflicts, lex._conflict_entries)]
    sections = {
        "canonical": _join(path, canonical, "the canonical form"),
        "native": _join(path, [x or "" for x in native], "the native form"),
        "lang": _join(path, [x or "" for x in lang], "the language"),
        "variants": _SEP.join(_VARIANT_SEP.join(vs) for vs in variants).encode("utf-8"),
        "exact": _SEP.join(exact).encode("utf-8"),
        "keys": _SEP.join(keys).encode("utf-8"),
        "line": _numbers("q", line),
        "exact_entry": _numbers("i", lex._exact.values()),
        "key_entry": _numbers("i", key_entry),
        "shared": _numbers("i", (i for s in shared for i in s)),
        "shared_end": _numbers("q", shared_end),
        "conflicts": json.dumps(conflicts, ensure_ascii=False).encode("utf-8"),
    }
    header = {
        "keys": fingerprint(),
        "translit": __version__,
        "entries": len(canonical),
        "sections": [[name, len(data)] for name, data in sections.items()],
    }
    with open(path, "wb") as f:
        f.write(MAGIC + f"{FORMAT_VERSION}\n".encode())
        f.write(json.dumps(header).encode("utf-8") + b"\n")
        for data in sections.values():
            f.write(data)


def _read_header(path: str, data: bytes) -> tuple[dict[str, Any], int]:
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1)
    if not data.startswith(MAGIC) or first < 0 or second < 0:
        raise LexiconError(f"{path}: not a lexicon saved by translit (Lexicon.save)")
    version = data[len(MAGIC) : first].decode("ascii", "replace")
    if version != str(FORMAT_VERSION):
        raise LexiconError(
            f"{path}: saved in format version {version}; this translit reads version "
            f"{FORMAT_VERSION} (build the lexicon from its source and save it again)"
        )
    try:
        header = json.loads(data[first + 1 : second])
        sections = [(str(n), int(size)) for n, size in header["sections"]]
        entries = int(header["entries"])
    except (ValueError, KeyError, TypeError) as err:
        raise LexiconError(f"{path}: the header (line 2) is malformed ({err})") from None
    if header.get("keys") != fingerprint():
        raise LexiconError(
            f"{path}: saved by translit {header.get('translit', '?')} with other name data "
            "or keys; its index would not match. Build the lexicon from its source and save "
            "it again"
        )
    header["sections"] = sections
    header["entries"] = entries
    return header, second + 1


def load(cls: type[Lexicon], path: str) -> Lexicon:
    """Read a lexicon written by :func:`save`."""
    with open(path, "rb") as f:
        data = f.read()
    header, pos = _read_header(path, data)
    raw: dict[str, bytes] = {}
    for name, size in header["sections"]:
        if pos + size > len(data):
            raise LexiconError(f"{path}: truncated (section {name!r} ends past the file)")
        raw[name] = data[pos : pos + size]
        pos += size
    missing = (set(_TEXT) | set(_NUMBERS) | {"conflicts"}) - set(raw)
    if missing:
        raise LexiconError(f"{path}: missing section(s) {', '.join(sorted(missing))}")
    n = header["entries"]

    def text(name: str, count: int | None) -> list[str]:
        if count == 0:
            return []
        items = raw[name].decode("utf-8").split(_SEP)
        if count is not None and len(items) != count:
            raise LexiconError(f"{path}: section {name!r} has {len(items)} items, not {count}")
        return items

    def numbers(name: str) -> array[int]:
        a = array(_NUMBERS[name])
        if len(raw[name]) % a.itemsize:
            raise LexiconError(f"{path}: section {name!r} is truncated")
        a.frombytes(raw[name])
        if sys.byteorder == "big":
            a.byteswap()
        return a

    try:
        lex = cls()
        lex._canonical = text("canonical", n)
        lex._native = [x or None for x in text("native", n)]
        lex._lang = [x or None for x in text("lang", n)]
        lex._variants = [tuple(v.split(_VARIANT_SEP)) if v else () for v in text("variants", n)]
        lex._line = numbers("line").tolist()
        exact_entry = numbers("exact_entry")
        lex._exact = dict(zip(text("exact", len(exact_entry)), exact_entry))
        key_entry = numbers("key_entry")
        lex._index = dict(zip(text("keys", len(key_entry)), key_entry))
        shared, ends = numbers("shared").tolist(), numbers("shared_end").tolist()
        lex._shared = [shared[a:b] for a, b in zip([0, *ends], ends)]
        conflicts = json.loads(raw["conflicts"])
        lex.conflicts = [LexiconConflict(s, lex.entry(a), lex.entry(b)) for s, a, b in conflicts]
        lex._conflict_entries = [(a, b) for _, a, b in conflicts]
    except UnicodeDecodeError as err:
        raise LexiconError(f"{path}: not valid UTF-8 ({err.reason})") from None
    except (ValueError, TypeError, IndexError) as err:
        raise LexiconError(f"{path}: malformed ({err})") from None
    if len(lex._line) != n:
        raise LexiconError(f"{path}: section 'line' has {len(lex._line)} items, not {n}")
    return lex
