#!/usr/bin/env python3
"""Speed of name variants (issue 14): ``variants`` on single surnames, cold and cached, and
``to_native`` on their Latin spellings.

Usage::

    python benchmarks/variants.py [--quick] [--names N] [--markdown FILE] [--src DIR]

Everything is measured in one run and printed as Markdown with the target beside each value
(OK/MISS). The script never asserts and exits 0; an exception raised by translit itself still
propagates.

What is measured:

* ``variants`` **cold**: surnames never seen before (generated from syllables and real
  Russian, Ukrainian and Belarusian endings, in Cyrillic; a tenth are real surnames), with the
  per-input caches of ``translit.variants`` and ``translit.names`` cleared before each sample
  (the data files stay loaded, as in a long-running process). Best of 3 disjoint lists.
  Target: >= 2,000 calls/s (issue 14). Shown also as a multiple of a floor measured in the
  same run on the same names: one standard's spelling (``transliterate(name, "ru-bgn-pcgn",
  names=True)``), the least a list of spellings costs; a variants call writes every form of the
  name under some thirty standards and conventions.
* ``variants`` **cached**: the same names again (a repeated name is answered from the cache).
* ``to_native`` **cold**: the English-press spelling of each name (per-input caches cleared).

``--quick`` (CI smoke run, a few seconds): 200 names, one sample; its numbers only show that
every path runs.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

translit: Any = None  # set by _import(): the package of the working tree (or of --src)

TARGET_VARIANTS = 2_000  # calls/s on single surnames (issue 14)

# fmt: off
REAL = [
    "Иванов", "Смирнова", "Кузнецов", "Лебедева", "Щербаков", "Ходорковский", "Хрущёв",
    "Шевченко", "Коваленко", "Олійник", "Зеленський", "Тимошенко", "Ющенко", "Яценюк",
    "Лукашэнка", "Ціханоўская", "Шушкевіч", "Мельнікаў", "Каліноўскі", "Бабарыка",
]
CONSONANTS = {"ru": "бвгдзклмнпрстфхцчшж", "uk": "бвгдзклмнпрстфхцчшж", "be": "бвгдзклмнпрстфхцчшж"}
VOWELS = {"ru": "аоеуиы", "uk": "аоеуиі", "be": "аоэуыі"}
ENDINGS = {
    "ru": ["ов", "ова", "ев", "ин", "ина", "ский", "ская", "енко", "ук", "ич"],
    "uk": ["енко", "ук", "чук", "ський", "ська", "ів", "ич", "ко", "ак"],
    "be": ["енка", "ук", "скі", "ская", "аў", "ава", "іч", "ка", "ін"],
}
# fmt: on


def _import(src: Path | None) -> None:
    global translit
    sys.path.insert(0, str(src or SRC))
    import translit as _t

    translit = _t


def surnames(n: int, seed: int, seen: set[str]) -> list[str]:
    """``n`` surnames not in ``seen`` (which they are added to), reproducibly."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        lang = rng.choice(tuple(ENDINGS))
        if rng.random() < 0.1:
            word = rng.choice(REAL)
        else:
            c, v = CONSONANTS[lang], VOWELS[lang]
            stem = "".join(rng.choice(c) + rng.choice(v) for _ in range(rng.randint(1, 3)))
            word = stem + rng.choice(c) + rng.choice(ENDINGS[lang])
            word = word[0].upper() + word[1:]
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def clear_per_input_caches() -> None:
    """Empty the lru_caches of translit.variants and translit.names that hold per-input
    results (not the data loaders, which a long-running process has loaded once)."""
    for pkg_name in ("translit.names", "translit.variants"):
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.iter_modules(pkg.__path__):
            module = importlib.import_module(f"{pkg_name}.{info.name}")
            for obj in vars(module).values():
                if getattr(obj, "__module__", None) != module.__name__:
                    continue
                cache_info = getattr(obj, "cache_info", None)
                if cache_info is None:
                    continue
                maxsize = cache_info().maxsize
                if maxsize is not None and maxsize > 8:
                    obj.cache_clear()


def rate(fn: Callable[[str], Any], items: list[str], cold: bool) -> float:
    """Calls per second of ``fn`` over ``items`` (per-input caches cleared first if cold)."""
    if cold:
        clear_per_input_caches()
    gc.collect()
    start = time.perf_counter()
    for item in items:
        fn(item)
    return len(items) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="CI smoke run (a few seconds)")
    parser.add_argument("--names", type=int, default=1000, help="names per sample (default 1000)")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--src", type=Path, help="measure the package in this source tree")
    args = parser.parse_args()
    _import(args.src)
    n = 200 if args.quick else args.names
    samples = 1 if args.quick else 3

    variants, transliterate, to_native = (
        translit.variants,
        translit.transliterate,
        translit.to_native,
    )
    variants("Лукашенко")  # load the data files: a long-running process has them
    to_native("Lukashenko")
    seen: set[str] = {"Лукашенко"}
    lists = [surnames(n, seed, seen) for seed in range(samples)]

    def floor(name: str) -> str:
        return transliterate(name, "ru-bgn-pcgn", names=True)

    floor_rate = max(rate(floor, names, cold=False) for names in lists)
    cold = max(rate(variants, names, cold=True) for names in lists)
    rate(variants, lists[0], cold=False)  # the cold samples evicted nothing: fill it again
    cached = rate(variants, lists[0], cold=False)
    latin = [floor(name) for name in lists[0]]
    native_rate = rate(lambda s: to_native(s, limit=3), latin, cold=True)

    ok = "OK" if cold >= TARGET_VARIANTS else "MISS"
    lines = [
        "# Name variants: speed",
        "",
        f"{n} single surnames per sample, best of {samples}"
        + (" (--quick: nothing is extrapolated)" if args.quick else ""),
        "",
        "| measure | calls/s | target | |",
        "|---|---:|---:|---|",
        f"| variants, cold | {cold:,.0f} | >= {TARGET_VARIANTS:,} | {ok} |",
        f"| variants, cached (the same names again) | {cached:,.0f} | | |",
        f"| to_native, cold (limit=3) | {native_rate:,.0f} | | |",
        f"| floor: transliterate under one standard | {floor_rate:,.0f} | | |",
        "",
        f"variants (cold) costs {floor_rate / cold:,.0f}x the floor: one call writes every form "
        "of a name under some thirty standards and conventions.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
