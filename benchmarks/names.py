#!/usr/bin/env python3
"""Speed of name matching on distinct inputs: same_name on pairs of names never seen, name_key
on unseen names, and a Lexicon of a million real-looking names (build, save, load, lookups).

Usage::

    python benchmarks/names.py [--quick] [--markdown FILE] [--plot PNG] [--lexicon-size N]
                               [--src DIR]

Everything is CPU time (``time.process_time``) measured in one run beside a *floor* measured on
the same inputs in the same run (``str.casefold`` of the names, casefold equality of the pairs,
a ``dict`` of the casefolded names), and printed as Markdown with the target beside each value
(OK/MISS). The script never asserts and exits 0; an exception raised by translit itself still
propagates (that is a bug, not a slow result). The garbage collector runs as in any program.

Two kinds of input, both made fresh and reproducibly (no row of ../shared/eval):

* **every word new** (``NameMaker``): a surname generated from Russian, Ukrainian or
  Belarusian syllables and a real ending (or, one time in seven, one of about 90 real
  surnames), alone or with a given name of the cognate table in either order, left in
  Cyrillic (a quarter) or transliterated under a random standard of its language. Nearly every
  surname is new: the worst case for per-word caches.
* **a vocabulary** (``Vocabulary``): the names of a population. Per language 100,000 surnames
  made the same way and drawn by a Zipf law (rank r has weight 1/r, as surname frequencies
  are), in the gender of a given name of the table; a name is written in Cyrillic (three in
  ten), in the standard most sources use for its language (BGN/PCGN for Russian, KMU 2010 for
  Ukrainian, the passport's for Belarusian: half) or in another one. Every full name is
  distinct; words recur as they do in real lists and texts.

What is measured (targets of issue 8):

* ``same_name`` on distinct pairs: 20,000 pairs of names never seen (per-input caches
  cleared), a tenth of them a name and another spelling of it. Target >= 20,000 pairs/s, on
  every word new; the same on pairs from the vocabulary.
* ``name_key`` on unseen names: a stream of distinct names from the vocabulary, caches cleared
  at its start (the words are read when they first come), then the next stream of distinct
  names of the same population (names never seen, words mostly seen: a long-running process).
  Target >= 150,000 names/s. Also names never seen whose words all were (the first stream's
  given names and surnames paired anew), every word new (caches cleared: each name brings a
  new surname), and cached.
* ``same_name`` on a repeated pool (200,000 pairs from 1,000 names): one case among them.
* Growth: each job at four sizes, and the exponent b of time = a * size^b fitted to them (1.0
  is linear).
* ``Lexicon`` of 1,000,000 vocabulary names (``--lexicon-size``), in a subprocess: build time
  and peak RSS (targets <= 20 s, <= 1 GiB; the names are made in the parent process and
  handed over in a file), ``save``, then ``load`` in a fresh process (<= 2 s) and lookups on
  the loaded lexicon, nothing cached: exact ones (the entries' names in another case and
  spacing; >= 100,000/s) and variant ones (the same people written in another standard or in
  Cyrillic; >= 2,000/s); the variant lookups in the building process too. Also the build
  rate with every word new.
* Peers for scale: ``jellyfish.metaphone`` and ``rapidfuzz.fuzz.ratio`` (``bench`` extra).

``--quick`` (CI smoke run, seconds): small sizes, a lexicon of 10,000; nothing is
extrapolated from it.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as _dt
import gc
import itertools
import json
import math
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

translit: Any = None  # set by _import(): the package of the working tree (or of --src)

TARGET_SAME_DISTINCT = 20_000  # pairs/s
TARGET_KEY_UNSEEN = 150_000  # names/s
TARGET_SAME_REPEATED = 100_000  # pairs/s
TARGET_EXACT_LOOKUPS = 100_000  # lookups/s
TARGET_VARIANT_LOOKUPS = 2_000  # lookups/s at 1,000,000 entries
TARGET_BUILD_SECONDS = 20.0
TARGET_BUILD_BYTES = 1024**3
TARGET_LOAD_SECONDS = 2.0
LEXICON_FULL = 1_000_000
LEXICON_QUICK = 10_000

LANGS = ("ru", "uk", "be")
# The standard a lexicon writes each language in (a real list uses one).
LEXICON_STANDARD = {"ru": "ru-bgn-pcgn", "uk": "uk-kmu-2010", "be": "be-passport"}

# fmt: off
SURNAMES = {
    "ru": [
        "Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова",
        "Морозов", "Петрова", "Волков", "Соловьёва", "Васильев", "Зайцева", "Павлов", "Семёнова",
        "Голубев", "Виноградова", "Богданов", "Воробьёва", "Фёдоров", "Михайлова", "Беляев",
        "Тарасова", "Белов", "Комарова", "Орлов", "Киселёва", "Макаров", "Андреева", "Щербаков",
        "Ходорковский", "Навальная", "Хрущёв", "Чайковский", "Жуков", "Рыжкова", "Шувалов",
    ],
    "uk": [
        "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук",
        "Поліщук", "Бойко", "Ткачук", "Мельник", "Лисенко", "Марченко", "Руденко", "Савченко",
        "Петренко", "Клименко", "Павленко", "Левченко", "Зеленський", "Зеленська", "Кличко",
        "Порошенко", "Тимошенко", "Ющенко", "Яценюк", "Гончаренко", "Кучма", "Хмельницький",
    ],
    "be": [
        "Лукашэнка", "Ціханоўская", "Шушкевіч", "Мельнікаў", "Каліноўскі", "Багдановіч",
        "Броўка", "Быкаў", "Караткевіч", "Купала", "Колас", "Бародзіч", "Кавалёў", "Новік",
        "Шыманская", "Ткачова", "Гурская", "Латушка", "Бабарыка", "Калеснікава", "Вітушка",
    ],
}
CONSONANTS = "бвгдзклмнпрстфхцчшж"
VOWELS = {"ru": "аоеуиы", "uk": "аоеуиі", "be": "аоэуыі"}
ENDINGS = {
    "ru": {"m": ["ов", "ев", "ин", "ский", "енко", "ук", "ич"],
           "f": ["ова", "ева", "ина", "ская", "енко", "ук"]},
    "uk": {"m": ["енко", "ук", "чук", "ський", "ів", "ич", "ко", "ак"],
           "f": ["енко", "ук", "ська", "ко"]},
    "be": {"m": ["енка", "ук", "скі", "аў", "іч", "ёнак", "ка", "ін"],
           "f": ["енка", "ская", "ава", "ук", "ка"]},
}
# fmt: on


def _import(src: Path | None) -> None:
    global translit
    sys.path.insert(0, str(src or SRC))
    import translit as _t

    translit = _t


def _given_forms() -> dict[tuple[str, str], list[str]]:
    from translit.names.given import given_names

    out: dict[tuple[str, str], list[str]] = {}
    for row in given_names().values():
        for lang in LANGS:
            out.setdefault((lang, row.gender), []).extend(getattr(row, lang))
    return {k: sorted(set(v)) for k, v in out.items()}


def _standards() -> dict[str, list[str]]:
    return {lang: sorted(s.id for s in translit.schemes() if lang in s.languages) for lang in LANGS}


def _surname(rng: random.Random, lang: str, gender: str) -> str:
    stem = "".join(
        rng.choice(CONSONANTS) + rng.choice(VOWELS[lang]) for _ in range(rng.randint(1, 3))
    )
    word = stem + rng.choice(CONSONANTS) + rng.choice(ENDINGS[lang][gender])
    return word[0].upper() + word[1:]


class NameMaker:
    """Fresh names, every surname new: the worst case for per-word caches."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.given = _given_forms()
        self.standards = _standards()
        self.seen: set[str] = set()

    def cyrillic(self) -> tuple[str, str]:
        rng = self.rng
        lang, gender = rng.choice(LANGS), rng.choice("mf")
        if rng.random() < 0.15:
            surname = rng.choice(SURNAMES[lang])
        else:
            surname = _surname(rng, lang, gender)
        shape = rng.random()
        if shape < 0.3:
            return lang, surname
        given = rng.choice(self.given[lang, gender])
        return lang, f"{given} {surname}" if shape < 0.8 else f"{surname} {given}"

    def name(self) -> str:
        while True:
            lang, name = self.cyrillic()
            if self.rng.random() >= 0.25:
                name = translit.transliterate(name, self.rng.choice(self.standards[lang]))
            if name not in self.seen:
                self.seen.add(name)
                return name

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]


class Vocabulary:
    """The names of a population: surnames drawn by a Zipf law from a vocabulary, given names
    from the cognate table; each full name distinct."""

    def __init__(self, seed: int, size: int = 100_000) -> None:
        self.rng = rng = random.Random(seed)
        self.given = _given_forms()
        self.standards = _standards()
        self.stems: dict[str, list[dict[str, str]]] = {}
        for lang in LANGS:
            real = [{"m": s, "f": s} for s in SURNAMES[lang]]
            made = []
            for _ in range(size - len(real)):
                state = rng.getstate()
                m = _surname(rng, lang, "m")
                rng.setstate(state)
                f = _surname(rng, lang, "f")
                made.append({"m": m, "f": f})
            self.stems[lang] = real + made
        weights = [1.0 / r for r in range(1, size + 1)]
        self.cumulative = list(itertools.accumulate(weights))
        self.seen: set[str] = set()
        self.spelled: dict[tuple[str, str], str] = {}

    def spell(self, word: str, standard: str | None) -> str:
        if standard is None:
            return word
        got = self.spelled.get((word, standard))
        if got is None:
            got = self.spelled[word, standard] = translit.transliterate(word, standard)
        return got

    def spelling(self, lang: str) -> str | None:
        """How a source writes a name of this language: in Cyrillic (three in ten), in the
        standard most sources use (LEXICON_STANDARD, five in ten), or another one."""
        r = self.rng.random()
        if r < 0.3:
            return None
        if r < 0.85:
            return LEXICON_STANDARD[lang]
        return self.rng.choice(self.standards[lang])

    def person(self) -> tuple[str, str, str, str]:
        """(language, gender, given name, surname) in Cyrillic."""
        rng = self.rng
        lang, gender = rng.choice(LANGS), rng.choice("mf")
        rank = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        surname = self.stems[lang][min(rank, len(self.stems[lang]) - 1)][gender]
        return lang, gender, rng.choice(self.given[lang, gender]), surname

    def name(self, standard: str | None = "random") -> tuple[str, tuple[str, str, str, str]]:
        """A distinct full name (or, one time in ten, a surname alone) and whose it is."""
        while True:
            who = lang, _, given, surname = self.person()
            std = self.spelling(lang) if standard == "random" else standard
            parts = [surname] if self.rng.random() < 0.1 else [given, surname]
            name = " ".join(self.spell(w, std) for w in parts)
            if name not in self.seen:
                self.seen.add(name)
                return name, who

    def names(self, n: int) -> list[str]:
        return [self.name()[0] for _ in range(n)]


# --------------------------------------------------------------------------------------------
# Timing


def clear_caches() -> None:
    translit.names.clear_caches()


def cpu(fn: Callable[[], object]) -> float:
    gc.collect()
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def each(items: Iterable[Any], fn: Callable[[Any], object]) -> Callable[[], None]:
    def go() -> None:
        for x in items:
            fn(x)

    return go


def pairs_of(items: list[tuple[str, str]], fn: Callable[[str, str], object]) -> Callable[[], None]:
    def go() -> None:
        for a, b in items:
            fn(a, b)

    return go


def _recombined(stream: list[str], n: int, rng: random.Random) -> list[str]:
    seen = set(stream)
    pairs = [name.split() for name in stream if len(name.split()) == 2]
    firsts, seconds = [p[0] for p in pairs], [p[1] for p in pairs]
    out: list[str] = []
    for _ in range(4 * n):
        name = f"{rng.choice(firsts)} {rng.choice(seconds)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
            if len(out) == n:
                break
    return out


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """b of seconds = a * size^b, least squares on the logarithms."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def distinct_pairs(maker: NameMaker | Vocabulary, n: int, seed: int) -> list[tuple[str, str]]:
    """n pairs of names not made before; every tenth a name and another spelling of it."""
    rng = random.Random(seed)
    names = maker.names(2 * n)
    pairs = [(names[2 * i], names[2 * i + 1]) for i in range(n)]
    for i in range(0, n, 10):
        if isinstance(maker, NameMaker):
            lang, cyr = maker.cyrillic()
        else:
            lang, _, given, surname = maker.person()
            cyr = f"{given} {surname}"
        std = rng.choice(maker.standards[lang])
        pairs[i] = (cyr, translit.transliterate(cyr, std))
    return pairs


# --------------------------------------------------------------------------------------------
# The Lexicon, in subprocesses


def lexicon_entries(size: int, every_word_new: bool) -> tuple[list[str], list[str]]:
    """Canonical forms (each language in its one standard) and variant queries (the same
    people in another standard or in Cyrillic)."""
    rng = random.Random(99)
    entries: list[str] = []
    queries: list[str] = []
    if every_word_new:
        maker = NameMaker(seed=2024)
        return maker.names(size), []
    voc = Vocabulary(seed=2024)
    step = max(1, size // 4000)
    while len(entries) < size:
        name, (lang, *_) = voc.name(standard=None)
        canonical = " ".join(voc.spell(w, LEXICON_STANDARD[lang]) for w in name.split())
        if canonical in voc.seen:
            continue
        voc.seen.add(canonical)
        entries.append(canonical)
        if len(entries) % step == 0:
            others = [s for s in voc.standards[lang] if s != LEXICON_STANDARD[lang]]
            std = rng.choice([None, *others])
            query = " ".join(voc.spell(w, std) for w in name.split())
            if query.casefold() != canonical.casefold():
                queries.append(query)
    return entries, queries


def peak_rss() -> int:
    """The peak resident memory of this process, in bytes: VmHWM on Linux (ru_maxrss would
    count the parent's memory at the fork), else ru_maxrss."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n") if os.path.getsize(path) else []


def lexicon_child(entries_path: str, queries_path: str, save_to: str) -> None:
    """Build a Lexicon of the names in a file; print JSON with times and memory (and, for a
    vocabulary lexicon, lookup rates in the building process) and save it."""
    entries, queries = _lines(entries_path), _lines(queries_path)
    translit.same_name("Lukashenko", "Лукашэнка")  # load the data tables
    words = len({w for e in entries for w in e.split()})
    gc.collect()
    before = peak_rss()
    t0 = time.process_time()
    lex = translit.Lexicon(entries)
    build_s = time.process_time() - t0
    peak = peak_rss()
    floor_s = cpu(lambda: {" ".join(e.casefold().split()): i for i, e in enumerate(entries)})
    out: dict[str, Any] = {
        "size": len(lex),
        "words": words,
        "build_s": build_s,
        "floor_s": floor_s,
        "rss_before": before,
        "rss_peak": peak,
        "conflicts": len(lex.conflicts),
    }
    if queries:
        clear_caches()
        out["variant_s"] = cpu(each(queries, lex.lookup))
        t0 = time.process_time()
        lex.save(save_to)
        out["save_s"] = time.process_time() - t0
        out["file_bytes"] = os.path.getsize(save_to)
    print(json.dumps(out))


def load_child(path: str, entries_path: str, queries_path: str) -> None:
    """Load a saved Lexicon in a fresh process; time exact and variant lookups on it."""
    translit.same_name("Lukashenko", "Лукашэнка")  # load the data tables
    t0 = time.process_time()
    lex = translit.Lexicon.load(path)
    load_s = time.process_time() - t0
    peak = peak_rss()
    entries, queries = _lines(entries_path), _lines(queries_path)
    probe = entries[:: max(1, len(entries) // 20000)]
    exact = [" " + n.upper() + " " for n in probe]
    found = [0]

    def variants() -> None:
        found[0] = sum(lex.lookup(q) is not None for q in queries)

    out = {
        "load_s": load_s,
        "size": len(lex),
        "rss_peak": peak,
        "exact": len(exact),
        "exact_s": cpu(each(exact, lex.lookup)),
        "exact_floor_s": cpu(each(exact, lambda n: " ".join(n.casefold().split()))),
        "variants": len(queries),
        "variant_s": cpu(variants),
        "variant_found": found[0],
    }
    print(json.dumps(out))


def child(args: list[str], src: Path | None) -> dict[str, Any] | str:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    if src:
        cmd += ["--src", str(src)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    except subprocess.TimeoutExpired:
        return "the subprocess did not finish within an hour"
    if proc.returncode != 0:
        return f"the subprocess failed: {proc.stderr.strip()[-2000:]}"
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------------------------
# Report


def plot_growth(growth: list[tuple[str, list[int], list[float]]], path: str) -> None:
    """Time against size for each job of the growth table, on log-log axes (matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("SKIP plot: matplotlib is not installed (pip install -e '.[bench]')")
        return
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for label, sizes, seconds in growth:
        b = exponent(sizes, seconds)
        ax.loglog(sizes, seconds, "o-", label=f"{label.replace('`', '')} (b = {b:.2f})")
    ax.set_xlabel("inputs (distinct pairs, or names)")
    ax.set_ylabel("CPU seconds")
    ax.set_title("translit name matching: time against input size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"plot written to {path}")


def mark(ok: bool) -> str:
    return "OK" if ok else "MISS"


def git_commit(src: Path | None = None) -> str:
    """The commit of the code measured: of ``--src``'s checkout when given."""
    where = src.resolve() if src is not None else ROOT
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=where, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "." if src is not None else "src"],
            cwd=where,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip() + (" (src modified)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="CI smoke run, seconds")
    ap.add_argument("--markdown", type=Path, help="also write the report to this file")
    ap.add_argument("--plot", metavar="PNG", help="draw time against size per job (growth)")
    ap.add_argument("--lexicon-size", type=int, help="entries of the Lexicon (default 1,000,000)")
    ap.add_argument("--src", type=Path, help="measure the translit package in this directory")
    ap.add_argument("--lexicon-child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--load-child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _import(args.src)
    if args.lexicon_child:
        lexicon_child(*args.lexicon_child)
        return 0
    if args.load_child:
        load_child(*args.load_child)
        return 0

    quick = args.quick
    scale = 10 if quick else 1
    n_pairs = 20_000 // scale
    n_keys = 100_000 // scale
    lexicon_size = args.lexicon_size or (LEXICON_QUICK if quick else LEXICON_FULL)
    out: list[str] = []

    def say(line: str = "") -> None:
        out.append(line)
        print(line, flush=True)

    def row(*cells: str) -> None:
        say("| " + " | ".join(cells) + " |")

    say("## Name matching")
    say()
    say(
        f"{_dt.date.today().isoformat()}, CPython {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"translit at `{git_commit(args.src)}`, load average {os.getloadavg()[0]:.1f} at the start"
        + (", **--quick** (smoke run)" if quick else "")
    )
    say()
    maker = NameMaker(seed=7)
    voc = Vocabulary(seed=11, size=100_000 // scale)
    for n in maker.names(300):  # load the data, compile the patterns
        translit.name_key(n)
        translit.same_name(n, "Lukashenko")

    # -- same_name on distinct pairs ---------------------------------------------------------
    new_pairs = distinct_pairs(maker, n_pairs, seed=1)
    voc_pairs = distinct_pairs(voc, n_pairs, seed=2)
    clear_caches()
    same_new = rate(n_pairs, cpu(pairs_of(new_pairs, translit.same_name)))
    clear_caches()
    same_voc = rate(n_pairs, cpu(pairs_of(voc_pairs, translit.same_name)))
    pair_floor = rate(n_pairs, cpu(pairs_of(new_pairs, lambda a, b: a.casefold() == b.casefold())))
    matches = sum(translit.same_name(a, b) for a, b in new_pairs)

    # -- name_key on unseen names ------------------------------------------------------------
    stream = voc.names(n_keys)
    clear_caches()
    key_voc = rate(n_keys, cpu(each(stream, translit.name_key)))
    key_cached = rate(n_keys, cpu(each(stream, translit.name_key)))
    # The same population later on: names never seen, words mostly seen before.
    later = voc.names(n_keys)
    seen_words = {w for n in stream for w in n.split()}
    later_new = len({w for n in later for w in n.split()} - seen_words)
    key_later = rate(n_keys, cpu(each(later, translit.name_key)))
    # Names never seen whose words all were: the given names and surnames of the first
    # stream, paired anew (the state a long-running process reaches once its words recur).
    recombined = _recombined(stream, n_keys, random.Random(5))
    key_recombined = rate(len(recombined), cpu(each(recombined, translit.name_key)))
    new_names = maker.names(n_keys // 5)
    clear_caches()
    key_new = rate(len(new_names), cpu(each(new_names, translit.name_key)))
    key_floor = rate(n_keys, cpu(each(stream, str.casefold)))
    words = [w for n in stream for w in n.split()]
    new_words = len(set(words))

    # -- a repeated pool ---------------------------------------------------------------------
    rng = random.Random(11)
    pool = stream[:1000]
    repeated = [(rng.choice(pool), rng.choice(pool)) for _ in range(10 * n_pairs)]
    first_pass = rate(len(repeated), cpu(pairs_of(repeated, translit.same_name)))
    same_repeated = rate(len(repeated), cpu(pairs_of(repeated, translit.same_name)))

    # -- growth ------------------------------------------------------------------------------
    growth: list[tuple[str, list[int], list[float]]] = []
    sizes = [n_pairs // 4, n_pairs // 2, n_pairs, 2 * n_pairs]
    times = []
    for i, size in enumerate(sizes):
        ps = distinct_pairs(maker, size, seed=100 + i)
        clear_caches()
        times.append(cpu(pairs_of(ps, translit.same_name)))
    growth.append(("`same_name`, distinct pairs, every word new", sizes, times))
    sizes = [n_keys // 4, n_keys // 2, n_keys, 2 * n_keys]
    times = []
    for size in sizes:
        names = Vocabulary(seed=size, size=100_000 // scale).names(size)
        clear_caches()
        times.append(cpu(each(names, translit.name_key)))
    growth.append(("`name_key`, a stream of unseen names (vocabulary)", sizes, times))

    notes: list[str] = []
    peers: list[tuple[str, str]] = []
    try:
        import jellyfish

        r = rate(len(stream), cpu(each(stream, jellyfish.metaphone)))
        peers.append(("jellyfish `metaphone` (the stream's names)", f"{r:,.0f} names/s"))
    except ImportError:
        notes.append("jellyfish is not installed (`pip install -e '.[bench]'`): skipped.")
    try:
        from rapidfuzz import fuzz

        r = rate(n_pairs, cpu(pairs_of(new_pairs, fuzz.ratio)))
        peers.append(("rapidfuzz `fuzz.ratio` (the distinct pairs)", f"{r:,.0f} pairs/s"))
    except ImportError:
        notes.append("rapidfuzz is not installed (`pip install -e '.[bench]'`): skipped.")

    say("### `same_name` and `name_key`")
    say()
    row("what", "measured", "× floor", "target", "")
    row("---", "---:", "---:", "---", "---")
    row(
        f"`same_name`, {n_pairs:,} distinct pairs, every word new (caches cleared, "
        f"{matches:,} matches)",
        f"{same_new:,.0f} pairs/s",
        f"{same_new / pair_floor:.5f}",
        f"≥ {TARGET_SAME_DISTINCT:,}",
        mark(same_new >= TARGET_SAME_DISTINCT),
    )
    row(
        f"`same_name`, {n_pairs:,} distinct pairs from the vocabulary (caches cleared)",
        f"{same_voc:,.0f} pairs/s",
        f"{same_voc / pair_floor:.5f}",
        f"≥ {TARGET_SAME_DISTINCT:,}",
        mark(same_voc >= TARGET_SAME_DISTINCT),
    )
    row(
        f"`name_key`, a stream of {n_keys:,} unseen names from the vocabulary ({new_words:,} "
        "distinct words; caches cleared at its start)",
        f"{key_voc:,.0f} names/s",
        f"{key_voc / key_floor:.5f}",
        f"≥ {TARGET_KEY_UNSEEN:,}",
        mark(key_voc >= TARGET_KEY_UNSEEN),
    )
    row(
        f"`name_key`, the next {n_keys:,} unseen names of the same population ({later_new:,} "
        "words not in the first stream)",
        f"{key_later:,.0f} names/s",
        f"{key_later / key_floor:.5f}",
        f"≥ {TARGET_KEY_UNSEEN:,}",
        mark(key_later >= TARGET_KEY_UNSEEN),
    )
    row(
        f"`name_key`, {len(recombined):,} unseen names whose words all came in the first stream "
        "(its given names and surnames paired anew)",
        f"{key_recombined:,.0f} names/s",
        f"{key_recombined / key_floor:.5f}",
        "–",
        "",
    )
    row(
        f"`name_key`, {len(new_names):,} unseen names, every word new (caches cleared)",
        f"{key_new:,.0f} names/s",
        f"{key_new / key_floor:.5f}",
        "–",
        "",
    )
    row("`name_key`, the stream again (cached)", f"{key_cached:,.0f} names/s", "", "–", "")
    row(
        f"`same_name`, {len(repeated):,} pairs from a pool of 1,000 names",
        f"{same_repeated:,.0f} pairs/s",
        "",
        f"≥ {TARGET_SAME_REPEATED:,}",
        mark(same_repeated >= TARGET_SAME_REPEATED),
    )
    row("`same_name`, first pass over those pairs", f"{first_pass:,.0f} pairs/s", "", "–", "")
    row(
        "floor: casefold equality of the distinct pairs", f"{pair_floor:,.0f} pairs/s", "1", "–", ""
    )
    row("floor: `str.casefold` of the stream's names", f"{key_floor:,.0f} names/s", "1", "–", "")
    for label, value in peers:
        row(label, value, "", "–", "peer")
    say()
    say("### Growth (time = a · size^b)")
    say()
    row("job", "sizes", "CPU seconds", "b")
    row("---", "---", "---", "---:")
    for label, ss, ts in growth:
        row(
            label,
            ", ".join(f"{s:,}" for s in ss),
            ", ".join(f"{t:.2f}" for t in ts),
            f"{exponent(ss, ts):.2f}",
        )
    say()
    if args.plot:
        plot_growth(growth, args.plot)

    # -- the Lexicon ---------------------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        # The names are made here and handed over in files, so that the building process
        # holds only them, the data and the lexicon.
        def write(name: str, lines: list[str]) -> str:
            path = os.path.join(tmp, name)
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            return path

        entries, queries = lexicon_entries(lexicon_size, every_word_new=False)
        e_path, q_path = write("entries.txt", entries), write("queries.txt", queries)
        worst_size = lexicon_size // 5
        w_path = write("new.txt", lexicon_entries(worst_size, every_word_new=True)[0])
        none = write("none.txt", [])
        del entries
        path = os.path.join(tmp, "lexicon.tlex")
        lex = child(["--lexicon-child", e_path, q_path, path], args.src)
        loaded = child(["--load-child", path, e_path, q_path], args.src)
        worst = child(["--lexicon-child", w_path, none, path + ".x"], args.src)
    say(f"### Lexicon of {lexicon_size:,} names from the vocabulary (in subprocesses)")
    say()
    if isinstance(lex, str):
        say(f"Not measured: {lex}")
    else:
        full = not quick
        row("what", "measured", "× floor", "target", "")
        row("---", "---:", "---:", "---", "---")
        build_s = lex["build_s"]
        row(
            f"build ({lex['size']:,} entries, {lex['words']:,} distinct words)",
            f"{build_s:.1f} s ({rate(lex['size'], build_s):,.0f} entries/s)",
            f"{lex['floor_s'] / build_s:.4f}",
            f"≤ {TARGET_BUILD_SECONDS:.0f} s" if full else "(full run only)",
            mark(build_s <= TARGET_BUILD_SECONDS) if full else "",
        )
        row(
            "peak RSS of the building process",
            f"{lex['rss_peak'] / 1024**3:.2f} GiB (before the build: "
            f"{lex['rss_before'] / 1024**3:.2f} GiB)",
            "",
            "≤ 1 GiB" if full else "(full run only)",
            mark(lex["rss_peak"] <= TARGET_BUILD_BYTES) if full else "",
        )
        if isinstance(loaded, dict):
            row(
                "`Lexicon.load` in a fresh process",
                f"{loaded['load_s']:.2f} s (peak RSS {loaded['rss_peak'] / 1024**3:.2f} GiB)",
                "",
                f"≤ {TARGET_LOAD_SECONDS:.0f} s" if full else "(full run only)",
                mark(loaded["load_s"] <= TARGET_LOAD_SECONDS) if full else "",
            )
            exact = rate(loaded["exact"], loaded["exact_s"])
            row(
                f"exact lookups, loaded ({loaded['exact']:,} names in another case and spacing)",
                f"{exact:,.0f} lookups/s",
                f"{loaded['exact_floor_s'] / loaded['exact_s']:.4f}",
                f"≥ {TARGET_EXACT_LOOKUPS:,}",
                mark(exact >= TARGET_EXACT_LOOKUPS),
            )
            variant = rate(loaded["variants"], loaded["variant_s"])
            row(
                f"variant lookups, loaded ({loaded['variants']:,} people in another standard or "
                f"in Cyrillic, nothing cached; {loaded['variant_found']:,} found)",
                f"{variant:,.0f} lookups/s",
                "",
                f"≥ {TARGET_VARIANT_LOOKUPS:,}" if full else "(full run only)",
                mark(variant >= TARGET_VARIANT_LOOKUPS) if full else "",
            )
        else:
            row("`Lexicon.load` in a fresh process", f"not measured: {loaded}", "", "", "")
        if "variant_s" in lex and isinstance(loaded, dict):
            in_build = rate(loaded["variants"], lex["variant_s"])
            row(
                "the same variant lookups in the building process, right after the build",
                f"{in_build:,.0f} lookups/s",
                "",
                "–",
                "",
            )
        row(
            f"`save` ({lex['file_bytes'] / 1024**2:.0f} MiB)", f"{lex['save_s']:.1f} s", "", "–", ""
        )
        if isinstance(worst, dict):
            row(
                f"build of {worst['size']:,} names, every word new ({worst['words']:,} distinct "
                "words)",
                f"{worst['build_s']:.1f} s ({rate(worst['size'], worst['build_s']):,.0f} "
                "entries/s)",
                f"{worst['floor_s'] / worst['build_s']:.4f}",
                "–",
                "",
            )
        row("conflicts reported", f"{lex['conflicts']:,}", "", "–", "")
    say()
    for note in notes:
        say(f"Note: {note}")
    if notes:
        say()
    if args.markdown:
        args.markdown.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
