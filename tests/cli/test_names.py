"""The command and the normalizer: languages per file, the lexicon modes, determinism."""

from __future__ import annotations

from typing import Any

import pytest

from translit.cli import textio

from .util import read_report, run, write

ENGLISH = (
    "The Belarusian leader Lukashenko said on Monday that he would talk to the government "
    "in Moscow, and Lukashenko repeated it on Tuesday; critics of Lukashenka disagreed.\n"
)
GERMAN = (
    "Der belarussische Machthaber Lukaschenko hat am Montag gesagt, dass er mit der "
    "Regierung in Moskau sprechen werde, und Lukaschenko wiederholte das am Dienstag.\n"
)
FRENCH = (
    "Le président russe Vladimir Poutine a rencontré lundi le dirigeant biélorusse, et "
    "Vladimir Poutine a salué la coopération entre les deux pays voisins.\n"
)


def test_each_file_keeps_the_spellings_of_its_language(capsysbinary: Any) -> None:
    write("en.txt", ENGLISH)
    write("de.txt", GERMAN)
    write("fr.txt", FRENCH)
    code, _, _ = run(capsysbinary, "-o", "out/", "en.txt", "de.txt", "fr.txt")
    assert code == 0
    assert open("out/en.txt").read() == ENGLISH.replace("Lukashenka", "Lukashenko")
    assert open("out/de.txt").read() == GERMAN
    assert open("out/fr.txt").read() == FRENCH


def test_language_forced_for_every_file(capsysbinary: Any) -> None:
    write("a.txt", "Lukashenko spoke. Lukashenko left.\n")
    write("b.txt", "Lukaschenko replied.\n")
    code, out, _ = run(capsysbinary, "--language", "de", "a.txt", "b.txt")
    assert code == 0
    assert out.decode().endswith("Lukashenko replied.\n")
    code, _, err = run(capsysbinary, "--language", "123", "a.txt")
    assert code == 2 and "--language" in err


def test_lexicon_with_and_without_discovery(capsysbinary: Any) -> None:
    write("names.txt", "Alexander Lukashenko\n")
    write("a.txt", "Lukashenka spoke. Zelenskyy and Zelensky. Zelenskyy left.\n")
    code, out, _ = run(capsysbinary, "--lexicon", "names.txt", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko spoke. Zelenskyy and Zelenskyy. Zelenskyy left.\n"
    code, out, _ = run(capsysbinary, "--lexicon", "names.txt", "--lexicon-only", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko spoke. Zelenskyy and Zelensky. Zelenskyy left.\n"
    code, _, err = run(capsysbinary, "--lexicon-only", "a.txt")
    assert code == 2 and "--lexicon-only needs --lexicon" in err


def test_argument_order_and_chunk_size_change_nothing(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("a.txt", "Zelenskyy spoke. Lukashenka replied.\n" * 3)
    write("b.txt", "Zelensky left. Lukashenko stayed.\n" * 3)
    outputs = set()
    for chunk in (1 << 20, 64, 23):
        monkeypatch.setattr(textio, "CHUNK_BYTES", chunk)
        for args in (("a.txt", "b.txt"), ("b.txt", "a.txt")):
            code, _, _ = run(capsysbinary, "--report", "r.jsonl", "--check", *args)
            assert code == 1
            changes = sorted(
                (r["path"], r["start"], r["replacement"])
                for r in read_report("r.jsonl")
                if r.get("type") == "change"
            )
            outputs.add(tuple(changes))
    assert len(outputs) == 1
    assert len(next(iter(outputs))) == 6  # a tie broken the same way every time


def test_worker_count_changes_nothing(capsysbinary: Any) -> None:
    for i in range(6):
        write(f"d{i}.txt", ("Zelenskyy spoke. " if i % 2 else "Zelensky left. ") + ENGLISH)
    outputs = set()
    for jobs in ("1", "2", "3"):
        code, _, _ = run(
            capsysbinary,
            "--jobs",
            jobs,
            "-o",
            f"out{jobs}/",
            *sorted(f"d{i}.txt" for i in range(6)),
        )
        assert code == 0
        outputs.add(tuple(open(f"out{jobs}/d{i}.txt").read() for i in range(6)))
    assert len(outputs) == 1
    texts = next(iter(outputs))
    assert not any("Zelenskyy" in t or "Lukashenka" in t for t in texts)  # the tie: seen first


def test_report_skipped_shows_the_gate(capsysbinary: Any) -> None:
    write("a.txt", "Games host Mark met Lukashenka.\nNATO and Lukashenko. Lukashenko.\n")
    code, _, _ = run(capsysbinary, "--check", "--report", "r.jsonl", "--report-skipped", "a.txt")
    assert code == 1
    skipped = [r for r in read_report("r.jsonl") if r.get("type") == "skipped"]
    assert [(r["text"], r["line"], r["column"]) for r in skipped] == [
        ("Games", 1, 1),
        ("Mark", 1, 12),
        ("NATO", 2, 1),
    ]
    assert skipped[0]["reason"] == "no surname ending of the supported languages"
    code, _, err = run(capsysbinary, "--report-skipped", "a.txt")
    assert code == 2 and "--report-skipped needs --report" in err
