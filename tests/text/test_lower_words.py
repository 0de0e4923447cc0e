"""Lower-case words as evidence that a capitalised spelling is a word (``text/lower_words.py``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.lower_words import counts_lower_words, lower_words

# Russian in Latin letters, which the function words take for a Slavic language written in
# Latin letters (here given as Polish, as document_language tells it).
PROSE = (
    "Slova byli tyazhely. Kto skazal eti slova? Slava prishla k nemu pozdno.\n"
    "Slova ne pomogli. Lukashenko skazal, a Lukashenka molchal. Potom Lukashenko ushel.\n"
    "Ob etom pisali Slava i Slova.\n"
)


def test_a_capitalised_word_also_written_in_lower_case_is_no_name_to_unify() -> None:
    n = Normalizer(language="pl")
    out = n(PROSE)
    assert "Slava prishla" in out  # not made Slova, which is a word of the text
    assert "Lukashenka" not in out  # the names are still unified
    # Without "slova" in lower case, Slova and Slava (both capitalised inside a sentence too,
    # text/sentence_starts.py) are spellings of one name to the matcher.
    assert "Slava" not in n(PROSE.replace("eti slova", "eti veshchi"))


def test_only_documents_whose_wordlist_may_not_know_their_words_count_them() -> None:
    assert counts_lower_words("pl") and counts_lower_words("hr") and counts_lower_words("cs")
    assert not counts_lower_words("en") and not counts_lower_words("ru")
    census = Normalizer(language="en").census([PROSE])
    assert not any(e.kind == "lower" for e in census.tallies)


def test_the_words_counted_are_those_that_could_be_surname_like() -> None:
    found = lower_words("slova, the rivers and petrova; kto-to isn't slova; ivanov-petrov")
    # a hyphenated word is whole, as the mentions read it (Kto-to at a sentence's start)
    assert found == {"Slova": 2, "Petrova": 1, "Ivanov-petrov": 1}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, len(PROSE.splitlines()) - 1), min_size=1, max_size=8))
def test_the_counts_add_up_however_a_document_is_cut_into_chunks(order: list[int]) -> None:
    lines = [PROSE.splitlines(keepends=True)[i] for i in [0, *order]]
    n = Normalizer(language="pl")
    whole = n.census(["".join(lines)], document="d")
    by_line = n.census(lines, document="d")  # consecutive parts of one document

    def lower(census: object) -> dict[object, tuple[int, tuple[str, int]]]:
        return {e: (t.mixed, t.first) for e, t in census.tallies.items() if e.kind == "lower"}

    assert lower(whole) == lower(by_line)
    assert lower(whole)


def test_clustering_in_blocks_keeps_the_evidence_with_its_spelling() -> None:
    docs = [PROSE, "Slava bogu. Slova i slova.", "Petrov skazal. Petrova net.", PROSE.upper()]
    n = Normalizer(language="pl")
    whole = n.discover(docs)
    assert n.discover(docs, blocks=5) == whole
    assert "Slova" not in {sp for c in whole for sp, _ in c.variants}


def test_a_place_and_the_lower_case_word_spelled_so_are_clustered_in_one_block() -> None:
    # Jakaja, Jakija and Yakaia read as forms of a place of the table; jakaja is a word.
    docs = [
        "Jakaja noch byla. Jakija zima prishla. Yakaia vesna. Kto skazal jakaja?",
        "Jakija zima. Jakaja noch. Jakija opyat. Lukashenko i Lukashenka.",
    ]
    n = Normalizer(language="pl")
    whole = n.discover(docs)
    assert "Jakaja" not in {sp for c in whole for sp, _ in c.variants}
    for blocks in (2, 3, 7):
        assert n.discover(docs, blocks=blocks) == whole


def test_a_lower_case_word_is_whole_across_its_apostrophes() -> None:
    # the soft sign of romanized Russian: neskol’ko is one word, as the mentions read it
    assert lower_words("Naskol’ko? Neskol’ko raz, neskol’ko dney.") == {"Neskol’ko": 1}
    assert lower_words("sil’nyy veter") == {"Sil’nyy": 1}
