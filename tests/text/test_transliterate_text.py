"""Transliteration inside the normalizer: ``"auto"`` decides as ``transliterate(text, "auto")``."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit._unicode import APOSTROPHE_CLASS
from translit.text.candidates import is_source_script
from translit.text.mentions import find_mentions
from translit.text.protect import Span, protected_spans
from translit.text.rewrite import Change
from translit.text.transliterate_text import (
    _transliterated,
    as_latin,
    scheme_at,
    with_transliteration,
)

# Lower-case words (so no name mentions, no name changes) of the three languages, most of them
# without a letter only one language writes: read alone, such a word cannot tell its language.
_WORDS = {
    "ru": "я не знаю где он был вчера тихо друга богу нас ночи мой твой".split(),
    "uk": "я не знаю де він був учора тихо друга богу нас ночі мій твій як п`ять".split(),
    "be": "я не ведаю дзе ён быў учора ціха сябра богу нас ночы мой твой як".split(),
}


_CAPITALISED = ["Лукашэнка", "Лукашэнку", "Лукашенко", "Самойленка", "Петербург", "Петербурге"]


def _sentences(lang: str) -> st.SearchStrategy[str]:
    word = st.sampled_from(_WORDS[lang]) | st.sampled_from(_WORDS[lang]).map(str.capitalize)
    words = st.lists(word | st.sampled_from(_CAPITALISED), min_size=3, max_size=8)
    return words.map(lambda ws: " ".join(ws) + st_end(ws))


def st_end(words: list[str]) -> str:
    return "." if len(words) % 2 else ",\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(sorted(_WORDS)).flatmap(_sentences), min_size=1, max_size=6))
def test_auto_decides_each_word_as_transliterate_does(sentences: list[str]) -> None:
    text = " ".join(sentences)
    assert translit.Normalizer(transliterate="auto")(text) == translit.transliterate(text, "auto")


def test_auto_reads_a_word_in_the_language_of_its_sentence() -> None:
    # Read alone, each of these words was taken for another language: не, я and мой have no
    # letter Belarusian alone writes, богу and тихо none Russian alone writes.
    n = translit.Normalizer(transliterate="auto")
    assert n("Я не ведаю, дзе ён быў.") == "Ja nie viedaju, dzie jon byŭ."
    russian = "Слава богу, здесь было тихо, и никто ничего не сказал."
    assert n(russian) == "Slava bogu, zdes’ bylo tikho, i nikto nichego ne skazal."
    assert n("Слава богу, тут тихо, як і було.") == "Slava bohu, tut tykho, yak i bulo."


def test_a_named_standard_is_one_standard_everywhere() -> None:
    at = scheme_at("Я не ведаю. Учора він був тут.", "uk")
    assert {at(i) for i in range(30)} == {"uk"}


def test_scheme_at_follows_the_language_of_each_sentence() -> None:
    text = "Я не ведаю, дзе ён. Вчера он был тут. Учора він був тут."
    at = scheme_at(text, "auto")
    assert at(0) == at(text.index("ён")) == "be-national-2007"
    assert at(text.index("Вчера")) == at(text.index("тут")) == "ru-bgn-pcgn"
    assert at(text.index("він")) == "uk-kmu-2010"
    assert scheme_at("No Cyrillic here", "auto")(3) == "auto"


def test_greek_in_a_cyrillic_sentence_is_written_latin_too() -> None:
    text = "Он сказал слово λόγος вчера."
    out = translit.Normalizer(transliterate="auto")(text)
    assert out == translit.transliterate(text, "auto")


def _mention_spellings(text: str, scheme: str = "auto") -> list[str]:
    spans, _ = protected_spans(text)
    return [m.spelling for m in as_latin(find_mentions(text, spans), scheme, text)]


def test_as_latin_reads_a_native_name_among_latin_words() -> None:
    text = "Officials in Минск said Лукашенко would meet the press."
    assert _mention_spellings(text, "ru") == ["Minsk", "Lukashenko"]
    # "auto": each word under the standard of its place (Григоренко alone reads Ukrainian)
    assert "Hryhorenko" in _mention_spellings("The court heard Григоренко on Monday.")


def test_as_latin_leaves_the_words_of_native_text_native() -> None:
    # Sentences' first words and names in their cases are no spelling variants of a name.
    for text in (
        "Вчера Григоренко сказал, что ничего не знает.",
        "Слова былі цяжкія. Слава пра гэта ішла, і ў Петербурге, і ў Петербург.",
    ):
        spans, _ = protected_spans(text)
        mentions = find_mentions(text, spans)
        assert as_latin(mentions, "auto", text) == mentions


def test_native_text_is_transliterated_as_transliterate_does() -> None:
    # The first words of Belarusian sentences were read as Latin surnames and merged
    # (Слова -> Slava, Садзіць -> Siadzić), a name's cases made one (Петербурге).
    text = (
        "Слова былі цяжкія. Слава нашай зямлі. Садзіць бульбу. Сядзіць дома.\n"
        "Мы былі ў Петербурге. Петербург вялікі. У Самойленка хата. Самойленко прыйшоў."
    )
    for scheme in ("be", "auto"):
        assert translit.Normalizer(transliterate=scheme)(text) == translit.transliterate(
            text, scheme
        )


def _plain_with_transliteration(
    text: str, spans: list[Span], changes: list[Change], scheme: str
) -> list[Change]:
    """The reference: each source-script word, unless it overlaps a change or a protected
    span, under the standard :func:`scheme_at` gives at its start."""
    standard = scheme_at(text, scheme)
    taken = [(c.start, c.end) for c in changes] + [(s.start, s.end) for s in spans]
    out = list(changes)
    for m in regex.finditer(rf"[\p{{L}}\p{{M}}]+(?:{APOSTROPHE_CLASS}[\p{{L}}\p{{M}}]+)*", text):
        s, e = m.span()
        if not is_source_script(m.group()) or any(a < e and s < b for a, b in taken):
            continue
        new = _transliterated(m.group(), standard(s), scheme)
        if new != m.group():
            out.append(Change(s, e, m.group(), new, new))
    return sorted(out, key=lambda c: c.start)


_NAMES_AND_OTHERS = ["Лукашэнка", "λόγος", "Lukashenka", "вип'ю", "п`ять", "`"]
_BETWEEN = [" ", " ", ". ", ", ", "\n", "-", "1"]
_PIECES = st.sampled_from(
    [*_WORDS["ru"], *_WORDS["uk"], *_WORDS["be"], *_NAMES_AND_OTHERS, *_BETWEEN]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=30).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.booleans()), max_size=4),
    st.sampled_from(["auto", "ru", "be"]),
)
def test_the_walk_gives_what_the_plain_loop_gives(
    text: str, cuts: list[tuple[int, int, bool]], scheme: str
) -> None:
    # Taken spans that start at a word's edge (where being off by one shows) or anywhere;
    # some of them changes, the others protected spans, and they may overlap.
    edges = sorted({i for m in regex.finditer(r"[\p{L}\p{M}]+", text) for i in m.span()})
    taken = []
    for i, n, at_edge in cuts:
        a = edges[i % len(edges)] if at_edge and edges else i
        if a < len(text):
            taken.append((a, min(a + n, len(text))))
    spans = [Span(a, b) for a, b in taken[::2]]
    changes = sorted((Change(a, b, "", "", "") for a, b in taken[1::2]), key=lambda c: c.start)
    got = with_transliteration(text, spans, changes, scheme)
    assert [(c.start, c.end, c.replacement) for c in got] == [
        (c.start, c.end, c.replacement)
        for c in _plain_with_transliteration(text, spans, changes, scheme)
    ]


def test_a_change_under_auto_names_the_standard_it_used() -> None:
    text = "Я не ведаю, дзе ён. Вчера он был тут. Λόγος."
    reasons = {
        c.original: c.reason for c in translit.Normalizer(transliterate="auto").explain(text)
    }
    assert reasons["ведаю"] == "transliterated under be-national-2007 (auto)"
    assert reasons["Вчера"] == "transliterated under ru-bgn-pcgn (auto)"
    assert reasons["Λόγος"] == "transliterated under auto"
    ru = translit.Normalizer(transliterate="ru").explain("Вчера он был тут.")
    assert {c.reason for c in ru} == {"transliterated under ru"}


def test_a_native_clusters_form_is_written_latin_too() -> None:
    # Горбачев takes its cluster's form Горбачёв, and that form is transliterated like the
    # words around it (it was left in Cyrillic).
    text = "Горбачёв пришёл. Потом Горбачев ушёл. Горбачёв вернулся."
    out = translit.Normalizer(transliterate="ru")(text)
    assert out == "Gorbachëv prishël. Potom Gorbachëv ushël. Gorbachëv vernulsya."


def test_a_native_spelling_counted_among_latin_words_elsewhere_comes_out_one_way() -> None:
    # Лукашенко in a Russian sentence is the spelling counted as Lukashenko elsewhere: it takes
    # that cluster's form. Слова reads Slova, which no Latin spelling is: it stays as written.
    n = translit.Normalizer(transliterate="ru")
    text = (
        "Лукашенко встретился с Путиным.\n"
        "Lukashenka said. Lukashenka agreed. Lukashenka left. Лукашенко, Lukashenko said."
    )
    # (the second Лукашенко stands among English words and counts: Lukashenka 3 against 2)
    one_way = (
        "Lukashenka vstretilsya s Putinym.\n"
        "Lukashenka said. Lukashenka agreed. Lukashenka left. Lukashenka, Lukashenka said."
    )
    assert n(text) == one_way
    text = "Слова были тяжелы. Officials said Slava and Slava."
    assert n(text) == "Slova byli tyazhely. Officials said Slava and Slava."


_NO_MACHINE_TEXT = st.text(
    alphabet=st.sampled_from(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўАБВГЛМНПСТЎЇІЁαβγδλΩაბგabcLK'’ .,!?…\n-—«»"
    )
)


@settings(max_examples=200, deadline=None)
@given(_NO_MACHINE_TEXT)
def test_auto_leaves_no_letter_of_a_source_script(text: str) -> None:
    # (no protected span can start in this alphabet: every word is the normalizer's to write)
    out = translit.Normalizer(transliterate="auto")(text)
    assert not is_source_script(out), out
