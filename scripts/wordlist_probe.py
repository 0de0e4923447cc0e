"""Precision probe: does the normalizer rewrite the ordinary words of a language?

Run from the project's root::

    python scripts/wordlist_probe.py en        # or de, fr, es, it, nl, pl ...

Takes every alphabetic word of four letters or more whose Zipf frequency in the ``wordfreq``
list of the language is between 1.8 and 3.5 (rare enough to pass the common-word gate, common
enough to be a word of the language), capitalises it, sets it in a plain sentence, three per
sentence, and normalizes the whole as one document. Every change it prints is a rewrite of a
word of the language: the figure to keep at zero.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FRAME = {
    "en": ("The report said that {} met {} and {} on Monday.",),
    "de": ("Der Bericht sagt, dass {} am Montag {} und {} traf.",),
    "fr": ("Le rapport dit que {} a vu {} et {} lundi.",),
}
DEFAULT_FRAME = "{}, {}, {}."


def main() -> int:
    import wordfreq

    import translit

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("language", nargs="?", default="en")
    ap.add_argument("--low", type=float, default=1.8)
    ap.add_argument("--high", type=float, default=3.5)
    args = ap.parse_args()
    words = [
        w.capitalize()
        for w in wordfreq.iter_wordlist(args.language, "best")
        if w.isalpha()
        and len(w) >= 4
        and args.low <= wordfreq.zipf_frequency(w, args.language) < args.high
    ]
    frame = FRAME.get(args.language, (DEFAULT_FRAME,))[0]
    lines = [frame.format(*words[i : i + 3]) for i in range(0, len(words) - 2, 3)]
    changes = translit.Normalizer(language=args.language).explain("\n".join(lines))
    counted = collections.Counter((c.original, c.replacement) for c in changes)
    for (a, b), n in sorted(counted.items()):
        print(f"{n:6d}  {a} -> {b}")
    print(f"language={args.language} words={len(words)} changes={len(changes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
