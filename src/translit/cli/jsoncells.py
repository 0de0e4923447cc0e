"""JSON Lines records: the string values at a path, with their offsets in the line, so that
they can be rewritten and every other byte kept.

A path names object keys separated by dots (``author.name``); arrays on the way, and an array
at the end, are looked through, so ``authors`` finds every string of a list of names and
``authors.name`` the ``name`` of every object of a list.

>>> line = '{"id": 7, "authors": ["Lukashenka", {"x": 1}, "Grabsky"], "name": "Lukashenka"}'
>>> [line[s:e] for s, e in strings_at(line, ("authors",))]
['"Lukashenka"', '"Grabsky"']
>>> encode("Лука", '"\\\\u041b"'), encode("Lukashenko", '"Lukashenka"')
('"\\\\u041b\\\\u0443\\\\u043a\\\\u0430"', '"Lukashenko"')
"""

from __future__ import annotations

import json
import re

__all__ = ["JsonLineError", "encode", "strings_at"]


class JsonLineError(ValueError):
    """A line that is not a JSON value."""


_WS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _Scanner:
    def __init__(self, text: str, path: tuple[str, ...]) -> None:
        self.text = text
        self.path = path
        self.found: list[tuple[int, int]] = []

    def ws(self, pos: int) -> int:
        m = _WS.match(self.text, pos)
        assert m is not None
        return m.end()

    def value(self, pos: int, depth: int | None) -> int:
        """Scan the value at ``pos``; ``depth``: how much of the path it matches (None: off
        the path). Returns the offset after it."""
        text = self.text
        pos = self.ws(pos)
        c = text[pos : pos + 1]
        if c == '"':
            m = _STRING.match(text, pos)
            if m is None:
                raise JsonLineError("an unterminated string")
            if depth == len(self.path):
                self.found.append((pos, m.end()))
            return m.end()
        if c == "{":
            return self.members(pos + 1, depth)
        if c == "[":
            pos = self.ws(pos + 1)
            if text[pos : pos + 1] == "]":
                return pos + 1
            while True:
                pos = self.ws(self.value(pos, depth))  # arrays are looked through
                if text[pos : pos + 1] == "]":
                    return pos + 1
                if text[pos : pos + 1] != ",":
                    raise JsonLineError("a ',' or ']' expected")
                pos += 1
        m = _SCALAR.match(text, pos)
        if m is None:
            raise JsonLineError("a value expected")
        return m.end()

    def members(self, pos: int, depth: int | None) -> int:
        text = self.text
        pos = self.ws(pos)
        if text[pos : pos + 1] == "}":
            return pos + 1
        while True:
            m = _STRING.match(text, pos)
            if m is None:
                raise JsonLineError("a key expected")
            key = json.loads(m.group())
            inner = None
            if depth is not None and depth < len(self.path) and key == self.path[depth]:
                inner = depth + 1
            pos = self.ws(m.end())
            if text[pos : pos + 1] != ":":
                raise JsonLineError("a ':' expected")
            pos = self.ws(self.value(pos + 1, inner))
            if text[pos : pos + 1] == "}":
                return pos + 1
            if text[pos : pos + 1] != ",":
                raise JsonLineError("a ',' or '}' expected")
            pos = self.ws(pos + 1)


def strings_at(line: str, path: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans (quotes included) of the strings at ``path`` in one JSON text."""
    scanner = _Scanner(line, path)
    end = scanner.ws(scanner.value(0, 0 if path else None))
    if end != len(line):
        raise JsonLineError("text after the value")
    return scanner.found


def encode(value: str, like: str) -> str:
    """``value`` as a JSON string, escaping non-ASCII characters if the string it replaces
    (``like``, its raw text) did."""
    escaped = like.isascii() and "\\u" in like
    return json.dumps(value, ensure_ascii=escaped)
