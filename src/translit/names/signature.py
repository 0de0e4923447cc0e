"""The signature of a name token: what every reading of it has in common.

A Latin token is read under many conventions (:mod:`translit.names.conventions`), and each
reading folds into its own key (:mod:`translit.names.fold`). Some key letters come out the same
under every reading: б, м/н, п, р, д, л/в are written b, m/n, p, r, d, l/v/w by every
convention, and no fold rule adds, drops or changes them (``data/names/signature.json``). The
signature of a token is the sequence of those letters, with repeats merged; it can be read off
the token's letters without reading the token under any convention, and every key of every
reading has it. So two tokens with different
signatures share no key, and a token whose signature no form of a given name or word of a place
has is no such form: :mod:`translit.names.screen` decides most pairs of different names that way.

The Latin letters of each class, and the spellings some convention reads otherwise (Polish rz
for ж, ph for ф, au for ау or аў, Hungarian gy for дь, Lithuanian ą for а), are worked out from
the convention files; a token with such a spelling has no signature (None) and is read in full.

>>> signature("Lukashenko") == signature("Лукашэнка") == signature("Lukaschenko") == "LN"
True
>>> signature("Przybylski") is None  # Polish rz is ж, not р
True
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any, NamedTuple

from .._memo import memo
from . import prebuilt
from ._data import DataError, read_json, regex, require
from .conventions import conventions
from .fold import _fold
from .spelling import cyrillic_form, is_cyrillic, latin_low

__all__ = ["breaking_spellings", "key_signature", "signature"]

_WHERE = "data/names/signature.json"


class _Tables(NamedTuple):
    table: dict[int, str]  # a character -> its class letters
    scan: re.Pattern[str]  # the characters with class letters
    breaking: re.Pattern[str]  # Latin spellings some reading writes with other class letters
    cyrillic_breaking: re.Pattern[str]  # the same in Cyrillic
    literals: tuple[str, ...]  # the breaking spellings (for the tests and the docs)
    repeats: tuple[tuple[str, str], ...]  # each class letter doubled, and alone


def _outputs(out: Any) -> list[tuple[str, bool]]:
    """The outputs of a grapheme, each with whether it is written only at the end."""
    if isinstance(out, str):
        return [(out, False)]
    found: list[tuple[str, bool]] = []
    for o in out:
        if isinstance(o, str):
            found.append((o, False))
        else:
            x = o["out"]
            final = o.get("before") == "$"
            found += [(y, final) for y in ([x] if isinstance(x, str) else x)]
    return found


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    record = prebuilt.part("signature")
    return build_tables() if record is None else _from_record(record)


def tables_record(t: _Tables) -> dict[str, Any]:
    """The tables as :mod:`translit.names.prebuilt` keeps them (patterns as their text)."""
    return {
        "table": {chr(c): t.table[c] for c in sorted(t.table)},
        "scan": t.scan.pattern,
        "breaking": t.breaking.pattern,
        "cyrillic_breaking": t.cyrillic_breaking.pattern,
        "literals": list(t.literals),
        "repeats": [list(r) for r in t.repeats],
    }


def _from_record(record: dict[str, Any]) -> _Tables:
    return _Tables(
        {ord(c): x for c, x in record["table"].items()},
        re.compile(record["scan"]),
        regex(record["breaking"], _WHERE),
        regex(record["cyrillic_breaking"], _WHERE),
        tuple(record["literals"]),
        tuple((a, b) for a, b in record["repeats"]),
    )


def build_tables() -> _Tables:
    """The tables worked out from the conventions and ``data/names/signature.json``."""
    data = read_json("names/signature.json")
    classes = require(data, "classes", dict, _WHERE)
    of_key: dict[str, str] = {}
    for symbol, spec in classes.items():
        where = f"{_WHERE}: class {symbol!r}"
        if len(symbol) != 1:
            raise DataError(f"{where}: a class is named by one character")
        require(spec, "why", str, where)
        for letter in require(spec, "letters", str, where):
            of_key[letter] = symbol
    fold = _fold()
    # Key letters stand for themselves; Cyrillic letters through the fold's letter table.
    table: dict[int, str] = {ord(k): s for k, s in of_key.items()}
    for code, key in fold.letters.items():
        table[code] = "".join(of_key.get(c, "") for c in key)
    changing = {
        pair for pair, out in fold.digraph_keys.items() if _pi(pair, table) != _pi(out, table)
    }

    def project(cyrillic: str) -> str:
        """An output of a convention as the fold sees it (repeats merge: see _project)."""
        found = _pi(_digraphs(cyrillic), table)
        return "".join(symbol for symbol, _ in itertools.groupby(found))

    convs = conventions()
    breaking: set[str] = set()
    # Latin letters: each takes the class letters every convention reads it with; a letter
    # read with different ones (Lithuanian ą is а, Polish ą is он) breaks the signature.
    single: dict[str, set[str]] = {}
    for conv in convs.values():
        for grapheme, out in conv.graphemes.items():
            if len(grapheme) == 1:
                single.setdefault(grapheme, set()).update(project(o) for o, _ in _outputs(out))
    for letter, seen in single.items():
        as_key = of_key.get(letter)
        if len(seen) > 1 or (as_key is not None and seen != {as_key}):
            breaking.add(re.escape(letter))  # (a key letter keeps its class in keys)
        elif as_key is None:
            table[ord(letter)] = seen.pop()
    # Graphemes of several letters some convention reads with other class letters than
    # their letters have (Polish rz for ж, ph for ф), at the end only when only the reading
    # at the end differs (-ef for -ев).
    for conv in convs.values():
        for grapheme, out in conv.graphemes.items():
            g = grapheme.rstrip("$")
            for o, final in _outputs(out):
                end = "$" if final or grapheme.endswith("$") else ""
                if project(o) != project(g):
                    breaking.add(re.escape(g) + end)
    # Two graphemes whose outputs meet in a digraph the fold turns into other class letters
    # (д then ж is дж), unless the convention reads the two as one longer grapheme.
    for conv in convs.values():
        graphemes = {g: [o for o, _ in _outputs(out)] for g, out in conv.graphemes.items()}
        for pair in changing:
            ends = [g for g, outs in graphemes.items() if any(o.endswith(pair[0]) for o in outs)]
            starts = [
                g for g, outs in graphemes.items() if any(o.startswith(pair[1]) for o in outs)
            ]
            for g1 in ends:
                if g1.endswith("$"):
                    continue
                for g2 in starts:
                    g2 = g2.rstrip("$")
                    if not any(g1 + g2[:k] in graphemes for k in range(1, len(g2) + 1)):
                        breaking.add(re.escape(g1 + g2))
    # Letters some convention reads as nothing in a key (Romanian ă is ъ), for "{silent}"
    # in the patterns below.
    silent = sorted(
        letter
        for conv in convs.values()
        for letter, out in conv.graphemes.items()
        if len(letter) == 1
        and any(not o.translate(fold.letters) and not final for o, final in _outputs(out))
    )
    extra = data.get("breaking", [])
    latin_rx = [
        require(e, "latin", str, f"{_WHERE}: breaking").replace(
            "{silent}", re.escape("".join(sorted(set(silent))))
        )
        for e in extra
    ]
    cyrillic_rx = [require(e, "cyrillic", str, f"{_WHERE}: breaking") for e in extra]
    for e in extra:
        require(e, "why", str, f"{_WHERE}: breaking")
    table = {c: x for c, x in table.items() if x}
    literals = tuple(sorted(breaking, key=lambda x: (-len(x), x)))
    return _Tables(
        table,
        re.compile("[" + re.escape("".join(sorted(map(chr, table)))) + "]"),
        regex("|".join([*literals, *latin_rx]) or "(?!)", _WHERE),
        regex("|".join(cyrillic_rx) or "(?!)", _WHERE),
        literals,
        tuple((c + c, c) for c in sorted(set(of_key.values()))),
    )


def _pi(s: str, table: dict[int, str]) -> str:
    return "".join(table.get(ord(c), "") for c in s)


def _digraphs(cyrillic: str) -> str:
    """The fold's digraphs (дж is one key letter) applied, as the fold applies them."""
    f = _fold()
    return f.digraphs.sub(lambda m: f.digraph_keys[m.group()], cyrillic)


def _project(s: str, t: _Tables) -> str:
    found = "".join(t.scan.findall(s)).translate(t.table)
    if len(found) < 2:
        return found
    for double, single in t.repeats:  # repeats merge (the fold merges doubled letters)
        while double in found:
            found = found.replace(double, single)
    return found


def key_signature(key: str) -> str:
    """The signature of a matching key (or of a Cyrillic spelling)."""
    return _project(key, _tables())


# Distinct tokens whose signatures are kept per process.
SIGNATURE_CACHE_SIZE = 200_000


@memo(maxsize=SIGNATURE_CACHE_SIZE)
def signature(token: str) -> str | None:
    """The signature every key of every reading of ``token`` (one word, no hyphen) has; None
    when the token has a spelling some convention reads with other class letters."""
    t = _tables()
    if is_cyrillic(token):
        form = cyrillic_form(token)
        if t.cyrillic_breaking.search(form) is not None:
            return None
        return _project(_digraphs(form), t)
    low = latin_low(token)
    if t.breaking.search(low) is not None:
        return None
    return _project(low, t)


def breaking_spellings() -> tuple[str, ...]:
    """The letters and graphemes that leave a token without a signature."""
    return _tables().literals
