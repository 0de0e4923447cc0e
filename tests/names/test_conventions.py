"""The spelling conventions (``data/names/conventions/*.json``): their data files, and each
convention reading the spellings its rules give.

The expected pairs are built from each language's transcription rules for Russian,
Ukrainian and Belarusian (the sources recorded in the data files), one or two rules per pair;
the negative pairs are different names that a careless reading would merge.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest

import translit
from translit.names import conventions as conv
from translit.names._data import DataError, read_json, regex, require
from translit.names.reference import convention_read
from translit.names.spelling import fold_variants, primary_profile, readings, token_keys

FOLDER = resources.files("translit") / "data" / "names" / "conventions"


def _files() -> list[str]:
    return sorted(p.name for p in FOLDER.iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", _files())
def test_convention_file_is_documented(name: str) -> None:
    data = json.loads((FOLDER / name).read_text(encoding="utf-8"))
    assert data["id"] + ".json" == name
    assert data["name"] and data["description"]
    assert data["sources"] and all(isinstance(s, str) and len(s) > 10 for s in data["sources"])
    assert isinstance(data["graphemes"], dict) and data["graphemes"]
    for key in ("implausible", "requires"):
        if key in data:
            re.compile(data[key])
    for grapheme, out in data["graphemes"].items():
        assert grapheme == grapheme.lower(), grapheme
        if isinstance(out, list) and out and isinstance(out[0], dict):
            assert all("out" in alt for alt in out), grapheme
            assert "before" not in out[-1] and "after" not in out[-1], (  # a default
                f"{name}: {grapheme!r} needs a last alternative without a context"
            )


def test_every_convention_is_read_and_listed_once() -> None:
    order = read_json("names/readings.json")["conventions"]["order"]
    concrete = [
        n[:-5] for n in _files() if not json.loads((FOLDER / n).read_text()).get("abstract")
    ]
    assert sorted(order) == sorted(concrete)
    assert list(conv.conventions()) == order


def test_primary_markers_name_known_conventions() -> None:
    names = {name for name, _ in read_json("names/readings.json")["primary"]["order"]}
    assert names <= set(conv.conventions())


def test_malformed_data_names_the_file_and_key() -> None:
    with pytest.raises(DataError, match=r"data/x\.json: missing key 'graphemes'"):
        require({}, "graphemes", dict, "data/x.json")
    with pytest.raises(DataError, match=r"data/x\.json: 'sources' has the wrong type"):
        require({"sources": "a"}, "sources", list, "data/x.json")
    with pytest.raises(DataError, match=r"data/x\.json: implausible: bad regular expression"):
        regex("(", "data/x.json: implausible")
    assert issubclass(DataError, ValueError)


def test_each_language_has_its_press_convention() -> None:
    press = conv.press_conventions()
    assert press["en"] == {"english"} and press["de"] == {"german"}
    assert press["pl"] == {"polish"} and press["fr"] == {"french"}
    # the international romanizations belong to no one language's press
    for name in ("scholarly", "gost", "scholarly_ascii", "kh_as_k"):
        assert not any(name in names for names in press.values())


@pytest.mark.parametrize("languages", ["de", ["German"], [1]])
def test_a_convention_s_languages_must_be_codes(
    monkeypatch: pytest.MonkeyPatch, languages: object
) -> None:
    bad = {"id": "x", "graphemes": {"a": "а"}, "sources": ["a made-up source"]}
    monkeypatch.setattr(conv, "list_json", lambda folder: ["names/conventions/x.json"])
    monkeypatch.setattr(conv, "read_json", lambda name: {**bad, "languages": languages})
    conv._raw.cache_clear()
    try:
        with pytest.raises(DataError, match=r"conventions/x\.json: 'languages' must be a list"):
            conv._raw()
    finally:
        conv._raw.cache_clear()


@pytest.mark.parametrize("marks", ["", "´", "a\u0301"])
def test_stress_marks_must_be_combining_marks(monkeypatch: pytest.MonkeyPatch, marks: str) -> None:
    real = conv.read_json("names/readings.json")
    bad = {**real, "stress_marks": {"marks": marks, "vowels": "aeiouy"}}
    monkeypatch.setattr(conv, "read_json", lambda name: bad)
    conv.reading_rules.cache_clear()
    try:
        with pytest.raises(DataError, match=r"readings\.json: stress_marks: 'marks' must be"):
            conv.reading_rules()
    finally:
        conv.reading_rules.cache_clear()


def test_a_convention_that_would_read_letters_twice_is_refused() -> None:
    # The letters between the other graphemes are read by a table, once: an output holding a
    # letter of that table (here "k") would come out read or unread by chance.
    with pytest.raises(DataError, match=r"data/x\.json: outputs hold the grapheme letters 'k'"):
        conv.Convention("x", {"k": "к", "kh": "kх"}, "data/x.json")
    with pytest.raises(DataError, match=r"'ie' needs a last output without context"):
        conv.Convention("x", {"ie": [{"out": "е", "after": "[aeiou]"}]}, "data/x.json")
    ok = conv.Convention("x", {"k": "к", "kh": "х", "s": ["с", "з"]}, "data/x.json")
    assert ok.read("khsk") == ["хск", "хзк"] == convention_read(ok, "khsk")
    assert ok.first("khsk") == "хск"


# (convention, Latin spelling, Cyrillic): each pair follows from the convention's own rules.
READS = [
    ("hungarian", "Moszkva", "Москва"),  # с sz
    ("hungarian", "Szmolenszk", "Смоленск"),
    ("hungarian", "Vlagyivosztok", "Владивосток"),  # ди gyi
    ("hungarian", "Odessza", "Одесса"),  # a doubled digraph doubles its first letter
    ("hungarian", "Gorbacsov", "Горбачёв"),  # ч cs
    ("hungarian", "Hruscsov", "Хрущёв"),  # щ scs
    ("hungarian", "Zsukov", "Жуков"),  # ж zs
    ("hungarian", "Tyimosenko", "Тимошенко"),  # ти tyi, ш s
    ("latvian", "Ivanovs", "Иванов"),
    ("latvian", "Čaikovskis", "Чайковский"),
    ("latvian", "Jurijs", "Юрий"),
    ("latvian", "Tolstojs", "Толстой"),
    ("lithuanian", "Putinas", "Путин"),
    ("lithuanian", "Medvedevas", "Медведев"),
    ("lithuanian", "Dostojevskis", "Достоевский"),
    ("lithuanian", "Tolstojus", "Толстой"),
    ("romanian", "Gorbaciov", "Горбачёв"),  # ч ci before o
    ("romanian", "Hrușciov", "Хрущёв"),  # щ șci before o
    ("romanian", "Ceaikovski", "Чайковский"),  # ч ce before a
    ("romanian", "Novokuznețk", "Новокузнецк"),  # ц ț
    ("romanian", "Iakuțk", "Якутск"),
    ("romanian", "Cechinov", "Чекинов"),  # ч c before e, к ch before i
    ("romanian", "Iurievici", "Юрьевич"),  # final -ci
    ("esperanto", "Ĉajkovskij", "Чайковский"),
    ("esperanto", "Ĥruŝĉov", "Хрущёв"),
    ("esperanto", "Cxajkovskij", "Чайковский"),  # the x-system
    ("finnish", "Hruštšov", "Хрущёв"),
    ("finnish", "Tšaikovski", "Чайковский"),
    ("finnish", "Bõkov", "Быков"),  # Estonian õ for ы
    ("portuguese", "Gorbatchov", "Горбачёв"),
    ("portuguese", "Malixev", "Малышев"),  # ш x
    ("portuguese", "Novossibirsk", "Новосибирск"),  # с ss between vowels
    ("catalan", "Txaikovski", "Чайковский"),  # ч tx
    ("catalan", "Khruixtxov", "Хрущёв"),  # щ ixtx
    ("catalan", "Kalàixnikov", "Калашников"),  # ш ix after a vowel
    ("italian", "Chrusciov", "Хрущёв"),  # щ sci before o
    ("italian", "Cechov", "Чехов"),
    ("italian", "Timoscenko", "Тимошенко"),  # ш sc before e
    ("scandinavian", "Tjekhov", "Чехов"),  # Danish tj, kh
    ("scandinavian", "Chrusjtjov", "Хрущёв"),  # Swedish sjtj
    ("scandinavian", "Nadesjda", "Надежда"),  # Norwegian sj for ж
    ("dutch", "Tsjechov", "Чехов"),
    ("dutch", "Tjoemen", "Тюмень"),  # тю tj + oe
    ("dutch", "Chroesjtsjov", "Хрущёв"),
    ("german", "Gorbatschow", "Горбачёв"),
    ("german", "Beloserov", "Белозёров"),  # з s, with v for в
    ("scholarly_ascii", "Abramovic", "Абрамович"),  # Croatian -ić without its diacritic
    ("scholarly_ascii", "Berdicev", "Бердичев"),
    ("scholarly_ascii", "Buca", "Буча"),
    ("spanish", "Jabárovsk", "Хабаровск"),  # х j
]


@pytest.mark.parametrize(("convention", "latin", "cyrillic"), READS)
def test_convention_reads_its_spellings(convention: str, latin: str, cyrillic: str) -> None:
    # The convention itself reads the spelling as the Cyrillic name ...
    low = unicodedata.normalize("NFC", latin.lower())
    read = {k for s in conv.conventions()[convention].read(low) for k in fold_variants(s)}
    assert read & token_keys(cyrillic), conv.conventions()[convention].read(low)
    # ... and the matcher tries it.
    assert translit.same_name(latin, cyrillic), str(translit.explain_match(latin, cyrillic))


@pytest.mark.parametrize(
    ("latin", "profile"),
    [
        ("Moszkva", "hungarian"),
        ("Łukaszenka", "polish"),
        ("Ščerbakov", "scholarly"),
        ("Lìcak", "scholarly"),  # ISO 9 letters
        ("Czasolashova", "gost"),  # GOST cz beside English sh
        ("Schukow", "german"),
        ("Loukachenko", "french"),
        ("Evguéni", "french"),
        ("Tsjechov", "dutch"),
        ("Novokuznețk", "romanian"),
        ("Ivanovs", "latvian"),
        ("Putinas", "lithuanian"),
        ("Jaroslav", "scholarly"),  # a j for й is not English
        ("Lukashenko", "english"),
        ("Georgy", "english"),  # not Hungarian: gy at the end of a word
        ("Kolesnyk", "english"),  # -nyk is English, not Hungarian ny
    ],
)
def test_most_likely_convention(latin: str, profile: str) -> None:
    assert primary_profile(latin) == profile


# Different names that a reading under the wrong convention would merge.
APART = [
    ("Makarov", "Мохораў"),  # kh written k is read for given names only
    ("Kolesnyk", "Калашник"),  # -nyk is not Hungarian
    ("Zukov", "Жуков"),  # a plain z is not ž unless the token shows the convention
    ("Sokolov", "Шоколов"),  # Hungarian s is ш only in a Hungarian-looking token
    ("Ivanou", "Ivanova"),
    ("Borisova", "Borisov"),  # Latvian -a is not stripped after -ov (a feminine surname)
    ("Lev", "Lviv"),
    ("Chernenko", "Kornienko"),  # ch is к in Romanian only in a Romanian-looking word
    ("Chirkov", "Кирков"),
    ("Kałasznikow", "Kolesnikov"),  # Polish sz is ш: not read as Hungarian beside w and ł
    # GOST 7.79 B writes ц as cz only where no e, i, y, j follows: Kaczynski is no GOST
    # spelling of Кацынский, which German Kozinski (Коцинский) would share
    ("Kozinski", "Kaczynski"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not translit.same_name(a, b), str(translit.explain_match(a, b))


def test_gost_cz_is_ts_where_gost_writes_it() -> None:
    assert translit.same_name("Czvetkov", "Цветков")  # GOST 7.79 B: cz before a consonant
    assert translit.same_name("Konczak", "Кончак")  # Polish cz is ч, unaffected
    assert "цз" in {r.spelling[2:4] for r in readings("Kaczynski") if r.profile == "scholarly"}


def test_kh_written_k_recognises_given_names() -> None:
    assert translit.same_name("Mikail", "Михаил")
    assert translit.same_name("Mikail Ivanov", "Михаил Иванов")
    assert "kh_as_k" not in {r.profile for r in readings("Makarov")}
