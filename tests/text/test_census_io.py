"""A census saves, loads and pickles as itself; a damaged file is refused, naming file and line."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from translit import Census, Normalizer
from translit.text.file_format import FormatError

from .strategies import corpora


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpora)
def test_save_load_and_pickle_give_the_same_census(tmp_path: Path, docs: list[str]) -> None:
    census = Normalizer().census(docs)
    for name in ("c.jsonl", "c.jsonl.gz"):
        census.save(tmp_path / name)
        assert Census.load(tmp_path / name) == census
    assert pickle.loads(pickle.dumps(census)) == census


def test_parts_saved_apart_add_up_to_the_whole(tmp_path: Path) -> None:
    docs = ["Lukashenko spoke.", "Lukashenka replied. LUKASHENKA left.", "Zelensky, Zelenskyy."]
    n = Normalizer(language="en")
    for i, d in enumerate(docs):
        n.census([d]).save(tmp_path / f"{i}.jsonl")
    total = Census()
    for i in range(len(docs)):
        total.update(Census.load(tmp_path / f"{i}.jsonl"))
    assert total == n.census(docs)
    assert n.discover(total) == n.discover(docs)


def test_the_format_is_documented_and_stable(tmp_path: Path) -> None:
    census = Normalizer(language="en").census(["Lukashenka spoke. LUKASHENKA left."], document="a")
    census.save(tmp_path / "c.jsonl")
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"format": "translit-census", "version": 4, "count": 1}
    assert json.loads(lines[1]) == ["en", "surname", "Lukashenka", 1, 1, "a", 0]
    census.save(tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "c.jsonl").read_bytes()


def test_version_2_keeps_who_carries_a_surname(tmp_path: Path) -> None:
    census = Normalizer(language="en").census(["The economist Kenneth Rogoff spoke."], document="a")
    census.save(tmp_path / "c.jsonl")
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[1]) == ["en", "surname", "Rogoff", 1, 0, "a", 22]
    assert json.loads(lines[2]) == ["en", "unlisted", "Kenneth Rogoff", 1, 0, "a", 14]
    assert Census.load(tmp_path / "c.jsonl") == census


def test_a_version_1_file_still_loads(tmp_path: Path) -> None:
    (tmp_path / "old.jsonl").write_text(
        '{"format": "translit-census", "version": 1, "count": 1}\n'
        '["en","surname","Lukashenka",1,1,"a",0]\n',
        encoding="utf-8",
    )
    assert len(Census.load(tmp_path / "old.jsonl")) == 1


HEADER = '{"format": "translit-census", "version": 1, "count": 1}\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", r"c\.jsonl:1: not a translit-census file"),
        ('{"format": "translit-discovery", "version": 1, "count": 0}\n', "not a translit-census"),
        ('{"format": "translit-census", "version": 9, "count": 0}\n', "version 9 is not one"),
        ('{"format": "translit-census", "version": 1}\n', "count must be a whole number"),
        (HEADER + "[1, 2\n", r"c\.jsonl:2: not a JSON value"),
        (HEADER + '["en", "surname", "X", 1]\n', r"c\.jsonl:2: expected a list of 7 values"),
        (HEADER + '["en", "surname", "X", -1, 0, "d", 0]\n', r":2: expected \[language"),
        (HEADER + '["en", "word", "X", 1, 0, "d", 0]\n', r":2: unknown kind 'word'"),
        (HEADER, r"c\.jsonl: 1 rows announced in the header, 0 found"),
        (
            HEADER.replace('"count": 1', '"count": 2')
            + '["en", "surname", "X", 1, 0, "d", 0]\n' * 2,
            r":3: en/surname/'X' is listed twice",
        ),
    ],
)
def test_a_damaged_file_is_refused_naming_file_and_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        Census.load(path)
    assert issubclass(FormatError, ValueError)


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"missing\.jsonl: cannot read"):
        Census.load(tmp_path / "missing.jsonl")
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    with pytest.raises(FormatError, match=r"bad\.jsonl\.gz: cannot read"):
        Census.load(tmp_path / "bad.jsonl.gz")
    cut = gzip.compress((HEADER + '["en", "surname", "X", 1, 0, "d", 0]\n').encode())[:-12]
    (tmp_path / "cut.jsonl.gz").write_bytes(cut)
    with pytest.raises(FormatError, match=r"cut\.jsonl\.gz"):
        Census.load(tmp_path / "cut.jsonl.gz")
    with pytest.raises(OSError, match="nowhere"):
        Census().save(tmp_path / "nowhere" / "c.jsonl")
    assert list(tmp_path.iterdir()) != [] and not list(tmp_path.glob("*.tmp"))


def test_version_3_keeps_the_lower_case_words(tmp_path: Path) -> None:
    # In a document taken for Polish, Croatian, Czech ... the lower-case words that could be
    # capitalised into a surname-like spelling are counted, under that spelling.
    text = "Slova byli tyazhely. Kto skazal eti slova? Lukashenko skazal."
    census = Normalizer(language="pl").census([text], document="a")
    census.save(tmp_path / "c.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ["pl", "lower", "Slova", 1, 0, "a", 0] in rows[1:]  # (only its document is kept)
    assert Census.load(tmp_path / "c.jsonl") == census
    # Not in an English document, whose wordlist knows its words.
    assert not any(e.kind == "lower" for e in Normalizer(language="en").census([text]).tallies)


def test_version_4_keeps_the_mentions_that_begin_sentences(tmp_path: Path) -> None:
    # In a document taken for Polish, Croatian, Czech ... the surnames and places that begin
    # a sentence or a line are counted too, under their spelling.
    text = "Proyekhav dorogu.\nOn skazal: Lukashenko skazal. Priyekhav."
    census = Normalizer(language="pl").census([text], document="a")
    census.save(tmp_path / "c.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    initial = sorted(r[2] for r in rows[1:] if r[1] == "initial")
    assert initial == ["Priyekhav", "Proyekhav"]  # (Lukashenko stands after a colon)
    assert Census.load(tmp_path / "c.jsonl") == census
    assert not any(e.kind == "initial" for e in Normalizer(language="en").census([text]).tallies)


def test_a_file_of_version_3_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_text(
        '{"format": "translit-census", "version": 3, "count": 2}\n'
        '["pl","lower","Slova",1,0,"a",0]\n'
        '["pl","surname","Lukashenka",1,0,"a",0]\n',
        encoding="utf-8",
    )
    assert sorted(e.kind for e in Census.load(path).tallies) == ["lower", "surname"]


def test_a_file_of_version_2_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_text(
        '{"format": "translit-census", "version": 2, "count": 1}\n'
        '["en","surname","Lukashenka",1,1,"a",0]\n',
        encoding="utf-8",
    )
    assert [e.spelling for e in Census.load(path).tallies] == ["Lukashenka"]
