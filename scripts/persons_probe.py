"""Precision probe: does the normalizer merge namesakes of two different people?

Run from the project's root::

    python scripts/persons_probe.py            # the code of this tree
    python scripts/persons_probe.py --src DIR  # another tree's src/ (a before/after figure)

Public figures of Western languages whose surnames are (or look) Slavic, each introduced in
one English document beside someone whose surname the matcher can read as the same name
(Radosław Sikorski and Igor Sikorsky, Dirk Nowitzki and Adam Nowicki), as a news story
introduces people: given name and surname first, the surname alone after. Every change it
prints merges two people; the figure to keep at zero. The pairs are an illustration, not a
test set: the package knows none of these names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAIRS = [
    ("Radosław", "Sikorski", "Igor", "Sikorsky"),
    ("Dirk", "Nowitzki", "Adam", "Nowicki"),
    ("Dilma", "Rousseff", "Alberto", "Rusev"),
    ("Kenneth", "Rogoff", "Anatoly", "Rogov"),
    ("Roman", "Polanski", "Abraham", "Polonsky"),
    ("Andrzej", "Kaminski", "Viktor", "Kaminsky"),
    ("Mila", "Kunis", "Oleg", "Kunitsyn"),
    ("Monica", "Lewinsky", "Kurt", "Lewinski"),
    ("Andrzej", "Wajda", "Ivan", "Vaida"),
    ("Mike", "Krzyzewski", "Pavel", "Krzhizhevsky"),
    ("Ulrich", "Schimanski", "Oleksandr", "Shymansky"),
    ("Jerzy", "Grotowski", "Mikhail", "Grotovsky"),
    ("Wladimir", "Klitschko", "Vitali", "Klychko"),
    ("Nastassja", "Kinski", "Leonid", "Kinsky"),
    ("Stanley", "Kubrick", "Yuri", "Kubrik"),
    ("Igor", "Stravinsky", "Jan", "Strawinski"),
    ("Tom", "Malinowski", "Pavel", "Malinovsky"),
    ("Mark", "Brzezinski", "Sergei", "Bzhezinsky"),
]
ROLES = ["the senator", "the minister", "the director", "the engineer", "the writer", "the coach"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the src/ to import")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src))
    import translit

    lines = []
    for i, (g1, s1, g2, s2) in enumerate(PAIRS):
        lines.append(
            f"On Monday {ROLES[i % 6]} {g1} {s1} met {ROLES[(i + 3) % 6]} {g2} {s2}. "
            f"Later {s1} said that {s2} was right, and {s1} left."
        )
    text = "\n".join(lines)
    out = translit.normalize(text, language="en")
    pairs = zip(text.split(), out.split())
    changes = sorted({(a.strip(".,"), b.strip(".,")) for a, b in pairs if a != b})
    for a, b in changes:
        print(f"  {a} -> {b}")
    print(f"pairs={len(PAIRS)} merged_surnames={len(changes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
