"""Spellings capitalised only where sentences and lines begin (text/sentence_starts.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.mentions import find_mentions
from translit.text.sentence_starts import initial_mentions


def _initial(text: str) -> dict[str, int]:
    return initial_mentions(text, find_mentions(text, []))


def test_a_mention_begins_a_sentence_after_a_stop_or_at_a_line_s_start() -> None:
    assert _initial("Proyekhav dorogu.") == {"Proyekhav": 1}
    assert _initial("On ushel. Proyekhav dorogu.") == {"Proyekhav": 1}
    assert _initial("Ushel!\n— «Proyekhav»") == {"Proyekhav": 1}  # a dash and quotes between
    assert _initial("Pesnya:\n  Proyekhav dorogu") == {"Proyekhav": 1}  # a line of verse
    # inside a sentence: after a word, a comma, a colon
    assert _initial("On skazal Lukashenko, Lukashenko: Lukashenko.") == {}


_LINES = st.lists(
    st.sampled_from(
        [
            "Proyekhav dorogu.",
            "On skazal, Lukashenko ushel.",
            "Lukashenko. Priyekhav!",
            "— Kyiv",
            "",
        ]
    ),
    min_size=1,
    max_size=8,
)


@given(_LINES, st.data())
def test_the_counts_of_pieces_cut_at_line_breaks_add_up_to_the_whole(
    lines: list[str], data: st.DataObject
) -> None:
    # A piece of text ends at a line break (the command line reads files so): the start of a
    # piece is the start of a line, and the counts do not depend on where the pieces end.
    text = "\n".join(lines)
    cuts = sorted(data.draw(st.sets(st.integers(1, len(lines) - 1))) if len(lines) > 1 else [])
    pieces, start = [], 0
    for c in cuts:
        end = sum(len(x) + 1 for x in lines[:c])
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    total: dict[str, int] = {}
    for p in pieces:
        for spelling, n in _initial(p).items():
            total[spelling] = total.get(spelling, 0) + n
    assert total == _initial(text)


def test_words_capitalised_only_at_sentence_starts_never_merge() -> None:
    # Romanized Russian, which the function words take for Polish: two verbs with a surname's
    # ending, each capitalised only where a sentence begins.
    corpus = [
        "Proyekhav cherez les, on ostanovilsya. Tam byla reka.",
        "Priyekhav domoy, on leg spat. Utrom vse bylo tikho.",
    ]
    n = Normalizer(language="pl")
    assert list(n.discover(corpus)) == []
    # Written inside a sentence too, a capitalised spelling is a name, as before.
    corpus[1] += " O nikh pisali Proyekhav i Priyekhav."
    assert [sorted(v for v, _ in c.variants) for c in n.discover(corpus)] == [
        ["Priyekhav", "Proyekhav"]
    ]


def test_a_full_name_vouches_for_its_surname_at_a_sentence_start() -> None:
    text = (
        "Prezydent Białorusi Aleksandr Łukaszenka spotkał się z Putinem. "
        "Łukaszenko powiedział, że rozmowy były dobre."
    )
    assert Normalizer(language="pl")(text) == text.replace("Łukaszenko", "Łukaszenka")


def test_documents_whose_wordlist_knows_their_words_are_unaffected() -> None:
    text = "Lukashenko spoke. Lukashenko left. Lukashenka replied."
    assert Normalizer(language="en")(text) == text.replace("Lukashenka", "Lukashenko")


ROMANIZED = [
    "Proyekhav cherez les, on ostanovilsya.\nPriyekhav domoy, on leg spat.\n",
    "Lukashenko skazal. Aleksandr Lukashenka molchal.\nOtradnyy den. Otradnoy nochyu.\n",
    "Petrov skazal. Petrova net. Kto skazal Petrov?\n",
]


def test_clustering_in_blocks_keeps_the_evidence_with_its_spelling() -> None:
    n = Normalizer(language="pl")
    whole = n.discover(ROMANIZED)
    for blocks in (2, 3, 7):
        assert n.discover(ROMANIZED, blocks=blocks) == whole
    spellings = {sp for c in whole for sp, _ in c.variants}
    assert not spellings & {"Proyekhav", "Priyekhav", "Otradnyy", "Otradnoy"}
    assert {"Lukashenko", "Lukashenka"} <= spellings  # the full name vouches for its surname


def test_the_census_of_a_document_s_lines_is_the_census_of_the_document() -> None:
    n = Normalizer(language="pl")
    lines = "".join(ROMANIZED).splitlines(keepends=True)
    whole = n.census(["".join(lines)], document="d")
    by_line = n.census(lines, document="d")  # consecutive parts of one document

    def initial(census: object) -> dict[object, int]:
        return {e: t.mixed for e, t in census.tallies.items() if e.kind == "initial"}

    assert initial(whole) == initial(by_line) != {}
