"""Dump ``translit.variants`` for some 5,000 names, to check that a speed-only change leaves
every list as it was.

Run from the project's root::

    python scripts/variants_dump.py /tmp/before.json --src /tmp/main-src
    python scripts/variants_dump.py /tmp/after.json
    cmp /tmp/before.json /tmp/after.json

The names: 3,000 generated surnames (as ``benchmarks/variants.py`` makes them, other seeds),
every Cyrillic form of the development clusters (surnames, given names, full names) and 400
of their Latin spellings (surnames and full names), when ``../shared/eval`` is present. Each
list is written with every field (spelling, convention, language, score as ``repr``, native
form) in order, one name a line.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT.parent / "shared" / "eval" / "dev_clusters.tsv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the file to write (JSON Lines)")
    parser.add_argument("--src", type=Path, help="dump the package in this source tree")
    parser.add_argument("--generated", type=int, default=3000, help="generated surnames")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import variants as bench  # benchmarks/variants.py: its surname generator

    bench._import(args.src)
    translit = bench.translit
    seen: set[str] = set()
    names = [n for seed in range(3) for n in bench.surnames(args.generated // 3, 100 + seed, seen)]
    cyrillic: set[str] = set()
    latin: set[str] = set()
    if CLUSTERS.exists():
        with CLUSTERS.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["kind"] == "place":
                    continue
                if row["script"] == "Cyrillic":
                    cyrillic.add(row["variant"])
                elif row["kind"] in ("person_surname", "full_name"):
                    latin.add(row["variant"])
    names += sorted(cyrillic) + sorted(latin)[::7][:400]
    with args.out.open("w", encoding="utf-8") as out:
        for name in names:
            found = [
                [v.spelling, v.convention, v.language, repr(v.score), v.native]
                for v in translit.variants(name)
            ]
            out.write(json.dumps([name, found], ensure_ascii=False) + "\n")
    print(f"{len(names)} names written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
