"""Regenerate src/translit/data/built/name_indexes.json: the name tables' indexes, made once.

The indexes (keys of the given names and places, their light folds, the signature classes) are
worked out by translit's own builders with the prebuilt file set aside
(translit.names.prebuilt.build), so the file can only hold what a process would build. Make it
again whenever a name table, a convention, a fold or the code that reads them changes:
tests/names/test_prebuilt.py fails until it is. Until then, a process whose data files differ
from those the file was made from builds the indexes itself (slower, same results).

Run: python scripts/name_indexes.py   (a second or two)
"""

from __future__ import annotations

from pathlib import Path

from translit.names.prebuilt import BUILT, build, dumps

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    path = ROOT / "src" / "translit" / "data" / BUILT
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
