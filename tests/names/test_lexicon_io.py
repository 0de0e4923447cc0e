"""Reading lexicon files: every format, every malformation named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translit.names.lexicon import Lexicon, LexiconError
from translit.names.lexicon_io import FIELD_LIMIT, read_entries


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_plain_text_with_variants_and_comments(tmp_path: Path) -> None:
    path = write(
        tmp_path / "names.txt",
        "# places\nKyiv | Kiev | Київ  # the capital\n\n  Minsk\n\nKharkiv||Kharkov|\n",
    )
    entries = read_entries(path)
    assert [(e.canonical, e.variants, e.line) for e in entries] == [
        ("Kyiv", ("Kiev", "Київ"), 2),
        ("Minsk", (), 4),
        ("Kharkiv", ("Kharkov",), 6),
    ]


def test_plain_text_line_without_a_canonical_name(tmp_path: Path) -> None:
    path = write(tmp_path / "names.txt", "Kyiv\n| Kiev\n")
    with pytest.raises(LexiconError, match=r"names\.txt:2: no canonical name before '\|'"):
        Lexicon.from_file(path)


def test_csv_records_spanning_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path / "names.csv",
        "# a comment before the header\n\ncanonical,variants,native,lang\n"
        '"Kyiv","Kiev|\n\n# not a comment|Kijów",Київ,uk\n'
        "\n# a comment between records\n"
        "Minsk,,,\n",
    )
    entries = read_entries(path)
    assert [(e.canonical, e.variants, e.native, e.lang, e.line) for e in entries] == [
        ("Kyiv", ("Kiev", "# not a comment", "Kijów"), "Київ", "uk", 4),
        ("Minsk", (), None, None, 9),
    ]


def test_csv_errors_name_the_record_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", 'canonical,variants\nKyiv,"Kiev\n\nKijow"\nA,B,C\n')
    with pytest.raises(LexiconError, match=r"bad\.csv:5: expected 2 columns, found 3"):
        read_entries(path)


def test_csv_field_limit(tmp_path: Path) -> None:
    ok = write(tmp_path / "ok.csv", "canonical,variants\nKyiv," + "x" * (FIELD_LIMIT - 10) + "\n")
    assert len(read_entries(ok)) == 1
    bad = write(tmp_path / "bad.csv", "canonical\n\n" + "x" * (FIELD_LIMIT + 1) + "\n")
    with pytest.raises(LexiconError, match=rf"bad\.csv:3: a field longer than {FIELD_LIMIT}"):
        read_entries(bad)


@pytest.mark.parametrize("name", ["names.csv", "names.tsv", "names.json", "names.txt"])
def test_a_utf8_bom_is_ignored(tmp_path: Path, name: str) -> None:
    body = {
        "names.csv": "canonical\nKyiv\n",
        "names.tsv": "canonical\tlang\nKyiv\tuk\n",
        "names.json": '["Kyiv"]',
        "names.txt": "Kyiv\n",
    }[name]
    entries = read_entries(write(tmp_path / name, "\ufeff" + body))
    assert [e.canonical for e in entries] == ["Kyiv"]


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    path = write(tmp_path / "names.txt", b"Kyiv\nMi\xffnsk\n")
    with pytest.raises(LexiconError, match=r"names\.txt:2:3: invalid UTF-8 byte 0xff"):
        read_entries(path)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ([{"canonical": 5}], r"x\.json:1: \$\[0\]\.canonical: expected a string, found a number"),
        ([{"native": "Київ"}], r"\$\[0\]: an object without 'canonical'"),
        ([{"canonical": "Kyiv", "variants": {"a": 1}}], r"\$\[0\]\.variants: expected a list"),
        ([{"canonical": "Kyiv", "variants": ["Kiev", None]}], r"\$\[0\]\.variants\[1\]: .* null"),
        ([{"canonical": "Kyiv", "lang": ["uk"]}], r"\$\[0\]\.lang: expected a string, .* list"),
        ({"entries": ["Kyiv", True]}, r"\$\.entries\[1\]: expected a name .* found a boolean"),
        ({"entries": [" "]}, r"\$\.entries\[0\]: empty canonical name"),
        ({"names": []}, r"x\.json: expected a list of names or an object with 'entries'"),
    ],
)
def test_json_errors_give_line_and_path(tmp_path: Path, payload: object, message: str) -> None:
    path = write(tmp_path / "x.json", json.dumps(payload))
    with pytest.raises(LexiconError, match=message):
        read_entries(path)


def test_json_lines_of_entries(tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.json",
        '{\n "entries": [\n  "Kyiv",\n  {"canonical": "Minsk",\n   "variants": "Miensk|Mińsk"},'
        '\n  "Pinsk"\n ]\n}\n',
    )
    entries = read_entries(path)
    assert [(e.canonical, e.variants, e.line) for e in entries] == [
        ("Kyiv", (), 3),
        ("Minsk", ("Miensk", "Mińsk"), 4),
        ("Pinsk", (), 6),
    ]


def test_json_nested_too_deep(tmp_path: Path) -> None:
    path = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    with pytest.raises(LexiconError, match=r"deep\.json: nested more than \d+ levels deep"):
        read_entries(path)
