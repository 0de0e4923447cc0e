"""A discovery is a sequence of clusters that saves, loads, pickles and diffs."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from translit import Cluster, Discovery, Normalizer
from translit.text.discovery import Joined, Renamed
from translit.text.file_format import FormatError

from .strategies import corpora

DOCS = [
    "Lukashenka spoke. Lukashenko replied. Lukashenko left.",
    "Zelensky and Zelenskyy. Grabsky met Serhii Grabskyi.",
]


def test_a_discovery_is_the_list_of_clusters_it_was() -> None:
    found = Normalizer(language="en").discover(DOCS)
    assert isinstance(found, Discovery)
    assert found == list(found) and list(found) == found and found == tuple(found)
    assert found[0].canonical == "Lukashenko" and isinstance(found[0], Cluster)
    assert found[:1] == [found[0]] and isinstance(found[:1], Discovery)
    assert Normalizer().discover(["Nothing to see."]) == []
    assert repr(found) == f"Discovery(<{len(found)} clusters>)"
    with pytest.raises(TypeError):
        hash(found)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpora)
def test_save_load_and_pickle_give_the_same_discovery(tmp_path: Path, docs: list[str]) -> None:
    found = Normalizer().discover(docs)
    for name in ("d.jsonl", "d.jsonl.gz"):
        found.save(tmp_path / name)
        assert Discovery.load(tmp_path / name) == found
    assert pickle.loads(pickle.dumps(found)) == found
    assert not found.diff(Discovery.load(tmp_path / "d.jsonl"))


def test_the_format_is_one_cluster_a_line(tmp_path: Path) -> None:
    found = Normalizer(language="en").discover(DOCS[:1])
    found.save(tmp_path / "d.jsonl")
    lines = (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"format": "translit-discovery", "version": 1, "count": 1}
    assert json.loads(lines[1]) == [
        "en", "surname", "Lukashenko", found[0].key, "frequent",
        [["Lukashenko", 2], ["Lukashenka", 1]],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('["en", "surname", "X"]', r"d\.jsonl:2: expected a list of 6 values"),
        ('["en", "surname", "X", "x", 1, [["X", 1]]]', r"d\.jsonl:2: expected \[language"),
        ('["en", "surname", "X", "x", "frequent", []]', r":2: the variants must be"),
        ('["en", "surname", "X", "x", "frequent", [["X", -1]]]', r":2: the variants must be"),
        ('["en", "word", "X", "x", "frequent", [["X", 1]]]', r":2: unknown kind 'word'"),
    ],
)
def test_a_damaged_file_is_refused_naming_file_and_line(
    tmp_path: Path, row: str, message: str
) -> None:
    path = tmp_path / "d.jsonl"
    header = '{"format": "translit-discovery", "version": 1, "count": 1}\n'
    path.write_text(header + row + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match=message):
        Discovery.load(path)


def test_the_diff_names_new_names_changed_forms_and_joined_spellings() -> None:
    n = Normalizer(language="en")
    old = n.discover(["Lukashenka, Lukashenka and Lukashenko. Zelensky and Zelenskyy."])
    new = n.discover(
        [
            "Lukashenko, Lukashenko, Lukashenka and LUKASHENKO. Zelensky and Zelenskyy.",
            "Zelenskyi. Grabsky met Grabskyi.",
        ]
    )
    diff = new.diff(old)
    assert diff.renamed == (
        Renamed("en", "surname", "Lukashenka", "Lukashenko", ("Lukashenka", "Lukashenko")),
    )
    assert [c.canonical for c in diff.added] == ["Grabsky"]
    assert diff.joined == (Joined("en", "surname", "Zelenskyi", "Zelensky"),)
    assert diff.removed == ()
    assert [c.canonical for c in old.diff(new).removed] == ["Grabsky"]
    assert str(diff).splitlines() == [
        "added en/surname Grabsky",
        "renamed en/surname Lukashenka -> Lukashenko: Lukashenka, Lukashenko",
        "joined en/surname Zelenskyi -> Zelensky",
    ]
    assert str(new.diff(new)) == "no change" and not new.diff(list(new))


def test_a_normalizer_keeps_and_pickles_its_discovery_small() -> None:
    found = Normalizer(language="en").discover(DOCS)
    n = Normalizer().with_clusters(found)
    assert n.clusters is found
    plain = Normalizer().with_clusters(list(found))
    assert isinstance(plain.clusters, Discovery) and plain == n
    copy = pickle.loads(pickle.dumps(n))
    assert copy == n and copy("Lukashenka.") == "Lukashenko."
    as_objects = len(pickle.dumps(tuple(found)))
    assert len(pickle.dumps(found)) < as_objects


def test_spellings_of_the_census_stay_as_the_discovery_decided() -> None:
    found = Normalizer(language="en").discover(DOCS)
    text = "Lukaschenko spoke."
    # New text: an unseen spelling is joined to the cluster it matches.
    assert Normalizer().with_clusters(found)(text) == "Lukashenko spoke."
    # The discovery's own texts: a spelling of the census no cluster holds was decided.
    census = Normalizer(language="en").census([*DOCS, text])
    decided = Normalizer().with_clusters(found, census=census)
    assert decided(text) == text and decided("Lukashenka.") == "Lukashenko."
    by_entries = Normalizer().with_clusters(found, census=census.tallies.keys())
    assert by_entries == decided != Normalizer().with_clusters(found)
    assert pickle.loads(pickle.dumps(decided)) == decided


def test_a_normalizer_pickled_before_decided_spellings_existed_still_applies() -> None:
    found = Normalizer(language="en").discover(DOCS)
    n = Normalizer().with_clusters(found)
    state = n.__getstate__()
    del state["_decided"]
    old = Normalizer.__new__(Normalizer)
    old.__setstate__(state)
    assert old == n and old("Lukashenka.") == "Lukashenko."


def test_spellings_apart_only_in_case_or_apostrophes_make_no_cluster() -> None:
    # The normalizer never rewrites such a spelling, so such a cluster would change nothing.
    docs = [
        "ClearView grew. Clearview shares rose. ClearView again.",
        "Б’юць у званы. Б'юць гадзіны. Б’юць зноў.",
    ]
    n = Normalizer()
    assert list(n.discover(docs)) == []
    assert [n(d) for d in docs] == docs
    # A spelling that differs in a letter too still makes one.
    found = n.discover(["Lukashenko spoke. Lukashenka replied. Lukashenko left. LUKASHENKO."])
    assert [c.canonical for c in found] == ["Lukashenko"]
