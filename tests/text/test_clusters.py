"""Clusters: which spellings are one name, per language and kind."""

from __future__ import annotations

import pytest

from translit import Normalizer
from translit.text.clusters import native_key


def clusters(*docs: str, language: str = "en") -> dict[str, dict[str, int]]:
    found = Normalizer(language=language).discover(list(docs))
    return {c.canonical: dict(c.variants) for c in found}


def test_surnames_merge_and_the_majority_wins() -> None:
    assert clusters("Lukashenko. Lukashenko. Lukashenka.") == {
        "Lukashenko": {"Lukashenko": 2, "Lukashenka": 1}
    }


def test_a_tie_goes_to_the_spelling_seen_first() -> None:
    found = Normalizer(language="en").discover(["Zelenskyy spoke. Zelensky replied."])
    assert found[0].canonical == "Zelenskyy" and found[0].basis == "first-seen"


def test_a_surname_never_merges_with_a_place() -> None:
    assert clusters("Gordiin met Gordiin in Hrodna. Hrodna.") == {}


def test_native_script_words_merge_only_as_one_spelling() -> None:
    # Лукашенка is a Ukrainian genitive of Лукашенко: a different word, not a variant.
    assert clusters("Лукашенко. Лукашенко. Лукашенка.", language="uk") == {}
    assert clusters("Горбачёв и Горбачёв. Горбачев.", language="ru") == {
        "Горбачёв": {"Горбачёв": 2, "Горбачев": 1}
    }
    assert native_key("Горба́чёв") == native_key("горбачев")


def test_common_words_are_dropped_only_where_they_could_merge() -> None:
    # Martin (-in) could merge with Martyn; as a common English word it may not.
    assert clusters("Martin and Martyn. Martyn.") == {}
    # Crime reads as Крым under French rules; Krim is the table's German form of Crimea.
    assert clusters("Crime in Krim. Crime.") == {}
    # Putin is a common English word, but the surname of Vladimir Putin is a name.
    assert clusters("Vladimir Putin and Vladimir Poutine. Putin.") == {
        "Vladimir Putin": {"Vladimir Putin": 1, "Vladimir Poutine": 1},
        "Putin": {"Putin": 2, "Poutine": 1},
    }


def test_languages_are_kept_apart() -> None:
    n = Normalizer()
    german = (
        "Der belarussische Machthaber Lukaschenko hat am Montag gesagt, dass er mit der "
        "Regierung in Moskau sprechen werde, und Lukaschenko wiederholte das am Dienstag."
    )
    english = (
        "The Belarusian leader Lukashenko said on Monday that he would talk to the government "
        "in Moscow, and Lukashenko repeated it on Tuesday; critics of Lukashenka disagreed."
    )
    found = n.discover([german, english])
    assert {(c.language, c.canonical) for c in found} == {("en", "Lukashenko")}
    corpus = n.with_clusters(found)
    assert corpus(german) == german


def test_a_surname_is_keyed_once_per_clustering(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dropping common words and grouping both block by a surname's keys: one name_keys call
    # serves both (on name-dense news the second call was a twentieth of the time).
    import translit.names.matching as matching

    asked: list[str] = []
    name_keys = matching.name_keys

    def counted(name: str) -> frozenset[str]:
        asked.append(name)
        return name_keys(name)

    monkeypatch.setattr(matching, "name_keys", counted)
    text = "Lukashenko. Lukashenko. Lukashenka. Zelenskyy and Zelensky met Hrabskyi and Grabsky."
    assert clusters(text)["Lukashenko"] == {"Lukashenko": 2, "Lukashenka": 1}
    assert asked and len(asked) == len(set(asked))


def test_a_place_s_full_name_and_its_short_one_are_two_names() -> None:
    # forms of one place of the table, but of two and one words: not spellings of one name
    text = "Saint Petersburg is a port. Petersburg is cold. Peterburg too. Petersburg again."
    found = clusters(text)
    assert found == {"Petersburg": {"Petersburg": 2, "Peterburg": 1}}
    assert Normalizer(language="en")(text) == text.replace("Peterburg ", "Petersburg ")
    # applied to new text, an unseen form joins the cluster of as many words only
    n = Normalizer(language="en")
    applied = n.with_clusters(n.discover([text]))
    assert applied("Sankt-Peterburg and Peterburgh.") == "Sankt-Peterburg and Petersburg."
    assert clusters("Rostov-on-Don and Rostov-na-Donu. Rostov-on-Don.") == {
        "Rostov-on-Don": {"Rostov-on-Don": 2, "Rostov-na-Donu": 1}
    }
