"""Nominative endings other languages add to East Slavic names (``data/names/endings.json``),
stripped only with evidence: the rest is a given name or a place of the tables, or another word
of the same name lost an ending of the same language that way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import translit
from translit.names.conventions import conventions
from translit.names.endings import KINDS, endings, stems
from translit.names.places import place_ids


def test_endings_data_is_valid() -> None:
    rows = endings()
    assert rows
    for e in rows:
        assert e.convention in conventions()
        assert e.kinds <= set(KINDS)
        assert e.ending == e.ending.lower()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Volodymyras", "Volodymyr"),  # Lithuanian -as, given-name evidence
        ("Oleksandrs", "Олександр"),  # Latvian -s
        ("Vladimiras Groismanas", "Владимир Гройсман"),  # the surname by the given name's evidence
        ("Volodimirs Groismans", "Volodymyr Groysman"),
        ("Groismanas Vladimiras", "Гройсман Владимир"),
    ],
)
def test_ending_stripped_with_evidence(a: str, b: str) -> None:
    assert translit.same_name(a, b), str(translit.explain_match(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Groismanas", "Groisman"),  # a surname alone: no evidence
        ("Taras", "Tar"),  # a name of the table keeps its -as
        ("Boris", "Bor"),
        ("Denis", "Den"),
        ("Ivan Groismanas", "Ivan Groisman"),  # the given name carries no ending
    ],
)
def test_ending_kept_without_evidence(a: str, b: str) -> None:
    assert not translit.same_name(a, b), str(translit.explain_match(a, b))


@pytest.mark.parametrize(
    ("exonym", "place"),
    [
        ("Jekaterinburgo", "Екатеринбург"),  # Esperanto -o
        ("Moskvo", "Москва"),  # Esperanto -o for -a
        ("Uļjanovska", "Ульяновск"),  # Latvian -a
        ("Harkiva", "Харків"),
        ("Novosibirskas", "Новосибирск"),  # Lithuanian -as
        ("Kaliningráu", "Калининград"),  # Asturian -áu for -ad
        ("Volgogrado", "Волгоград"),  # Spanish, Portuguese, Italian -o
    ],
)
def test_place_endings(exonym: str, place: str) -> None:
    assert place_ids(exonym) and place_ids(exonym) == place_ids(place)
    assert translit.same_name(exonym, place)
    assert translit.name_key(exonym) == translit.name_key(place)


def test_feminine_surname_is_not_a_place_with_an_ending() -> None:
    # Latvian adds -a to place names, but -ova is a Russian feminine surname.
    assert not place_ids("Borisova")
    assert not translit.same_name("Borisova", "Borisov")


def test_stems_need_a_plausible_convention() -> None:
    assert ("Lithuanian", "volodymyr") in stems("Volodymyras", "given")
    # Latvian never writes sh: no Latvian -s here.
    assert not [s for lang, s in stems("Shevchenkos", "surname") if lang == "Latvian"]


def _stems_reference(token: str) -> list[tuple[str, str, str]]:
    """(kind, language, stem) by a plain scan of every ending, in the data file's order."""
    import unicodedata

    from translit.names.conventions import implausible

    low = unicodedata.normalize("NFC", token).lower()
    found = []
    for e in endings():
        if not low.endswith(e.ending) or len(low) <= len(e.ending) + 2:
            continue
        rest = low[: -len(e.ending)]
        rx = implausible().get(e.convention)
        if e.after.search(rest) and not (rx is not None and rx.search(low)):
            found.append((e, rest + e.replace))
    return [(kind, e.language, stem) for kind in KINDS for e, stem in found if kind in e.kinds]


@given(
    st.text(alphabet="abdeijklmnorsuvyzšž", min_size=1, max_size=9),
    st.sampled_from(["", "as", "is", "us", "s", "o", "a", "e", "ys", "ius"]),
)
def test_stems_equal_a_scan_of_every_ending(start: str, end: str) -> None:
    from translit.names.endings import every_stem, may_have_stems

    token = (start + end).capitalize()
    expected = _stems_reference(token)
    for kind in KINDS:
        assert list(stems(token, kind)) == [(lang, s) for k, lang, s in expected if k == kind]
    assert list(every_stem(token)) == [(k, s) for k, _, s in expected]
    if expected:
        assert may_have_stems(token)
