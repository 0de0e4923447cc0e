"""Hypothesis properties of the name matcher (``same_name``, ``name_similarity``, ``name_key``).

The Cyrillic names are generated: a given name from the cognate table
(``data/given_names.tsv``) and a surname built from syllables of the language's alphabet plus a
real Russian, Ukrainian or Belarusian surname ending, in either order, sometimes with a
patronymic. Each is transliterated under every standard of its language.

Where a standard itself writes two different names alike, the case is filtered out and the
filter says why.
"""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import translit

from .strategies import STANDARDS, cyrillic_names


def _has(name: str, letters: str) -> bool:
    low = name.lower()
    return any(c in low for c in letters)


def transliteration_is_known_bug(name: str, standard: str, latin: str) -> bool:
    """Cases where the standard itself loses what the letters were (not matcher bugs)."""
    if standard == "be-passport" and any(v + "ў" in name.lower() for v in "іюё"):
        # be-passport writes ў as u, ю as iu and ё as io: іў and ю are both "iu", ёў and іоў
        # both "iou".
        return True
    return False


# -- symmetry, reflexivity, never raising ---------------------------------------------------


LATIN_CYRILLIC_LETTER = st.characters(
    min_codepoint=0x41,
    max_codepoint=0x52F,
    categories=("Lu", "Ll"),
    # No IPA/Greek block, and only letters whose case round-trips one to one (not ŉ, ſ, ı):
    # those are not in names and Python's case mapping changes their length or identity.
    exclude_characters="".join(map(chr, range(0x250, 0x400))),
).filter(
    lambda c: (
        len(c.upper()) == 1
        and len(c.lower()) == 1
        and (c.upper().lower() == c or c.lower().upper() == c)
    )
)
NAME_CHARS = st.text(LATIN_CYRILLIC_LETTER, min_size=1, max_size=10)
RANDOM_NAMES = st.lists(NAME_CHARS, min_size=1, max_size=3).map(" ".join)


@st.composite
def transliterated(draw: st.DrawFn) -> str:
    lang, name = draw(cyrillic_names())
    return translit.transliterate(name, draw(st.sampled_from(STANDARDS[lang])))


NAMES = st.one_of(
    cyrillic_names().map(lambda ln: ln[1]),
    transliterated(),
    RANDOM_NAMES,
    st.sampled_from(
        [
            "Lukashenko",
            "Лукашэнка",
            "Alexander Grigorievich Lukashenko",
            "LUKASHENKO, Alexander",
            "Sviatlana Tsikhanouskaya",
            "Тихановская Светлана",
            "Zelenska",
            "Zelensky",
            "Mykola",
            "Nikolai",
            "Ivanov",
            "Ivanova",
            "A. Lukashenko",
            "Rimsky-Korsakov",
            "Łukaszenka",
            "Ščerbakov",
        ]
    ),
)


@settings(max_examples=400, deadline=None)
@given(NAMES, NAMES)
def test_same_name_and_similarity_are_symmetric(a: str, b: str) -> None:
    assert translit.same_name(a, b) == translit.same_name(b, a)
    assert translit.name_similarity(a, b) == translit.name_similarity(b, a)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text())
def test_symmetric_on_any_text(a: str, b: str) -> None:
    assert translit.same_name(a, b) == translit.same_name(b, a)
    assert translit.name_similarity(a, b) == translit.name_similarity(b, a)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NAMES, st.text()))
def test_reflexive_for_names_with_letters(a: str) -> None:
    assume(any(c.isalpha() for c in a))
    assert translit.same_name(a, a)
    assert translit.name_similarity(a, a) >= 0.5


@settings(max_examples=400, deadline=None)
@given(NAMES, NAMES)
def test_similarity_agrees_with_same_name(a: str, b: str) -> None:
    score = translit.name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert (score >= 0.5) == translit.same_name(a, b)


@settings(max_examples=500, deadline=None)
@given(st.text(), st.text())
def test_never_raises_on_any_str_pair(a: str, b: str) -> None:
    assert isinstance(translit.same_name(a, b), bool)
    assert isinstance(translit.name_similarity(a, b), float)
    assert isinstance(translit.name_key(a), str)
    assert isinstance(translit.name_keys(a), frozenset)
    assert isinstance(str(translit.explain_match(a, b)), str)


# -- invariance under case, normalization form, surrounding whitespace ------------------------


VARIANTS = {
    "upper": str.upper,
    "title": str.title,
    "lower": str.lower,
    "NFC": lambda s: unicodedata.normalize("NFC", s),
    "NFD": lambda s: unicodedata.normalize("NFD", s),
    "whitespace": lambda s: " \t" + s + " \n",
}


@st.composite
def related_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A name and, half the time, one of its transliterations; otherwise any other name."""
    lang, name = draw(cyrillic_names())
    if draw(st.booleans()):
        standard = draw(st.sampled_from(STANDARDS[lang]))
        other = translit.transliterate(name, standard)
    else:
        other = draw(NAMES)
    return (name, other) if draw(st.booleans()) else (other, name)


@settings(max_examples=400, deadline=None)
@given(st.one_of(related_pairs(), st.tuples(NAMES, NAMES)), st.sampled_from(sorted(VARIANTS)))
def test_invariant_under_case_normalization_and_whitespace(
    pair: tuple[str, str], variant: str
) -> None:
    a, b = pair
    change = VARIANTS[variant]
    expected = translit.same_name(a, b)
    assert translit.same_name(change(a), b) == expected
    assert translit.same_name(a, change(b)) == expected
    assert translit.same_name(change(a), change(b)) == expected
    assert translit.name_similarity(change(a), change(b)) == translit.name_similarity(a, b)


@settings(max_examples=300, deadline=None)
@given(NAMES, st.sampled_from(sorted(VARIANTS)))
def test_a_name_matches_its_own_case_and_normalization_variants(a: str, variant: str) -> None:
    assume(any(c.isalpha() for c in a))
    assert translit.same_name(a, VARIANTS[variant](a))
    assert translit.name_key(a) == translit.name_key(VARIANTS[variant](a))


# -- a name matches its transliterations ----------------------------------------------------


@settings(max_examples=600, deadline=None)
@given(cyrillic_names(), st.data())
def test_name_matches_its_transliteration_under_every_standard_of_its_language(
    lang_name: tuple[str, str], data: st.DataObject
) -> None:
    lang, name = lang_name
    for standard in STANDARDS[lang]:
        latin = translit.transliterate(name, standard)
        if transliteration_is_known_bug(name, standard, latin):
            continue
        why = str(translit.explain_match(name, latin))
        assert translit.same_name(name, latin), (standard, latin, why)
        assert translit.same_name(latin, latin.upper()), (standard, latin)


@settings(max_examples=300, deadline=None)
@given(cyrillic_names(), st.data())
def test_two_transliterations_of_one_name_match(
    lang_name: tuple[str, str], data: st.DataObject
) -> None:
    lang, name = lang_name
    s1 = data.draw(st.sampled_from(STANDARDS[lang]), label="first standard")
    s2 = data.draw(st.sampled_from(STANDARDS[lang]), label="second standard")
    x, y = translit.transliterate(name, s1), translit.transliterate(name, s2)
    assume(not transliteration_is_known_bug(name, s1, x))
    assume(not transliteration_is_known_bug(name, s2, y))
    assert translit.same_name(x, y), str(translit.explain_match(x, y))


# -- keys -----------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(cyrillic_names(), st.data())
def test_equal_name_keys_imply_same_name(lang_name: tuple[str, str], data: st.DataObject) -> None:
    """Pairs whose keys collide: the name, its transliterations, and the same with the parts
    in the other order or the patronymic left out."""
    lang, name = lang_name
    forms = [name] + [translit.transliterate(name, s) for s in STANDARDS[lang]]
    forms = [f for f in forms if "·" not in f]  # test_bgn_pcgn_middle_dot
    words = name.split()
    if len(words) >= 2:
        forms.append(" ".join(reversed(words)))
    a = data.draw(st.sampled_from(forms), label="a")
    b = data.draw(st.sampled_from(forms), label="b")
    if translit.name_key(a) == translit.name_key(b):
        assert translit.same_name(a, b), str(translit.explain_match(a, b))


@settings(max_examples=300, deadline=None)
@given(st.tuples(NAMES, NAMES))
def test_equal_name_keys_imply_same_name_on_any_names(pair: tuple[str, str]) -> None:
    a, b = pair
    # Patronymics and initials are left out of name_key, but same_name compares them when both
    # names have one (test_name_key_equal_but_patronymics_or_initials_differ).
    assume(len(a.split()) <= 2 and len(b.split()) <= 2 and "." not in a + b)
    assume(not any(len(w) == 1 for w in (a + " " + b).split()))
    if translit.name_key(a) == translit.name_key(b):
        assert translit.same_name(a, b), str(translit.explain_match(a, b))


@settings(max_examples=300, deadline=None)
@given(cyrillic_names(), st.data())
def test_transliterations_share_a_blocking_key(
    lang_name: tuple[str, str], data: st.DataObject
) -> None:
    lang, name = lang_name
    standard = data.draw(st.sampled_from(STANDARDS[lang]), label="standard")
    latin = translit.transliterate(name, standard)
    assume(not transliteration_is_known_bug(name, standard, latin))
    if translit.same_name(name, latin):
        assert translit.name_keys(name) & translit.name_keys(latin)
