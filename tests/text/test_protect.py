"""Protected spans: machine text that is never rewritten and never counted."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.text import protect
from translit.text.protect import ProtectState, protected_spans


def spans_of(text: str) -> list[str]:
    spans, _ = protected_spans(text)
    return [text[s:e] for s, e in spans]


def test_urls_emails_handles_and_hashtags() -> None:
    text = (
        "See https://x.org/Zelensky, www.kyiv.ua/Lukashenka. "
        "Mail a.Lukashenko@x.org @Zelensky #Kyiv"
    )
    assert spans_of(text) == [
        "https://x.org/Zelensky",
        "www.kyiv.ua/Lukashenka",
        "a.Lukashenko@x.org",
        "@Zelensky",
        "#Kyiv",
    ]


def test_paths() -> None:
    text = "Files /srv/Lukashenka/notes.txt, C:\\Users\\Lukashenka\\a.doc and notes/Kyiv.md here."
    assert spans_of(text) == [
        "/srv/Lukashenka/notes.txt",
        "C:\\Users\\Lukashenka\\a.doc",
        "notes/Kyiv.md",
    ]


def test_markdown_code_fences_and_link_targets() -> None:
    text = (
        "Run `Lukashenka()` now.\n"
        "```python\nLukashenka = 1\n```\n"
        "[Lukashenka](https://x.org/Lukashenka) and [ref]: http://y.org/Kyiv\n"
        "[label]: /wiki/Lukashenka\n"
    )
    got = spans_of(text)
    assert "`Lukashenka()`" in got
    assert "```python\nLukashenka = 1\n```" in got
    assert "](https://x.org/Lukashenka)" in got
    assert any(s.startswith("[label]: /wiki/Lukashenka") for s in got)
    assert "[Lukashenka" not in "".join(got)  # the link text is prose


def test_a_backtick_between_letters_is_an_apostrophe() -> None:
    # Ukrainian text often writes its apostrophe as a backtick (п`ять, вип`ю); two of them on
    # a line opened a code span, and the words between were neither counted nor transliterated.
    assert spans_of("Вип`ю чарку, вип`ю другу, п`ять разів.") == []
    assert spans_of("He didn`t see O`Brien`s car.") == []
    # Code spans start and end at a word's edge, and may hold such a backtick.
    assert spans_of("Він сказав `run()` і п`ять.") == ["`run()`"]
    assert spans_of("Call `O`Brien()` now.") == ["`O`Brien()`"]
    assert spans_of("Write ``a`b`` here.") == ["``a`b``"]


def test_transliteration_reaches_words_between_backtick_apostrophes() -> None:
    import translit

    text = "Вип`ю чарку, вип`ю другу."
    assert translit.Normalizer(transliterate="uk")(text) == translit.transliterate(text, "uk")


def test_html_tags_attributes_script_style_comments() -> None:
    text = (
        '<p title="Lukashenka">Lukashenka</p><script>var Lukashenka;</script>'
        "<style>.Lukashenka{}</style><!-- Lukashenka -->"
    )
    got = spans_of(text)
    assert '<p title="Lukashenka">' in got
    assert "<script>var Lukashenka;</script>" in got
    assert "<style>.Lukashenka{}</style>" in got
    assert "<!-- Lukashenka -->" in got
    visible = text.index(">Lukashenka<") + 1
    spans, _ = protected_spans(text)
    assert not any(s <= visible < e for s, e in spans)  # the element's text is prose


def test_json_keys_but_not_values() -> None:
    text = '{"Lukashenka": "Lukashenka met Putin", "name": "Kyiv"}'
    assert spans_of(text) == ['"Lukashenka"', '"name"']


def test_a_fence_open_at_the_end_of_a_chunk_stays_open() -> None:
    first = "Prose.\n```\nLukashenka\n"
    second = "Lukashenko\n```\nLukashenka again\n"
    spans1, state = protected_spans(first)
    assert state != ProtectState()
    assert first[spans1[-1].start :].startswith("```")
    spans2, state2 = protected_spans(second, state)
    assert state2 == ProtectState()
    assert second[spans2[0].start : spans2[0].end] == "Lukashenko\n```"


PIECES = st.sampled_from(
    [
        "Lukashenka",
        " ",
        "\n",
        "`",
        "```",
        "<b>",
        "</b>",
        "https://x.org/a",
        "@x",
        '"k":',
        "[a](b)",
        "~~~",
        "<!--",
        "-->",
        "<script>",
        "</script>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=4), max_size=30))
def test_line_chunks_give_the_same_spans_as_the_whole(parts: list[str]) -> None:
    text = "".join(parts)
    whole, _ = protected_spans(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(whole)), "sorted and disjoint"
    assert all(0 <= s.start < s.end <= len(text) for s in whole)
    lines = [line for line in re.split(r"(?<=\n)", text) if line]
    if any("<" in line and ">" not in line.split("<")[-1] for line in lines):
        return  # a tag written across lines is only found in the whole text
    state = ProtectState()
    offset = 0
    chunked: list[tuple[int, int]] = []
    for line in lines:  # the CLI reads files in chunks that end at a line break
        spans, state = protected_spans(line, state)
        chunked += [(s.start + offset, s.end + offset) for s in spans]
        offset += len(line)
    covered = {i for s, e in whole for i in range(s, e)}
    assert {i for s, e in chunked for i in range(s, e)} == covered


QUOTED = st.sampled_from(
    [
        '"',
        '":',
        '" :',
        '\\"',
        "\\",
        "Ab",
        " ",
        "   ",
        "\n",
        "\t",
        ":",
        "[",
        "]",
        "`",
        "```",
        '<a href="x">',
        '[a]: "t"',
        '[a](b "t")',
        'http://x.org/"',
        "www.x",
        "x@y.z",
        "./a",
        "n/k.md",
        "<!--",
        "-->",
        "~~~",
        '{"k": 1}',
    ]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(QUOTED | PIECES | st.text(max_size=3), max_size=30),
    st.sampled_from(["", "-->", "fence:```", "</script>"]),
)
def test_quotes_trigger_a_search_only_where_a_json_key_starts(parts: list[str], open_: str) -> None:
    # The fast scan looks at a double quote only where a JSON key may start; the reference
    # tries every pattern at every quote. Their spans and states are the same.
    text = "".join(parts)
    state = ProtectState(open_)
    assert protect._scan(text, state, protect._TRIGGERS) == protect._scan(
        text, state, protect._EVERY_TRIGGER
    )
