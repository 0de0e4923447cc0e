"""Measure name variants on the development clusters (issue 14).

Run from the project's root::

    python scripts/variants_eval.py            # coverage, back-transliteration, identify
    python scripts/variants_eval.py --misses 20   # also print missed spellings

Reads ``../shared/eval/dev_clusters.tsv`` (skips with a message when it is absent). Nothing
from the rows is used to build anything: the script only measures.

* **coverage**: for each surname and full-name cluster with a native-script form, the share
  of its Latin spellings among ``variants(native, limit=50)``, compared case-insensitively
  (NFC). A cluster with several native forms is measured from each of its *complete* ones
  (the most words: with the patronymic where the cluster has one) and averaged; the figure
  is the mean over clusters (macro average). The same with every native form counted, and
  with written accents ignored, is reported beside it.
* **back-transliteration**: the share of the Latin spellings of those clusters for which one
  of the cluster's native forms is among the top 3 of ``to_native`` (case-insensitive, the
  apostrophes ’ ʼ ' alike).
* **identify**: the share of Latin spellings whose top origin, applied to its native form,
  gives the spelling back (the property of ``identify``).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CLUSTERS = ROOT.parent / "shared" / "eval" / "dev_clusters.tsv"
LIMIT = 50
KINDS = ("person_surname", "full_name")


def norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold().replace("’", "'").replace("ʼ", "'")


def unaccented(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", norm(s)) if not unicodedata.combining(c))


def load(path: Path) -> dict[str, dict[str, list[str]]]:
    clusters: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"Latin": [], "Cyrillic": []})
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] in KINDS and row["script"] in ("Latin", "Cyrillic"):
                clusters[row["cluster_id"]][row["script"]].append(row["variant"])
            if row["kind"] in KINDS:
                clusters[row["cluster_id"]].setdefault("kind", [row["kind"]])
    return {k: v for k, v in clusters.items() if v["Latin"] and v["Cyrillic"]}


def coverage(clusters: dict[str, dict[str, list[str]]], misses: int) -> None:
    from translit import variants

    per_kind: dict[str, list[float]] = defaultdict(list)
    every, accent, lengths = [], [], []
    missed: list[tuple[str, str]] = []
    for _cid, c in sorted(clusters.items()):
        latin = {norm(x) for x in c["Latin"]}
        words = max(len(n.split()) for n in c["Cyrillic"])
        shares, shares_accent, shares_all = [], [], []
        for native in c["Cyrillic"]:
            found = variants(native, limit=LIMIT)
            lengths.append(len(found))
            got = {norm(v.spelling) for v in found}
            got_plain = {unaccented(v.spelling) for v in found}
            share = len(latin & got) / len(latin)
            shares_all.append(share)
            if len(native.split()) == words:
                shares.append(share)
                plain = {unaccented(x) for x in latin}
                shares_accent.append(len(plain & got_plain) / len(plain))
                missed.extend((native, x) for x in sorted(latin - got))
        kind = c["kind"][0]
        per_kind[kind].append(sum(shares) / len(shares))
        per_kind["all"].append(sum(shares) / len(shares))
        every.append(sum(shares_all) / len(shares_all))
        accent.append(sum(shares_accent) / len(shares_accent))
    for kind, values in sorted(per_kind.items()):
        print(f"coverage {kind:15} {sum(values) / len(values):.4f}  ({len(values)} clusters)")
    print(f"coverage, every native form     {sum(every) / len(every):.3f}")
    print(f"coverage, accents ignored       {sum(accent) / len(accent):.3f}")
    print(f"average list length             {sum(lengths) / len(lengths):.1f}")
    for native, x in missed[:misses]:
        print(f"  missed: {native} -> {x}")


def back(clusters: dict[str, dict[str, list[str]]], misses: int) -> None:
    from translit import identify, to_native
    from translit.variants.identify import writes

    hits = total = origin_ok = origin_total = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    start = time.perf_counter()
    for _cid, c in sorted(clusters.items()):
        natives = {norm(n) for n in c["Cyrillic"]}
        kind = per_kind[c["kind"][0]]
        for latin in c["Latin"]:
            total += 1
            kind[1] += 1
            top = [norm(x.native) for x in to_native(latin, limit=3)]
            if natives & set(top):
                hits += 1
                kind[0] += 1
            else:
                missed.append((latin, top[:3], sorted(natives)))
            origins = identify(latin)
            if origins:
                origin_total += 1
                o = origins[0]
                origin_ok += writes(o.native, o.language, o.convention, latin)
    took = time.perf_counter() - start
    print(f"back-transliteration top-3      {hits / total:.3f}  ({hits}/{total} Latin spellings)")
    for kind, (h, n) in sorted(per_kind.items()):
        print(f"  {kind:28} {h / n:.3f}  ({h}/{n})")
    print(
        f"identify: top origin writes it  {origin_ok / max(origin_total, 1):.3f}  "
        f"({origin_total} spellings with an origin)"
    )
    print(f"  ({took:.1f} s for to_native and identify)")
    for latin, top, natives in missed[:misses]:
        print(f"  missed: {latin} -> {top} (cluster: {natives})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses")
    parser.add_argument("--skip-back", action="store_true", help="coverage only")
    args = parser.parse_args()
    if not CLUSTERS.exists():
        print(f"{CLUSTERS} is absent: nothing to measure")
        return 0
    clusters = load(CLUSTERS)
    coverage(clusters, args.misses)
    if not args.skip_back:
        back(clusters, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
