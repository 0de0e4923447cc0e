"""translit._memo: per-word caches the garbage collector does not walk."""

from __future__ import annotations

import gc
import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit._memo import Memo, memo

# Names whose words take every path of name_key and of the screen: given names, a given name
# with a Lithuanian ending, places, a hyphenated surname, Cyrillic, an initial.
_NAMES = [
    "Volodymyras Zelenskis", "Лукашэнка Аляксандр", "Sviatlana Tsikhanouskaya", "Jekaterinburgo",
    "Oleksandr Hrabskyi-Kovalenko", "Nikolai", "Navumau", "Alexander Lukashenko", "Moskva",
    "Mykola Petrenko", "A. Petrenko", "Siarhei Tsikhanouski", "Kyiv", "Nizhny Novgorod",
]  # fmt: skip


def test_a_result_is_computed_once_while_it_is_held() -> None:
    calls: list[str] = []

    @memo(maxsize=8)
    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [upper("ab"), upper("ab"), upper("cd")] == ["AB", "AB", "CD"]
    assert calls == ["ab", "cd"]
    assert upper.get("ab") == "AB" and upper.get("zz") is None
    upper.cache_clear()
    assert upper.cache_info().currsize == 0 and upper("ab") == "AB" and calls[-1] == "ab"


@given(st.lists(st.text(max_size=3), max_size=60), st.integers(min_value=2, max_value=9))
def test_results_never_depend_on_what_the_memo_holds(words: list[str], size: int) -> None:
    m: Memo[str, tuple[str, int]] = Memo(lambda w: (w, len(w)), size)
    for w in words:
        assert m(w) == (w, len(w))
        assert 1 <= m.cache_info().currsize <= size
        assert m.get(w) == (w, len(w))  # the newest result is always kept


def test_a_full_memo_keeps_its_newer_half() -> None:
    m: Memo[int, int] = Memo(lambda n: n * n, 4)
    for n in range(5):
        m(n)
    assert [n for n in range(5) if m.get(n) is not None] == [2, 3, 4]


def test_a_memo_of_fewer_than_two_results_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        Memo(str, 1)


def test_a_memo_keeps_the_name_and_doc_of_its_function() -> None:
    from translit.names.spelling import primary_facts

    assert primary_facts.__name__ == "primary_facts"
    assert primary_facts.__module__ == "translit.names.spelling"
    assert "plain tuple" in (primary_facts.__doc__ or "")


def test_a_memo_pickles_by_name_without_its_results() -> None:
    import pickle

    from translit.names.fold import fold_variants

    fold_variants("лукашенко")
    data = pickle.dumps(fold_variants)
    assert pickle.loads(data) is fold_variants
    assert len(data) < 200


def test_translit_clear_caches_empties_the_memos() -> None:
    from translit.names.keys import _word

    translit.name_key("Zhdanovich")
    assert _word.cache_info().currsize > 0
    translit.clear_caches()
    assert _word.cache_info().currsize == 0


def test_name_keys_word_caches_hold_nothing_the_collector_tracks() -> None:
    """The reason for the memos: a stream of new names must not fill the heap with objects the
    collector walks at every full collection (it cost a third of name_key's time). A result
    that holds a NamedTuple, a frozenset or a list would stay tracked for good."""
    from translit.names.endings import _stems_by_kind
    from translit.names.fold import fold_variants
    from translit.names.given import _given_by_ending_light
    from translit.names.keys import _word
    from translit.names.spelling import primary_facts

    translit.clear_caches()
    names = _NAMES
    for name in names:
        translit.name_key(name)
    for a, b in itertools.pairwise(names):
        translit.same_name(a, b)
    # A full collection looks at the youngest objects before the middle generation's, so a
    # tuple made just after a collection can be seen before the tuples inside it; the next
    # collection untracks it (the stem tables nest three deep).
    for _ in range(3):
        gc.collect()
    from translit.names.screen import _light

    translit.same_name("Volodymyras Zelenskis", "Sviatlana Tsikhanouskaya")
    memos = [_word, primary_facts, fold_variants, _stems_by_kind, _given_by_ending_light, _light]
    for m in memos:
        held = list(m._data.values())
        assert held, m.__name__
        tracked = [v for v in held if gc.is_tracked(v)]
        assert not tracked, (m.__name__, tracked)


def test_memos_shared_by_threads_give_the_function_s_results() -> None:
    from concurrent.futures import ThreadPoolExecutor

    m: Memo[int, int] = Memo(lambda n: n * 3, 16)

    def work(start: int) -> bool:
        return all(m(n % 50) == (n % 50) * 3 for n in range(start, start + 2_000))

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(work, range(0, 8_000, 1_000)))
    # (a thread may insert between another's size check and its insert: one over, each)
    assert m.cache_info().currsize <= 16 + 4


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=12), st.integers(2, 5))
def test_keys_and_verdicts_do_not_depend_on_what_the_memos_hold(
    names: list[str], size: int
) -> None:
    """Memos so small that they keep dropping results give the keys and verdicts that a
    fresh process gives."""
    from translit.names import screen, signature
    from translit.names.endings import _stems_by_kind
    from translit.names.fold import fold_variants
    from translit.names.given import _given_by_ending_full, _given_by_ending_light
    from translit.names.keys import _word, _word_keys
    from translit.names.spelling import primary_facts

    memos: list[Memo[Any, Any]] = [
        _word, _word_keys, primary_facts, fold_variants, _stems_by_kind,
        _given_by_ending_light, _given_by_ending_full, screen._light, screen._full,
        signature.signature,
    ]  # fmt: skip
    translit.clear_caches()
    expected = [translit.name_key(n) for n in names]
    verdicts = [translit.same_name(a, b) for a, b in itertools.pairwise(names)]
    sizes = [m.maxsize for m in memos]
    try:
        for m in memos:
            m.maxsize = size
        translit.clear_caches()
        assert [translit.name_key(n) for n in names] == expected
        assert [translit.same_name(a, b) for a, b in itertools.pairwise(names)] == verdicts
        assert all(m.cache_info().currsize <= size for m in memos)
    finally:
        for m, was in zip(memos, sizes):
            m.maxsize = was
        translit.clear_caches()
