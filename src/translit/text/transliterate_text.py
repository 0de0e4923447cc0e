"""Transliteration inside the normalizer (``Normalizer(transliterate=...)``).

Every word in the source script outside the protected spans is transliterated under the chosen
standard. Before that, native-script names among Latin words are read as their
transliterations and counted with the Latin spellings of the text (:func:`as_latin`), so a name
ends up with one spelling (Лукашэнка -> Lukashenko when the text says Lukashenko). Each distinct
word is transliterated once per standard: the cost is linear in the text.

With ``"auto"`` a word takes the standard of its sentence's language, exactly as
``transliterate(text, "auto")`` decides it (:func:`translit.standards.auto.language_spans`).
A word read on its own would often be told apart wrongly: Russian *богу* or *Петербург* has no
letter Ukrainian lacks, and read alone came out Ukrainian (*bohu*, *Peterburh*) in the middle of
Russian text.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .._unicode import APOSTROPHE_CLASS
from ..standards.registry import AUTO
from .candidates import is_source_script
from .mentions import Mention
from .protect import Span
from .rewrite import Change

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .clusters import Cluster
    from .plan import Plan

__all__ = ["as_latin", "latin_reading", "read_elsewhere", "scheme_at", "with_transliteration"]


@lru_cache(maxsize=1)
def _word_rx() -> Any:
    import regex

    # The apostrophes the standards read inside a word (п`ять, м’ясо): the word is whole.
    return regex.compile(rf"[\p{{L}}\p{{M}}]+(?:{APOSTROPHE_CLASS}[\p{{L}}\p{{M}}]+)*")


#: Texts whose standards by offset are kept, by digest: counting a text and rewriting it both
#: need them, and telling each sentence's language is most of what ``"auto"`` costs. A text
#: costs a few offsets here (the languages change at few places), not its length.
SCHEME_CACHE_SIZE = 4096


def scheme_at(text: str, scheme: str) -> Callable[[int], str]:
    """The standard that ``scheme`` applies at each offset of ``text``: ``scheme`` itself for
    a named standard; for ``"auto"``, the default standard of the language
    ``transliterate(text, "auto")`` finds there (``"auto"`` where it finds none: Greek and
    Georgian words are told by their letters alone).

    >>> at = scheme_at("Твой друг. Твій друг.", "auto")
    >>> at(0), at(11)
    ('ru-bgn-pcgn', 'uk-kmu-2010')
    """
    return _at(*_standards(text, scheme))


def _at(starts: list[int], schemes: list[str]) -> Callable[[int], str]:
    def at(offset: int) -> str:
        return schemes[max(bisect.bisect_right(starts, offset) - 1, 0)]

    return at


def _standards(text: str, scheme: str) -> tuple[list[int], list[str]]:
    """Where each standard starts in ``text`` (the first at 0), and which (:func:`scheme_at`)."""
    if scheme != AUTO:
        return [0], [scheme]
    from ..standards.auto import has_cyrillic

    if not has_cyrillic(text):
        return [0], [scheme]
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    found = _SCHEMES.get(digest)
    if found is None:
        from ..standards.auto import language_spans
        from ..standards.registry import language_defaults

        defaults = language_defaults()
        spans = language_spans(text) or [(0, len(text), "")]
        found = ([s for s, _, _ in spans], [defaults[lang] if lang else AUTO for *_, lang in spans])
        if len(_SCHEMES) >= SCHEME_CACHE_SIZE:
            _SCHEMES.clear()
        _SCHEMES[digest] = found
    return found


_SCHEMES: dict[bytes, tuple[list[int], list[str]]] = {}


def clear_caches() -> None:
    """Forget the standards kept by text (:func:`translit.clear_caches` calls this)."""
    _SCHEMES.clear()


def _transliterated(word: str, standard: str, scheme: str) -> str:
    """``word`` under ``standard``, the one ``scheme`` (the standard asked for) applies at its
    place."""
    from ..standards.transliteration import transliterate

    out = transliterate(word, standard)
    if scheme == AUTO and standard != AUTO and is_source_script(out):
        # A Greek or Georgian letter in a word of a Cyrillic sentence: "auto" writes it under
        # the standard of its own script, after the sentence's standard.
        out = transliterate(out, AUTO)
    return out


_NOWHERE = (1 << 62, 1 << 62)  # a taken span after every text


def _written_latin(
    changes: list[Change], standard: Callable[[int], str], scheme: str
) -> list[Change]:
    """The changes, each whose replacement is in the source script (a native cluster's form,
    Горбачев -> Горбачёв) written under the standard of its place like the text around it."""
    if not any(is_source_script(c.replacement) for c in changes):
        return list(changes)
    out = []
    for c in changes:
        if is_source_script(c.replacement):
            latin = _transliterated(c.replacement, standard(c.start), scheme)
            c = Change(c.start, c.end, c.original, latin, latin, c.why)
        out.append(c)
    return out


def with_transliteration(
    text: str, spans: list[Span], changes: list[Change], scheme: str
) -> list[Change]:
    """``changes`` plus a change for every source-script word they do not already cover.

    One loop over the words of a text, which may be most of its words: the spans taken and the
    standards are walked along with the words (both are in text order) rather than searched
    for each word.
    """
    taken = sorted([(c.start, c.end) for c in changes] + [(s.start, s.end) for s in spans])
    taken.append(_NOWHERE)
    starts, schemes = _standards(text, scheme)  # (once: for "auto" it hashes the text)
    out = _written_latin(changes, _at(starts, schemes), scheme)
    # "auto" names the standard it chose for the word (the language of its sentence)
    whys = [
        f"transliterated under {s}" if s == scheme else f"transliterated under {s} ({scheme})"
        for s in schemes
    ]
    why = whys[0]
    starts = [*starts[1:], _NOWHERE[0]]  # where the next standard starts
    k = 0  # the standard in force
    memos: dict[str, dict[str, str]] = {}
    memo = memos.setdefault(schemes[0], {})
    t = 0  # the first taken span that may end after the word
    free_until = taken[0][0]  # a word ending here or before overlaps no taken span
    source_script = is_source_script
    for m in _word_rx().finditer(text):
        word = m.group()
        if not source_script(word):
            continue
        s, e = m.span()
        if e > free_until:
            while taken[t][1] <= s:
                t += 1
            free_until = taken[t][0]
            if free_until < e:
                continue
        if s >= starts[k]:
            while s >= starts[k]:
                k += 1
            memo = memos.setdefault(schemes[k], {})
            why = whys[k]
        new = memo.get(word)
        if new is None:
            new = memo[word] = _transliterated(word, schemes[k], scheme)
        if new != word:
            out.append(Change(s, e, word, new, new, why))
    out.sort(key=lambda c: c.start)
    return out


_NEAR = 100  # how far a mention's neighbours are looked for


def _in_native_text(text: str, start: int, end: int) -> bool:
    """Is the nearest word before ``start`` or after ``end`` on the same line, within
    ``_NEAR`` characters, written in a source script (Cyrillic, Greek, Georgian)?"""
    low = max(text.rfind("\n", max(start - _NEAR, 0), start) + 1, start - _NEAR, 0)
    line_end = text.find("\n", end, end + _NEAR)
    high = min(len(text), end + _NEAR) if line_end < 0 else line_end
    before = _word_rx().search(text[low:start][::-1])  # the last word, reversed
    after = _word_rx().search(text, end, high)
    return any(m is not None and is_source_script(m.group()) for m in (before, after))


def latin_reading(mention: Mention, standard: Callable[[int], str], scheme: str) -> str:
    """A native mention's spelling as ``scheme`` writes each of its words (``standard``: the
    standard at each offset of the text, :func:`scheme_at`)."""
    parts = mention.spelling.split(" ")
    if len(parts) == len(mention.words):  # each word under the standard of its place
        return " ".join(
            _transliterated(p, standard(w.start), scheme) for p, w in zip(parts, mention.words)
        )
    return _transliterated(mention.spelling, standard(mention.start), scheme)


def as_latin(mentions: list[Mention], scheme: str, text: str) -> list[Mention]:
    """Native-script mentions read as the Latin spellings ``scheme`` gives them in ``text``,
    so that with transliteration they count, and are unified, with the Latin spellings of
    their names (Минск in English text counts with Minsk).

    Only a mention among Latin words is read so. In text of the source language itself, its
    words are transliterated under the standard, each as written: read as Latin, they were
    unified with other words as if they were spelling variants of one name, which they are
    not. Belarusian sentences' first words took surname endings (-aja, -ić) and merged
    (*Слова* became *Slava*, *Садзіць* *Siadzić*), and a name's cases were made one
    (*Петербурге* for *Петербург*).
    """
    from .candidates import classify

    standard: Callable[[int], str] | None = None
    out = []
    for m in mentions:
        if m.kind == "native" and not _in_native_text(text, m.start, m.end):
            standard = standard or scheme_at(text, scheme)
            latin = latin_reading(m, standard, scheme)
            kind = classify(latin).kind
            if kind in ("surname", "place"):
                m = Mention(kind, m.words, latin, m.caps)
        out.append(m)
    return out


def read_elsewhere(
    mention: Mention, plan: Plan, language: str, standard: Callable[[int], str], scheme: str
) -> tuple[Mention, Cluster | None]:
    """A native mention of Cyrillic text (which :func:`as_latin` left native) read as Latin,
    and the Latin cluster of that very spelling, when the corpus counted it among Latin words
    elsewhere (*Лукашенко* in a Russian sentence, *Лукашенко* alone in a JSON field beside
    *Lukashenka*): one spelling of one name then comes out one way everywhere. Only the exact
    spelling counts: nothing here merges native words with each other, nor one case of a name
    with another. ``standard``: :func:`scheme_at` of the text.
    """
    latin = latin_reading(mention, standard, scheme)
    for kind in ("surname", "place"):
        cluster = plan.exact(language, kind, latin)
        if cluster is not None:
            return Mention(kind, mention.words, latin, mention.caps), cluster
    return mention, None
