#!/usr/bin/env python3
"""Transliteration speed of translit against ``str.translate`` and peer libraries.

Usage::

    python benchmarks/transliterate.py [--quick] [--corpus DIR] [--repeats N] [--markdown FILE]
                                       [--src DIR]

Everything is reported as *ratios measured in one run* (translit vs. a ``str.translate`` floor,
vs. Unidecode, small vs. large input, ``import translit`` vs. an empty interpreter), because
absolute timings on a shared machine are noise. The script never asserts: it prints a Markdown
report with OK/MISS beside each target and exits 0. An exception raised *by translit itself*
still propagates (that is a bug, not a slow result); errors of peer libraries are reported as
notes.

Inputs: ``ru.txt``, ``uk.txt`` and ``be.txt`` of the corpus directory (default
``../shared/corpus`` relative to the repository root; skipped with a message if absent) and the
seed text ``seeds/000_2a0d7510474f6b48.txt`` (English, no Cyrillic).

``--quick`` is a smoke run for CI: 20 KB slices, one repeat, a few seconds in all. ``--src``
measures the ``translit`` package found in another directory (e.g. a patched copy), for A/B
comparisons of engine changes.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_2a0d7510474f6b48.txt"

# Set by main(): the translit package of the working tree (or of --src), not whatever copy
# happens to be installed.
translit: Any = None

LANGS = ("ru", "uk", "be")
INPUTS = (*LANGS, "en")  # "en" = the seed text
INPUT_TITLES = {"ru": "ru.txt", "uk": "uk.txt", "be": "be.txt", "en": "seed (English)"}

# Targets (ratios). A scheme with context rules must stay within this factor of the floor.
TARGET_ISO9_VS_FLOOR = 0.9
TARGET_CONTEXT_VS_FLOOR = 0.45
TARGET_CONTEXT_VS_UNIDECODE = 2.0
TARGET_LINEARITY = 0.20  # small-input MB/s within +-20 % of whole-file MB/s
TARGET_IMPORT = 1.5  # wall time of `python -c "import translit"` / `python -c pass`

LinearityRow = tuple[str, float, float, float]

# --------------------------------------------------------------------------------------------
# The pure-Python floor: str.translate with a prebuilt dict of every letter of the language.
# The tables are written out here (not read from translit's data) so the floor does not move
# when the library changes. Outputs follow each language's default standard, without context.

# fmt: off
_FLOOR_LOWER = {
    "ru": {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ë", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "”", "ы": "y", "ь": "’", "э": "e",
        "ю": "yu", "я": "ya",
    },
    "uk": {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
        "ю": "iu", "я": "ia",
    },
    "be": {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "ie", "ё": "io",
        "ж": "ž", "з": "z", "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f",
        "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ы": "y", "ь": "ʹ", "э": "e", "ю": "iu",
        "я": "ia",
    },
}
# fmt: on


def floor_table(lang: str) -> dict[int, str]:
    """Every lower- and upper-case letter of ``lang`` -> its Latin string."""
    table: dict[int, str] = {}
    for src, out in _FLOOR_LOWER[lang].items():
        table[ord(src)] = out
        table[ord(src.upper())] = out[:1].upper() + out[1:]
    return table


# --------------------------------------------------------------------------------------------
# Timing


class Job:
    """One thing to time: ``fn(text)``, where every call processes the whole ``text``."""

    def __init__(self, fn: Callable[[str], object], text: str, fatal: bool = True) -> None:
        self.fn = fn
        self.text = text
        self.fatal = fatal  # False: an exception is recorded in .error and the job dropped
        self.error: str | None = None
        self.number = 1
        self.best = float("inf")

    def calibrate(self, min_sample: float) -> None:
        """Warm up; pick how many calls one sample makes so that it lasts ``min_sample`` s."""
        self.fn(self.text[:2000])  # compile the standard, load lazy tables
        gc.collect()
        t0 = time.perf_counter()
        self.fn(self.text)
        first = time.perf_counter() - t0
        self.best = first
        if first < min_sample:
            self.number = int(min_sample / max(first, 1e-7)) + 1

    def sample(self) -> None:
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            for _ in range(self.number):
                self.fn(self.text)
            dt = (time.perf_counter() - t0) / self.number
        finally:
            gc.enable()
        self.best = min(self.best, dt)

    @property
    def mb_per_s(self) -> float:
        return len(self.text.encode("utf-8")) / self.best / 1e6


def run_interleaved(jobs: list[Job], repeats: int, min_sample: float) -> None:
    """Best of ``repeats`` samples per job, in round-robin order.

    Interleaving spreads the machine's background load evenly over the jobs that are compared
    with each other, so their ratio is much steadier than their absolute MB/s.
    """
    live = []
    for job in jobs:
        try:
            job.calibrate(min_sample)
        except Exception as exc:  # a peer failing must not stop the report
            if job.fatal:
                raise
            job.error = f"{type(exc).__name__}: {exc}"
        else:
            live.append(job)
    for _ in range(repeats):
        for job in live:
            job.sample()


def utf8_slice(text: str, nbytes: int) -> str:
    """A prefix of ``text`` of about ``nbytes`` UTF-8 bytes, cut after a whitespace."""
    data = text.encode("utf-8")
    if len(data) <= nbytes:
        return text
    head = data[:nbytes].decode("utf-8", "ignore")
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[: cut + 1] if cut > len(head) // 2 else head


# --------------------------------------------------------------------------------------------
# Methods: label -> {input: callable}


class Method:
    def __init__(self, label: str, funcs: dict[str, Callable[[str], object]], kind: str) -> None:
        self.label = label
        self.funcs = funcs
        self.kind = kind  # "floor", "translit", "peer"
        self.rates: dict[str, float] = {}
        self.errors: dict[str, str] = {}


def translit_schemes() -> list[tuple[str, tuple[str, ...]]]:
    """(scheme id, inputs it is measured on) for the schemes under test that exist."""
    wanted = [
        ("iso-9", INPUTS),
        ("ru-bgn-pcgn", ("ru", "en")),
        ("uk-kmu-2010", ("uk", "en")),
        ("be-national-2007", ("be", "en")),
    ]
    available = {s.id for s in translit.schemes()}
    return [(sid, inputs) for sid, inputs in wanted if sid in available]


def _translit_fn(scheme: str) -> Callable[[str], object]:
    transliterate = translit.transliterate
    return lambda text: transliterate(text, scheme)


def build_methods(notes: list[str]) -> list[Method]:
    methods: list[Method] = []
    floors = {lang: floor_table(lang) for lang in LANGS}
    floors["en"] = floors["ru"]
    methods.append(
        Method(
            "`str.translate`, prebuilt dict (floor)",
            {i: (lambda t, tb=floors[i]: t.translate(tb)) for i in INPUTS},
            "floor",
        )
    )
    available = {sid for sid, _ in translit_schemes()}
    for sid, inputs in translit_schemes():
        methods.append(
            Method(f"translit `{sid}`", {i: _translit_fn(sid) for i in inputs}, "translit")
        )
    if "be-national-2007" not in available:
        notes.append("translit `be-national-2007`: no data file yet, not measured.")

    # Peers ------------------------------------------------------------------------------
    try:
        from unidecode import unidecode

        methods.append(Method("Unidecode", {i: unidecode for i in INPUTS}, "peer"))
    except ImportError:
        notes.append("Unidecode: not installed, skipped (ratios vs Unidecode not computed).")
    try:
        from anyascii import anyascii

        methods.append(Method("anyascii", {i: anyascii for i in INPUTS}, "peer"))
    except ImportError:
        notes.append("anyascii: not installed, skipped.")
    try:
        import cyrtranslit

        supported = set(cyrtranslit.supported())
        codes = {"ru": "ru", "uk": "ua", "be": "by", "en": "ru"}
        funcs: dict[str, Callable[[str], object]] = {}
        for i, code in codes.items():
            if code in supported:
                funcs[i] = lambda t, c=code: cyrtranslit.to_latin(t, c)
        methods.append(Method("cyrtranslit (`ru`, `ua`, `by`)", funcs, "peer"))
    except ImportError:
        notes.append("cyrtranslit: not installed, skipped.")
    try:
        import translitua

        funcs = {}
        ru_table = getattr(translitua, "RussianICAO", None)
        if ru_table is not None:
            funcs["ru"] = lambda t: translitua.translit(t, ru_table)
        funcs["uk"] = funcs["en"] = lambda t: translitua.translit(t, translitua.UkrainianKMU)
        methods.append(Method("translitua (ICAO on ru, KMU 2010 on uk and seed)", funcs, "peer"))
    except ImportError:
        notes.append("translitua: not installed, skipped.")
    return methods


def run_throughput(
    methods: list[Method], texts: dict[str, str], repeats: int, min_sample: float
) -> None:
    """All methods on one input are timed interleaved; the inputs one after the other."""
    for i, text in texts.items():
        jobs = {
            m.label: Job(m.funcs[i], text, fatal=m.kind != "peer") for m in methods if i in m.funcs
        }
        run_interleaved(list(jobs.values()), repeats, min_sample)
        for m in methods:
            job = jobs.get(m.label)
            if job is None:
                continue
            if job.error is not None:
                m.errors[i] = job.error
            else:
                m.rates[i] = job.mb_per_s


# --------------------------------------------------------------------------------------------
# Import time


def import_time(runs: int, src: Path) -> tuple[float, float]:
    """Best wall time of `python -c pass` and `python -c "import translit"` (interleaved)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONIMPORTTIME", None)
    commands = {"pass": "pass", "import": "import translit"}
    best = {k: float("inf") for k in commands}
    for _ in range(runs):
        for key, code in commands.items():
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            best[key] = min(best[key], time.perf_counter() - t0)
    return best["pass"], best["import"]


# --------------------------------------------------------------------------------------------
# Report


def verdict(value: float, ok: bool, target: float) -> str:
    # Three decimals when two would hide which side of the target the value is on.
    digits = 3 if round(value, 2) == round(target, 2) else 2
    return f"{value:.{digits}f}× {'OK' if ok else 'MISS'}"


def fmt_rate(m: Method, i: str) -> str:
    if i in m.rates:
        return f"{m.rates[i]:.1f}"
    if i in m.errors:
        return "error"
    return "–"


def report(
    methods: list[Method],
    texts: dict[str, str],
    linearity: list[LinearityRow],
    imports: tuple[float, float] | None,
    notes: list[str],
    args: argparse.Namespace,
) -> str:
    out: list[str] = []
    mode = (
        "quick (smoke run, 20 KB slices, 1 repeat)"
        if args.quick
        else f"full, best of {args.repeats}"
    )
    out.append("# translit transliteration benchmark")
    out.append("")
    out.append(
        f"{_dt.date.today().isoformat()} · Python {platform.python_version()} "
        f"({platform.python_implementation()}) · {platform.system()} {platform.machine()} · "
        f"{os.cpu_count()} CPUs · mode: {mode}"
    )
    versions = []
    for dist in ("translit-normalize", "Unidecode", "anyascii", "cyrtranslit", "translitua"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    pkg = Path(translit.__file__).resolve().parent
    try:
        where = str(pkg.relative_to(ROOT))
    except ValueError:
        where = str(pkg)
    out.append("")
    out.append(f"translit measured from `{where}`. Versions: " + ", ".join(versions) + ".")
    out.append("")

    # Throughput ---------------------------------------------------------------------------
    cols = [i for i in INPUTS if i in texts]
    sizes = {i: len(texts[i].encode("utf-8")) for i in cols}
    out.append("## Throughput (MB/s of UTF-8 input, one call per whole input, best of N)")
    out.append("")
    out.append(
        "| method | "
        + " | ".join(
            f"{INPUT_TITLES[i]} ({sizes[i] / 1e6:.2f} MB)"
            if sizes[i] >= 100_000
            else f"{INPUT_TITLES[i]} ({sizes[i] / 1e3:.1f} KB)"
            for i in cols
        )
        + " |"
    )
    out.append("|---|" + "---:|" * len(cols))
    for m in methods:
        out.append(f"| {m.label} | " + " | ".join(fmt_rate(m, i) for i in cols) + " |")
    out.append("")

    # Ratios ---------------------------------------------------------------------------------
    floor = next(m for m in methods if m.kind == "floor")
    unidecode = next((m for m in methods if m.label == "Unidecode"), None)
    out.append("## translit vs the `str.translate` floor and vs Unidecode (same run)")
    out.append("")
    out.append("| scheme | input | MB/s | × floor | target | × Unidecode | target |")
    out.append("|---|---|---:|---:|---|---:|---|")
    for m in methods:
        if m.kind != "translit":
            continue
        sid = m.label.split("`")[1]
        context = sid != "iso-9"
        for i in cols:
            if i not in m.rates:
                continue
            r_floor = m.rates[i] / floor.rates[i]
            t_floor = TARGET_CONTEXT_VS_FLOOR if context else TARGET_ISO9_VS_FLOOR
            cell_floor = verdict(r_floor, r_floor >= t_floor, t_floor)
            if unidecode is not None and i in unidecode.rates:
                r_uni = m.rates[i] / unidecode.rates[i]
                if context:
                    cell_uni = verdict(
                        r_uni, r_uni >= TARGET_CONTEXT_VS_UNIDECODE, TARGET_CONTEXT_VS_UNIDECODE
                    )
                    t_uni = f"≥ {TARGET_CONTEXT_VS_UNIDECODE:g}×"
                else:
                    cell_uni, t_uni = f"{r_uni:.2f}×", "–"
            else:
                cell_uni, t_uni = "n/a", "–"
            out.append(
                f"| `{sid}` | {INPUT_TITLES[i]} | {m.rates[i]:.1f} | {cell_floor} "
                f"| ≥ {t_floor:g}× | {cell_uni} | {t_uni} |"
            )
    out.append("")

    # Linearity ------------------------------------------------------------------------------
    if linearity:
        small_kb = len(utf8_slice(texts["ru"], 10_000).encode()) / 1e3
        big = args.linearity_big_mb
        out.append(f"## Linearity: MB/s on a {small_kb:.0f} KB slice vs the {big:.2f} MB ru input")
        out.append("")
        out.append("| method | small MB/s | large MB/s | small / large | target |")
        out.append("|---|---:|---:|---:|---|")
        for label, small, large, ratio in linearity:
            ok = abs(ratio - 1) <= TARGET_LINEARITY
            target = f"1 ± {TARGET_LINEARITY:.2f}" if label.startswith("translit") else "–"
            cell = (
                verdict(ratio, ok, 1 + TARGET_LINEARITY if ratio > 1 else 1 - TARGET_LINEARITY)
                if label.startswith("translit")
                else f"{ratio:.2f}×"
            )
            out.append(f"| {label} | {small:.1f} | {large:.1f} | {cell} | {target} |")
        out.append("")

    # Import time ----------------------------------------------------------------------------
    if imports is not None:
        base, imp = imports
        ratio = imp / base
        out.append(f"## Import time (wall time, best of {args.import_runs} subprocess runs)")
        out.append("")
        out.append('| `python -c pass` | `python -c "import translit"` | ratio | target |')
        out.append("|---:|---:|---:|---|")
        out.append(
            f"| {base * 1e3:.1f} ms | {imp * 1e3:.1f} ms "
            f"| {verdict(ratio, ratio <= TARGET_IMPORT, TARGET_IMPORT)} | ≤ {TARGET_IMPORT:g}× |"
        )
        out.append("")

    errors = [f"{m.label} on {INPUT_TITLES[i]}: {e}" for m in methods for i, e in m.errors.items()]
    if notes or errors:
        out.append("Notes:")
        out.append("")
        out.extend(f"- {n}" for n in [*notes, *errors])
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: small slices, 1 repeat")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument("--repeats", type=int, default=None, help="samples per measurement")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the report here")
    parser.add_argument(
        "--src",
        type=Path,
        default=SRC,
        help="directory holding the translit package to measure (default: the repo's src/)",
    )
    args = parser.parse_args(argv)

    global translit
    sys.path.insert(0, str(args.src.resolve()))
    import translit as _translit

    translit = _translit
    if args.repeats is None:
        args.repeats = 1 if args.quick else 7
    args.import_runs = 3 if args.quick else 20
    min_sample = 0.002 if args.quick else 0.05

    notes: list[str] = []
    texts: dict[str, str] = {}
    if SEED.is_file():
        texts["en"] = SEED.read_text(encoding="utf-8")
    else:
        notes.append(f"seed text {SEED} not found, skipped.")
    missing = [lang for lang in LANGS if not (args.corpus / f"{lang}.txt").is_file()]
    if missing:
        msg = f"corpus {args.corpus}: {', '.join(f'{m}.txt' for m in missing)} not found; skipped."
        print(f"SKIP: {msg}", file=sys.stderr)
        notes.append(msg)
    for lang in LANGS:
        if lang not in missing:
            texts[lang] = (args.corpus / f"{lang}.txt").read_text(encoding="utf-8")
    if args.quick:
        texts = {i: utf8_slice(t, 20_000) for i, t in texts.items()}

    methods = build_methods(notes)
    run_throughput(methods, texts, args.repeats, min_sample)

    linearity: list[LinearityRow] = []
    args.linearity_big_mb = 0.0
    if "ru" in texts and "ru-bgn-pcgn" in {sid for sid, _ in translit_schemes()}:
        big = texts["ru"] if not args.quick else utf8_slice(texts["ru"], 20_000)
        small = utf8_slice(big, 10_000)
        args.linearity_big_mb = len(big.encode()) / 1e6
        candidates = [("translit `ru-bgn-pcgn`", _translit_fn("ru-bgn-pcgn"))]
        candidates += [
            (m.label, m.funcs["ru"])
            for m in methods
            if m.label in ("anyascii", "Unidecode") or m.kind == "floor"
        ]
        lin_repeats = args.repeats if args.quick else max(args.repeats, 7)
        pairs = []
        for label, fn in candidates:
            fatal = label.startswith("translit")
            pairs.append((label, Job(fn, small, fatal), Job(fn, big, fatal)))
        run_interleaved([job for _, s, b in pairs for job in (s, b)], lin_repeats, min_sample)
        for label, s_job, b_job in pairs:
            if s_job.error or b_job.error:
                notes.append(f"linearity, {label}: {s_job.error or b_job.error}")
                continue
            r_small, r_big = s_job.mb_per_s, b_job.mb_per_s
            linearity.append((label, r_small, r_big, r_small / r_big))

    imports: tuple[float, float] | None
    try:
        imports = import_time(args.import_runs, args.src)
    except (OSError, subprocess.CalledProcessError) as exc:
        notes.append(f"import time not measured: {exc}")
        imports = None

    text = report(methods, texts, linearity, imports, notes, args)
    print(text)
    if args.markdown is not None:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
