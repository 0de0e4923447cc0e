#!/usr/bin/env python3
"""Name-normalisation speed of translit's ``Normalizer`` against a tokenizer floor and peers.

Usage::

    python benchmarks/normalize.py [--quick] [--reps N] [--big-mb MB] [--markdown FILE]
                                   [--src DIR]

One run measures, side by side, MB/s of UTF-8 input on the seed text
``seeds/000_2a0d7510474f6b48.txt`` repeated ``--reps`` times (default 10,000: about 45 MB),
cut into ~1 MB chunks that end at a line break, as the ``translit-normalize`` CLI reads a file:

* the floor: ``regex.findall(r"\\p{L}+")`` (tokenizing the text, nothing more);
* translit without a lexicon, in the CLI's two passes: ``discover`` over all chunks, then
  ``with_clusters(...)`` and ``__call__`` per chunk; each phase and both together;
* translit with a lexicon of 1,000 and of 100,000 generated East Slavic full names (given
  names of ``data/given_names.tsv`` x surnames from stems + -ov/-ev/-enko/-chuk/-sky/-ich,
  transliterated under several standards), plus the seed's Alexander Lukashenko, Serhii
  Grabskyi and Vladimir Putin so that there are hits;
* peers: flashtext ``KeywordProcessor.replace_keywords`` and a pyahocorasick automaton
  replacing the same lexicons' variant -> canonical pairs exactly (the ``bench`` extra; skipped
  with a note when missing);
* peak memory: the CLI run in a subprocess on a generated file of ``--big-mb`` MB (default
  1024), peak RSS from ``resource.getrusage(RUSAGE_CHILDREN)``; reported as pending when the
  CLI cannot normalise yet.

Each method is also timed on the first ~1 MB chunk alone (best of 3), for linearity. The script
prints a Markdown report with OK/MISS beside each target and always exits 0. ``--quick`` (CI
smoke run, a few seconds) uses 100 repetitions, lexicons of 1,000 and 5,000 names, and skips the
memory run.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
SEED = ROOT / "seeds" / "000_2a0d7510474f6b48.txt"

# Set by main(): the translit package of the working tree (or of --src).
translit: Any = None

CHUNK_CHARS = 1 << 20  # the CLI reads ~1 MB chunks ending at a line break

# Targets
TARGET_VS_FLOOR = 0.5  # translit MB/s >= 0.5x regex.findall(r"\p{L}+")
TARGET_VS_FLASHTEXT = 2.0  # translit with a lexicon >= 2x flashtext on the same lexicon
TARGET_LEXICON_SIZE = 0.20  # MB/s with the big lexicon within +-20 % of the small one
TARGET_LINEARITY = 0.20  # MB/s on ~1 MB within +-20 % of MB/s on the whole input
TARGET_PEAK_RSS_MB = 300.0

# --------------------------------------------------------------------------------------------
# The lexicon: generated East Slavic full names

# Surname stems (Russian spelling; adapted per language by _stem_for).
STEMS = """
Иван Петр Смирн Кузнец Поп Васил Сокол Михайл Новик Федор Мороз Волк Алексе Лебед Семен Егор
Павл Козл Степан Никола Орл Андре Макар Захар Зайц Солов Борис Яковл Григор Роман Воробь Серге
Кузьм Фрол Дмитри Корол Гус Кисел Ильин Максим Поляк Сорок Виноград Ковал Бел Медвед Антон Тарас
Жук Баран Мельник Шевч Бондар Ткач Кравч Олейн Лис Руд Савч Марч Литвин Гончар Бойч Кушнир Панч
Клим Прокоп Мирон Остап Демч Щерб Голуб Журавл Гриц Данил Юрч Лук Гаврил Осип Карп Мазур Куз Лешч
Рыб Гайд Стась Тимош Левч Зинч Ляш Кирил Осад Кот Бобр Дуб Береж Грабч Миш Быч Гром Кулик Сав
""".split()

# (masculine, feminine) endings per language: -ov, -ev, -enko, -chuk, -sky, -ich
ENDINGS = {
    "ru": [("ов", "ова"), ("ев", "ева"), ("енко", "енко"), ("чук", "чук"), ("ский", "ская"),
           ("ич", "ич")],
    "uk": [("ов", "ова"), ("єв", "єва"), ("енко", "енко"), ("чук", "чук"), ("ський", "ська"),
           ("ич", "ич")],
    "be": [("оў", "ова"), ("еў", "ева"), ("енка", "енка"), ("чук", "чук"), ("скі", "ская"),
           ("іч", "іч")],
}

# The first standard gives the canonical form, the others the listed variants.
STANDARDS = {
    "ru": ("ru-wikipedia", "ru-bgn-pcgn", "ru-icao-9303", "ru-gost-7.79-b",
           "ru-ala-lc-simplified", "iso-9"),
    "uk": ("uk-kmu-2010", "uk-bgn-pcgn-1965", "iso-9"),
    "be": ("be-passport", "be-national-2023", "be-bgn-pcgn", "be-mvd-2008"),
}

# The seed's names, with the variants a hand-made lexicon would list.
SEED_NAMES = (
    ("Alexander Lukashenko", "Александр Лукашенко", "ru",
     ("Aliaksandr Lukashenka", "Alyaksandr Lukashenka", "Aleksandr Lukashenko",
      "Alexandre Loukachenko")),
    ("Serhii Grabskyi", "Сергій Грабський", "uk",
     ("Serhii Grabsky", "Sergei Grabsky", "Serhiy Grabskiy", "Serhii Hrabskyi")),
    ("Vladimir Putin", "Владимир Путин", "ru", ("Wladimir Putin", "Vladimir Poutine")),
)


def _stem_for(stem: str, lang: str) -> str:
    if lang == "uk":
        return stem.replace("ы", "и").replace("э", "е")
    if lang == "be":
        return stem.replace("и", "і").replace("щ", "шч")
    return stem


def _given_names() -> list[tuple[str, str, str]]:
    """(language, gender, first Cyrillic form) for every given name and language."""
    path = Path(translit.__file__).resolve().parent / "data" / "given_names.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("id\t"):
            continue
        cols = line.split("\t")
        for lang, cell in zip(("ru", "uk", "be"), cols[2:5]):
            if cell:
                out.append((lang, cols[1], cell.split("|")[0]))
    return out


def generate_entries(n: int, seed: int = 20261124) -> list[Any]:
    """``n`` lexicon entries: the seed's three names, then generated full names.

    Deterministic; the first ``k`` entries of a bigger call equal a call with ``n = k``.
    """
    from translit import LexiconEntry, transliterate

    entries = [
        LexiconEntry(canonical, variants, native, lang)
        for canonical, native, lang, variants in SEED_NAMES
    ][:n]
    seen = {e.canonical for e in entries}
    rng = random.Random(seed)
    given = _given_names()
    while len(entries) < n:
        lang, gender, name = rng.choice(given)
        stem = _stem_for(rng.choice(STEMS), lang)
        masc, fem = rng.choice(ENDINGS[lang])
        native = f"{name} {stem}{masc if gender == 'm' else fem}"
        forms = list(dict.fromkeys(transliterate(native, s) for s in STANDARDS[lang]))
        if forms[0] in seen:
            continue
        seen.add(forms[0])
        entries.append(LexiconEntry(forms[0], tuple(forms[1:]), native, lang))
    return entries


def variant_pairs(entries: Sequence[Any]) -> dict[str, str]:
    """Every listed spelling (native form and variants) -> its canonical form."""
    pairs: dict[str, str] = {}
    for e in entries:
        for form in e.forms:
            if form != e.canonical:
                pairs.setdefault(form, e.canonical)
    return pairs


# --------------------------------------------------------------------------------------------
# Peers


def flashtext_replacer(pairs: dict[str, str]) -> Callable[[str], str]:
    from flashtext import KeywordProcessor

    kp = KeywordProcessor()  # case-insensitive, as flashtext is by default
    # Letters outside ASCII (Cyrillic, diacritics) must not end a keyword either.
    kp.non_word_boundaries |= {c for form in pairs for c in form if c.isalnum()}
    for variant, canonical in pairs.items():
        kp.add_keyword(variant, canonical)
    return kp.replace_keywords


def flashtext_count(pairs: dict[str, str], text: str) -> int:
    from flashtext import KeywordProcessor

    kp = KeywordProcessor()
    kp.non_word_boundaries |= {c for form in pairs for c in form if c.isalnum()}
    for variant, canonical in pairs.items():
        kp.add_keyword(variant, canonical)
    return sum(1 for _ in kp.extract_keywords(text))


def aho_replacer(pairs: dict[str, str]) -> Callable[[str], str]:
    """Exact, case-sensitive, longest-match replacement at word boundaries."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for variant, canonical in pairs.items():
        automaton.add_word(variant, (len(variant), canonical))
    automaton.make_automaton()
    iter_long = automaton.iter_long

    def replace(text: str) -> str:
        pieces = []
        pos = 0
        last = len(text) - 1
        for end, (size, canonical) in iter_long(text):
            start = end - size + 1
            if (start > 0 and text[start - 1].isalnum()) or (
                end < last and text[end + 1].isalnum()
            ):
                continue
            pieces.append(text[pos:start])
            pieces.append(canonical)
            pos = end + 1
        pieces.append(text[pos:])
        return "".join(pieces)

    return replace


def aho_count(pairs: dict[str, str], text: str) -> int:
    replace = aho_replacer({k: "\0" for k in pairs})
    return replace(text).count("\0")


# --------------------------------------------------------------------------------------------
# Inputs and timing


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of about ``size`` characters that end at a line break (as the CLI reads)."""
    out = []
    pos = 0
    while pos < len(text):
        end = min(pos + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", pos, end) + 1
            end = cut if cut > pos else end
        out.append(text[pos:end])
        pos = end
    return out


def mb(chunks: Sequence[str]) -> float:
    return sum(len(c.encode("utf-8")) for c in chunks) / 1e6


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process for ``fn()``: other jobs on a shared machine weigh less on
    CPU time than on wall time (everything measured here runs in one thread)."""
    gc.collect()
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


class Row:
    """One method: seconds per phase on the small input (best of N) and on the whole input."""

    def __init__(self, label: str, kind: str) -> None:
        self.label = label
        self.kind = kind  # "floor", "translit", "peer"
        self.small: float | None = None
        self.big: float | None = None
        self.changes: int | None = None  # replacements on one copy of the seed
        self.note = ""


class Bench:
    def __init__(self, chunks: list[str], small: list[str], repeats: int) -> None:
        self.chunks = chunks
        self.small = small
        self.mb_big = mb(chunks)
        self.mb_small = mb(small)
        self.repeats = repeats
        self.rows: dict[str, Row] = {}

    def add(self, label: str, kind: str, run: Callable[[list[str]], object],
            big: bool = True) -> Row:
        """``run(chunks)`` processes a list of chunks; warmed up on the first chunk's head.

        ``big=False``: the small input only (for a method that is not linear anyway).
        """
        row = self.rows.get(label) or Row(label, kind)
        self.rows[label] = row
        run([self.small[0][:20_000]])
        small = min(timed(lambda: run(self.small)) for _ in range(self.repeats))
        row.small = small if row.small is None else min(row.small, small)
        if big:
            t_big = timed(lambda: run(self.chunks))
            row.big = t_big if row.big is None else min(row.big, t_big)
        print(
            f"  {label}: {self.mb_small / small:.2f} MB/s on {self.mb_small:.2f} MB"
            + (f", {self.mb_big / t_big:.2f} MB/s on {self.mb_big:.1f} MB" if big else ""),
            file=sys.stderr,
        )
        return row

    def combine(self, label: str, parts: Sequence[str]) -> Row:
        row = self.rows[label] = Row(label, "translit")
        row.small = sum(self.rows[p].small or 0.0 for p in parts)
        row.big = sum(self.rows[p].big or 0.0 for p in parts)
        return row

    def rate(self, label: str, which: str = "big") -> float | None:
        row = self.rows.get(label)
        if row is None:
            return None
        if which == "big":
            return None if row.big is None else self.mb_big / row.big
        return None if row.small is None else self.mb_small / row.small


# --------------------------------------------------------------------------------------------
# Distinct names: the seed repeated holds the same few names in every copy, the best case for
# any work done once per distinct spelling. Here every copy also names 16 people of the
# generated lexicon (in any of their spellings, full names and surnames alone), so the number of
# distinct names grows with the input, as in a real corpus.


def varied_text(seed: str, entries: Sequence[Any], copies: int, rng_seed: int = 7) -> str:
    rng = random.Random(rng_seed)
    parts = []
    for _ in range(copies):
        names = []
        for _ in range(8):
            form = rng.choice(rng.choice(entries).forms)
            names += [form, form.split()[-1]]
        parts.append(f"{seed}\nAlso present: {', '.join(names)}.\n")
    return "".join(parts)


def distinct_names(seed: str, entries: Sequence[Any], sizes: Sequence[int]) -> list[
        tuple[float, int, float, float]]:
    """(MB, clusters, discover s, apply s) for the varied text at each number of copies."""
    out = []
    for copies in sizes:
        chunks = split_chunks(varied_text(seed, entries, copies, rng_seed=copies))
        holder: dict[str, Any] = {}

        def discover(cs: list[str] = chunks, holder: dict[str, Any] = holder) -> None:
            holder["clusters"] = translit.Normalizer().discover(iter(cs))

        t_d = timed(discover)
        n = translit.Normalizer().with_clusters(holder["clusters"])
        t_a = timed(lambda cs=chunks, n=n: [n(c) for c in cs])
        out.append((mb(chunks), len(holder["clusters"]), t_d, t_a))
        print(f"  distinct names, {mb(chunks):.2f} MB: discover {mb(chunks) / t_d:.2f} MB/s, "
              f"apply {mb(chunks) / t_a:.2f} MB/s, {len(holder['clusters'])} clusters",
              file=sys.stderr)
    return out


# --------------------------------------------------------------------------------------------
# Peak memory of the CLI


PROBE = (
    "Alexander Lukashenko met Vladimir Putin in Minsk.\n"
    "Lukashenka said so. Lukashenko said it again, and Lukashenko left.\n"
)

_WRAPPER = r"""
import json, resource, subprocess, sys, time
out = sys.argv[1]
cmd = sys.argv[2:]
t0 = time.perf_counter()
with open(out, "wb") as sink:
    r = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE)
dt = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": r.returncode, "seconds": dt, "maxrss_kb": peak,
                  "stderr": r.stderr.decode("utf-8", "replace")[-2000:]}))
"""


def _cli_env(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH", "")]))
    return env


def cli_argv(src: Path, workdir: Path) -> tuple[list[str] | None, bool, str]:
    """How to run the CLI on a file: (argv before FILE, whether it takes ``-o OUT``, why not).

    The CLI counts as ready when it normalises a two-line probe (Lukashenka -> Lukashenko).
    """
    base = [sys.executable, "-m", "translit"]
    env = _cli_env(src)
    try:
        helptext = subprocess.run(
            [*base, "--help"], capture_output=True, text=True, env=env, timeout=120
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return None, False, f"`python -m translit --help` failed: {exc}"
    takes_o = bool(re.search(r"(?m)(^|[\s,\[])(-o\b|--output\b)", helptext))
    probe = workdir / "probe.txt"
    probe.write_text(PROBE, encoding="utf-8")
    out = workdir / "probe.out"
    argv = [*base, str(probe)] + (["-o", str(out)] if takes_o else [])
    try:
        r = subprocess.run(argv, capture_output=True, env=env, timeout=300)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, takes_o, f"the CLI failed on a probe: {exc}"
    result = out.read_bytes() if takes_o and out.exists() else r.stdout
    text = result.decode("utf-8", "replace")
    if r.returncode == 0 and "Lukashenko said so" in text:
        return base, takes_o, ""
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    why = err[-1] if err else f"exit {r.returncode}, output not normalised"
    return None, takes_o, f"`python -m translit FILE` does not normalise names yet ({why})"


def peak_memory(src: Path, big_mb: int, seed: str, notes: list[str]) -> dict[str, Any] | None:
    """Run the CLI on a generated file of ``big_mb`` MB; None (with a note) when not ready."""
    with tempfile.TemporaryDirectory(prefix="translit-bench-") as tmp:
        work = Path(tmp)
        base, takes_o, why = cli_argv(src, work)
        if base is None:
            notes.append(f"peak memory: pending: {why}.")
            return None
        path = work / "big.txt"
        block = (seed if seed.endswith("\n") else seed + "\n").encode("utf-8")
        copies = max(1, int(big_mb * 1e6 // len(block)))
        with open(path, "wb") as f:
            for _ in range(copies // 100):
                f.write(block * 100)
            f.write(block * (copies % 100))
        size = path.stat().st_size / 1e6
        out = work / "big.out"
        cmd = [*base, str(path)] + (["-o", str(out)] if takes_o else [])
        sink = os.devnull if takes_o else str(out)
        print(f"  CLI on {size:.0f} MB: {' '.join(cmd[1:])}", file=sys.stderr)
        r = subprocess.run(
            [sys.executable, "-c", _WRAPPER, sink, *cmd],
            capture_output=True, text=True, env=_cli_env(src), check=False,
        )
        try:
            res: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            notes.append(f"peak memory: the measuring wrapper failed: {r.stderr.strip()[-300:]}")
            return None
        res["mb"] = size
        res["command"] = "python -m translit FILE" + (" -o OUT" if takes_o else " > OUT")
        if res["rc"] != 0:
            tail = res["stderr"].strip().splitlines()
            notes.append(
                f"peak memory: the CLI exited {res['rc']} on the {size:.0f} MB file"
                + (f": {tail[-1]}" if tail else "")
            )
        return res


# --------------------------------------------------------------------------------------------
# Report


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "unknown"


def _fmt(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _ok(ok: bool) -> str:
    return "OK" if ok else "MISS"


def report(bench: Bench, args: argparse.Namespace, lex_sizes: tuple[int, int],
           setup: list[tuple[str, str, str]], memory: dict[str, Any] | None,
           varied: list[tuple[float, int, float, float]], notes: list[str]) -> str:
    small_n, big_n = lex_sizes
    lines: list[str] = []
    commit = "unknown"
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        if dirty:
            commit += " + uncommitted changes in src/"
    except (OSError, subprocess.CalledProcessError):
        pass
    lines += [
        f"{'Quick' if args.quick else 'Full'} run, {_dt.date.today().isoformat()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, translit at "
        f"`{commit}`. Input: the seed text x {args.reps:,} = {bench.mb_big:.1f} MB in "
        f"{len(bench.chunks)} chunks of ~1 MB; small input: {bench.mb_small:.2f} MB "
        f"(best of {bench.repeats}). MB/s are per CPU second of the benchmark process; "
        f"load average at the end: {_load()}.",
        "",
        "#### Setup (not included in MB/s)",
        "",
        "| what | size | seconds |",
        "|---|---:|---:|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in setup]
    lines += [
        "",
        "#### Throughput (MB/s of UTF-8 input, 1 MB chunks)",
        "",
        f"| method | replacements per seed copy | MB/s, {bench.mb_small:.2f} MB "
        f"| MB/s, {bench.mb_big:.1f} MB | × findall |",
        "|---|---:|---:|---:|---:|",
    ]
    floor = bench.rate("floor")
    for label, row in bench.rows.items():
        big = bench.rate(label)
        small = bench.rate(label, "small")
        ratio = f"{big / floor:.2f}×" if big and floor else "–"
        changes = "–" if row.changes is None else str(row.changes)
        lines.append(f"| {row.note or label} | {changes} | {_fmt(small)} | {_fmt(big)} | {ratio} |")

    if varied:
        lines += [
            "",
            "#### Distinct names: the seed plus 16 lexicon names per copy (no lexicon given)",
            "",
            "| input | clusters found | `discover` MB/s | `with_clusters` + `__call__` MB/s "
            "| both passes MB/s |",
            "|---:|---:|---:|---:|---:|",
        ]
        for size, n_clusters, t_d, t_a in varied:
            lines.append(f"| {size:.2f} MB | {n_clusters:,} | {size / t_d:.2f} | "
                         f"{size / t_a:.2f} | {size / (t_d + t_a):.2f} |")
    lines += ["", "#### Targets", "", "| target | measured | |", "|---|---:|---|"]
    translit_rows = [lbl for lbl, r in bench.rows.items() if r.kind == "translit"]
    for label in translit_rows:
        big = bench.rate(label)
        if big and floor:
            ratio = big / floor
            lines.append(
                f"| {bench.rows[label].note} ≥ {TARGET_VS_FLOOR}× `regex.findall` "
                f"| {ratio:.2f}× | {_ok(ratio >= TARGET_VS_FLOOR)} |"
            )
    for n in lex_sizes:
        ours, peer = bench.rate(f"lex{n}"), bench.rate(f"flashtext{n}")
        if ours and peer:
            ratio = ours / peer
            lines.append(
                f"| lexicon {n:,} ≥ {TARGET_VS_FLASHTEXT:g}× flashtext (same pairs, line by "
                f"line: flashtext's best) | {ratio:.2f}× | {_ok(ratio >= TARGET_VS_FLASHTEXT)} |"
            )
        ours, peer = bench.rate(f"lex{n}", "small"), bench.rate(f"flashtext{n}chunk", "small")
        if ours and peer:
            lines.append(
                f"| (for information) lexicon {n:,} vs flashtext with one call per chunk, on "
                f"{bench.mb_small:.2f} MB | {ours / peer:.2f}× | |"
            )
    r_small, r_big = bench.rate(f"lex{small_n}"), bench.rate(f"lex{big_n}")
    if r_small and r_big:
        ratio = r_big / r_small
        lines.append(
            f"| lexicon {big_n:,} vs {small_n:,}: MB/s within ±{TARGET_LEXICON_SIZE:.0%} "
            f"| {ratio:.2f}× | {_ok(abs(ratio - 1) <= TARGET_LEXICON_SIZE)} |"
        )
    for label in translit_rows:
        big, small = bench.rate(label), bench.rate(label, "small")
        if big and small:
            ratio = small / big
            lines.append(
                f"| linear: {bench.rows[label].note}, MB/s on {bench.mb_small:.2f} MB vs "
                f"{bench.mb_big:.1f} MB within ±{TARGET_LINEARITY:.0%} | {ratio:.2f}× "
                f"| {_ok(abs(ratio - 1) <= TARGET_LINEARITY)} |"
            )
    if len(varied) >= 2:
        (s_mb, _, s_d, s_a), (b_mb, _, b_d, b_a) = varied[0], varied[-1]
        for what, small, big in (
            ("`discover`", s_mb / s_d, b_mb / b_d),
            ("`with_clusters` + `__call__`", s_mb / s_a, b_mb / b_a),
        ):
            ratio = small / big
            lines.append(
                f"| linear in distinct names: {what}, MB/s on {s_mb:.2f} MB vs {b_mb:.2f} MB "
                f"within ±{TARGET_LINEARITY:.0%} | {ratio:.2f}× "
                f"| {_ok(abs(ratio - 1) <= TARGET_LINEARITY)} |"
            )
    if memory is not None and memory.get("rc") == 0:
        peak = memory["maxrss_kb"] / 1024
        lines.append(
            f"| peak RSS of `{memory['command']}` on {memory['mb']:.0f} MB ≤ "
            f"{TARGET_PEAK_RSS_MB:.0f} MB | {peak:.0f} MB "
            f"({memory['mb'] / memory['seconds']:.2f} MB/s, {memory['seconds']:.0f} s) "
            f"| {_ok(peak <= TARGET_PEAK_RSS_MB)} |"
        )
    elif args.big_mb <= 0 or args.quick:
        lines.append(
            f"| peak RSS of the CLI on a big file ≤ {TARGET_PEAK_RSS_MB:.0f} MB "
            f"| not measured (--quick or --big-mb 0) | |"
        )
    else:
        lines.append(
            f"| peak RSS of the CLI on {args.big_mb} MB ≤ {TARGET_PEAK_RSS_MB:.0f} MB "
            f"| pending (see notes) | |"
        )
    if notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI smoke run (a few seconds)")
    parser.add_argument("--reps", type=int, default=None,
                        help="copies of the seed text (default 10000; --quick: 100)")
    parser.add_argument("--big-mb", type=int, default=1024,
                        help="size of the file for the CLI's peak memory (0: skip)")
    parser.add_argument("--repeats", type=int, default=None,
                        help="samples of the small input, best taken (default 3; --quick: 1)")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the report here")
    parser.add_argument("--src", type=Path, default=SRC,
                        help="directory holding the translit package to measure")
    args = parser.parse_args(argv)

    global translit
    sys.path.insert(0, str(args.src.resolve()))
    import regex

    import translit as _translit

    translit = _translit
    if args.reps is None:
        args.reps = 100 if args.quick else 10_000
    if args.repeats is None:
        args.repeats = 1 if args.quick else 3
    lex_sizes = (1_000, 5_000) if args.quick else (1_000, 100_000)

    notes: list[str] = []
    setup: list[tuple[str, str, str]] = []
    seed = SEED.read_text(encoding="utf-8")
    text = seed * args.reps
    chunks = split_chunks(text)
    del text
    small = chunks[:1]
    if args.quick:  # the whole quick input is one chunk: compare with a tenth of it
        small = split_chunks(chunks[0], len(chunks[0]) // 10)[:1]
    bench = Bench(chunks, small, args.repeats)
    print(f"input: {bench.mb_big:.1f} MB in {len(chunks)} chunks", file=sys.stderr)

    # (a) the floor
    word = regex.compile(r"\p{L}+")
    row = bench.add("floor", "floor", lambda cs: [word.findall(c) for c in cs])
    row.note = r'`regex.findall(r"\p{L}+")` (floor)'

    # (b) no lexicon: discover over all chunks, then apply per chunk
    Normalizer = translit.Normalizer
    holder: dict[str, Any] = {}

    def discover(cs: list[str]) -> None:
        holder["clusters"] = Normalizer().discover(iter(cs))

    def apply(cs: list[str]) -> None:
        n = Normalizer().with_clusters(holder["clusters"])
        for c in cs:
            n(c)

    # discover and apply must pair up per input size: time them by hand.
    bench.rows["discover"] = Row("discover", "translit")
    bench.rows["apply"] = Row("apply", "translit")
    discover([small[0][:20_000]])
    apply([small[0][:20_000]])
    best_d = best_a = float("inf")
    for _ in range(args.repeats):
        best_d = min(best_d, timed(lambda: discover(small)))
        best_a = min(best_a, timed(lambda: apply(small)))
    bench.rows["discover"].small, bench.rows["apply"].small = best_d, best_a
    bench.rows["discover"].big = timed(lambda: discover(chunks))
    clusters = holder["clusters"]
    bench.rows["apply"].big = timed(lambda: apply(chunks))
    bench.rows["discover"].note = "translit, no lexicon: `discover` (pass 1)"
    bench.rows["apply"].note = "translit, no lexicon: `with_clusters` + `__call__` (pass 2)"
    bench.rows["apply"].changes = len(Normalizer().with_clusters(clusters).explain(seed))
    both = bench.combine("nolex", ("discover", "apply"))
    both.note = "translit, no lexicon: both passes"
    both.changes = bench.rows["apply"].changes
    for label in ("discover", "apply", "nolex"):
        print(f"  {label}: {bench.rate(label, 'small'):.2f} / {bench.rate(label):.2f} MB/s",
              file=sys.stderr)
    notes.append(
        f"`discover` found {len(clusters)} cluster(s) with more than one spelling: "
        + "; ".join(f"{c.canonical} <- {', '.join(s for s, _ in c.variants)}" for c in clusters[:5])
        + "."
    )

    # (c) lexicons
    t0 = time.perf_counter()
    entries = generate_entries(max(lex_sizes))
    setup.append(("generate lexicon entries (transliterate under the standards)",
                  f"{len(entries):,} names", f"{time.perf_counter() - t0:.1f}"))
    Lexicon = translit.Lexicon
    try:
        import flashtext  # noqa: F401

        have_flashtext = True
    except ImportError:
        have_flashtext = False
        notes.append("flashtext is not installed (`pip install -e '.[bench]'`): skipped.")
    try:
        import ahocorasick  # noqa: F401

        have_aho = True
    except ImportError:
        have_aho = False
        notes.append("pyahocorasick is not installed (`pip install -e '.[bench]'`): skipped.")

    for n in lex_sizes:
        subset = entries[:n]
        t0 = time.perf_counter()
        lex = Lexicon(subset)
        t_build = time.perf_counter() - t0
        normalizer = Normalizer(lex)
        t0 = time.perf_counter()
        changes = len(normalizer.explain(seed))  # builds lazy indexes (surnames)
        t_first = time.perf_counter() - t0
        setup.append((f"`Lexicon(...)`, {n:,} names", f"{n:,} names, "
                      f"{len(lex.conflicts):,} conflicts", f"{t_build:.1f}"))
        setup.append((f"first call with the {n:,}-name lexicon (lazy indexes)", "one seed copy",
                      f"{t_first:.1f}"))
        row = bench.add(f"lex{n}", "translit",
                        lambda cs, nz=normalizer: [nz(c) for c in cs])
        row.note = f"translit, lexicon of {n:,} names"
        row.changes = changes
        pairs = variant_pairs(subset)
        if have_flashtext:
            t0 = time.perf_counter()
            ft = flashtext_replacer(pairs)
            setup.append((f"flashtext `KeywordProcessor`, {n:,} names",
                          f"{len(pairs):,} pairs", f"{time.perf_counter() - t0:.1f}"))
            row = bench.add(f"flashtext{n}", "peer",
                            lambda cs, f=ft: ["".join(map(f, c.splitlines(True))) for c in cs])
            row.note = (f"flashtext `replace_keywords`, {n:,} names ({len(pairs):,} pairs), "
                        "line by line")
            row.changes = flashtext_count(pairs, seed)
            # One call per 1 MB chunk: flashtext builds its output with `str +=`, which is
            # quadratic in the size of one call, so only the small input is timed.
            row = bench.add(f"flashtext{n}chunk", "peer",
                            lambda cs, f=ft: [f(c) for c in cs], big=False)
            row.note = f"flashtext `replace_keywords`, {n:,} names, one call per chunk"
            row.changes = bench.rows[f"flashtext{n}"].changes
        if have_aho:
            t0 = time.perf_counter()
            aho = aho_replacer(pairs)
            setup.append((f"pyahocorasick `Automaton`, {n:,} names",
                          f"{len(pairs):,} pairs", f"{time.perf_counter() - t0:.1f}"))
            row = bench.add(f"aho{n}", "peer",
                            lambda cs, f=aho: [f(c) for c in cs])
            row.note = f"pyahocorasick `iter_long` + replace, {n:,} names"
            row.changes = aho_count(pairs, seed)
        del lex, normalizer
    # The floor again: the best of both measurements, so that a busy moment of the machine at
    # the start does not flatter every ratio.
    bench.add("floor", "floor", lambda cs: [word.findall(c) for c in cs])
    # Order the table: floor, translit, peers.
    order = ["floor", "discover", "apply", "nolex"]
    order += [f"lex{n}" for n in lex_sizes]
    for n in lex_sizes:
        order += [f"flashtext{n}", f"flashtext{n}chunk", f"aho{n}"]
    bench.rows = {k: bench.rows[k] for k in order if k in bench.rows}

    varied = distinct_names(seed, entries, (8, 16) if args.quick else (30, 120))

    memory = None
    if not args.quick and args.big_mb > 0:
        memory = peak_memory(args.src.resolve(), args.big_mb, seed, notes)

    out = report(bench, args, lex_sizes, setup, memory, varied, notes)
    print(out)
    if args.markdown is not None:
        args.markdown.write_text(out + "\n", encoding="utf-8")
    return 0


def _main_never_fails() -> int:
    """Run :func:`main`; any exception is reported, but the exit status stays 0."""
    try:
        return main()
    except Exception:
        import traceback

        traceback.print_exc()
        print("\nBENCHMARK FAILED: the traceback above is the result of this run.")
        return 0


if __name__ == "__main__":
    sys.exit(_main_never_fails())
