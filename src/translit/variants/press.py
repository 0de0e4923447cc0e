"""The press conventions in the writing direction (Cyrillic → Latin), from
``data/variants/press/*.json`` and the reading conventions of :mod:`translit.names.conventions`.

Each press file names the reading convention that reads its spellings back (``reads_as``); a
test checks that every spelling it lists is read back as its letter. A letter the file does not
list is *derived* from the reading data: the ASCII letter of ``base.json`` (the letters every
convention reads alike: ``b`` for ``б``, ``m`` for ``м``) that the reading convention reads as
that letter and does not rule out (Polish ``v`` is ruled out, so ``в`` is ``w``). What a
convention writes its own way (German ``ч`` as ``tsch``) is listed: its reading file also
reads spellings it only tolerates (German ``c`` for ``к``), so the reading alone cannot say
which spelling the writers choose. Per source language (``ru``, ``uk``, ``be``) a file may
override letters (Ukrainian ``г`` is ``h``, ``и`` is ``y``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..names._data import DataError, list_json, read_json, regex, require
from ..names.conventions import MAX_SPELLINGS, implausible, requirements
from .forward import Table
from .patterns import alternation, anchors, found_alike

__all__ = [
    "SOURCE_LANGUAGES",
    "Checker",
    "PressConvention",
    "checker",
    "classes",
    "cognate_hazard",
    "derived_letters",
    "expand",
    "press_conventions",
    "readable",
    "table",
]

#: The source languages a press file can describe.
SOURCE_LANGUAGES = ("ru", "uk", "be")

#: Every letter a Russian, Ukrainian or Belarusian word may have: each resolves, per
#: convention and language, to a spelling (listed or derived); a test checks it.
LETTERS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
    "be": "абвгґдеёжзійклмнопрстуўфхцчшыьэюя'",
}


class PressConvention(NamedTuple):
    """One press convention's metadata (its tables are built by :func:`table`)."""

    id: str
    name: str
    kind: str
    writing_language: str
    reads_as: str
    prior: float
    patronymic: float
    languages: tuple[str, ...]
    sources: tuple[str, ...]


@lru_cache(maxsize=1)
def classes() -> dict[str, str]:
    """The letter classes context patterns may name as ``{name}`` (``classes.json``)."""
    where = "data/variants/classes.json"
    found = require(read_json("variants/classes.json"), "classes", dict, where)
    return {f"{{{k}}}": v for k, v in found.items()}


def expand(pattern: str) -> str:
    """A context pattern with its ``{class}`` names replaced."""
    if "{" not in pattern:
        return pattern
    for name, value in classes().items():
        pattern = pattern.replace(name, value)
    return pattern


def _expanded(spec: Any) -> Any:
    if isinstance(spec, list) and spec and isinstance(spec[0], dict):
        return [
            {k: expand(v) if k in ("before", "after") else v for k, v in alt.items()}
            for alt in spec
        ]
    return spec


@lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, Any]]:
    from ..names.conventions import conventions

    reading = conventions()
    out: dict[str, dict[str, Any]] = {}
    for name in list_json("variants/press"):
        data = read_json(name)
        where = f"data/{name}"
        ident = require(data, "id", str, where)
        if f"variants/press/{ident}.json" != name:
            raise DataError(f"{where}: 'id' {ident!r} does not match the file name")
        reads_as = require(data, "reads_as", str, where)
        if reads_as not in reading:
            raise DataError(f"{where}: 'reads_as' names unknown convention {reads_as!r}")
        if not require(data, "sources", list, where):
            raise DataError(f"{where}: 'sources' is empty (say where the rules come from)")
        prior = require(data, "prior", (int, float), where)
        if not 0 < prior <= 1:
            raise DataError(f"{where}: 'prior' must be in (0, 1]")
        if not 0 <= require(data, "patronymic", (int, float), where) <= 1:
            raise DataError(f"{where}: 'patronymic' must be in [0, 1]")
        require(data, "letters", dict, where)
        require(data, "writing_language", str, where)
        for lang in data.get("languages", SOURCE_LANGUAGES):
            if lang not in SOURCE_LANGUAGES:
                raise DataError(f"{where}: unknown source language {lang!r}")
        out[ident] = data
    return out


@lru_cache(maxsize=1)
def press_conventions() -> dict[str, PressConvention]:
    """Every press convention, by id, in file-name order."""
    return {
        ident: PressConvention(
            ident,
            data.get("name", ident),
            data.get("kind", "press"),
            data["writing_language"],
            data["reads_as"],
            float(data["prior"]),
            float(data["patronymic"]),
            tuple(data.get("languages", SOURCE_LANGUAGES)),
            tuple(data["sources"]),
        )
        for ident, data in _raw().items()
    }


def _resolved(name: str) -> dict[str, Any]:
    """The grapheme table of a reading convention with the files it extends."""
    data = read_json(f"names/conventions/{name}.json")
    parent = _resolved(data["extends"]) if data.get("extends") else {}
    return {**parent, **data["graphemes"]}


@cache  # one entry per reading convention: bounded by the data folder
def derived_letters(reads_as: str) -> dict[str, str]:
    """Cyrillic letter → the Latin spelling derived for it under the reading convention
    ``reads_as``: the first ASCII letter of ``base.json`` (the letters every convention reads
    alike) that ``reads_as`` reads as exactly that Cyrillic letter and does not rule out.

    A letter a convention writes its own way (German ``ч`` as ``tsch``) is not derived: its
    reading file also reads other spellings as that letter (tolerated, not written), so the
    writing choice is the press file's.
    """
    contra = implausible().get(reads_as)
    mine = _resolved(reads_as)
    out: dict[str, str] = {}
    for g, value in read_json("names/conventions/base.json")["graphemes"].items():
        if not isinstance(value, str) or len(value) != 1 or value in out:
            continue
        if len(g) != 1 or not g.isascii():
            continue
        if mine.get(g) != value or (contra is not None and contra.search(g)):
            continue
        out[value] = g
    return out


@cache  # one per (convention, language): bounded by the data folder
def table(convention: str, language: str) -> Table:
    """The compiled writing table of one press convention for one source language."""
    data = _raw().get(convention)
    if data is None:
        raise ValueError(f"unknown press convention {convention!r}")
    where = f"data/variants/press/{convention}.json"
    derived = derived_letters(data["reads_as"])
    graphemes: dict[str, Any] = {}
    for letter in LETTERS.get(language, LETTERS["ru"]):
        if letter in derived:
            graphemes[letter] = derived[letter]
    graphemes.update({k: _expanded(v) for k, v in data["letters"].items()})
    # A letter of another language (ў in a Ukrainian form, ґ in a Russian one) is written as
    # that language's table writes it.
    for other in SOURCE_LANGUAGES:
        for k, v in data.get(other, {}).items():
            if len(k) == 1 and k not in LETTERS.get(language, "") and k not in graphemes:
                graphemes[k] = _expanded(v)
    graphemes.update({k: _expanded(v) for k, v in data.get(language, {}).items()})
    for key in graphemes:
        if not _CYRILLIC_KEY.match(key):
            raise DataError(f"{where}: {key!r} is not a lower-case Cyrillic grapheme")
    return Table(graphemes, f"{where} ({language})")


@cache  # one per (convention, language): bounded by the data folder
def cognate_hazard(convention: str, language: str) -> re.Pattern[str] | None:
    """Letters of a cognate form (one made from a name of another language) that the
    convention writes so that the spelling no longer reads as the original name
    (``unreadable_cognates``), or None."""
    data = _raw()[convention]
    pattern = data.get("unreadable_cognates", {}).get(language)
    where = f"data/variants/press/{convention}.json: unreadable_cognates"
    return regex(pattern, where) if pattern else None


def readable(convention: str, language: str, native: str, spelling: str) -> bool:
    """Whether the reading convention reads a lower-case spelling the convention writes for
    ``native`` as that name: it has none of the spellings the reader rules out
    (``implausible``: the Italian ci beside a scientific š for a ш before a consonant needs
    two conventions), it has a spelling the reader is recognised by (``requires``: an
    Italian z for ц in a word without ce/ci is read the English way, as з), no two letters
    whose spellings run together into another grapheme of the reader (:func:`hazards`), and
    not so many ambiguous graphemes that the reader would drop the right reading."""
    return checker(convention, language).ok(native, spelling)


class Checker(NamedTuple):
    """What :func:`readable` checks for one convention and language, compiled."""

    contra: re.Pattern[str] | None
    needs: re.Pattern[str] | None
    hazards: tuple[tuple[str, str], ...]
    joined: re.Pattern[str] | None  # any joined spelling of a hazard
    branching: re.Pattern[str] | None  # the reader's graphemes with several readings
    ways: dict[str, int]
    #: How many of those graphemes a spelling may have whatever they are.
    free: int = 0
    pairs: re.Pattern[str] | None = None  # any letters of a hazard
    #: The letters of the hazards (two or three each), for :meth:`risky_grams`.
    pair_set: frozenset[str] = frozenset()
    #: One or two letters every grapheme of several readings has one of: a spelling with no
    #: more of them than ``free`` has no more of those graphemes (each holds one of its
    #: own), which then need not be found.
    anchors: tuple[str, ...] = ()

    def ok(self, native: str, spelling: str, risky: bool | None = None) -> bool:
        """:func:`readable` for this convention and language; ``risky`` is
        :meth:`risky` of ``native`` where the caller has it (one native form, many
        spellings)."""
        if self.contra is not None and self.contra.search(spelling):
            return False
        if self.needs is not None and not self.needs.search(spelling):
            return False  # the matcher reads it under another convention (Italian z for ц)
        if (self.risky(native) if risky is None else risky) and self.joined is not None:
            if self.joined.search(spelling):
                # Signs most conventions write as nothing join the letters around them.
                bare = native.translate(_SIGNS)
                for pair, joined in self.hazards:
                    if joined in spelling and (pair in native or pair in bare):
                        return False
        if self.branching is not None:
            # A spelling the reader reads in more ways than it keeps (MAX_SPELLINGS) may lose
            # the right one: German Schaschaschyschyn, four sch each ш or ж.
            found = self.branching.findall(spelling)
            if len(found) <= self.free:
                return True
            ways = 1
            for g in found:
                ways *= self.ways[g]
            return ways <= MAX_SPELLINGS
        return True

    def kept(
        self, native: str, found: list[tuple[str, float]], risky: bool
    ) -> list[tuple[str, float]]:
        """The spellings of ``found`` (each with its weight) that :meth:`ok` accepts, in
        order: a writing's few spellings in one call, the usual case (no hazard's letters,
        few graphemes of several readings) decided here."""
        contra, needs, branching, free = self.contra, self.needs, self.branching, self.free
        first, second = (*self.anchors, "", "")[:2]
        out = []
        for item in found:
            spelling = item[0]
            if contra is not None and contra.search(spelling):
                continue
            if needs is not None and not needs.search(spelling):
                continue
            if not risky:
                if branching is None:
                    out.append(item)
                    continue
                if first:
                    # Each grapheme of several readings holds an anchor of its own.
                    held = spelling.count(first) + (spelling.count(second) if second else 0)
                    if held <= free:
                        out.append(item)
                        continue
                if len(branching.findall(spelling)) <= free:
                    out.append(item)
                    continue
            if self.ok(native, spelling, risky):
                out.append(item)
        return out

    def risky_grams(self, grams: frozenset[str]) -> bool:
        """:meth:`risky` of a native form given its :func:`~.letters.letter_grams` (made once for
        every convention's check)."""
        return not self.pair_set.isdisjoint(grams)

    def risky(self, native: str) -> bool:
        """Whether a lower-case native form has the letters of a hazard (Лук'ян: к + ян once
        the sign, written as nothing, is dropped)."""
        if self.pairs is None:
            return False
        if self.pairs.search(native):
            return True
        return _SIGN.search(native) is not None and bool(
            self.pairs.search(native.translate(_SIGNS))
        )


@cache  # one per (convention, language): bounded by the data folder
def checker(convention: str, language: str) -> Checker:
    """The compiled :func:`readable` of one convention and language."""
    reads_as = _raw()[convention]["reads_as"]
    found = hazards(convention, language)
    ways = _branching(reads_as)
    most = max(ways.values(), default=2)
    free = 0
    while most ** (free + 1) <= MAX_SPELLINGS:
        free += 1
    return Checker(
        found_alike(implausible().get(reads_as)),
        found_alike(requirements().get(reads_as)),
        found,
        alternation({j for _, j in found}),
        alternation(set(ways)),
        ways,
        free,
        alternation({p for p, _ in found}),
        frozenset(p for p, _ in found),
        anchors(set(ways)),
    )


@cache  # one per reading convention: bounded by the data folder
def _branching(reads_as: str) -> dict[str, int]:
    """The reader's graphemes that read in several ways, with the number of ways."""
    out = {}
    for g, value in _resolved(reads_as).items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            n = len(value)
        elif isinstance(value, list):
            n = max(len(a["out"]) if isinstance(a.get("out"), list) else 1 for a in value)
        else:
            continue
        if n > 1 and not g.endswith("$"):
            out[g] = n
    return out


@cache  # one per (convention, language): bounded by the data folder
def hazards(convention: str, language: str) -> tuple[tuple[str, str], ...]:
    """(two or three Cyrillic letters, their spellings joined) that the reading convention
    reads as something else: a grapheme of the reader spans the spellings (German сч: s +
    tsch read as stsch, щ; Dutch дзя: d + z + ja read as dzj, дж)."""
    from ..names.conventions import conventions
    from ..names.fold import fold_variants

    reader = conventions()[_raw()[convention]["reads_as"]]
    long = [g.rstrip("$") for g in reader.graphemes if len(g.rstrip("$")) > 1]
    t = table(convention, language)
    spellings = {
        letter: {o for alt in t._alts.get(letter, ()) for o in alt.outs if o}
        for letter in LETTERS.get(language, LETTERS["ru"])
    }

    def misread(cyr: str, joined: str) -> bool:
        # Inside a word (the "1"s keep word-end readings such as -ef = -ев out).
        want = set(fold_variants("1" + cyr + "1"))
        return not want & {k for r in reader.read("1" + joined + "1") for k in fold_variants(r)}

    out = set()
    for a, outs_a in spellings.items():
        for b, outs_b in spellings.items():
            for x in outs_a:
                for y in outs_b:
                    joined = x + y
                    spans = any(g in joined and g not in x and g not in y for g in long)
                    if spans and misread(a + b, joined):
                        out.add((a + b, joined))
    # Three letters: a grapheme of three or more letters whose middle is a whole spelling.
    whole = {o: letter for letter, outs in spellings.items() for o in outs}
    for g in (g for g in long if len(g) > 2):
        for i in range(1, len(g) - 1):
            for j in range(i + 1, len(g)):
                middle = whole.get(g[i:j])
                if middle is None:
                    continue
                for a, outs_a in spellings.items():
                    for x in (x for x in outs_a if x.endswith(g[:i])):
                        for c, outs_c in spellings.items():
                            for z in (z for z in outs_c if z.startswith(g[j:])):
                                if misread(a + middle + c, x + g[i:j] + z):
                                    out.add((a + middle + c, x + g[i:j] + z))
    return tuple(sorted(out))


_SIGNS = str.maketrans("", "", "'ьъ")
_SIGN = re.compile("['ьъ]")

_CYRILLIC_KEY = re.compile(r"^[\u0400-\u04ff']+\$?$")
