"""A lexicon asked about the spans of a text: which known name a span is, if any.

:class:`translit.Normalizer` with a ``lexicon`` asks it about each candidate span
(:func:`probe_for`); the answers are kept per normalizer, so that the changes of a text are
read back from them (:func:`lexicon_target`) without asking again.
"""

from __future__ import annotations

from collections.abc import Callable

from ..names.lexicon import Lexicon

__all__ = ["PROBE_CACHE_SIZE", "lexicon_target", "probe_for"]

#: Distinct spans probed against a lexicon whose answers a normalizer keeps.
PROBE_CACHE_SIZE = 100_000


def probe_for(lex: Lexicon, cache: dict[str, str]) -> Callable[[str], bool]:
    """Whether the lexicon knows a span; its form is kept in ``cache`` ('' when unknown)."""

    def probe(spelling: str) -> bool:
        hit = cache.get(spelling)
        if hit is None:
            if len(cache) > PROBE_CACHE_SIZE:
                cache.clear()
            hit = cache[spelling] = lexicon_target(lex, spelling) or ""
        return bool(hit)

    return probe


def lexicon_target(lex: Lexicon, spelling: str) -> str | None:
    """The lexicon's form for a span, if the lexicon knows it."""
    from .common_words import gate_settings
    from .exact_readings import exact_place, same_reading

    hit = lex.lookup(spelling)
    if hit is not None:
        short = int(gate_settings()["short_word"]["value"])
        if (
            " " not in spelling
            and len(spelling) <= short
            and not same_reading(spelling, hit.form)
            and not exact_place(spelling) & exact_place(hit.form)
        ):
            return None  # short words need an exact reading, or one place of the table
        return hit.canonical
    if " " not in spelling:
        sur = lex.lookup_surname(spelling)
        if sur is not None:
            return sur[0]
    return None
