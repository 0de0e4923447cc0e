"""The numbers of name matching, each with the reason for its value.

A match has a *quality* in [0, 1] that says how little it had to assume; a non-match has one
that says how much of the two names agrees. :func:`translit.name_similarity` maps both onto one
scale on which 0.5 separates matches from non-matches. None of these numbers decides whether
two names match (the rules do); they rank matches (a lexicon picks its best candidate by them)
and make non-matches comparable.
"""

from __future__ import annotations

__all__ = [
    "GIVEN_COGNATE",
    "IDENTICAL",
    "INITIAL_FOR_NAME",
    "MATCH_THRESHOLD",
    "MISMATCHED_PAIR_SHARE",
    "NON_MATCH_CEILING",
    "PART_COUNT_DIFFERS",
    "PATRONYMICS_DIFFER",
    "PATRONYMIC_ALIKE",
    "PATRONYMIC_ALIKE_MIN_RATIO",
    "PLACE_DIFFERENT",
    "PLACE_SAME",
    "SAME_INITIALS",
    "SAME_KEY",
    "WRITTEN_ORDER_BONUS",
]

IDENTICAL = 1.0
"""The same letters (case aside): nothing was assumed."""

SAME_KEY = 0.95
"""One key under some reading: the spellings differ by a convention or a regular ru/uk/be
correspondence. Below :data:`IDENTICAL` so that the exact form ranks first in a lexicon."""

GIVEN_COGNATE = 0.9
"""Two given names of one row of the cognate table whose spellings share no key (Mykola,
Nikolai): the match rests on the table, not on the letters, so it ranks below a spelling
variant."""

SAME_INITIALS = 0.8
"""Two equal initials: the letter agrees, but many names share it."""

INITIAL_FOR_NAME = 0.7
"""An initial against a full given name: weaker than two equal initials, because the full name
adds a claim the initial cannot confirm."""

PATRONYMIC_ALIKE = 0.75
"""Two patronymics without a shared key or table row whose keys are near-equal (transliteration
noise in sanctions lists: Evegenevich): the weakest accepted token match."""

PATRONYMIC_ALIKE_MIN_RATIO = 0.8
"""How near (``difflib`` ratio of the keys) two patronymics must be for
:data:`PATRONYMIC_ALIKE`: one wrong letter in a ten-letter key (0.9) passes, a different name
(Petrovich/Pavlovich, 0.67) does not."""

PLACE_SAME = 0.9
"""Two forms of one row of the place table (Moscow, Москва): like a cognate, it rests on the
table."""

PLACE_DIFFERENT = 0.1
"""Two different places of the table: clearly different, but both are places."""

PATRONYMICS_DIFFER = 0.4
"""Scale of a non-match decided by different patronymics: the rest of the name may agree, so it
scores above unrelated names but well below 0.5."""

PART_COUNT_DIFFERS = 0.3
"""Scale of a non-match between names with different numbers of parts (Lukashenko, Alexander
Lukashenko): the share of parts that find a partner, scaled down because one is missing."""

MISMATCHED_PAIR_SHARE = 0.5
"""Share of its spelling similarity a non-matching token pair contributes to the score of a
non-matching name (two of three parts agreeing score above one of three)."""

WRITTEN_ORDER_BONUS = 0.01
"""Tie-break for aligning the parts in the written order: smaller than any difference between
qualities, so it only decides between equal alignments."""

MATCH_THRESHOLD = 0.5
"""The :func:`translit.name_similarity` of the weakest match (the documented contract: a score
``>= 0.5`` exactly when :func:`translit.same_name` holds); matches spread over [0.5, 1] by
their quality."""

NON_MATCH_CEILING = 0.49
"""The highest :func:`translit.name_similarity` of a non-match, just below the 0.5 of the
weakest match."""
