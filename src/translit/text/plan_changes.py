"""The changes a plan makes to the mentions of one text (a lexicon's are the normalizer's).

Each mention takes its cluster's canonical form: a surname with the capitalised word before it
as the full name it is part of (:meth:`~translit.text.plan.Plan.person_with`), unless that word
is the given name of a person of another language who spells the surname their own way
(:func:`~translit.text.carriers.own_bearer`); a native-script word, when a transliteration is
asked for, as the Latin form it was counted under elsewhere
(:func:`~translit.text.transliterate_text.read_elsewhere`); and a surname without a suffix
that the gate refused alone, where the input showed it in a full name
(:mod:`~translit.text.lone_surnames`). A surname written before its given name (*Lukashenko,
Aleksandr*) is rewritten only to a form that pairs with that given name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .canonical import compatible
from .carriers import given_after, given_before, own_bearer
from .lone_surnames import lone_mentions
from .mentions import Mention, mention_of
from .plan import Plan
from .rewrite import Change, mention_changes, typographic
from .surname_first import written_surname_first
from .transliterate_text import read_elsewhere, scheme_at

__all__ = ["plan_changes"]


def plan_changes(
    text: str,
    protected: Sequence[Any],
    mentions: Sequence[Mention],
    plan: Plan,
    language: str,
    scheme: str | None,
) -> list[Change]:
    """The changes ``plan`` makes to ``mentions`` of ``text`` (lexicon mentions left out), in
    no particular order; ``scheme`` is the normalizer's ``transliterate``."""
    changes: list[Change] = []
    at: Callable[[int], str] | None = None  # the standard at each offset (transliterate)
    for m in mentions:
        if m.kind == "lexicon":
            continue
        if m.before is not None:
            joined = plan.person_with(m, language)
            if joined is not None:
                person, of = joined
                if typographic(of.canonical) != typographic(person.spelling):
                    why_person = plan.reason_for(person.spelling, of)
                    changes += mention_changes(text, person, of.canonical, "person", why_person)
                continue
            given = given_before(text, m)
            if given is not None and own_bearer(given, m.spelling, language):
                continue  # Dirk Nowitzki: the bearer's own spelling
        cluster = plan.cluster_for(m, language)
        if cluster is None and written_surname_first(text, m):
            # Lukashenko, Aleksandr, a person no cluster holds (seen only in capitals, or new
            # to a discovery applied to this text): its surname alone, as any surname
            m = mention_of("surname", m.words[:1])
            cluster = plan.cluster_for(m, language)
        if m.kind == "native" and scheme:
            if cluster is None or typographic(cluster.canonical) == typographic(m.spelling):
                at = at or scheme_at(text, scheme)  # (once a text: it hashes the text)
                m, cluster = read_elsewhere(m, plan, language, at, scheme)
        if cluster is None or typographic(cluster.canonical) == typographic(m.spelling):
            continue  # case or apostrophe form alone (ClearView, Вип’єш) is no variant
        if not _pairs_with_given_after(text, m, cluster.canonical):
            continue
        because = plan.reason_for(m.spelling, cluster)
        changes += mention_changes(text, m, cluster.canonical, cluster.kind, because)
    lone = plan.lone_surnames(language)
    if lone is None:
        return changes
    for m in lone_mentions(text, protected, mentions, lone):
        cluster = lone.get(m.spelling)
        if cluster is None or not _pairs_with_given_after(text, m, cluster.canonical):
            continue  # (lone_mentions yields only the spellings ``lone`` holds)
        because = plan.reason_for(m.spelling, cluster)
        changes += mention_changes(text, m, cluster.canonical, "surname", because)
    return changes


def _pairs_with_given_after(text: str, m: Mention, surname: str) -> bool:
    """Does the surname form ``surname`` pair with the given name written after ``m`` in a
    name written surname first (:func:`~translit.text.carriers.given_after`), if any? The
    surname alone is rewritten, so *Lukashenko, Aleksandr* never becomes *Lukashenka,
    Aleksandr*, a pair no language writes."""
    given = given_after(text, m)
    return given is None or compatible(given, surname)
