"""Regenerate src/translit/data/text/frequent_words.json.gz: the gate's verdict on frequent words.

For the most frequent words of the wordfreq lists (Robyn Speer; code Apache 2.0, word lists
CC BY-SA 4.0) of English and German, the prose languages whose capitalised words are most
often no name (German capitalises every noun), the file keeps each word on which the gate says
*no unit starts here* in title case and in capitals alike, grouped by the reason the gate gives.
translit then looks these words up instead of reading them (translit.text.frequent_words).

The verdicts come from the gate itself (translit.text.words.gate_facts), so the file must be
made again whenever the gate or its tables change; tests/text/test_frequent_words.py recomputes
every entry and fails until it is.

Run: python scripts/frequent_words.py   (about 20 s; needs wordfreq, a runtime dependency)
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import wordfreq

from translit.text.frequent_words import TABLE, table_key
from translit.text.words import gate_facts, is_caps

# (language, how many of its most frequent words are looked at)
LISTS = (("en", 100_000), ("de", 50_000))


def listed_reason(word: str) -> str | None:
    """The reason the gate rejects ``word`` (lower case) in title case and in capitals, when it
    does both ways with one reason; None when the word is kept out of the table."""
    if len(word) < 2 or not word.isalpha():
        return None
    titled, caps = word[0].upper() + word[1:], word.upper()
    if table_key(titled) != word or table_key(caps) != word or not is_caps(caps):
        return None  # a word whose case does not round-trip (ß, dotted İ)
    a, b = gate_facts(titled), gate_facts(caps)
    if not (a.inert and b.inert) or a.caps or not b.caps:
        return None
    if b.verdict.reason != f"ALL CAPS, and {a.verdict.reason}":
        return None
    return a.verdict.reason


def build() -> dict[str, object]:
    by_reason: dict[str, set[str]] = {}
    for lang, top in LISTS:
        for word in wordfreq.top_n_list(lang, top):
            reason = listed_reason(word)
            if reason is not None:
                by_reason.setdefault(reason, set()).add(word)
    reasons = sorted(by_reason)
    version = getattr(wordfreq, "__version__", "3.1")
    return {
        "_comment": (
            "The gate's verdict on frequent words that start no name: each word (lower case) is "
            "rejected in title case and in capitals with the reason beside it. Source: the "
            f"wordfreq {version} lists (https://github.com/rspeer/wordfreq; word lists CC BY-SA "
            "4.0), "
            + ", ".join(f"top {top:,} of '{lang}'" for lang, top in LISTS)
            + "; the verdicts are translit's own (translit.text.words.gate_facts). Regenerate "
            "with scripts/frequent_words.py. Read by translit/text/frequent_words.py."
        ),
        "reasons": reasons,
        "words": [" ".join(sorted(by_reason[r])) for r in reasons],
    }


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "src" / "translit" / TABLE
    data = json.dumps(build(), ensure_ascii=False, indent=1).encode("utf-8")
    # mtime=0: the same table gives the same bytes.
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{out}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
