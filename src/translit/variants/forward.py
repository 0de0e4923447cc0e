"""A Cyrillic → Latin spelling table with contexts and ranked alternatives.

One :class:`Table` writes a lower-case Cyrillic word the way one press convention writes it
(``data/variants/press/*.json``). Graphemes are matched longest first; each grapheme has
alternatives that apply depending on what precedes (``after``) or follows (``before``) it, in
the format the reading conventions of :mod:`translit.names.conventions` use, and each
alternative may list several spellings, most usual first. A word's spellings are the products
of those choices, scored and cut to the best few (:data:`BEAM`).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from ..names._data import DataError, regex
from .contexts import Alternative, after_letter, resolving

__all__ = ["BEAM", "DECAY", "Alternative", "Table"]

#: The weight of each further spelling of one grapheme against the one before it: the second
#: spelling a convention gives a letter is taken to be half as common as the first.
DECAY = 0.5

#: The most spellings of one word kept per table; the rest are less likely than all of them.
BEAM = 6


def _weights(n: int) -> tuple[float, ...]:
    raw = [DECAY**i for i in range(n)]
    total = sum(raw)
    return tuple(r / total for r in raw)


def _alternatives(spec: Any, where: str) -> tuple[Alternative, ...]:
    """A grapheme's value in a data file: a string, a list of strings (several spellings in
    any context) or a list of ``{"out", "before", "after"}`` objects, the first that fits."""
    if isinstance(spec, str):
        return (Alternative((spec,), None, None),)
    if isinstance(spec, list) and spec and all(isinstance(s, str) for s in spec):
        ranked = len(set(spec)) == len(spec)
        return (Alternative(tuple(spec), None, None, _weights(len(spec)), None, ranked),)
    if not isinstance(spec, list) or not spec:
        raise DataError(f"{where}: expected a string, a list of strings or of contexts")
    out = []
    for alt in spec:
        if not isinstance(alt, dict) or "out" not in alt:
            raise DataError(f"{where}: each context needs 'out'")
        outs = alt["out"]
        outs = (outs,) if isinstance(outs, str) else tuple(outs)
        if not outs or not all(isinstance(o, str) for o in outs):
            raise DataError(f"{where}: 'out' must be a string or a list of strings")
        before = regex(alt["before"], where) if alt.get("before") else None
        after = regex("(?:" + alt["after"] + ")$", where) if alt.get("after") else None
        letter = after_letter(alt["after"]) if alt.get("after") else None
        ranked = len(set(outs)) == len(outs)
        out.append(Alternative(outs, before, after, _weights(len(outs)), letter, ranked))
    return tuple(out)


class Table:
    """A compiled Cyrillic → Latin table (keys lower-case; a final ``$`` marks a word end)."""

    def __init__(self, graphemes: Mapping[str, Any], where: str) -> None:
        self.graphemes = dict(graphemes)
        self._alts: dict[str, tuple[Alternative, ...]] = {}
        self._final: dict[str, tuple[Alternative, ...]] = {}
        for key, spec in graphemes.items():
            alts = _alternatives(spec, f"{where}: {key!r}")
            if key.endswith("$") and len(key) > 1:
                self._final[key[:-1]] = alts
            else:
                self._alts[key] = alts
        # One-letter graphemes with one spelling in every context are written by
        # str.translate between the matches of the others (most letters of most words).
        self._simple = {
            ord(k): a[0].outs[0]
            for k, a in self._alts.items()
            if len(k) == 1
            and len(a) == 1
            and len(a[0].outs) == 1
            and a[0].before is None
            and a[0].after is None
        }
        #: The letters of the graphemes the table writes: a word with others keeps them.
        self.letters = frozenset("".join(k.rstrip("$") for k in graphemes))
        #: Whether every letter it writes, and every one it keeps, is lower case with one
        #: capital that is also its title case: a spelling of a word of its letters is then
        #: capitalised by :meth:`str.capitalize` alike.
        self.caseable = all(
            c.lower() == c and len(c.upper()) == 1 and c.title() == c.upper()
            for c in self.letters.union(
                *(
                    o
                    for alts in (*self._alts.values(), *self._final.values())
                    for a in alts
                    for o in a.outs
                )
            )
        )
        # A grapheme with one context-free alternative and no word-final one needs no
        # context checks: the alternative itself, looked up by the match.
        self._plain = {
            k: a[0]
            for k, a in self._alts.items()
            if len(a) == 1 and a[0].before is None and a[0].after is None and k not in self._final
        }
        keys = sorted(
            {k for k in self._alts if ord(k[0]) not in self._simple or len(k) > 1}
            | {k + "$" for k in self._final},
            key=lambda k: (-len(k), k),
        )
        self._pattern = re.compile(
            "|".join(re.escape(k[:-1]) + "$" if k.endswith("$") else re.escape(k) for k in keys)
            or "(?!)"
        )
        #: The same matches with their contexts decided by the pattern (:func:`.resolving`):
        #: the alternative that applies is the match's last group.
        self._resolved = resolving(keys, self._alts, self._final)

    def _options(self, m: re.Match[str]) -> Alternative:
        g = m.group()
        s = m.string
        alts = self._final.get(g) if m.end() == len(s) else None
        if alts is None:
            alts = self._alts.get(g, ())
        for alt in alts:
            if alt.before is not None and not alt.before.match(s, m.end()):
                continue
            if alt.after is not None:
                if alt.after_letter is None:
                    if not alt.after.search(s, 0, m.start()):
                        continue
                else:
                    start = m.start()
                    at_start, letters = alt.after_letter
                    if not (at_start if start == 0 else s[start - 1] in letters):
                        continue
            return alt
        return Alternative((g,), None, None)

    def segments(self, word: str) -> list[Alternative]:
        """The spellings of each grapheme of ``word`` in turn (a run of letters with one
        spelling each as one segment; unknown characters as such)."""
        out: list[Alternative] = []
        pos = 0
        simple = self._simple
        for m in self._pattern.finditer(word):
            if m.start() > pos:
                out.append(Alternative((word[pos : m.start()].translate(simple),), None, None))
            out.append(self._options(m))
            pos = m.end()
        if pos < len(word):
            out.append(Alternative((word[pos:].translate(simple),), None, None))
        return out

    def spell(
        self, word: str, beam: int = BEAM, least: float = 0.0, style: bool = False
    ) -> list[tuple[str, float]]:
        """The likeliest spellings of a lower-case word with their probabilities (the product
        of each grapheme's choice), best first; equal ones keep the order of the lists. None
        less likely than ``least``.

        With ``style``, a writer's choices are taken as one choice of style, kept through the
        word (the English press that writes я as ya writes ю as yu): a spelling's chance is
        the geometric mean of its choices' chances rather than their product."""
        fixed, branching = self._parse(word)
        if not branching:  # three words in four
            return [(fixed[0], 1.0)] if least <= 1.0 else []
        if len(branching) == 1 and branching[0].ranked:  # most of the others
            # The products, cut to the beam, then those likely enough (a prefix, as the
            # weights never rise): the same as below.
            alt = branching[0]
            head, tail = fixed
            if alt.weights[0] < least:
                return []
            found = [(head + o + tail, w) for o, w in zip(alt.outs, alt.weights) if w >= least]
            return found[:beam]
        top = 1.0
        for alt in branching:
            top *= alt.weights[0]
        choices = len(branching)
        if style and choices > 1:
            least **= choices
        if top < least:
            return []
        if not choices:
            return [(fixed[0], 1.0)]
        found = _products(fixed, branching, beam)
        if least:
            found = [f for f in found if f[1] >= least]
        if style and choices > 1:
            found = [(t, p ** (1 / choices)) for t, p in found]
        return found

    def _parse(self, word: str) -> tuple[list[str], list[Alternative]]:
        """The text between the graphemes with several spellings, and those graphemes'
        alternatives (one more text than alternatives)."""
        if self._resolved is None:
            return self._parse_searching(word)
        pattern, alternatives = self._resolved
        search, simple = pattern.search, self._simple
        m = search(word)
        if m is None:  # about half the words of a table: its one-spelling letters only
            return [word.translate(simple)], []
        fixed: list[str] = []
        branching: list[Alternative] = []
        run: list[str] = []
        pos = 0
        while m is not None:
            start = m.start()
            if start > pos:
                run.append(word[pos:start].translate(simple))
            alt = alternatives[m.lastindex or 0]
            if len(alt.outs) == 1:
                run.append(alt.outs[0])
            else:
                fixed.append("".join(run))
                run = []
                branching.append(alt)
            pos = m.end()
            m = search(word, pos)
        if pos < len(word):
            run.append(word[pos:].translate(simple))
        fixed.append("".join(run))
        return fixed, branching

    def _parse_searching(self, word: str) -> tuple[list[str], list[Alternative]]:
        """:meth:`_parse` with each match's context looked up after the match (a table
        with a context :func:`~.contexts.resolving` cannot put in its pattern)."""
        branching: list[Alternative] = []
        plain, options = self._plain, self._options
        # One pass: the letters with one spelling as text between the graphemes with
        # several (most words of most tables have none, one or two of those).
        fixed: list[str] = []
        run: list[str] = []
        pos = 0
        simple = self._simple
        for m in self._pattern.finditer(word):
            start = m.start()
            if start > pos:
                run.append(word[pos:start].translate(simple))
            alt = plain.get(m.group()) or options(m)
            if len(alt.outs) == 1:
                run.append(alt.outs[0])
            else:
                fixed.append("".join(run))
                run = []
                branching.append(alt)
            pos = m.end()
        if pos < len(word):
            run.append(word[pos:].translate(simple))
        fixed.append("".join(run))
        return fixed, branching

    def match(self, word: str, spelling: str, style: bool = False) -> float:
        """The probability of the likeliest way this table writes ``word`` as ``spelling``
        (both lower case), 0.0 when it cannot; with ``style``, its choices taken as one (the
        geometric mean, as in :meth:`spell`)."""
        best = {0: 1.0}  # position in the spelling -> the best probability of the prefix
        segments = self.segments(word)
        choices = sum(1 for s in segments if len(s.outs) > 1)
        for seg in segments:
            nxt: dict[int, float] = {}
            for pos, p in best.items():
                for out, w in zip(seg.outs, seg.weights):
                    if spelling.startswith(out, pos):
                        end = pos + len(out)
                        if p * w > nxt.get(end, 0.0):
                            nxt[end] = p * w
            if not nxt:
                return 0.0
            best = nxt
        found = best.get(len(spelling), 0.0)
        return found ** (1 / choices) if style and choices > 1 else found

    def inverse(self) -> list[tuple[str, str, float, bool]]:
        """(Latin spelling, Cyrillic grapheme, probability, word-final only) for every
        spelling the table can write, contexts ignored; a spelling written for a glide after
        a sign (``ye`` for ``ье``) is also listed with the sign, which is otherwise written as
        nothing."""
        out: list[tuple[str, str, float, bool]] = []
        for key, alts in [*self._alts.items(), *self._final.items()]:
            final = key in self._final and alts is self._final[key]
            for alt in alts:
                for latin, w in zip(alt.outs, alt.weights):
                    if not latin:
                        continue
                    out.append((latin, key, w, final))
                    if alt.after is not None and alt.after.search("ь"):
                        out.append((latin, "ь" + key, w, final))
        return out


def _products(fixed: list[str], branching: list[Alternative], beam: int) -> list[tuple[str, float]]:
    """:func:`best_products` of a word written as ``fixed[0]``, a choice of
    ``branching[0]``, ``fixed[1]`` and so on: the same spellings in the same order."""
    if len(branching) == 1:  # the usual case: one grapheme with a choice
        alt = branching[0]
        head, tail = fixed
        out = [(head + o + tail, w) for o, w in zip(alt.outs, alt.weights)]
        ranked = alt.ranked
        if ranked is None:
            ranked = len(set(alt.outs)) == len(alt.outs) and all(
                a >= b for a, b in zip(alt.weights, alt.weights[1:])
            )
        if ranked:
            return out[:beam]
        return _distinct(sorted(out, key=lambda tp: -tp[1]), beam)
    total = 1
    for alt in branching:
        total *= len(alt.outs)
    if total <= 4 * beam:
        # _all_products of the segments, without making them: the same strings and
        # products (multiplied in the same order), sorted alike.
        done = [(fixed[0], 1.0)]
        for alt, text in zip(branching, fixed[1:]):
            done = [(t + o + text, p * w) for t, p in done for o, w in zip(alt.outs, alt.weights)]
        return _distinct(sorted(done, key=_probability, reverse=True), beam)
    segments: list[Alternative] = []
    for text, alt in zip(fixed, branching):
        segments.append(Alternative((text,), None, None))
        segments.append(alt)
    segments.append(Alternative((fixed[-1],), None, None))
    return best_products(segments, beam)


#: A spelling's probability (a sort key; sorting on it in reverse keeps equal ones in order).
_probability = itemgetter(1)


def _distinct(ranked: list[tuple[str, float]], beam: int) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for text, p in ranked:
        if text not in seen:
            seen.add(text)
            out.append((text, p))
            if len(out) == beam:
                break
    return out


def best_products(segments: list[Alternative], beam: int) -> list[tuple[str, float]]:
    """The ``beam`` likeliest concatenations, one choice per segment; distinct strings only
    (the better probability kept)."""
    branching = [s for s in segments if len(s.outs) > 1]
    total = 1
    for s in branching:
        total *= len(s.outs)
    if total <= 4 * beam:  # the usual case: a few choices, all of them scored
        return _all_products(segments, beam)
    return _best_first(segments, beam)


def _all_products(segments: list[Alternative], beam: int) -> list[tuple[str, float]]:
    done: list[tuple[str, float]] = [("", 1.0)]
    for s in segments:
        if len(s.outs) == 1:
            only = s.outs[0]
            done = [(t + only, p) for t, p in done]
        else:
            done = [(t + o, p * w) for t, p in done for o, w in zip(s.outs, s.weights)]
    # Stable: equal probabilities keep the order of the lists.
    return _distinct(sorted(done, key=lambda tp: -tp[1]), beam)


def _best_first(segments: list[Alternative], beam: int) -> list[tuple[str, float]]:
    # Best-first search over index vectors; a choice's cost is -log of its probability, and
    # every step down one list costs more, so the queue yields products best first.
    n = len(segments)
    start = (0,) * n
    logs = [[-math.log(w) for w in s.weights] for s in segments]
    base = sum(c[0] for c in logs)
    heap: list[tuple[float, tuple[int, ...]]] = [(base, start)]
    seen = {start}
    out: list[tuple[str, float]] = []
    texts: set[str] = set()
    while heap and len(out) < beam:
        cost, idx = heapq.heappop(heap)
        text = "".join(segments[i].outs[j] for i, j in enumerate(idx))
        if text not in texts:
            texts.add(text)
            out.append((text, math.exp(-cost)))
        for i in range(n):
            j = idx[i] + 1
            if j < len(segments[i].outs):
                nxt = (*idx[:i], j, *idx[i + 1 :])
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (cost - logs[i][j - 1] + logs[i][j], nxt))
    return out
