"""--column and --field: each value one name, changed whole; every other byte kept."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.cli import textio
from translit.cli.csvcells import record_chunks, records, split_complete

from .util import read_report, run, set_stdin, write

NAMES = [
    "Aliaksandr Lukashenka",
    "Alexander Lukashenko",
    "Lukashenko",
    "Lukashenka",
    "LUKASHENKA",
    "Serhii Grabskyi",
    "Sergei Grabsky",
    "Grabskyi",
    "Lukashenko, Alexander",
    "John Smith",
    "",
]

TABLE = (
    "id,name,note\r\n"
    '1,Alexander Lukashenko,"Lukashenka, ""the"" leader"\r\n'
    '2,"Alexander Lukashenko",x\r\n'
    '3,Aliaksandr Lukashenka,"two\nlines, Lukashenka"\r\n'
    "4,Lukashenka,\r\n"
    '5,"Lukashenko, Alexander",y\r\n'
    "6,Lukashenko,z\r\n"
)


def test_only_the_cells_of_the_column_change_each_as_one_name(capsysbinary: Any) -> None:
    write("people.csv", TABLE)
    code, out, err = run(capsysbinary, "--column", "name", "people.csv")
    assert code == 0, err
    assert out.decode("utf-8") == (
        "id,name,note\r\n"
        '1,Alexander Lukashenko,"Lukashenka, ""the"" leader"\r\n'
        '2,"Alexander Lukashenko",x\r\n'
        '3,Alexander Lukashenko,"two\nlines, Lukashenka"\r\n'
        "4,Lukashenko,\r\n"
        '5,"Lukashenko, Alexander",y\r\n'
        "6,Lukashenko,z\r\n"
    )


def test_prose_mode_would_touch_the_other_columns(capsysbinary: Any) -> None:
    write("people.csv", TABLE)
    _, out, _ = run(capsysbinary, "people.csv")
    assert b'"Lukashenko, ""the"" leader"' in out  # (why --column exists)


def test_tsv_in_place_with_a_report(capsysbinary: Any) -> None:
    write("p.tsv", "name\tcomment\nGrabsky\tGrabsky, said\nGrabskyi\tok\nSerhii Grabskyi\t\n")
    code, _, err = run(capsysbinary, "--column", "name", "-i", "--report", "r.jsonl", "p.tsv")
    assert code == 0, err
    assert Path("p.tsv").read_text() == (
        "name\tcomment\nGrabskyi\tGrabsky, said\nGrabskyi\tok\nSerhii Grabskyi\t\n"
    )
    changes = [r for r in read_report("r.jsonl") if r["type"] == "change"]
    assert [(c["line"], c["original"], c["replacement"]) for c in changes] == [
        (2, "Grabsky", "Grabskyi")
    ]


def test_a_cell_that_must_be_quoted_after_the_change_is_quoted(capsysbinary: Any) -> None:
    from translit.cli.csvcells import encode

    assert encode("a,b", False, ",") == '"a,b"' and encode('x"y', True, ",") == '"x""y"'
    assert encode("Lukashenko", False, ",") == "Lukashenko"


def test_stdin_is_sniffed_and_a_missing_column_is_an_error(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = "id;who\n1;Lukashenka\n2;Lukashenko\n3;Lukashenko\n"
    write("t.csv", table)
    code, out, _ = run(capsysbinary, "--column", "who", "t.csv")
    assert code == 0 and out == b"id;who\n1;Lukashenko\n2;Lukashenko\n3;Lukashenko\n"
    set_stdin(monkeypatch, table.replace(";", "\t").encode())
    code, out, _ = run(capsysbinary, "--column", "who", "-")
    assert code == 0 and out == b"id\twho\n1\tLukashenko\n2\tLukashenko\n3\tLukashenko\n"
    write("u.csv", "id,name\n1,Lukashenka\n")
    code, _, err = run(capsysbinary, "--column", "who", "-i", "u.csv")
    assert code == 2
    assert "u.csv: no column 'who' in the header (columns: id, name)" in err
    assert Path("u.csv").read_text() == "id,name\n1,Lukashenka\n"


def test_json_lines_at_a_path_through_lists(capsysbinary: Any) -> None:
    lines = (
        '{"id": 1, "author": {"name": "Serhii Grabskyi"}, "text": "Grabsky said"}\r\n'
        '{"id":2,"author":{"name":"Sergei Grabsky"},"tags":["Grabsky"]}\n'
        "\n"
        '{"id":3,"author":[{"name":"Grabskyi"},{"name":"Grabsky"}],"t":"\\u0413"}\n'
        '{"id":4,"author":{"name":"Serhii Grabskyi"},"x":{"name":"Grabsky"}}\n'
        '{"id":5,"author":{"name":"\\u0413\\u0440\\u0430\\u0431\\u0441\\u043a\\u0438\\u0439"}}\n'
    )
    write("r.jsonl", lines)
    code, out, err = run(capsysbinary, "--field", "author.name", "r.jsonl")
    assert code == 0, err
    assert out.decode("utf-8") == lines.replace('"Sergei Grabsky"', '"Serhii Grabskyi"').replace(
        '{"name":"Grabsky"}]', '{"name":"Grabskyi"}]'
    )
    for a, b in zip(out.decode("utf-8").splitlines(), lines.splitlines()):
        assert (json.loads(a) if a else None) is not None or not b


def test_a_line_that_is_not_json_is_an_error(capsysbinary: Any) -> None:
    write("bad.jsonl", '{"a": "Lukashenka"}\nnot json\n')
    code, _, err = run(capsysbinary, "--field", "a", "--check", "bad.jsonl")
    assert code == 2 and "bad.jsonl: line 2 is not a JSON value" in err


@pytest.mark.parametrize(
    "args",
    [
        ("--column", "a", "--field", "b"),
        ("--column", "a", "--no-names", "--transliterate", "ru"),
        ("--field", "a..b"),
    ],
)
def test_usage_errors(capsysbinary: Any, args: tuple[str, ...]) -> None:
    write("x.csv", "a\n")
    code, _, err = run(capsysbinary, *args, "x.csv")
    assert code == 2 and "error" in err


# -- any table, any chunking ------------------------------------------------------------------

cells = st.one_of(
    st.sampled_from(NAMES),
    st.text(alphabet='ab ,"\n;', max_size=8),  # (a lone CR unquoted: not CSV)
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, str]:
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    rows = draw(st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=12))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline, quoting=draw(
        st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))  # fmt: skip
    writer.writerow(["note", "name", "other"])
    writer.writerows(rows)
    return buffer.getvalue(), newline


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tables(), st.integers(8, 64))
def test_other_cells_keep_their_bytes_whatever_the_chunks(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, table: tuple[str, str], chunk: int
) -> None:
    text, newline = table
    write("t.csv", text)
    _, whole, _ = run(capsysbinary, "--column", "name", "t.csv")
    monkeypatch.setattr(textio, "CHUNK_BYTES", chunk)
    code, cut, err = run(capsysbinary, "--column", "name", "t.csv")
    assert code == 0, err
    assert cut == whole
    before = list(csv.reader(io.StringIO(text, newline="")))
    after = list(csv.reader(io.StringIO(whole.decode("utf-8"), newline="")))
    assert [(r[0], r[2]) for r in after] == [(r[0], r[2]) for r in before]
    assert whole.count(newline.encode()) == text.count(newline)
    # A changed cell was one name, and is now the canonical form of its cluster, whole.
    _, found, _ = run(capsysbinary, "--column", "name", "--discover", "t.csv")
    canonical = {
        v["spelling"].casefold(): c["canonical"].casefold()
        for c in map(json.loads, found.decode("utf-8").splitlines())
        for v in c["variants"]
    }
    for b, a in zip(before, after):
        assert a[1] == b[1] or canonical[b[1].casefold()] == a[1].casefold()


@settings(max_examples=60, deadline=None)
@given(tables(), st.lists(st.integers(1, 30), max_size=6))
def test_records_are_read_as_the_csv_module_reads_them(
    table: tuple[str, str], cuts: list[int]
) -> None:
    text, _ = table
    expected = list(csv.reader(io.StringIO(text, newline="")))
    assert [[f.value for f in r] for r in records(text, ",")] == expected
    pieces, pos = [], 0
    for c in cuts:
        pieces.append(text[pos : pos + c])
        pos += c
    pieces.append(text[pos:])
    recut = list(record_chunks([p for p in pieces if p], ","))
    assert "".join(recut) == text
    for piece in recut[:-1]:
        assert split_complete(piece, ",") == len(piece)
    assert [[f.value for f in r] for p in recut for r in records(p, ",")] == expected
