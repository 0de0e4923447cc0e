"""Place names that name a ship or a namesake abroad (text/namesakes.py)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import translit.text.namesakes as ns
from translit import Normalizer
from translit.names._data import DataError
from translit.text.mentions import find_mentions

# The city, spelled one way by most of a corpus and another way by a few of its texts.
_CITY = [
    "Moscow said the talks had failed. Officials in Moscow said so again.",
    "The Kremlin in Moscow denied it. Moscow is calm.",
]


def _normalized(texts: list[str]) -> list[str]:
    n = Normalizer()
    corpus = n.with_clusters(n.discover(texts))
    return [corpus(t) for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        "The cruiser Moskva sank in the Black Sea after it was hit.",
        'Ukraine said the flagship "Moskva" was hit by two missiles.',
        "Satellite images showed RFS Moskva listing.",
        "Der Kreuzer „Moskwa“ sank. Das Flaggschiff Moskwa war getroffen.",
        "Le croiseur Moskva a coulé.",
        "El crucero Moskvá se hundió.",
    ],
)
def test_a_ship_keeps_its_name_where_the_corpus_writes_the_city_otherwise(text: str) -> None:
    out = _normalized([*_CITY, text])
    assert out[-1].count("Moscow") == text.count("Moscow")
    assert out[:-1] == _CITY


def test_the_city_is_still_unified_beside_a_ship_of_its_name() -> None:
    text = "The cruiser Moskva sank. Officials in Moskva denied it."
    out = _normalized([*_CITY, text])
    assert out[-1] == "The cruiser Moskva sank. Officials in Moscow denied it."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police in Odessa, Texas, said a gunman shot seven people.", "Odessa"),
        ("A storm hit Odessa, Tex., on Monday.", "Odessa"),
        ("Mail to ODESSA, TX 79761 was late.", "ODESSA"),
        ("Students at the university in Moscow, Idaho, were killed.", "Moscow"),
        ("Odessa (Ontario) is a village near Kingston.", "Odessa"),
    ],
)
def test_a_namesake_abroad_keeps_its_name(text: str, kept: str) -> None:
    ukraine = ["Odesa was shelled again. The port of Odesa is open. Odesa's mayor spoke."]
    moscow = ["Moskva said no. Officials in Moskva agreed. Moskva again."]
    out = _normalized([*ukraine, *moscow, text])
    assert kept in out[-1]
    assert out[-1] == text


def test_a_list_of_capitals_is_no_apposition() -> None:
    texts = ["Kyiv said no. Officials in Kyiv agreed. Kyiv again.", "Officials in Kiev met."]
    texts.append("Officials in Kiev, Washington and Brussels met.")
    out = _normalized(texts)
    assert out[2] == "Officials in Kyiv, Washington and Brussels met."


def test_georgia_is_the_country() -> None:
    text = "Tbilisi, Georgia, and Kiev, Georgia? No: Kiev, Ukraine."
    assert ns.namesake(text, 0, 7) is None
    assert ns.namesake(text, 22, 26) is None


def test_a_two_letter_code_counts_only_where_an_address_writes_it() -> None:
    # In capitals, ON and IN are words: a headline is no address.
    assert ns.namesake("MOSCOW, ON MONDAY, SAID", 0, 6) is None
    assert ns.namesake("MOSCOW, IN TALKS", 0, 6) is None
    assert ns.namesake("Moscow, ID 83843", 0, 6) == "a namesake abroad (Moscow, ID)"
    assert ns.namesake("Moscow, ID.", 0, 6) == "a namesake abroad (Moscow, ID)"


def test_signs_are_read_on_the_mention_s_own_line() -> None:
    assert ns.namesake("the cruiser\nMoskva sank", 12, 18) is None
    assert ns.namesake("Odessa,\nTexas", 0, 6) is None
    assert ns.namesake("a cruiser: Moskva", 11, 17) is None  # a colon is no quote


def test_the_dropped_mention_is_reported_as_skipped_with_its_reason() -> None:
    skips = Normalizer().skipped("The cruiser Moskva sank. Police in Odessa, Texas, said.")
    reasons = {s.text: s.reason for s in skips}
    assert reasons["Moskva"] == "a ship's name (after 'cruiser')"
    assert reasons["Odessa"] == "a namesake abroad (Odessa, Texas)"


def test_a_ship_s_name_counts_for_nothing_in_the_census() -> None:
    # Many mentions of the ship do not make Moskva the city's spelling.
    ships = ["The cruiser Moskva sank. The flagship Moskva burned. Cruiser Moskva, again."] * 5
    out = _normalized([*ships, "Officials in Moskva said no.", "Moscow said yes. Moscow, too."])
    assert out[-2] == "Officials in Moscow said no."


@given(
    st.sampled_from(["Moskva", "Odessa", "Kiev", "Kharkov", "Lvov"]),
    st.sampled_from(["cruiser", "ship", "warship", "Kreuzer", "croiseur", "крейсер", "MV"]),
    st.sampled_from(["", '"', "«", "„"]),
)
def test_no_place_after_a_vessel_word_is_a_mention(place: str, vessel: str, quote: str) -> None:
    text = f"Yesterday the {vessel} {quote}{place} left port."
    assert all(m.kind != "place" for m in find_mentions(text, []))


def _write(tmp_path, data: dict) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "text"
    folder.mkdir()
    (folder / "namesakes.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"vessel_words": {"en": ["Cruiser"]}}, "not in lower case"),
        ({"vessel_words": {"en": []}}, "non-empty list"),
        ({"ship_prefixes": ["Rfs"]}, "capitals"),
        ({"regions": {"us": ["Texas "]}}, "outer spaces"),
        ({"regions": None}, "wrong type"),
    ],
)
def test_a_malformed_data_file_names_the_file(
    change: dict, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = {
        "vessel_words": {"en": ["cruiser"]},
        "ship_prefixes": ["RFS"],
        "regions": {"us": ["Texas"]},
    }
    monkeypatch.setattr(ns, "read_json", lambda name: {**good, **change})
    ns.signs.cache_clear()
    try:
        with pytest.raises(DataError, match=r"data/text/namesakes\.json.*" + message):
            ns.signs()
    finally:
        ns.signs.cache_clear()
