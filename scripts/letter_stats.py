#!/usr/bin/env python3
"""Build translit/data/letter_stats.json: letter frequencies per language for detect_language.

Russian, Ukrainian and Belarusian frequencies are counted on the public-domain corpora in
../shared/corpus (see its SOURCES.md). Bulgarian, Serbian and Macedonian have no corpus there; their
entries are the Russian counts restricted to their alphabets with their distinctive letters given
typical rates, and are marked as approximations. Only the alphabets and distinctive letters are
load-bearing for those three.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "src" / "translit" / "data" / "letter_stats.json"

ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
# Approximate per-mille rates of letters the Russian counts cannot give.
EXTRA = {
    "bg": {"ъ": 25.0, "щ": 6.0},
    "sr": {"ј": 40.0, "љ": 4.0, "њ": 7.0, "ђ": 1.5, "ћ": 6.0, "џ": 1.0},
    "mk": {"ј": 30.0, "љ": 3.0, "њ": 6.0, "ѓ": 1.5, "ќ": 3.0, "ѕ": 0.5, "џ": 1.0},
}


COMMENT = (
    "Letter frequencies (per mille of letters) for detect_language; built by "
    "scripts/letter_stats.py. ru/uk/be counted on public-domain literary corpora; bg/sr/mk are "
    "approximations (Russian counts on their alphabets plus typical rates of their own letters)."
)


def counts(path: Path, alphabet: str) -> Counter[str]:
    text = path.read_text(encoding="utf-8").lower()
    return Counter(c for c in text if c in alphabet)


def per_mille(c: Counter[str], alphabet: str) -> dict[str, float]:
    total = sum(c[a] for a in alphabet) or 1
    return {a: round(1000 * c[a] / total, 3) for a in alphabet}


def main() -> None:
    measured = {
        lang: counts(CORPUS / f"{lang}.txt", ALPHABETS[lang]) for lang in ("ru", "uk", "be")
    }
    stats = {lang: per_mille(measured[lang], ALPHABETS[lang]) for lang in measured}
    for lang in ("bg", "sr", "mk"):
        base = {a: stats["ru"].get(a, 0.0) for a in ALPHABETS[lang]}
        base.update(EXTRA[lang])
        total = sum(base.values())
        stats[lang] = {a: round(1000 * v / total, 3) for a, v in base.items()}
    OUT.write_text(
        json.dumps(
            {
                "_comment": COMMENT,
                "alphabets": ALPHABETS,
                "per_mille": stats,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
