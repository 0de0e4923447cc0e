"""Protected text: spans that are never rewritten and never counted.

Names inside machine text are not prose: ``https://x.org/Zelensky`` must keep its path, a
Markdown code span shows code, a JSON key is a field name, an ``@handle`` is an account. This
module finds such spans so that the normalizer neither rewrites the names in them nor lets them
vote for a canonical form:

- URLs (``scheme://…``, ``www.…``), e-mail addresses, ``@handles`` and ``#hashtags``;
- file paths (``/usr/share/Lukashenka.txt``, ``C:\\Users\\…``, ``./notes/Kyiv.md``, ``~/x``);
- Markdown: inline code spans (a single backtick between two letters is an apostrophe, as
  Ukrainian text often writes it: ``п`ять``), fenced code blocks (````` ``` ````` or ``~~~``),
  link targets ``](…)`` and reference definitions ``[label]: target``;
- HTML/XML: tags with their attributes, comments, and the contents of ``script`` and ``style``;
- JSON object keys (``"Lukashenko": …``).

Multi-line constructs (fences, comments, ``script``/``style``) may span the chunks a large file
is read in: :func:`protected_spans` takes and returns a :class:`ProtectState`, so feeding the
chunks in order gives the same spans as feeding the whole text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ProtectState", "Span", "inside", "protected_spans"]


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int


class ProtectState(NamedTuple):
    """What is still open at the end of a chunk: the closing pattern to look for, or ``""``."""

    closer: str = ""


# One alternation, tried left to right at each position; a group name says what opened. The
# order matters: a URL inside a Markdown link target is part of the target, a tag is tried
# before a path (``</b>`` is no path).
_OPENERS = re.compile(
    r"""
    (?P<fence>^[ \t]{0,3}(?P<fchar>`{3,}|~{3,})[^\n]*$)          # ``` or ~~~ at a line start
  | (?P<comment><!--)
  | (?P<raw><(?P<rawtag>script|style)\b[^>]*>)                     # <script ...>, <style ...>
  | (?P<tag></?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?/?>)                  # any other tag, attributes
  | (?P<code>(?P<ticks>`+)(?!`)(?!(?<=[^\W\d_]`)[^\W\d_])           # `code`, ``co`de``; not
      .*?(?<!`)(?P=ticks)(?!`)(?!(?<=[^\W\d_]`)[^\W\d_]))          # a ` between letters (п`ять)
  | (?P<target>\]\([^)\s]*(?:\s+"[^"\n]*")?\))                     # ](target "title")
  | (?P<refdef>^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+)                  # [label]: target
  | (?P<url>(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^\s<>"'`)\]]+)
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<handle>(?<![\w@])[@#][\w][\w.-]*\w|(?<![\w@])[@#]\w)       # @handle, #hashtag
  | (?P<path>(?<![\w/])(?:[A-Za-z]:\\|\.{1,2}/|~/|/)(?:[\w.-]+[/\\])*[\w.-]+)
  | (?P<winpath>(?<!\w)(?:[\w.-]+\\)+[\w.-]+\.\w{1,5}\b)
  | (?P<relpath>(?<![\w/.])(?:[\w.-]+/)+[\w.-]+\.\w{1,5}\b)        # notes/Kyiv.md
  | (?P<jsonkey>"(?:[^"\\\n]|\\.)*"(?=[ \t]*:))
    """,
    re.VERBOSE | re.MULTILINE,
)

# The characters (and sequences) every pattern above contains.
_EVERY_TRIGGER = re.compile(r"[`~<@#/\\\]\[\"]|://|www\.")
# The same, but a double quote only where a JSON key starts: prose is full of quotes, and only
# the jsonkey pattern starts at one. Any other match that covers a quote holds a trigger before
# it (its backticks, ``<``, ``[``, ``]``), whose own search starts where that match does; a URL,
# an e-mail address, a handle or a path holds no quote. (``_EVERY_TRIGGER`` is the plain
# reference the tests compare with.)
_TRIGGERS = re.compile(r"[`~<@#/\\\]\[]|://|www\.|\"(?=(?:[^\"\\\n]|\\.)*\"[ \t]*:)")
# How far back the start of a word (a URL, an e-mail address, a path) is looked for.
_WORD_BACK = 512


def _starts(text: str, t: int, floor: int) -> list[int]:
    """Where a match covering the trigger at ``t`` may start: its line, its word, itself."""
    out = []
    line = t
    while line > floor and t - line < 3 and text[line - 1] in " \t":
        line -= 1  # a fence or reference definition is indented by three spaces at most
    if line >= floor and (line == 0 or text[line - 1] == "\n"):
        out.append(line)
    word = t
    limit = max(floor, t - _WORD_BACK)
    while word > limit and not text[word - 1].isspace() and text[word - 1] not in "(<\"'[{,;":
        word -= 1
    if word < t and word not in out:
        out.append(word)
    if t not in out:
        out.append(t)
    return out


_CLOSERS = {
    "comment": "-->",
    "script": "</script>",
    "style": "</style>",
}


def _close(text: str, pos: int, closer: str) -> int:
    """End of the construct that ``closer`` closes, searching from ``pos`` (-1: not here)."""
    if closer.startswith("fence:"):
        fence = closer[6:]
        rx = re.compile(rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        m = rx.search(text, pos)
        return -1 if m is None else m.end()
    i = text.lower().find(closer, pos) if closer.startswith("</") else text.find(closer, pos)
    return -1 if i < 0 else i + len(closer)


_CLOSED = ProtectState()


def protected_spans(text: str, state: ProtectState = _CLOSED) -> tuple[list[Span], ProtectState]:
    """The protected spans of ``text`` in order, and what is left open at its end.

    >>> text = "See https://x.org/Zelensky and `Lukashenka()`."
    >>> [text[s:e] for s, e in protected_spans(text)[0]]
    ['https://x.org/Zelensky', '`Lukashenka()`']
    """
    return _scan(text, state, _TRIGGERS)


def _scan(
    text: str, state: ProtectState, triggers: re.Pattern[str]
) -> tuple[list[Span], ProtectState]:
    spans: list[Span] = []
    pos = 0
    if state.closer:
        end = _close(text, 0, state.closer)
        if end < 0:
            return [Span(0, len(text))] if text else [], state
        spans.append(Span(0, end))
        pos = end
    n = len(text)
    # Prose has few of the characters machine text starts with: find those first, and try the
    # patterns only where one is (at the start of its line, of its word, or at it).
    for trigger in triggers.finditer(text, pos):
        t = trigger.start()
        if t < pos:
            continue
        m = None
        for start in _starts(text, t, pos):
            m = _OPENERS.match(text, start)
            if m is not None and m.end() > t:
                break
            m = None
        if m is None:
            continue
        kind = m.lastgroup
        start = m.start()
        if m.group("fence") is not None:
            closer = "fence:" + m.group("fchar")
            end = _close(text, m.end(), closer)
        elif m.group("comment") is not None:
            closer = _CLOSERS["comment"]
            end = _close(text, m.end(), closer)
        elif m.group("raw") is not None:
            closer = _CLOSERS[m.group("rawtag").lower()]
            end = _close(text, m.end(), closer)
        else:
            closer = ""
            end = m.end()
            if kind in ("url", "path", "relpath", "winpath"):
                end = start + len(m.group().rstrip(".,;:!?"))  # sentence punctuation stays out
        if end < 0:  # open at the end of the text: protected up to the end, and later chunks
            spans.append(Span(start, n))
            return spans, ProtectState(closer)
        if end > start:
            spans.append(Span(start, end))
        pos = max(end, start + 1)
    return spans, _CLOSED


def inside(spans: list[Span], start: int, end: int, hint: int = 0) -> tuple[bool, int]:
    """Does ``[start, end)`` overlap a span? Spans are sorted; ``hint`` is where to resume.

    Returns the answer and the index to pass as ``hint`` for the next, later range, so a scan
    over a text's mentions in order costs one pass over the spans.
    """
    i = hint
    while i < len(spans) and spans[i].end <= start:
        i += 1
    return (i < len(spans) and spans[i].start < end), i
