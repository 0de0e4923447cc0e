"""The channel between a Latin spelling and a native form, through every standard and press
convention of a language: decoding a spelling into candidate forms (the writing tables run
backwards, a beam kept short by the letter pairs), and the probability that a language's
writers write a form as a spelling.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from .official import Writer, writers
from .press import readable, table
from .prior import SILENT_SIGN, ending_bonus, lm
from .stress import stress_marked, stress_rule

__all__ = ["BEAM", "CHECKED", "channel", "decode", "normal", "title", "writes_weight"]

#: Partial forms kept at each position of the decoding, per language.
BEAM = 24

#: Decoded forms of one word checked in the writing direction, per language.
CHECKED = 12

_APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ`´‘ʹ"})
_SOFTENABLE = frozenset("бвдзлмнпрстфц")
_EAST = frozenset(("ru", "uk", "be"))


def normal(latin: str) -> str:
    """A Latin spelling as the tables see it: lower case, NFC, one apostrophe."""
    return unicodedata.normalize("NFC", latin.lower().translate(_APOSTROPHES))


@cache  # one per language: bounded
def _inverse(lang: str) -> tuple[dict[str, list[tuple[str, float, bool]]], int]:
    """Latin letter group → (Cyrillic, log weight, word-final only), over every writer of
    ``lang``; and the longest group."""
    best: dict[tuple[str, str, bool], float] = {}

    from ..standards.detection import alphabet

    letters = alphabet(lang) | {"'"}

    def add(latin: str, cyr: str, weight: float, final: bool) -> None:
        latin = unicodedata.normalize("NFC", latin.lower().translate(_APOSTROPHES))
        if not latin or not cyr or not set(cyr.lower()) <= letters:
            return
        key = (latin, cyr.lower(), final)
        best[key] = max(best.get(key, 0.0), weight)

    for w in writers(lang):
        if w.kind == "standard":
            for cyr, latin, weight in _standard_letters(w.id):
                add(latin, cyr, w.prior * weight, False)
        else:
            for latin, cyr, weight, final in table(w.id, lang).inverse():
                add(latin, cyr, w.prior * weight, final)
    out: dict[str, list[tuple[str, float, bool]]] = {}
    for (latin, cyr, final), weight in best.items():
        out.setdefault(latin, []).append((cyr, math.log(weight), final))
    for entries in out.values():
        entries.sort(key=lambda e: -e[1])
    return out, max((len(k) for k in out), default=1)


def _standard_letters(scheme: str) -> list[tuple[str, str, float]]:
    """(Cyrillic, Latin, weight) of a standard's letter table and its one-letter rules."""
    from ..standards.registry import load_scheme_data

    data = load_scheme_data(scheme)
    out = [(c, str(latin), 1.0) for c, latin in data["letters"].items() if c.islower() or c == "'"]
    for rule in data.get("rules", ()):
        if isinstance(rule.get("output"), str) and len(rule["match"]) <= 2:
            out.append((rule["match"], rule["output"].replace("·", ""), 1.0))
    return out


def decode(latin: str, lang: str, role: str = "surname") -> list[str]:
    """The likeliest Cyrillic strings ``latin`` decodes to through the inverted tables."""
    inverse, longest = _inverse(lang)
    n = len(latin)
    beams: list[dict[str, float]] = [{} for _ in range(n + 1)]
    beams[0][""] = 0.0
    for i in range(n):
        here = beams[i]
        if not here:
            continue
        if len(here) > BEAM:
            here = dict(sorted(here.items(), key=lambda kv: -kv[1])[:BEAM])
        for prefix, score in here.items():
            prev = prefix[-1] if prefix else "_"
            for k in range(1, min(longest, n - i) + 1):
                entries = inverse.get(latin[i : i + k])
                if not entries:
                    continue
                end = i + k
                for cyr, logw, final in entries:
                    if final and end != n:
                        continue
                    s = score + logw + lm(lang, prev, cyr)
                    _keep(beams[end], prefix + cyr, s)
                    if lang in _EAST and cyr[-1] in _SOFTENABLE:
                        soft = s + math.log(SILENT_SIGN) + lm(lang, cyr[-1], "ь")
                        _keep(beams[end], prefix + cyr + "ь", soft)
    last = beams[n]
    # The word's end, and whether it ends as names of its kind end (-ський, not -ськи).
    ranked = sorted(
        last.items(),
        key=lambda kv: (
            -(kv[1] + lm(lang, kv[0][-1:] or "_", "_") + ending_bonus(kv[0], lang, role))
        ),
    )
    return [text for text, _ in ranked[: CHECKED * 2]]


def _keep(beam: dict[str, float], text: str, score: float) -> None:
    if score > beam.get(text, -math.inf):
        beam[text] = score


def channel(native: str, language: str, spelling: str) -> tuple[float, tuple[str, ...]]:
    """P(spelling | native form, language): the prior-weighted share of the language's
    writers that write ``native`` as ``spelling`` (compared in lower case), and those
    writers, most likely first."""
    low = spelling.lower()
    total = 0.0
    found: list[tuple[float, str]] = []
    mass = 0.0
    for w in writers(language):
        mass += w.prior
        weight = writes_weight(native, language, w, low)
        if weight:
            total += w.prior * weight
            found.append((w.prior * weight, w.id))
    found.sort(key=lambda f: -f[0])
    return (total / mass if mass else 0.0), tuple(i for _, i in found)


def writes_weight(native: str, language: str, writer: Writer, low: str) -> float:
    """How likely ``writer`` writes ``native`` as the lower-case spelling ``low`` (0.0: never)."""
    if writer.kind == "standard":
        from ..standards.cache import compile_scheme

        out = compile_scheme(writer.id, names=True)(title(native))
        return 1.0 if out.lower() == low else 0.0
    rule = stress_rule(writer.id)
    if rule is not None and _ACUTE.search(low):
        # A stress mark: the unmarked spelling, marked where the convention marks it.
        plain = low.translate(_UNMARK)
        weight = writes_weight(native, language, writer, plain)
        marked = stress_marked(native, language, plain, rule) if weight else None
        if marked is not None and marked.lower() == low:
            return weight * rule.weight
        return 0.0
    if not readable(writer.id, language, native.lower(), low):
        return 0.0
    return table(writer.id, language).match(native.lower(), low, style=True)


_ACUTE = re.compile("[áéíóú]")
_UNMARK = str.maketrans("áéíóú", "aeiou")


def title(text: str) -> str:
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in text.split(" "))
