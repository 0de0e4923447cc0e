#!/usr/bin/env python3
"""Speed of name matching: name_key cold and cached, same_name on repeated names, a Lexicon of a
million entries, beside jellyfish metaphone and rapidfuzz ``fuzz.ratio``.

Usage::

    python benchmarks/names.py [--quick] [--markdown FILE] [--lexicon-size N] [--src DIR]

Everything is measured in one run, side by side, and printed as Markdown with the target beside
each value (OK/MISS). The script never asserts and exits 0; an exception raised by translit
itself still propagates (that is a bug, not a slow result).

What is measured:

* ``name_key`` **cold**: the per-input caches of ``translit.names`` are cleared (``readings``,
  ``primary_reading``, ``analyze``, ``analyze_light``, ``given_name_ids``, ... — every
  ``lru_cache`` there except the one-slot data loaders, which a long-running process has loaded
  once) and the names have never been seen: surnames are generated from syllables and real
  endings, given names come from the cognate table, and the whole name is transliterated
  under a random standard of its language or left in Cyrillic. Best of 3 disjoint lists.
  Target: >= 150,000 names/s (issue 8); shown also as a share of a floor measured in the same
  run (``str.casefold`` of the same names).
* ``name_key`` **cached**: the same names again.
* ``same_name`` **on distinct pairs**: pairs of names never seen before (per-input caches
  cleared), a tenth of them a name and one of its transliterations. Target: >= 20,000 pairs/s
  (issue 8); shown also as a share of casefold equality of the same pairs.
* ``same_name`` **on repeated names**: pairs drawn from a pool of 1,000 names, timed after one
  pass over the same pairs. Target: >= 100,000 pairs/s. The first pass (new pairs of names whose
  tokens are cached) is shown too.
* Peers, for context, on the same names and pairs: ``jellyfish.metaphone`` (names/s) and
  ``rapidfuzz.fuzz.ratio`` (pairs/s); both come with the ``bench`` extra and are skipped with a
  note when missing.
* ``Lexicon`` of 1,000,000 entries (``--lexicon-size``), built in a subprocess: build time and
  the peak resident memory of that process (``ru_maxrss``). Targets: <= 60 s, <= 2 GB. Lookups
  of entries' own names, and of the same names as exact forms (another case and spacing):
  target >= 100,000 exact lookups/s (issue 8).

``--quick`` (CI smoke run, a few seconds): 2,000 names, 20,000 pairs, one sample, a Lexicon of
10,000 entries; its numbers only show that every path runs, and nothing is extrapolated.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

translit: Any = None  # set by _import(): the package of the working tree (or of --src)

TARGET_KEY_COLD = 150_000  # names/s (issue 8)
TARGET_SAME_REPEATED = 100_000  # pairs/s
TARGET_SAME_DISTINCT = 20_000  # pairs/s (issue 8)
TARGET_EXACT_LOOKUPS = 100_000  # lookups/s (issue 8)
TARGET_LEXICON_SECONDS = 60.0
TARGET_LEXICON_BYTES = 2 * 1024**3
LEXICON_FULL = 1_000_000
LEXICON_QUICK = 10_000

LANGS = ("ru", "uk", "be")

# Real surnames (the recombinations below mix them with given names and generated surnames).
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
CONSONANTS = {"ru": "бвгдзклмнпрстфхцчшж", "uk": "бвгдзклмнпрстфхцчшж", "be": "бвгдзклмнпрстфхцчшж"}
VOWELS = {"ru": "аоеуиы", "uk": "аоеуиі", "be": "аоэуыі"}
ENDINGS = {
    "ru": ["ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "енко", "ук", "ич"],
    "uk": ["енко", "ук", "чук", "ський", "ська", "ів", "ич", "ко", "ак", "ишин"],
    "be": ["енка", "ук", "скі", "ская", "аў", "ава", "іч", "ёнак", "ка", "ін"],
}
# fmt: on


def _import(src: Path | None) -> None:
    global translit
    sys.path.insert(0, str(src or SRC))
    import translit as _t

    translit = _t


# --------------------------------------------------------------------------------------------
# Names


class NameMaker:
    """Fresh East Slavic names in Cyrillic and in every standard's Latin, reproducibly."""

    def __init__(self, seed: int) -> None:
        from translit.names.given import given_names

        self.rng = random.Random(seed)
        rows = list(given_names().values())
        self.given = {lang: [f for r in rows for f in getattr(r, lang)] for lang in LANGS}
        self.standards = {
            lang: sorted(s.id for s in translit.schemes() if lang in s.languages) for lang in LANGS
        }
        self.seen: set[str] = set()

    def surname(self, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return rng.choice(SURNAMES[lang])
        c, v = CONSONANTS[lang], VOWELS[lang]
        stem = "".join(rng.choice(c) + rng.choice(v) for _ in range(rng.randint(1, 3)))
        word = stem + rng.choice(c) + rng.choice(ENDINGS[lang])
        return word[0].upper() + word[1:]

    def cyrillic(self) -> tuple[str, str]:
        rng = self.rng
        lang = rng.choice(LANGS)
        surname = self.surname(lang)
        shape = rng.random()
        if shape < 0.3:
            return lang, surname
        given = rng.choice(self.given[lang])
        return lang, f"{given} {surname}" if shape < 0.8 else f"{surname} {given}"

    def name(self) -> str:
        """A name not made before: Cyrillic (a quarter) or one standard's transliteration."""
        while True:
            lang, name = self.cyrillic()
            if self.rng.random() >= 0.25:
                name = translit.transliterate(name, self.rng.choice(self.standards[lang]))
            if name not in self.seen:
                self.seen.add(name)
                return name

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]


# --------------------------------------------------------------------------------------------
# Timing


def per_input_caches() -> list[Any]:
    """Every lru_cache of translit.names that holds per-input results (not the one-slot data
    loaders). Includes readings, analyze and given_name_ids."""
    import importlib
    import pkgutil

    import translit.names as pkg

    caches = []
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"translit.names.{info.name}")
        for obj in vars(module).values():
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            cache_info = getattr(obj, "cache_info", None)
            if cache_info is None:
                continue
            maxsize = cache_info().maxsize
            if maxsize is None or maxsize > 8:
                caches.append(obj)
    return caches


def clear_caches() -> None:
    from translit.names import given, parsing, spelling

    # The three named in the task, then every other per-input cache.
    spelling.readings.cache_clear()
    parsing.analyze.cache_clear()
    given.given_name_ids.cache_clear()
    for cache in per_input_caches():
        cache.cache_clear()


def timed(fn: Callable[[], object]) -> float:
    gc.collect()
    gc.disable()
    try:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0
    finally:
        gc.enable()


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def run_all(names: Iterable[str], fn: Callable[[str], object]) -> Callable[[], None]:
    def go() -> None:
        for n in names:
            fn(n)

    return go


def _casefold_equal(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def run_pairs(pairs: list[tuple[str, str]], fn: Callable[[str, str], object]) -> Callable[[], None]:
    def go() -> None:
        for a, b in pairs:
            fn(a, b)

    return go


# --------------------------------------------------------------------------------------------
# The Lexicon child process


def lexicon_child(size: int) -> None:
    """Build a Lexicon of ``size`` fresh names; print JSON with times and peak memory."""
    maker = NameMaker(seed=2024)
    t0 = time.perf_counter()
    entries = maker.names(size)
    gen_s = time.perf_counter() - t0
    translit.same_name("Lukashenko", "Лукашэнка")  # load the data tables
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.perf_counter()
    lex = translit.Lexicon(entries)
    build_s = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    probe = entries[:: max(1, size // 2000)]
    t0 = time.perf_counter()
    hits = sum(lex.lookup(n) is not None for n in probe)
    lookup_s = time.perf_counter() - t0
    # Exact hits: the canonical forms in another case and spacing (the index of exact forms).
    exact = [" " + n.upper() + " " for n in probe]
    t0 = time.perf_counter()
    exact_hits = sum(lex.lookup(n) is not None for n in exact)
    exact_s = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "size": len(lex),
                "generate_s": gen_s,
                "build_s": build_s,
                "rss_before": before,
                "rss_peak": peak,
                "conflicts": len(lex.conflicts),
                "lookups": len(probe),
                "lookup_hits": hits,
                "lookup_s": lookup_s,
                "exact_hits": exact_hits,
                "exact_s": exact_s,
            }
        )
    )


def lexicon_in_subprocess(size: int, src: Path | None) -> dict[str, Any] | str:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--lexicon-child", str(size)]
    if src:
        cmd += ["--src", str(src)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        return "the Lexicon subprocess did not finish within 30 minutes"
    if proc.returncode != 0:
        return f"the Lexicon subprocess failed: {proc.stderr.strip()[-2000:]}"
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------------------------
# Report


def mark(ok: bool) -> str:
    return "OK" if ok else "MISS"


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}"


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True
        )
        return out.stdout.strip() + (" (src modified)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="CI smoke run, a few seconds")
    ap.add_argument("--markdown", type=Path, help="also write the report to this file")
    ap.add_argument("--lexicon-size", type=int, help="entries of the Lexicon (default 1,000,000)")
    ap.add_argument("--src", type=Path, help="measure the translit package in this directory")
    ap.add_argument("--lexicon-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    _import(args.src)

    if args.lexicon_child:
        lexicon_child(args.lexicon_child)
        return 0

    quick = args.quick
    n_names = 2_000 if quick else 20_000
    n_pairs = 20_000 if quick else 200_000
    samples = 1 if quick else 3
    lexicon_size = args.lexicon_size or (LEXICON_QUICK if quick else LEXICON_FULL)

    out: list[str] = []

    def say(line: str = "") -> None:
        out.append(line)
        print(line, flush=True)

    def row(*cells: str) -> None:
        say("| " + " | ".join(cells) + " |")

    def best(fn: Callable[[], object]) -> float:
        return min(timed(fn) for _ in range(samples))

    say("## Name matching")
    say()
    say(
        f"{_dt.date.today().isoformat()}, CPython {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"translit at `{git_commit()}`" + (", **--quick** (smoke run)" if quick else "")
    )
    say()

    maker = NameMaker(seed=7)
    # Warm-up on names of their own: load the data, compile the regular expressions.
    for n in maker.names(300):
        translit.name_key(n)
        translit.same_name(n, "Lukashenko")
    lists = [maker.names(n_names) for _ in range(samples)]

    cold = []
    for names in lists:
        clear_caches()
        cold.append(timed(run_all(names, translit.name_key)))
    cold_rate = rate(n_names, min(cold))
    cached_rate = rate(n_names, best(run_all(lists[0], translit.name_key)))

    # same_name on repeated names: pairs drawn from a pool of 1,000 names, and a tenth of them
    # replaced by a name and one of its transliterations, so that matches are timed too.
    rng = random.Random(11)
    pool = lists[0][:1000]
    pairs = [(rng.choice(pool), rng.choice(pool)) for _ in range(n_pairs)]
    for _ in range(n_pairs // 10):
        lang, name = maker.cyrillic()
        std = rng.choice(maker.standards[lang])
        pairs[rng.randrange(n_pairs)] = (name, translit.transliterate(name, std))
    for a, b in pairs:
        translit.name_key(a)
        translit.name_key(b)
    same_first_rate = rate(len(pairs), timed(run_pairs(pairs, translit.same_name)))
    same_rate = rate(len(pairs), best(run_pairs(pairs, translit.same_name)))
    matches = sum(translit.same_name(a, b) for a, b in pairs)

    # Distinct inputs: every pair is two names never seen before (per-input caches cleared),
    # a tenth of them a name and one of its transliterations. The floor is casefold equality
    # of the same pairs and names, measured in the same run, so the ratios travel between
    # machines.
    n_distinct = n_names // 2 if quick else n_names
    fresh = maker.names(2 * n_distinct)
    distinct = [(fresh[2 * i], fresh[2 * i + 1]) for i in range(n_distinct)]
    for i in range(0, n_distinct, 10):
        lang, name = maker.cyrillic()
        distinct[i] = (name, translit.transliterate(name, rng.choice(maker.standards[lang])))
    clear_caches()
    distinct_rate = rate(len(distinct), timed(run_pairs(distinct, translit.same_name)))
    pair_floor = rate(len(distinct), best(run_pairs(distinct, _casefold_equal)))
    key_floor = rate(n_names, best(run_all(lists[0], str.casefold)))

    notes: list[str] = []
    peers: list[tuple[str, str]] = []
    try:
        import jellyfish

        r = rate(n_names, best(run_all(lists[0], jellyfish.metaphone)))
        peers.append(("jellyfish `metaphone` (the same names)", f"{r:,.0f} names/s"))
    except ImportError:
        notes.append("jellyfish is not installed (`pip install -e '.[bench]'`): skipped.")
    try:
        from rapidfuzz import fuzz

        r = rate(len(pairs), best(run_pairs(pairs, fuzz.ratio)))
        peers.append(("rapidfuzz `fuzz.ratio` (the same pairs)", f"{r:,.0f} pairs/s"))
    except ImportError:
        notes.append("rapidfuzz is not installed (`pip install -e '.[bench]'`): skipped.")

    row("what", "measured", "target", "")
    row("---", "---:", "---", "---")
    row(
        f"`name_key`, cold (caches cleared, {n_names:,} unseen names, best of {samples})",
        f"{cold_rate:,.0f} names/s",
        f"≥ {TARGET_KEY_COLD:,}",
        mark(cold_rate >= TARGET_KEY_COLD),
    )
    row(
        "`name_key`, cold, as a share of the floor (`str.casefold` of the same names)",
        f"{cold_rate / key_floor:.4f}× ({key_floor:,.0f} names/s)",
        "–",
        "",
    )
    row("`name_key`, cached (the same names again)", f"{cached_rate:,.0f} names/s", "–", "")
    row(
        f"`same_name`, distinct pairs ({len(distinct):,} pairs of unseen names, caches cleared)",
        f"{distinct_rate:,.0f} pairs/s",
        f"≥ {TARGET_SAME_DISTINCT:,}",
        mark(distinct_rate >= TARGET_SAME_DISTINCT),
    )
    row(
        "`same_name`, distinct pairs, as a share of the floor (casefold equality of the pairs)",
        f"{distinct_rate / pair_floor:.4f}× ({pair_floor:,.0f} pairs/s)",
        "–",
        "",
    )
    row(
        f"`same_name`, repeated names ({len(pairs):,} pairs from a pool of 1,000 names, "
        f"{matches:,} matches)",
        f"{same_rate:,.0f} pairs/s",
        f"≥ {TARGET_SAME_REPEATED:,}",
        mark(same_rate >= TARGET_SAME_REPEATED),
    )
    row(
        "`same_name`, first pass over those pairs (tokens cached, pairs new)",
        f"{same_first_rate:,.0f} pairs/s",
        "–",
        "",
    )
    for label, value in peers:
        row(label, value, "–", "peer")
    say()

    lex = lexicon_in_subprocess(lexicon_size, args.src)
    say(f"### Lexicon of {lexicon_size:,} entries (built in a subprocess)")
    say()
    if isinstance(lex, str):
        say(f"Not measured: {lex}")
    else:
        build_s, peak = lex["build_s"], lex["rss_peak"]
        row("what", "measured", "target", "")
        row("---", "---:", "---", "---")
        if quick:  # nothing is extrapolated from the small run
            row("build time", f"{build_s:.2f} s", "(full run only)", "")
            row("peak RSS of the process", f"{peak / 1024**3:.2f} GiB", "(full run only)", "")
        else:
            row(
                "build time",
                f"{build_s:.1f} s ({rate(lex['size'], build_s):,.0f} entries/s)",
                f"≤ {TARGET_LEXICON_SECONDS:.0f} s",
                mark(build_s <= TARGET_LEXICON_SECONDS),
            )
            row(
                "peak RSS of the process",
                f"{peak / 1024**3:.2f} GiB",
                "≤ 2 GiB",
                mark(peak <= TARGET_LEXICON_BYTES),
            )
        row(
            f"RSS before the build (interpreter, data, the {lex['size']:,} input strings)",
            f"{lex['rss_before'] / 1024**3:.2f} GiB",
            "–",
            "",
        )
        row(
            f"`lookup` of {lex['lookups']:,} entries' own names ({lex['lookup_hits']:,} found)",
            f"{rate(lex['lookups'], lex['lookup_s']):,.0f} lookups/s",
            "–",
            "",
        )
        exact_rate = rate(lex["lookups"], lex["exact_s"])
        row(
            f"`lookup` of the same names as exact forms ({lex['exact_hits']:,} found)",
            f"{exact_rate:,.0f} lookups/s",
            f"≥ {TARGET_EXACT_LOOKUPS:,}",
            mark(exact_rate >= TARGET_EXACT_LOOKUPS),
        )
        row("conflicts reported", f"{lex['conflicts']:,}", "–", "")
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
