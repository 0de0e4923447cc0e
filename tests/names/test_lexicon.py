"""The Lexicon's index and files: keys as the plain index computes them, lookups as a plain
scan finds them, and saving and loading (translit.names.lexicon_store)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import Lexicon, LexiconEntry, LexiconError
from translit.names import lexicon_store, reference
from translit.names.keys import index_keys

from .strategies import STANDARDS, cyrillic_names
from .test_fast_paths import _variant


def _postings(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """Each key with its entries (shared lists are numbered as they come)."""
    return {k: (v,) if v >= 0 else tuple(lex._shared[-1 - v]) for k, v in lex._index.items()}


@st.composite
def names(draw: st.DrawFn) -> str:
    return _variant(draw)


@settings(max_examples=400, deadline=None)
@given(names())
def test_index_keys_agree_with_the_reference(name: str) -> None:
    assert index_keys(name) == reference.index_keys(name)


@st.composite
def lexicons(draw: st.DrawFn) -> tuple[list[LexiconEntry], list[str]]:
    """Entries (some with a native form and variants, some claiming another's spelling) and
    queries: other spellings of the entries' names, and other names."""
    entries: list[LexiconEntry] = []
    queries: list[str] = []
    for n in range(draw(st.integers(1, 12))):
        lang, cyrillic = draw(cyrillic_names())
        standards = STANDARDS[lang]
        canonical = translit.transliterate(cyrillic, draw(st.sampled_from(standards)))
        variants = tuple(
            translit.transliterate(cyrillic, s)
            for s in draw(st.lists(st.sampled_from(standards), max_size=2))
        )
        native = cyrillic if draw(st.booleans()) else None
        entries.append(LexiconEntry(canonical, variants, native, lang, n + 1))
        queries.append(translit.transliterate(cyrillic, draw(st.sampled_from(standards))))
        queries.append(cyrillic.split()[-1])
    if draw(st.booleans()):
        entries.append(LexiconEntry(entries[0].canonical.upper(), line=99))  # a conflict
    queries += draw(st.lists(names(), max_size=4))
    return entries, queries


@settings(max_examples=60, deadline=None)
@given(lexicons())
def test_lookups_agree_with_a_plain_scan(data: tuple[list[LexiconEntry], list[str]]) -> None:
    entries, queries = data
    lex = Lexicon(entries)
    forms = [e.forms for e in entries]
    for q in queries:
        m = lex.lookup(q)
        plain = reference.lexicon_lookup(forms, q)
        got = None if m is None else (entries.index(m.entry), m.form, m.score)
        assert got == plain, q


@settings(max_examples=30, deadline=None)
@given(lexicons())
def test_a_saved_lexicon_loads_with_the_same_lookups(
    tmp_path_factory: Any, data: tuple[list[LexiconEntry], list[str]]
) -> None:
    entries, queries = data
    lex = Lexicon(entries)
    path = tmp_path_factory.mktemp("lex") / "names.tlex"
    lex.save(path)
    loaded = Lexicon.load(path)
    assert loaded == lex
    assert list(loaded) == entries
    assert [str(c) for c in loaded.conflicts] == [str(c) for c in lex.conflicts]
    assert _postings(loaded) == _postings(lex) and loaded._exact == lex._exact
    for q in queries:
        assert loaded.lookup(q) == lex.lookup(q)
        assert loaded.lookup_surname(q) == lex.lookup_surname(q)
    assert Lexicon.from_file(path) == lex  # recognised whatever its name


def test_a_loaded_lexicon_grows_like_a_built_one(tmp_path: Path) -> None:
    lex = Lexicon(["Alexander Lukashenko", "Lukashenko", "Lukashenka Aliaksandr"])
    lex.save(tmp_path / "a.tlex")
    loaded = Lexicon.load(tmp_path / "a.tlex")
    for e in (lex, loaded):
        e.add(LexiconEntry("Sviatlana Tsikhanouskaya", ("Svetlana Tikhanovskaya",)))
    assert loaded == lex and _postings(loaded) == _postings(lex)
    assert loaded.lookup("Тихановская Светлана").canonical == "Sviatlana Tsikhanouskaya"  # type: ignore[union-attr]


def test_pickles_and_compares_by_entries() -> None:
    lex = Lexicon([LexiconEntry("Kyiv", ("Kiev",), "Київ", "uk", 3), "Minsk"])
    again = pickle.loads(pickle.dumps(lex))
    assert again == lex and again is not lex
    assert again.lookup("Kijów") == lex.lookup("Kijów")
    assert Lexicon(["Minsk"]) != lex


def test_errors_name_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "names.txt"
    text.write_text("Kyiv\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"names\.txt: not a lexicon saved"):
        Lexicon.load(text)
    saved = tmp_path / "names.tlex"
    Lexicon(["Kyiv", "Minsk"]).save(saved)
    data = saved.read_bytes()
    (tmp_path / "cut.tlex").write_bytes(data[:-5])
    with pytest.raises(LexiconError, match=r"cut\.tlex: truncated"):
        Lexicon.load(tmp_path / "cut.tlex")
    (tmp_path / "v9.tlex").write_bytes(
        data.replace(b"translit-lexicon 1", b"translit-lexicon 9", 1)
    )
    with pytest.raises(LexiconError, match=r"v9\.tlex: saved in format version 9"):
        Lexicon.load(tmp_path / "v9.tlex")
    monkeypatch.setattr(lexicon_store, "fingerprint", lambda: "other")
    with pytest.raises(LexiconError, match=r"names\.tlex: saved by translit .* other name data"):
        Lexicon.load(saved)
    monkeypatch.undo()
    with pytest.raises(LexiconError, match=r"bad\.tlex: .*entry 2 holds NUL"):
        Lexicon(["Kyiv", "Min\x00sk"]).save(tmp_path / "bad.tlex")


def test_a_lexicon_is_saved_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    code = (
        "import sys, translit; translit.Lexicon(['Alexander Lukashenko', 'Aliaksandr "
        "Lukashenka', 'Lukashenko', 'Kyiv', 'Kiev', 'Lukashenka']).save(sys.argv[1])"
    )
    saved = []
    for seed in ("1", "2"):
        path = tmp_path / f"{seed}.tlex"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env)
        saved.append(path.read_bytes())
    assert saved[0] == saved[1]
