"""The plan looks places and native-script words up instead of scanning every cluster; it finds
what the plain scan finds (the reference below), whatever the discovery."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import Normalizer
from translit.text.clusters import Cluster, native_key
from translit.text.exact_readings import exact_place
from translit.text.mentions import Mention, find_mentions
from translit.text.plan import Plan
from translit.text.protect import protected_spans

PLACES = ["Kyiv", "Kiev", "Kijów", "Minsk", "Mińsk", "Moscow", "Moskau", "Moskva", "Hrodna"]
NATIVES = ["Горбачёв", "Горбачев", "Горба́чев", "Лукашенко", "Лукашэнка", "Київ", "Киев"]


def _reference(plan: Plan, language: str, mention: Mention) -> Cluster | None:
    """The scan over every cluster that the lookup replaced."""
    clusters = plan._clusters
    if mention.kind == "place":
        ids = exact_place(mention.spelling)
        return next(
            (
                c
                for c in clusters
                if c.language == language and c.kind == "place" and c.key[1:] in ids
            ),
            None,
        )
    key = native_key(mention.spelling)
    return next((c for c in clusters if c.language == language and c.key == key), None)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(PLACES + NATIVES), min_size=1, max_size=8),
    st.lists(st.sampled_from(PLACES + NATIVES), min_size=1, max_size=6),
    st.sampled_from(["en", "de", "ru"]),
)
def test_unseen_places_and_native_words_join_as_the_scan_would(
    corpus: list[str], unseen: list[str], language: str
) -> None:
    docs = [f"In {a} and {b}." for a, b in zip(corpus, corpus[1:] + corpus[:1])]
    clusters = []
    for lang in ("en", "de", "ru"):
        n = Normalizer(language=lang)
        found = n.discover(docs)
        # Keep single spellings too, as a discovery of other settings may.
        clusters += [Cluster(c.canonical, c.variants[:1], c.key, c.kind, lang) for c in found]
        clusters += list(found)
    plan = Plan(clusters, join_unseen=True)
    text = " and ".join(unseen) + "."
    for m in find_mentions(text, protected_spans(text)[0]):
        if m.kind in ("place", "native"):
            assert plan._join(language, m) == _reference(plan, language, m)


def test_a_plan_explains_each_pair_once_for_all_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    from translit.text import plan as plan_module

    found = Normalizer(language="en").discover(["Lukashenka spoke. Lukashenko said. Lukashenko."])
    n = Normalizer().with_clusters(found)
    a, b = n.explain("Lukashenka said."), n.explain("Later Lukashenka left.")
    assert a[0].why is b[0].why  # one explanation, worked out once if read at all
    assert a[0].reason == b[0].reason and "Lukashenko" in a[0].reason
    monkeypatch.setattr(plan_module, "REASONS_CACHE_SIZE", 1)
    fresh = Normalizer().with_clusters(found)
    c, d = fresh.explain("Lukashenka said."), fresh.explain("Kyiv, Lukashenka.")
    assert c[0].reason == d[0].reason == a[0].reason
