"""Transliteration inside the normalizer (``Normalizer(transliterate=...)``).

Every word in the source script outside the protected spans is transliterated under the chosen
standard. Before that, native-script names are read as their transliterations and counted with
the Latin spellings of the text (:func:`as_latin`), so a name ends up with one spelling
(Лукашэнка -> Lukashenko when the text says Lukashenko). Each distinct word is transliterated
once: the cost is linear in the text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .candidates import is_source_script
from .mentions import Mention
from .protect import Span
from .rewrite import Change

__all__ = ["with_transliteration"]


@lru_cache(maxsize=1)
def _word_rx() -> Any:
    import regex

    return regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")


def with_transliteration(
    text: str, spans: list[Span], changes: list[Change], scheme: str
) -> list[Change]:
    """``changes`` plus a change for every source-script word they do not already cover."""
    from ..standards.transliteration import transliterate

    taken = sorted([(c.start, c.end) for c in changes] + [(s.start, s.end) for s in spans])
    out = list(changes)
    memo: dict[str, str] = {}
    why = f"transliterated under {scheme}"
    t = 0
    for m in _word_rx().finditer(text):
        word = m.group()
        if not is_source_script(word):
            continue
        s, e = m.span()
        while t < len(taken) and taken[t][1] <= s:
            t += 1
        if t < len(taken) and taken[t][0] < e:
            continue
        new = memo.get(word)
        if new is None:
            new = memo[word] = transliterate(word, scheme)
        if new != word:
            out.append(Change(s, e, word, new, new, why))
    out.sort(key=lambda c: c.start)
    return out


def as_latin(mentions: list[Mention], scheme: str) -> list[Mention]:
    """Native-script mentions read as the Latin spellings ``scheme`` gives them, so that with
    transliteration they count, and are unified, with the Latin spellings of their names."""
    from ..standards.transliteration import transliterate
    from .candidates import classify

    out = []
    for m in mentions:
        if m.kind == "native":
            latin = transliterate(m.spelling, scheme)
            kind = classify(latin).kind
            if kind in ("surname", "place"):
                m = Mention(kind, m.words, latin, m.caps)
        out.append(m)
    return out
