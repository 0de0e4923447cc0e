#!/usr/bin/env python3
"""Build translit/data/letter_stats.json: letter-pair statistics per language for detect_language.

For each Cyrillic language the file holds its alphabet and the frequency of letter pairs and
triples inside words, with ``_`` standing for the start or end of a word (``_к`` = a word
starting with к, ``ий_`` = a word ending in -ий), per million, rare ones left out.

Sources:

* ru, uk, be: the public-domain literary corpora in ../shared/corpus (see its SOURCES.md),
  counted here, pairs and triples, each distinct word once, and the 300 most frequent words of
  running text (что, що, і) with their rate per million words;
* bg, mk: the character n-gram profiles of Wikipedia text shipped with the ``langdetect`` package
  (Apache License 2.0, © Michal Danilak, after Nakatani Shuyo's language-detection): its letter
  pairs, with its word-boundary space written ``_`` (counted over running text). Install it to
  rebuild: ``pip install langdetect``;
* sr: no source at hand; an approximation: the Macedonian pairs with ѓ ќ ѕ read as Serbian
  ђ ћ з, marked as such in the file. Serbian text is mostly recognised by its own letters.

Usage::

    python scripts/letter_stats.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "translit" / "data" / "letter_stats.json"

ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    "be": "абвгґдеёжзійклмнопрстуўфхцчшыьэюя'",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
APOSTROPHES = "’ʼ`‘"
PER = 1_000_000
TOP_WORDS = 300  # the most frequent words of running text, with their rate per million words
TRIPLE_LEAST = 10  # per million: rarer letter triples are left out (the pairs cover them)
SR_FROM_MK = str.maketrans("ѓќѕ", "ђћз")

COMMENT = (
    "Letter pairs (all languages), triples and the most frequent words (ru, uk, be) for "
    "detect_language, per million "
    "inside words ('_' = start or end of a word); built by scripts/letter_stats.py. ru, uk, "
    "be: counted on public-domain "
    "literary corpora. bg, mk: from the Wikipedia n-gram profiles of the langdetect package "
    "(Apache License 2.0, Copyright 2014-2015 Michal Danilak; after language-detection by "
    "Nakatani Shuyo). sr: an approximation (the Macedonian pairs with ѓ ќ ѕ read as ђ ћ з)."
)


def corpus_grams(path: Path, alphabet: str, n: int) -> Counter[str]:
    text = path.read_text(encoding="utf-8").lower()
    for a in APOSTROPHES:
        text = text.replace(a, "'")
    letters = re.escape(alphabet.replace("'", ""))
    word = re.compile(f"[{letters}]+(?:'[{letters}]+)*" if "'" in alphabet else f"[{letters}]+")
    pairs: Counter[str] = Counter()
    # Each distinct word counts once: running text repeats a few short words (что, що, і) so
    # often that their pairs would drown those of the names and rarer words detection sees.
    # Only whole words of the alphabet: a word with any other letter is another language's.
    words = {m.group() for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text)}
    for w in sorted(words):
        if not word.fullmatch(w):
            continue
        padded = f"_{w}_"
        pairs.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return pairs


def corpus_words(path: Path, alphabet: str) -> Counter[str]:
    """Running-text counts of the words of the alphabet."""
    text = path.read_text(encoding="utf-8").lower()
    for a in APOSTROPHES:
        text = text.replace(a, "'")
    words: Counter[str] = Counter()
    ok = set(alphabet)
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
        if set(m.group()) <= ok:
            words[m.group()] += 1
    return words


def profile_grams(profile: Path, alphabet: str, n: int) -> Counter[str]:
    freq: dict[str, int] = json.loads(profile.read_text(encoding="utf-8"))["freq"]
    ok = set(alphabet) | {" "}
    pairs: Counter[str] = Counter()
    for gram, count in freq.items():
        if len(gram) == n and set(gram) <= ok and "  " not in gram and gram.strip():
            pairs[gram.replace(" ", "_")] += count
    return pairs


def per_million(grams: Counter[str], least: int) -> dict[str, int]:
    total = sum(grams.values()) or 1
    scaled = {p: round(PER * n / total) for p, n in grams.items()}
    return {p: v for p, v in sorted(scaled.items()) if v >= least}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    import langdetect  # the profiles ship inside the package

    profiles = Path(langdetect.__file__).parent / "profiles"
    out: dict[str, object] = {"_comment": COMMENT, "alphabets": ALPHABETS}
    east = ("ru", "uk", "be")
    pairs = {lang: corpus_grams(args.corpus / f"{lang}.txt", ALPHABETS[lang], 2) for lang in east}
    triples = {lang: corpus_grams(args.corpus / f"{lang}.txt", ALPHABETS[lang], 3) for lang in east}
    pairs["bg"] = profile_grams(profiles / "bg", ALPHABETS["bg"], 2)
    pairs["mk"] = profile_grams(profiles / "mk", ALPHABETS["mk"], 2)
    pairs["sr"] = Counter()
    for g, c in pairs["mk"].items():
        pairs["sr"][g.translate(SR_FROM_MK)] += c
    out["pairs"] = {lang: per_million(pairs[lang], 1) for lang in ALPHABETS}
    out["triples"] = {lang: per_million(triples[lang], TRIPLE_LEAST) for lang in east}
    out["words"] = {}
    for lang in east:
        counts = corpus_words(args.corpus / f"{lang}.txt", ALPHABETS[lang])
        total = sum(counts.values())
        top = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))[:TOP_WORDS]
        out["words"][lang] = {w: round(PER * c / total) for w, c in top}
    OUT.write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
