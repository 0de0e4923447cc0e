"""Plain implementations that the fast paths of name matching are checked against.

Each function here does what a faster one elsewhere does, the straightforward way: every
convention tested in the order of the data, every fold rule applied in turn, every name parsed
in full before it is compared. They are not used when matching; the tests
(``tests/names/test_fast_paths.py``) compare each fast path with its reference on random and
on development-like input, so that a shortcut can never change a result.
"""

from __future__ import annotations

from .conventions import (
    MAX_SPELLINGS,
    Convention,
    conventions,
    differs_from_english,
    first_marked_convention,
    given_names_only,
    plausible,
    primary_convention,
)
from .fold import _fold, with_cognates
from .parsing import analyze
from .spelling import (
    Reading,
    given_name_keys,
    is_cyrillic,
    latin_low,
    primary_reading,
    token_keys,
)

__all__ = [
    "convention_read",
    "fold_variants",
    "given_name_ids",
    "index_keys",
    "lexicon_lookup",
    "name_key",
    "place_ids",
    "plain_fold",
    "primary_place_ids",
    "readings",
    "same_name",
]


def convention_read(convention: Convention, token: str) -> list[str]:
    """:meth:`Convention.read <translit.names.conventions.Convention.read>`: every grapheme,
    one-letter ones too, matched in turn and read by its rule."""
    outs = [""]
    pos = 0
    for m in convention._full_pattern.finditer(token):
        lit = token[pos : m.start()]
        outs = [o + lit + a for o in outs for a in convention._options(m)][:MAX_SPELLINGS]
        pos = m.end()
    return [o + token[pos:] for o in outs]


def readings(token: str) -> tuple[Reading, ...]:
    """:func:`translit.names.spelling.readings`: every convention that can write the token,
    tested one by one."""
    if is_cyrillic(token):
        return (primary_reading(token),)
    low = latin_low(token)
    convs = conventions()
    first = primary_convention(low)
    differs = differs_from_english()
    skip = given_names_only()
    marked = first_marked_convention(low)
    order = [first] + [
        p
        for p in convs
        if p != first
        and p not in skip
        and (
            p == marked
            or (
                plausible(p, low)
                and (p == "english" or first != "english" or differs[p].search(low))
            )
        )
    ]
    first_reading = primary_reading(token)
    out: list[Reading] = [first_reading]
    seen: set[str] = {first_reading.spelling}
    for name in order:
        for spelling in convs[name].read(low):
            if spelling in seen:
                continue
            seen.add(spelling)
            keys = fold_variants(spelling)
            out.append(Reading(name, spelling, keys[0], keys))
    return tuple(out)


def plain_fold(spelling: str) -> tuple[str, ...]:
    """:func:`translit.names.fold.plain_fold`: every rule of ``fold.json`` applied in turn."""
    f = _fold()
    spelling = f.digraphs.sub(lambda m: f.digraph_keys[m.group()], spelling)
    keys = [spelling.translate(f.letters)]
    for rule in f.rules:
        new = [rule.pattern.sub(rule.replace, k) for k in keys]
        if rule.optional:
            new += [k for k in keys if k not in new]
        keys = list(dict.fromkeys(new))
    return tuple(keys)


def fold_variants(spelling: str) -> tuple[str, ...]:
    """:func:`translit.names.fold.fold_variants` on :func:`plain_fold`."""
    return with_cognates(plain_fold(spelling))


def given_name_ids(token: str) -> frozenset[str]:
    """:func:`translit.names.given.given_name_ids` without the signature test: every reading
    of the token looked up."""
    from .given import _exact, _indexes, _norm

    exact = _exact().get(_norm(token))
    if exact:
        return exact
    native, other = _indexes()
    keys = token_keys(token) | given_name_keys(token)
    ids: set[str] = set()
    for key in keys:
        ids |= native.get(key, frozenset())
    if not ids:
        for key in keys:
            ids |= other.get(key, frozenset())
    return frozenset(ids)


def place_ids(name: str) -> frozenset[str]:
    """:func:`translit.names.places.place_ids` without the signature test: every combination
    of the readings of the words looked up."""
    from .endings import stems
    from .places import _WORD_SPLIT, _index, _is_given_name, place_keys

    index = _index()
    if not index:
        return frozenset()
    ids: set[str] = set()
    for key in place_keys(name):
        ids |= index.get(key, frozenset())
    if ids:
        return frozenset(ids)
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words or len(words) > 5:
        return frozenset()
    for _, stem in stems(words[-1], "place"):
        for key in place_keys(" ".join([*words[:-1], stem])):
            ids |= index.get(key, frozenset())
    if ids and _is_given_name(words[-1]):
        return frozenset()
    return frozenset(ids)


def primary_place_ids(words: list[str]) -> frozenset[str]:
    """:func:`translit.names.places.primary_place_ids` without the signature test."""
    from .endings import stems
    from .places import _index, _is_given_name

    index = _index()
    if not index or not words or len(words) > 5:
        return frozenset()
    keys = [primary_reading(w).key for w in words]
    ids = index.get(" ".join(keys))
    if ids:
        return ids
    found: set[str] = set()
    for _, stem in stems(words[-1], "place"):
        found |= index.get(" ".join([*keys[:-1], primary_reading(stem).key]), frozenset())
    if found and _is_given_name(words[-1], light=True):
        return frozenset()
    return frozenset(found)


def name_key(name: str) -> str:
    """:func:`translit.name_key` without the per-word facts: each word looked up in turn, and
    every name of two words with a possible ending of another language parsed."""
    from .endings import stems
    from .given import exact_given_ids, given_by_ending, given_ids_of_keys
    from .keys import _token_key
    from .parsing import analyze_light, split_tokens, surname_when_all_given

    words = split_tokens(name)
    if not words:
        return ""
    parts = [[primary_reading(p) for p in w.split("-") if p] for w in words]
    if len(words) <= 5:
        places_here = primary_place_ids([p for w in words for p in w.split("-") if p])
        if places_here:
            return "@" + min(places_here)
    if (
        len(words) >= 3
        or any(len(w) <= 3 for w in words)
        or (len(words) == 2 and any(stems(w, "given") for w in words))
    ):
        tokens = analyze_light(name).tokens
        return " ".join(sorted(_token_key(t) for t in tokens))
    ids_of = [
        (exact_given_ids(w) or given_ids_of_keys(ps[0].variants)) if len(ps) == 1 else None
        for w, ps in zip(words, parts)
    ]
    if len(words) == 1 and not ids_of[0]:
        hit = given_by_ending(words[0], light=True)
        if hit is not None:
            return "#" + min(hit[2])
    keys = [
        ("#" + min(ids)) if ids else "-".join(r.key for r in ps) for ids, ps in zip(ids_of, parts)
    ]
    last = surname_when_all_given([bool(ids) for ids in ids_of])
    if last is not None:
        keys[last] = "-".join(r.key for r in parts[last])
    return " ".join(sorted(keys))


def index_keys(form: str) -> set[str]:
    """:func:`translit.names.keys.index_keys` without the per-word facts: every form parsed."""
    import itertools

    from .parsing import parse
    from .places import place_ids_of_key
    from .spelling import MAX_KEY_COMBINATIONS

    everything = parse(form, light=True).tokens
    keys: set[str] = set()
    if not everything:
        return keys
    place = place_ids_of_key(" ".join(r.key for t in everything for part in t.parts for r in part))
    keys.update("@" + p for p in place)
    per_token = []
    for t in everything:
        if t.role in ("patronymic", "initial"):
            continue
        if t.role == "given" and t.given_ids:
            per_token.append(sorted("#" + i for i in t.given_ids))
        else:
            parts = [sorted(token_keys(p)) for p in t.text.split("-") if p]
            combos = itertools.islice(itertools.product(*parts), MAX_KEY_COMBINATIONS)
            per_token.append(sorted({"-".join(c) for c in combos}))
    for combo in itertools.islice(itertools.product(*per_token), MAX_KEY_COMBINATIONS):
        keys.add(" ".join(sorted(combo)))
    return keys


def lexicon_lookup(forms: list[tuple[str, ...]], name: str) -> tuple[int, str, float] | None:
    """:meth:`translit.Lexicon.lookup` over the entries' forms (entry number, form, score),
    with every entry's keys worked out afresh: an exact form (case and spacing aside) first,
    else the best-scoring form of an entry that shares a key with the name and matches it, the
    earlier entry on a tie. (Forms another entry claimed first are not the later entry's.)"""
    from .decide import name_similarity
    from .keys import name_keys

    def folded(s: str) -> str:
        return " ".join(s.casefold().split())

    owner: dict[str, int] = {}
    own: list[list[str]] = []
    for i, fs in enumerate(forms):
        mine = []
        for f in fs:
            if owner.setdefault(folded(f), i) == i:
                mine.append(f)
        own.append(mine)
    if folded(name) in owner:
        i = owner[folded(name)]
        return i, next(f for f in forms[i] if folded(f) == folded(name)), 1.0
    keys = name_keys(name)
    best: tuple[float, int, str] | None = None
    for i, mine in enumerate(own):
        if not any(index_keys(f) & keys for f in mine):
            continue
        for f in forms[i]:
            if same_name(name, f):
                score = name_similarity(name, f)
                if best is None or score > best[0]:
                    best = (score, i, f)
    return None if best is None else (best[1], best[2], best[0])


def same_name(a: str, b: str) -> bool:
    """:func:`translit.same_name` without its shortcuts (:mod:`translit.names.screen`): both
    names parsed with every reading of every word, then compared. (The parse looks given names
    and places up with :func:`translit.names.given.given_name_ids` and
    :func:`translit.names.places.place_ids`, whose own shortcuts are checked against
    :func:`given_name_ids` and :func:`place_ids` here.)"""
    from .decide import _ordered, compare

    if not _ordered(a, b):
        a, b = b, a
    return compare(analyze(a), analyze(b), scored=False).same
