"""Regenerate src/translit/data/text/function_words.json from the wordfreq lists.

The normalizer tells a document's language by its most frequent words (function words, which
carry the language and never a name). The lists come from wordfreq (Robyn Speer; code Apache
2.0, word lists CC BY-SA 4.0): for each language, its most frequent lower-case words and their
Zipf frequencies. Words of one letter count too: French *à* and *a*, Spanish *y*, Italian *è*,
Polish *w* and *z*, Czech *v* are among the most frequent words of their languages, and a short
text may hold few others (a word several languages share adds to each, and tells nothing).

Run: python scripts/function_words.py   (needs wordfreq installed)
"""

from __future__ import annotations

import json
from pathlib import Path

import wordfreq

# The press languages whose spelling conventions the name matcher reads, and the Cyrillic and
# Greek source languages (Belarusian has no wordfreq list: translit's own letter evidence tells
# it from Russian and Ukrainian).
LANGUAGES = (
    "en de fr es it pt ca nl sv nb da fi lv lt pl cs sk sl hr hu ro tr ru uk bg mk el"
).split()
TOP = 120


def main() -> None:
    out: dict[str, object] = {
        "_comment": (
            "The most frequent words of each language with their Zipf frequencies, from "
            "wordfreq 3.1 (https://github.com/rspeer/wordfreq; word lists CC BY-SA 4.0), "
            f"top {TOP} words per language. Regenerate with "
            "scripts/function_words.py. Read by text/language.py."
        ),
        "version": wordfreq.__version__ if hasattr(wordfreq, "__version__") else "3.1",
        "languages": {},
    }
    langs: dict[str, dict[str, float]] = {}
    for lang in LANGUAGES:
        words = [w for w in wordfreq.top_n_list(lang, TOP * 2) if w.isalpha()]
        langs["no" if lang == "nb" else lang] = {
            w: wordfreq.zipf_frequency(w, lang) for w in words[:TOP]
        }
    out["languages"] = langs
    path = Path(__file__).resolve().parents[1] / "src/translit/data/text/function_words.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(langs)} languages)")


if __name__ == "__main__":
    main()
