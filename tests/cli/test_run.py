"""End-to-end runs of the command: the main job, stdin and stdout, ``--check``, the options of
the normalizer, lexicons, ``--discover`` and ``--jobs``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import translit

from .util import (
    ARTICLE,
    ARTICLE_OUT,
    CLEAN,
    GRABSKY,
    GRABSKY_OUT,
    ROOT,
    SEED,
    read_report,
    run,
    set_stdin,
    subprocess_run,
    write,
)


def test_seed_article(capsysbinary: Any) -> None:
    code, out, err = run(capsysbinary, str(SEED))
    original = SEED.read_text(encoding="utf-8")
    assert code == 0
    assert original.count("Lukashenka") == 3
    # Lukashenka -> Lukashenko (8 against 3); Grabskyi (2) wins over the full name's
    # Grabsky (1), and the full name follows.
    expected = original.replace("Lukashenka", "Lukashenko").replace(
        "Serhii Grabsky\n", "Serhii Grabskyi\n"
    )
    assert out.decode("utf-8") == expected
    assert err == "translit-normalize: 2 names unified in 1 file (4 changes)\n"


def test_frequency_decides_either_way(capsysbinary: Any) -> None:
    write("a.txt", GRABSKY)
    code, out, _ = run(capsysbinary, "a.txt")
    assert (code, out.decode()) == (0, GRABSKY_OUT)
    write("b.txt", "Serhii Grabsky said. Grabsky agreed. Grabskyi left.\n")
    code, out, _ = run(capsysbinary, "b.txt")
    assert out.decode() == "Serhii Grabsky said. Grabsky agreed. Grabsky left.\n"


def test_nothing_to_change(capsysbinary: Any) -> None:
    write("a.txt", CLEAN)
    code, out, err = run(capsysbinary, "a.txt")
    assert (code, out.decode()) == (0, CLEAN)
    assert err == "translit-normalize: no names to unify in 1 file\n"


def test_corpus_wide_consistency(capsysbinary: Any) -> None:
    """A file with only the minority spelling follows the majority of the whole run."""
    write("a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("b.txt", "Lukashenka left.\n")
    code, out, err = run(capsysbinary, "a.txt", "b.txt")
    assert code == 0
    assert out.decode() == "Alexander Lukashenko met Putin.\nLukashenko spoke.\nLukashenko left.\n"
    assert "1 name unified in 1 file (1 change)" in err
    # On its own, b.txt has nothing to unify.
    code, out, _ = run(capsysbinary, "b.txt")
    assert out.decode() == "Lukashenka left.\n"


def test_empty_file(capsysbinary: Any) -> None:
    write("empty.txt", b"")
    code, out, err = run(capsysbinary, "empty.txt")
    assert (code, out) == (0, b"")
    assert err == "translit-normalize: no names to unify in 1 file\n"
    code, _, _ = run(capsysbinary, "-o", "out.txt", "empty.txt")
    assert code == 0
    assert Path("out.txt").read_bytes() == b""


def test_quiet(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "-q", "a.txt")
    assert (code, out.decode(), err) == (0, ARTICLE_OUT, "")


def test_stdin_to_stdout(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, ARTICLE.encode())
    code, out, err = run(capsysbinary)
    assert (code, out.decode()) == (0, ARTICLE_OUT)
    assert "1 name unified in 1 file (1 change)" in err


def test_dash_reads_stdin_among_files(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    write("a.txt", "Alexander Lukashenko met Putin.\n")
    set_stdin(monkeypatch, b"Lukashenko spoke. Lukashenka left.\n")
    code, out, _ = run(capsysbinary, "a.txt", "-")
    assert code == 0
    assert out.decode() == "Alexander Lukashenko met Putin.\nLukashenko spoke. Lukashenko left.\n"


def test_stdin_subprocess() -> None:
    result = subprocess_run(stdin=ARTICLE.encode())
    assert result.returncode == 0
    assert result.stdout.decode() == ARTICLE_OUT
    assert result.stderr.decode() == "translit-normalize: 1 name unified in 1 file (1 change)\n"


def test_stdin_preserves_bytes_subprocess() -> None:
    data = "\ufeffLukashenko spoke.\r\nLukashenko again.\r\nLukashenka left.".encode()
    result = subprocess_run("-", stdin=data)
    assert result.returncode == 0
    assert result.stdout == data.replace(b"Lukashenka", b"Lukashenko")


def test_utf8_whatever_the_locale_subprocess(tmp_path: Path) -> None:
    """PYTHONIOENCODING=ascii in the child: the text still goes out as UTF-8."""
    write(tmp_path / "a.txt", "Лукашенко: Lukashenko. Lukashenko. Lukashenka.\n")
    result = subprocess_run("a.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == "Лукашенко: Lukashenko. Lukashenko. Lukashenko.\n"


def test_closed_stdout_subprocess(tmp_path: Path) -> None:
    """``translit-normalize big.txt | head``: the run stops quietly, without a traceback."""
    write(tmp_path / "big.txt", ARTICLE * 15000)  # more than one chunk of 1 MB
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "big.txt"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100) == (ARTICLE_OUT * 2).encode()[:100]
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 1
    assert b"Traceback" not in err and b"Broken pipe" not in err


def test_check_exit_codes(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    write("b.txt", CLEAN)
    before = Path("a.txt").read_bytes()
    code, out, err = run(capsysbinary, "--check", "a.txt", "b.txt")
    assert code == 1
    assert out == b""
    assert "would normalize a.txt\n" in err
    assert "would normalize b.txt" not in err
    assert err.endswith("translit-normalize: 1 name would be unified in 1 file (1 change)\n")
    assert Path("a.txt").read_bytes() == before
    code, out, err = run(capsysbinary, "--check", "b.txt")
    assert (code, out) == (0, b"")
    code, out, err = run(capsysbinary, "--check", "-q", "a.txt")
    assert (code, out, err) == (1, b"", "")


def test_check_subprocess(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = subprocess_run("--check", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"would normalize a.txt" in result.stderr
    write(tmp_path / "a.txt", ARTICLE_OUT)
    assert subprocess_run("--check", "a.txt", cwd=tmp_path).returncode == 0


def test_lexicon(capsysbinary: Any) -> None:
    write("names.txt", "# people\nAlexander Lukashenka\n")
    write("a.txt", ARTICLE)
    code, out, _ = run(capsysbinary, "--lexicon", "names.txt", "a.txt")
    assert code == 0
    assert out.decode() == ARTICLE.replace("Lukashenko", "Lukashenka")


def test_several_lexicons_are_merged(capsysbinary: Any) -> None:
    write("people.csv", "canonical,variants\nAlexander Lukashenka,Lukashenko\n")
    write("more.json", json.dumps(["Serhii Grabsky"]))
    write("a.txt", ARTICLE + GRABSKY)
    code, out, _ = run(capsysbinary, "--lexicon", "people.csv", "--lexicon", "more.json", "a.txt")
    assert code == 0
    text = out.decode()
    assert "Lukashenko" not in text
    assert "Grabskyi" not in text and "Grabsky said" in text


def test_malformed_lexicon(capsysbinary: Any) -> None:
    write("people.csv", "canonical,variants\nAlexander Lukashenka,Lukashenko\nA,B,C\n")
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--lexicon", "people.csv", "-i", "a.txt")
    assert code == 2
    assert out == b""
    assert err == "translit-normalize: error: people.csv:3: expected 2 columns, found 3\n"
    assert Path("a.txt").read_text() == ARTICLE
    write("bad.json", '[\n  "Alexander Lukashenka",\n  oops\n]\n')
    code, _, err = run(capsysbinary, "--lexicon", "bad.json", "a.txt")
    assert code == 2
    assert err.startswith("translit-normalize: error: bad.json:3:")
    assert len(err.splitlines()) == 1


def test_missing_lexicon(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--lexicon", "nope.csv", "a.txt")
    assert (code, out) == (2, b"")
    assert (
        err
        == "translit-normalize: error: cannot read lexicon nope.csv: No such file or directory\n"
    )


def test_canonical_first(capsysbinary: Any) -> None:
    write("a.txt", "Lukashenka first.\nLukashenko then.\nLukashenko again.\n")
    code, out, _ = run(capsysbinary, "--canonical", "first", "a.txt")
    assert out.decode() == "Lukashenka first.\nLukashenka then.\nLukashenka again.\n"
    code, out, _ = run(capsysbinary, "--canonical", "frequent", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko first.\nLukashenko then.\nLukashenko again.\n"


def test_canonical_scheme(capsysbinary: Any) -> None:
    write("a.txt", "Лукашенко. Lukashenka. Lukashenka.\n")
    code, out, _ = run(capsysbinary, "--canonical", "ru-bgn-pcgn", "--transliterate", "ru", "a.txt")
    assert code == 0
    assert out.decode() == "Lukashenko. Lukashenko. Lukashenko.\n"


def test_unknown_schemes(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    for args in (["--canonical", "nonsense"], ["--transliterate", "xx-nope"]):
        code, out, err = run(capsysbinary, *args, "a.txt")
        assert (code, out) == (2, b"")
        assert "error:" in err and "Traceback" not in err


def test_transliterate_with_names(capsysbinary: Any) -> None:
    # Among English words, the Cyrillic spelling counts with the Latin ones (2 to 1).
    write("a.txt", "Officials said Лукашенко would come. Lukashenka came. Lukashenko left.\n")
    code, out, _ = run(capsysbinary, "--transliterate", "ru", "a.txt")
    assert code == 0
    assert (
        out.decode() == "Officials said Lukashenko would come. Lukashenko came. Lukashenko left.\n"
    )


def test_transliterate_keeps_native_text_as_the_standard_writes_it(capsysbinary: Any) -> None:
    # In Russian text the words are transliterated as written: a name's cases are no
    # spelling variants of it (Петербурге is not Петербург), and capitalised first words
    # of sentences no names.
    text = "Он жил в Петербурге. Петербург велик. Слова были тяжелы. Слава пришла.\n"
    write("a.txt", text)
    code, out, _ = run(capsysbinary, "--transliterate", "ru", "a.txt")
    assert code == 0
    assert out.decode() == translit.transliterate(text, "ru")


def test_no_names(capsysbinary: Any) -> None:
    write("a.txt", "Щербаков и Lukashenka, Lukashenko Lukashenko.\nOK\n")
    code, out, err = run(
        capsysbinary, "--transliterate", "ru", "--no-names", "--report", "r.jsonl", "a.txt"
    )
    assert code == 0
    assert out.decode() == "Shcherbakov i Lukashenka, Lukashenko Lukashenko.\nOK\n"
    assert err == "translit-normalize: 1 file transliterated (1 change)\n"
    change = read_report("r.jsonl")[0]
    assert (change["original"], change["replacement"]) == ("Щербаков и", "Shcherbakov i")
    assert (change["line"], change["column"], change["start"], change["end"]) == (1, 1, 0, 10)


def test_no_names_needs_transliterate(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, out, err = run(capsysbinary, "--no-names", "a.txt")
    assert (code, out) == (2, b"")
    assert "--no-names needs --transliterate" in err
    code, _, err = run(
        capsysbinary, "--no-names", "--transliterate", "ru", "--lexicon", "x", "a.txt"
    )
    assert code == 2
    assert "cannot be combined with --lexicon" in err


def test_no_names_stdin_subprocess() -> None:
    result = subprocess_run(
        "--transliterate", "uk", "--no-names", stdin="Згурський, Київ\n".encode()
    )
    assert result.returncode == 0
    assert result.stdout == b"Zghurskyi, Kyiv\n"


def test_discover(capsysbinary: Any) -> None:
    write("a.txt", "Alexander Lukashenko met Putin.\nLukashenko spoke.\n")
    write("b.txt", "Lukashenka left.\n" + GRABSKY)
    before = Path("b.txt").read_bytes()
    code, out, err = run(capsysbinary, "--discover", "a.txt", "b.txt")
    assert code == 0
    clusters = [json.loads(line) for line in out.decode().splitlines()]
    by_canonical = {c["canonical"]: c for c in clusters}
    assert set(by_canonical) == {"Lukashenko", "Grabskyi"}
    variants = {v["spelling"]: v["count"] for v in by_canonical["Lukashenko"]["variants"]}
    assert variants == {"Lukashenko": 2, "Lukashenka": 1}  # the full name votes too
    assert Path("b.txt").read_bytes() == before
    assert err == "translit-normalize: 2 clusters of name variants in 2 files\n"


def test_discover_excludes_writing(capsysbinary: Any) -> None:
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "--discover", "-i", "a.txt")
    assert code == 2
    assert "--discover changes nothing" in err


def test_jobs_give_the_same_output(capsysbinary: Any) -> None:
    for i in range(5):
        write(f"d/{i}.txt", (ARTICLE if i % 2 else GRABSKY) * (i + 1) + f"File {i}.\n")
    write("d/bad.txt", b"\xff")
    outputs = []
    for jobs in ("1", "2"):
        code, out, err = run(capsysbinary, "--jobs", jobs, "--report", f"r{jobs}.jsonl", "d")
        code_d, diff, _ = run(capsysbinary, "--jobs", jobs, "--diff", "d")
        outputs.append((code, out, err, code_d, diff, Path(f"r{jobs}.jsonl").read_text()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 2  # bad.txt
    assert outputs[0][1].startswith(GRABSKY_OUT.encode())


def test_jobs_in_place(capsysbinary: Any) -> None:
    for i in range(4):
        write(f"d/{i}.txt", ARTICLE)
    code, _, _ = run(capsysbinary, "-j", "0", "-i", "d")
    assert code == 0
    assert all(Path(f"d/{i}.txt").read_text() == ARTICLE_OUT for i in range(4))


def test_pass_2_sends_workers_batches_of_small_files_in_order() -> None:
    from translit.cli.concurrency import BATCH_BYTES, BATCH_FILES, batches
    from translit.cli.passes import Job

    sizes = [10] * (BATCH_FILES + 5) + [BATCH_BYTES * 2, 10, BATCH_BYTES - 5, 10]
    jobs = [Job(i, f"f{i}", f"f{i}", size=n) for i, n in enumerate(sizes)]
    cut = batches(jobs)
    assert [j for b in cut for j in b] == jobs  # every job once, in order
    assert [len(b) for b in cut] == [BATCH_FILES, 5, 1, 1, 1, 1]
    assert all(sum(j.size for j in b) <= BATCH_BYTES or len(b) == 1 for b in cut)
    assert batches([]) == []


def test_a_worker_that_dies_fails_its_files_and_says_what_they_hold(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import os

    from translit.cli import concurrency

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched worker needs fork")
    write("d/a.txt", ARTICLE)
    write("d/b.txt", GRABSKY)
    real = concurrency.process

    def dying(job: Any, *args: Any, **kwargs: Any) -> Any:
        if job.display.endswith("b.txt"):
            os._exit(3)  # (in the forked worker)
        return real(job, *args, **kwargs)

    monkeypatch.setattr(concurrency, "process", dying)
    code, _, err = run(capsysbinary, "--jobs", "2", "-o", "out/", "d")
    assert code == 2
    assert "b.txt: internal error: WorkerDied: worker 1 ended (exit status 3)" in err
    assert "a file it was writing holds the old text or the new, whole" in err
    assert not list(Path("out").rglob(".translit-*"))


@pytest.mark.parametrize(
    ("stop", "status", "said"), [("term", 143, "terminated (SIGTERM)"), ("int", 130, "interrupted")]
)
def test_a_signal_wrapped_by_python_still_stops_the_run(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, stop: str, status: int, said: str
) -> None:
    """A signal raised while a class body is made (an import) comes out as a RuntimeError."""
    from translit.cli import run as run_module
    from translit.cli.main import Terminated

    def wrapped(options: Any) -> int:
        try:
            raise Terminated(15) if stop == "term" else KeyboardInterrupt
        except BaseException as exc:
            raise RuntimeError("Error calling __set_name__ on 'cached_property'") from exc

    monkeypatch.setattr(run_module, "run", wrapped)
    write("a.txt", ARTICLE)
    code, _, err = run(capsysbinary, "a.txt")
    assert code == status and said in err and "internal error" not in err
