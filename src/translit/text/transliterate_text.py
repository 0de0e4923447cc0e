"""Transliteration inside the normalizer (``Normalizer(transliterate=...)``).

Every word in the source script outside the protected spans is transliterated under the chosen
standard, except that a native-script name which is one name with a Latin name of the same text
takes that name's Latin form (Лукашэнка -> Lukashenko when the text says Lukashenko), so the
text ends up with one spelling per name. Each distinct word is looked up once: the cost is
linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from .candidates import is_source_script
from .protect import Span
from .rewrite import Change

__all__ = ["with_transliteration"]


def _word_rx():  # type: ignore[no-untyped-def]
    import regex

    return regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")


def with_transliteration(
    text: str,
    spans: list[Span],
    changes: list[Change],
    scheme: str,
    latin_names: Iterable[str] = (),
) -> list[Change]:
    """``changes`` plus a change for every source-script word they do not already cover."""
    from ..names.matching import name_keys, same_name
    from ..transliteration import transliterate

    by_key: dict[str, list[str]] = {}
    for name in sorted(set(latin_names)):
        for k in name_keys(name):
            by_key.setdefault(k, []).append(name)
    taken = sorted([(c.start, c.end) for c in changes] + [(s.start, s.end) for s in spans])
    out = list(changes)
    memo: dict[str, tuple[str, str]] = {}
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
        hit = memo.get(word)
        if hit is None:
            new, why = transliterate(word, scheme), f"transliterated under {scheme}"
            if word[:1].isupper() and by_key:
                found = sorted({n for k in name_keys(word) for n in by_key.get(k, ())})
                name = next((n for n in found if same_name(word, n)), None)
                if name is not None:
                    new = name.upper() if word.isupper() and len(word) > 1 else name
                    why = f"same name as {name}, the Latin spelling of the name in this text"
            hit = memo[word] = (new, why)
        new, why = hit
        if new != word:
            out.append(Change(s, e, word, new, new, why))
    out.sort(key=lambda c: c.start)
    return out
