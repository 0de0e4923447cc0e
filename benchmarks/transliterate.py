#!/usr/bin/env python3
"""Transliteration speed of translit against ``str.translate`` and peer libraries, and start-up.

Usage::

    python benchmarks/transliterate.py [--quick] [--corpus DIR] [--repeats N] [--markdown FILE]
                                       [--src DIR]

Every figure is a *ratio against a floor measured in the same run*, in CPU time, over several
interleaved repetitions, and the report gives the median: translit vs a ``str.translate`` floor
(whole texts, and one word per call), vs Unidecode, small vs large input, and start-up vs an empty
interpreter. Absolute timings on a shared machine are noise; ratios of CPU times taken side by side
are not. The script never asserts: it prints a Markdown report with OK/MISS beside each target and
exits 0. An exception raised *by translit itself* still propagates (that is a bug, not a slow
result); errors of peer libraries are reported as notes.

Inputs: ``ru.txt``, ``uk.txt`` and ``be.txt`` of the corpus directory (default
``../shared/corpus`` relative to the repository root; skipped with a message if absent) and the
seed text ``seeds/000_2a0d7510474f6b48.txt`` (English, no Cyrillic).

``--quick`` is a smoke run for CI: 20 KB slices, few repetitions, a few seconds in all. ``--src``
measures the ``translit`` package found in another directory (e.g. a checkout of an older commit),
for A/B comparisons of engine changes.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import math
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
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

# Targets (ratios). Whole texts: translit's speed / the floor's speed, at least this.
TARGET_VS_FLOOR = {"iso-9": 0.9, "ru-bgn-pcgn": 0.45, "uk-kmu-2010": 0.45, "be-national-2007": 0.6}
TARGET_CONTEXT_VS_UNIDECODE = 2.0
TARGET_LINEARITY = 0.20  # smallest slice's MB/s within +-20 % of the whole input's
TARGET_EXPONENT = 1.1  # time ~ size ** exponent, fitted over the slices
TARGET_WORD = 3.0  # one word: translit's time / the floor's time, at most this (median of words)
TARGET_IMPORT = 1.2  # CPU time of `python -c "import translit"` / `python -c pass`
TARGET_CLI = 3.0  # `echo Lukashenka | translit-normalize` / `python -c pass`

# One word per call: (word, standard, floor table). Names with and without a context rule in
# them; the floor is the language's table on the same word.
WORDS = (
    ("Щербаков", "ru", "ru"),
    ("Лукашенко", "ru", "ru"),
    ("Алексеев", "ru", "ru"),
    ("Олександр", "uk", "uk"),
    ("Згурський", "uk", "uk"),
    ("Київ", "uk", "uk"),
    ("Лукашэнка", "be", "be"),
    ("Аляксандр", "be", "be"),
    ("Васіль", "be", "be"),
    ("Щербаков", "iso-9", "ru"),
)
DISTINCT_WORDS = 5000  # distinct words of each corpus, one call per word

GROWTH_KB = (10, 40, 160, 640)  # slices of each input, and the whole input


class GrowthRow:
    """One method on slices of one input: MB/s at each size, and the fitted exponent of time
    against size (1 is linear)."""

    def __init__(self, label: str, input_name: str, jobs: list[Job]) -> None:
        self.label = label
        self.input_name = input_name
        self.jobs = jobs

    @property
    def sizes(self) -> list[int]:
        return [len(job.arg.encode("utf-8")) for job in self.jobs]

    @property
    def rates(self) -> list[float]:
        return [size / job.seconds / 1e6 for size, job in zip(self.sizes, self.jobs)]

    @property
    def exponent(self) -> float:
        """Least-squares slope of log(time) against log(size)."""
        xs = [math.log(size) for size in self.sizes]
        ys = [math.log(job.seconds) for job in self.jobs]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mx) ** 2 for x in xs)
        if not spread:
            return math.nan
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / spread


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
# Timing: CPU time of this process, samples taken round-robin, medians of per-round ratios.


class Job:
    """One thing to time: ``fn(arg)``; a sample is the CPU time of one call, averaged over as
    many calls as make the sample last ``min_sample`` seconds."""

    def __init__(self, fn: Callable[[Any], object], arg: Any, fatal: bool = True) -> None:
        self.fn = fn
        self.arg = arg
        self.fatal = fatal  # False: an exception is recorded in .error and the job dropped
        self.error: str | None = None
        self.number = 1
        self.samples: list[float] = []

    def calibrate(self, min_sample: float) -> None:
        """Warm up (compile the standard, load lazy tables), then size the samples."""
        self.fn(self.arg)
        gc.collect()
        t0 = time.process_time()
        self.fn(self.arg)
        first = time.process_time() - t0
        if first < min_sample:
            self.number = int(min_sample / max(first, 1e-6)) + 1

    def sample(self) -> None:
        fn, arg = self.fn, self.arg
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            for _ in range(self.number):
                fn(arg)
            self.samples.append((time.process_time() - t0) / self.number)
        finally:
            gc.enable()

    @property
    def seconds(self) -> float:
        return statistics.median(self.samples)


class StmtJob(Job):
    """A statement timed with :mod:`timeit` (no Python call around it: one word's cost is
    a few hundred nanoseconds, and a lambda around it would be a fifth of that)."""

    def __init__(self, stmt: str, namespace: dict[str, Any]) -> None:
        super().__init__(lambda _: None, None)
        self.timer = timeit.Timer(stmt, globals=namespace, timer=time.process_time)

    def calibrate(self, min_sample: float) -> None:
        self.timer.timeit(10)  # warm up
        one = self.timer.timeit(10) / 10
        self.number = max(int(min_sample / max(one, 1e-9)), 1)

    def sample(self) -> None:
        gc.collect()
        gc.disable()
        try:
            self.samples.append(self.timer.timeit(self.number) / self.number)
        finally:
            gc.enable()


def run_interleaved(jobs: list[Job], repeats: int, min_sample: float) -> None:
    """``repeats`` samples per job, in round-robin order.

    Interleaving spreads the machine's background load evenly over the jobs that are compared
    with each other, so the ratio of two samples of one round is much steadier than either.
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


def speed_ratio(job: Job, base: Job) -> float:
    """How many times faster ``job`` is than ``base``: the median over rounds."""
    return statistics.median(b / j for j, b in zip(job.samples, base.samples))


def utf8_slice(text: str, nbytes: int) -> str:
    """A prefix of ``text`` of about ``nbytes`` UTF-8 bytes, cut after a whitespace."""
    data = text.encode("utf-8")
    if len(data) <= nbytes:
        return text
    head = data[:nbytes].decode("utf-8", "ignore")
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[: cut + 1] if cut > len(head) // 2 else head


# --------------------------------------------------------------------------------------------
# Whole texts. Methods: label -> {input: callable}


class Method:
    def __init__(self, label: str, funcs: dict[str, Callable[[str], object]], kind: str) -> None:
        self.label = label
        self.funcs = funcs
        self.kind = kind  # "floor", "translit", "peer"
        self.jobs: dict[str, Job] = {}
        self.errors: dict[str, str] = {}

    def rate(self, i: str) -> float:
        """MB/s of UTF-8 input per CPU second, median of the samples."""
        job = self.jobs[i]
        return len(job.arg.encode("utf-8")) / job.seconds / 1e6


def translit_schemes() -> list[tuple[str, tuple[str, ...]]]:
    """(scheme id, inputs it is measured on) for the schemes under test that exist."""
    wanted = [
        ("iso-9", INPUTS),
        ("ru-bgn-pcgn", ("ru", "en")),
        ("uk-kmu-2010", ("uk", "en")),
        ("be-national-2007", ("be", "en")),
        # each sentence under its language's standard (no target: for context)
        ("auto", ("ru", "uk", "be")),
    ]
    available = {s.id for s in translit.schemes()} | {"auto"}
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
    for sid, inputs in translit_schemes():
        methods.append(
            Method(f"translit `{sid}`", {i: _translit_fn(sid) for i in inputs}, "translit")
        )

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
                m.jobs[i] = job


# --------------------------------------------------------------------------------------------
# One word per call


class WordRow:
    def __init__(self, label: str, scheme: str, floor: Job, job: Job, output: str) -> None:
        self.label = label
        self.scheme = scheme
        self.floor = floor
        self.job = job
        self.output = output

    @property
    def cost(self) -> float:
        """translit's time / the floor's time (median over rounds)."""
        return 1 / speed_ratio(self.job, self.floor)


def run_words(texts: dict[str, str], repeats: int, min_sample: float) -> list[WordRow]:
    """Each word of ``WORDS`` alone, then the distinct words of each corpus one per call."""
    rows: list[WordRow] = []
    tr = translit.transliterate
    for word, scheme, lang in WORDS:
        space = {"tr": tr, "w": word, "s": scheme, "tb": floor_table(lang)}
        floor = StmtJob("w.translate(tb)", space)
        job = StmtJob("tr(w, s)", space)
        rows.append(WordRow(word, scheme, floor, job, tr(word, scheme)))
    for lang in LANGS:
        if lang not in texts:
            continue
        words = list(dict.fromkeys(re.findall(r"[^\W\d_]+", texts[lang])))[:DISTINCT_WORDS]
        space = {"tr": tr, "words": words, "s": lang, "tb": floor_table(lang)}
        floor = StmtJob("for w in words: w.translate(tb)", space)
        job = StmtJob("for w in words: tr(w, s)", space)
        label = f"{len(words):,} distinct words of {INPUT_TITLES[lang]}, one call each"
        rows.append(WordRow(label, lang, floor, job, ""))
    run_interleaved([j for r in rows for j in (r.floor, r.job)], repeats, min_sample)
    return rows


# --------------------------------------------------------------------------------------------
# Start-up: CPU time of fresh interpreters


def child_env(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONIMPORTTIME", None)
    # An installed package has its bytecode compiled; so must the measured one (a first run
    # writes it), or every start would compile the modules it imports.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


STARTUP = {
    "pass": (["-c", "pass"], b""),
    "import": (["-c", "import translit"], b""),
    "first word": (["-c", "import translit; translit.transliterate('Щербаков', 'ru')"], b""),
    "cli": (["-m", "translit"], b"Lukashenka\n"),
    "cli in a project": (["-m", "translit"], b"Lukashenka\n"),
    "cli, two names": (["-m", "translit"], b"Lukashenko met Lukashenka\n"),
}
STARTUP_TITLES = {
    "pass": "`python -c pass`",
    "import": '`python -c "import translit"`',
    "first word": "`import translit; translit.transliterate('Щербаков', 'ru')`",
    "cli": "`echo Lukashenka \\| python -m translit` (the CLI, in a directory without "
    "`pyproject.toml`)",
    "cli in a project": "the same in the repository (its `pyproject.toml` read, no "
    "`[tool.translit-normalize]`)",
    "cli, two names": "`echo Lukashenko met Lukashenka \\| python -m translit` (the full run)",
}
#: Where each command runs: the CLI looks for a configuration file from there upwards.
STARTUP_IN_REPOSITORY = {"cli in a project"}


def startup_times(runs: int, src: Path) -> dict[str, list[float]]:
    """CPU time (user + system) of each command in ``STARTUP``, ``runs`` times, interleaved."""
    env = child_env(src)
    times: dict[str, list[float]] = {k: [] for k in STARTUP}
    with tempfile.TemporaryDirectory(prefix="translit-bench-") as empty:
        cwd = {k: str(ROOT) if k in STARTUP_IN_REPOSITORY else empty for k in STARTUP}
        for key, (args, stdin) in STARTUP.items():  # warm up: bytecode, file cache
            subprocess.run(
                [sys.executable, *args], env=env, input=stdin, capture_output=True, cwd=cwd[key]
            )
        for _ in range(runs):
            for key, (args, stdin) in STARTUP.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(
                    [sys.executable, *args],
                    env=env,
                    input=stdin,
                    capture_output=True,
                    check=True,
                    cwd=cwd[key],
                )
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                times[key].append(
                    after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                )
    return times


# --------------------------------------------------------------------------------------------
# Report


def verdict(value: float, ok: bool, target: float) -> str:
    # Three decimals when two would hide which side of the target the value is on.
    digits = 3 if round(value, 2) == round(target, 2) else 2
    return f"{value:.{digits}f}× {'OK' if ok else 'MISS'}"


def fmt_rate(m: Method, i: str) -> str:
    if i in m.jobs:
        return f"{m.rate(i):.1f}"
    if i in m.errors:
        return "error"
    return "–"


def report(
    methods: list[Method],
    texts: dict[str, str],
    words: list[WordRow],
    growth: list[GrowthRow],
    startup: dict[str, list[float]] | None,
    notes: list[str],
    args: argparse.Namespace,
) -> str:
    out: list[str] = []
    mode = (
        "quick (smoke run, 20 KB slices)"
        if args.quick
        else f"full, median of {args.repeats} interleaved rounds"
    )
    out.append("# translit transliteration benchmark")
    out.append("")
    out.append(
        f"{_dt.date.today().isoformat()} · Python {platform.python_version()} "
        f"({platform.python_implementation()}) · {platform.system()} {platform.machine()} · "
        f"{os.cpu_count()} CPUs · mode: {mode} · CPU time"
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
    out.append("## Throughput (MB/s of UTF-8 input per CPU second, one call per whole input)")
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
    out.append("## translit vs the `str.translate` floor and vs Unidecode (speed ratios)")
    out.append("")
    out.append("| scheme | input | MB/s | × floor | target | × Unidecode | target |")
    out.append("|---|---|---:|---:|---|---:|---|")
    for m in methods:
        if m.kind != "translit":
            continue
        sid = m.label.split("`")[1]
        context = sid != "iso-9"
        for i in cols:
            if i not in m.jobs:
                continue
            r_floor = speed_ratio(m.jobs[i], floor.jobs[i])
            t_floor = TARGET_VS_FLOOR.get(sid, 0.45 if sid != "auto" else 0.0)
            if t_floor:
                cell_floor = verdict(r_floor, r_floor >= t_floor, t_floor)
            else:
                cell_floor = f"{r_floor:.3f}×"
            if unidecode is not None and i in unidecode.jobs:
                r_uni = speed_ratio(m.jobs[i], unidecode.jobs[i])
                if context:
                    ok = r_uni >= TARGET_CONTEXT_VS_UNIDECODE
                    cell_uni = verdict(r_uni, ok, TARGET_CONTEXT_VS_UNIDECODE)
                    t_uni = f"≥ {TARGET_CONTEXT_VS_UNIDECODE:g}×"
                else:
                    cell_uni, t_uni = f"{r_uni:.2f}×", "–"
            else:
                cell_uni, t_uni = "n/a", "–"
            if not t_floor:  # no target: for context
                cell_uni, t_uni = cell_uni.split(" ")[0], "–"
            out.append(
                f"| `{sid}` | {INPUT_TITLES[i]} | {m.rate(i):.1f} | {cell_floor} "
                f"| {f'≥ {t_floor:g}×' if t_floor else '–'} | {cell_uni} | {t_uni} |"
            )
    out.append("")

    # One word -------------------------------------------------------------------------------
    if words:
        out.append("## One word per call: `transliterate(word, scheme)` vs `word.translate(table)`")
        out.append("")
        out.append(
            "The floor is the language's table above on the same word; time per call, and "
            "translit's time / the floor's time (lower is faster)."
        )
        out.append("")
        out.append("| word | scheme | output | floor | translit | × floor |")
        out.append("|---|---|---|---:|---:|---:|")
        singles = [r for r in words if r.output]
        for r in words:
            per = 1e9 if r.output else 1e9 / DISTINCT_WORDS
            unit = "ns" if r.output else "ns/word"
            out.append(
                f"| {r.label} | `{r.scheme}` | {r.output or '–'} | "
                f"{r.floor.seconds * per:,.0f} {unit} | {r.job.seconds * per:,.0f} {unit} "
                f"| {r.cost:.2f}× |"
            )
        out.append("")
        if singles:
            med = statistics.median(r.cost for r in singles)
            worst = max(singles, key=lambda r: r.cost)
            out.append(
                f"One word, median over the {len(singles)} words: "
                f"{verdict(med, med <= TARGET_WORD, TARGET_WORD)} (target ≤ {TARGET_WORD:g}×); "
                f"slowest: {worst.label} (`{worst.scheme}`) {worst.cost:.2f}×."
            )
            out.append("")

    # Growth -------------------------------------------------------------------------------
    if growth:
        out.append("## Growth: MB/s on slices of each input, and time ~ size^k")
        out.append("")
        out.append(
            "The slices are prefixes of the input; k is the least-squares slope of log(time) "
            "against log(size), 1 for linear work."
        )
        out.append("")
        for row in growth:
            out.append(
                f"- {row.label} on {INPUT_TITLES[row.input_name]}: "
                + ", ".join(
                    f"{n / 1e3:,.0f} KB: {r:.1f} MB/s" for n, r in zip(row.sizes, row.rates)
                )
            )
        out.append("")
        out.append("| method | input | smallest / whole (MB/s) | target | k | target |")
        out.append("|---|---|---:|---|---:|---|")
        for row in growth:
            rates = row.rates
            ratio = rates[0] / rates[-1]
            k = row.exponent
            if row.label.startswith("translit"):
                ok = abs(ratio - 1) <= TARGET_LINEARITY
                bound = 1 + TARGET_LINEARITY if ratio > 1 else 1 - TARGET_LINEARITY
                cells = (
                    verdict(ratio, ok, bound),
                    f"1 ± {TARGET_LINEARITY:.2f}",
                    f"{k:.3f} {'OK' if k <= TARGET_EXPONENT else 'MISS'}",
                    f"≤ {TARGET_EXPONENT:g}",
                )
            else:
                cells = (f"{ratio:.2f}×", "–", f"{k:.3f}", "–")
            out.append(
                f"| {row.label} | {INPUT_TITLES[row.input_name]} | " + " | ".join(cells) + " |"
            )
        out.append("")

    # Start-up -------------------------------------------------------------------------------
    if startup is not None:
        runs = len(startup["pass"])
        out.append(f"## Start-up (CPU time of a fresh interpreter, median of {runs} runs)")
        out.append("")
        out.append("| command | CPU time | × `python -c pass` | target |")
        out.append("|---|---:|---:|---|")
        base = startup["pass"]
        targets = {"import": TARGET_IMPORT, "cli": TARGET_CLI, "cli in a project": TARGET_CLI}
        for key, samples in startup.items():
            ratio = statistics.median(s / b for s, b in zip(samples, base))
            target = targets.get(key)
            cell = verdict(ratio, ratio <= target, target) if target else f"{ratio:.2f}×"
            out.append(
                f"| {STARTUP_TITLES[key]} | {statistics.median(samples) * 1e3:.1f} ms | {cell} "
                f"| {f'≤ {target:g}×' if target else '–'} |"
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
    parser.add_argument("--repeats", type=int, default=None, help="rounds per measurement")
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
        args.repeats = 3 if args.quick else 9
    startup_runs = 3 if args.quick else 21
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
    words = run_words(texts, args.repeats, min_sample / 5)

    growth: list[GrowthRow] = []
    if "ru" in texts and "be" in texts:
        floor = next(m for m in methods if m.kind == "floor")
        candidates = [
            ("translit `ru-bgn-pcgn`", "ru", _translit_fn("ru-bgn-pcgn")),
            ("translit `be-national-2007`", "be", _translit_fn("be-national-2007")),
            ("translit `iso-9`", "ru", _translit_fn("iso-9")),
            (floor.label, "ru", floor.funcs["ru"]),
        ]
        for label, lang, fn in candidates:
            whole = texts[lang]
            slices = [utf8_slice(whole, kb * 1000) for kb in GROWTH_KB]
            slices = [t for t in slices if len(t) < len(whole)]
            growth.append(GrowthRow(label, lang, [Job(fn, t) for t in [*slices, whole]]))
        run_interleaved([job for row in growth for job in row.jobs], args.repeats, min_sample)

    startup: dict[str, list[float]] | None
    try:
        startup = startup_times(startup_runs, args.src)
    except (OSError, subprocess.CalledProcessError) as exc:
        notes.append(f"start-up not measured: {exc}")
        startup = None

    text = report(methods, texts, words, growth, startup, notes, args)
    print(text)
    if args.markdown is not None:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
