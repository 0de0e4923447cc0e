#!/usr/bin/env python3
"""Copy the standards' published examples from ../shared/reference/vectors.tsv into the data files.

Each scheme file keeps its examples under "examples" (in, out, source key) and the full citation of
each source under "example_sources", so that the package carries its own test vectors. Run from the
repository root after the reference changes:

    python scripts/import_examples.py [path/to/vectors.tsv]
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = ROOT / "src" / "translit" / "data" / "schemes"
# reference scheme_id -> project id, where the rule "_ becomes -" is not enough
IDS = {
    "ru_icao9303": "ru-icao-9303",
    "ru_gost779b": "ru-gost-7.79-b",
    "cyrl_iso9": "iso-9",
    "uk_kmu2010": "uk-kmu-2010",
    "uk_bgn_pcgn_1965": "uk-bgn-pcgn-1965",
    "be_national2007": "be-national-2007",
    "be_national2023": "be-national-2023",
    "be_passport_icao": "be-passport",
    "be_mvd2008": "be-mvd-2008",
    "mk_bgn_pcgn_2013": "mk-2013",
    "mk_un1977": "mk-1977",
    "el_elot743": "el-elot-743",
    "ka_national2002": "ka-national-2002",
    "ru_alalc": "ru-ala-lc",
    "ru_alalc_simplified": "ru-ala-lc-simplified",
}


def main() -> None:
    vectors = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/reference/vectors.tsv"
    )
    by_scheme: dict[str, list[dict[str, str]]] = {}
    with open(vectors, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sid = IDS.get(row["scheme_id"], row["scheme_id"].replace("_", "-"))
            by_scheme.setdefault(sid, []).append(row)
    for sid, rows in sorted(by_scheme.items()):
        path = SCHEMES / f"{sid}.json"
        if not path.exists():
            print(f"skip {sid}: no data file yet")
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        keys: dict[str, str] = {}
        for cite in dict.fromkeys(r["source"] for r in rows):
            keys[cite] = f"s{len(keys) + 1}"
        data["example_sources"] = {k: cite for cite, k in keys.items()}
        data["examples"] = [
            {"in": r["cyrillic"], "out": r["latin"], "source": keys[r["source"]]} for r in rows
        ]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{sid}: {len(rows)} examples")


if __name__ == "__main__":
    main()
