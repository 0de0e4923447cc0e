"""The decisions (``names/decide.py``): they return data, never text, and every number they use
is a named weight with its reason."""

from __future__ import annotations

import ast
import inspect
import itertools

import pytest

import translit
from translit.names import decide, explain, weights

PAIRS = [
    ("Lukashenko", "Лукашэнка"),
    ("Alexander Grigorievich Lukashenko", "Aliaksandr Lukashenka"),
    ("Ivanov", "Ivanova"),
    ("Petrov", "Petrovsky"),
    ("Mykola", "Nikolai"),
    ("Ivan Petrovich Sidorov", "Ivan Pavlovich Sidorov"),
    ("A. Lukashenko", "Alexander Lukashenko"),
    ("Minsk", "Pinsk"),
    ("Moscow", "Москва"),
]


def test_same_name_builds_no_explanation(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: object) -> object:
        raise AssertionError("same_name built an explanation")

    for name in ("token_rules", "spelling_rules", "_diff_rules", "_difference_rules", "_render"):
        monkeypatch.setattr(explain, name, forbidden)
    decide._decide.cache_clear()
    for a, b in PAIRS:
        assert isinstance(translit.same_name(a, b), bool)


def test_explanation_agrees_with_the_decision() -> None:
    for a, b in PAIRS:
        e = translit.explain_match(a, b)
        assert e.same == translit.same_name(a, b)
        assert e.score == translit.name_similarity(a, b)


def test_decide_module_builds_no_text() -> None:
    # The decisions return reason codes; words are explain.py's job.
    source = inspect.getsource(decide)
    tree = ast.parse(source)
    fstrings = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]
    assert not fstrings


def test_every_weight_is_named_with_a_reason() -> None:
    tree = ast.parse(inspect.getsource(weights))
    body = tree.body
    documented = set()
    for node, after in itertools.pairwise(body):
        if isinstance(node, ast.Assign) and isinstance(after, ast.Expr):
            value = after.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                documented.update(t.id for t in node.targets if isinstance(t, ast.Name))
    assert set(weights.__all__) == documented
    for name in weights.__all__:
        assert 0.0 <= getattr(weights, name) <= 1.0


def test_decide_has_no_bare_score_literals() -> None:
    # Scores come from weights.py; the literals left are 0, 1 and the 0.0/1.0 of an empty name.
    tree = ast.parse(inspect.getsource(decide))
    floats = {
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, float)
    }
    assert floats <= {0.0, 1.0}
