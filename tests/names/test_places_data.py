"""Shape and consistency checks for src/translit/data/places.tsv (names of East Slavic places
in Russian, Ukrainian and Belarusian, with exonyms and former names)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from tsv_tables import Table, load_table

Record = dict[str, str]

TABLE = Path(__file__).resolve().parents[2] / "src" / "translit" / "data" / "places.tsv"
HEADER = ["id", "kind", "country", "ru", "uk", "be", "exonyms", "former", "sources"]
LANG_COLUMNS = ("ru", "uk", "be")
MIN_ROWS = 200
KINDS = {"city", "town", "river", "region", "area"}
COUNTRIES = {
    "ua", "by", "ru", "md", "ge", "am", "az", "kz", "kg", "tj", "uz", "tm",
    "lt", "lv", "ee", "pl", "ro",
}  # fmt: skip
# The language of the local name of a place, for the countries whose language the table holds.
LOCAL_LANGUAGE = {"ua": "uk", "by": "be", "ru": "ru"}

ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
}
CYRILLIC_ANY = "".join(sorted(set("".join(ALPHABETS.values()))))
# The apostrophe (U+0027, as in the scheme data files) exists in Ukrainian and Belarusian only.
APOSTROPHE_OK = {"ru": False, "uk": True, "be": True}

SOURCE_DEF = re.compile(r"^# source: ([a-z0-9-]+) = \S")
ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

# Slug letters for Russian ids (as in given_names.tsv): ь and ъ are dropped.
RU_SLUG = dict(
    pair.split("=")
    for pair in (
        "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t "
        "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya"
    ).split()
)
# Belarusian ids: the national romanization with its letters with diacritics spelled in ASCII.
BE_ASCII = dict(zip("čšžŭĺńćśź", ["ch", "sh", "zh", "u", "l", "n", "c", "s", "z"]))


@pytest.fixture(scope="module")
def table() -> Table:
    assert TABLE.exists(), f"{TABLE} is missing"
    return load_table(TABLE)


@pytest.fixture(scope="module")
def records(table: Table) -> list[Record]:
    _, _, header, rows = table
    assert header == HEADER
    bad = [r for r in rows if len(r) != len(HEADER)]
    assert not bad, f"rows without {len(HEADER)} columns: {bad[:3]}"
    return [dict(zip(HEADER, r)) for r in rows]


@pytest.fixture(scope="module")
def by_id(records: list[Record]) -> dict[str, Record]:
    return {r["id"]: r for r in records}


def _forms(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def _is_latin_form(form: str) -> bool:
    """Latin letters with spaces, hyphens, apostrophes, and a period after a letter (St.)."""
    if not form[:1].isupper() or form != form.strip() or "  " in form:
        return False
    for i, c in enumerate(form):
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif c == ".":
            if i == 0 or not form[i - 1].isalpha():
                return False
        elif c not in " -'":
            return False
    return not re.search(r"[-' ]{2}|^[-']|[-' ]$", form)


def _cyrillic_pattern(letters: str, apostrophe: bool) -> re.Pattern[str]:
    lower = re.escape(letters)
    upper = re.escape(letters.upper())
    word = f"[{upper}{lower}]+(?:'[{upper}{lower}]+)*" if apostrophe else f"[{upper}{lower}]+"
    # Words joined by one space or one hyphen; the name starts with a capital letter.
    return re.compile(rf"(?=[{upper}]){word}(?:[ -]{word})*")


def _is_cyrillic_form(form: str) -> bool:
    return _cyrillic_pattern(CYRILLIC_ANY, True).fullmatch(form) is not None


# ---------------------------------------------------------------------------------------------
# File and header


def test_file_is_nfc_without_stray_characters(table: Table) -> None:
    text = table[0]
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text, "use LF line endings"
    assert "\ufeff" not in text, "no BOM"
    assert text.endswith("\n")
    for ch in ("\u2019", "\u02bc", "\u00a0"):
        assert ch not in text, f"use U+0027 for the apostrophe and plain spaces, found {ch!r}"


def test_header_row_and_column_count(table: Table) -> None:
    _, comments, header, rows = table
    assert comments, "a comment block describing the columns and sources is expected first"
    assert any(line.startswith("#   exonyms") for line in comments), "exonyms are not described"
    assert any(line.startswith("#   former") for line in comments), "former is not described"
    assert header == HEADER
    for row in rows:
        assert len(row) == len(HEADER), row
        for cell in row:
            assert cell == cell.strip(), f"whitespace around cell {cell!r} in {row}"
            assert "||" not in cell and not cell.startswith("|") and not cell.endswith("|"), row


def test_enough_rows_of_each_kind(records: list[Record]) -> None:
    assert len(records) >= MIN_ROWS
    kinds = [r["kind"] for r in records]
    assert set(kinds) <= KINDS, set(kinds) - KINDS
    for kind, least in (("city", 100), ("river", 10), ("area", 5)):
        assert kinds.count(kind) >= least, kind
    countries = [r["country"] for r in records]
    assert set(countries) <= COUNTRIES, set(countries) - COUNTRIES
    for country, least in (("ua", 50), ("by", 20), ("ru", 60)):
        assert countries.count(country) >= least, country


# ---------------------------------------------------------------------------------------------
# Ids


def test_ids_are_unique_slugs(records: list[Record]) -> None:
    ids = [r["id"] for r in records]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, dupes
    for r in records:
        assert ID_PATTERN.fullmatch(r["id"]), r["id"]
        assert r["id"].endswith("_river") == (r["kind"] == "river"), r["id"]


def _local_slug(translit: Any, record: Record) -> str:
    country = record["country"]
    first = _forms(record[LOCAL_LANGUAGE[country]])[0]
    if country == "ua":
        latin = translit.transliterate(first, "uk-kmu-2010")
    elif country == "by":
        latin = translit.transliterate(first, "be-national-2007")
        latin = "".join(BE_ASCII.get(c, c) for c in latin.lower())
    else:
        latin = "".join(RU_SLUG.get(c, c) for c in first.lower())
    slug = re.sub(r"[^a-z0-9]+", "_", latin.lower()).strip("_")
    return slug + ("_river" if record["kind"] == "river" else "")


def test_ids_follow_the_local_name(records: list[Record]) -> None:
    """ua, by and ru ids are the slug of the first local form (Київ → kyiv, Магілёў → mahiliou)."""
    translit = pytest.importorskip("translit")
    wrong = [(r["id"], _local_slug(translit, r)) for r in records if r["country"] in LOCAL_LANGUAGE]
    wrong = [(have, want) for have, want in wrong if have != want]
    assert not wrong, wrong


# ---------------------------------------------------------------------------------------------
# Cyrillic cells


def test_russian_and_ukrainian_cells_are_filled(records: list[Record]) -> None:
    for r in records:
        assert r["ru"], f"{r['id']}: empty ru cell"
        assert r["uk"], f"{r['id']}: empty uk cell"
        if r["country"] == "by":
            assert r["be"], f"{r['id']}: a place of Belarus needs its Belarusian name"


@pytest.mark.parametrize("column", LANG_COLUMNS)
def test_language_cells_use_that_languages_alphabet(records: list[Record], column: str) -> None:
    pattern = _cyrillic_pattern(ALPHABETS[column], APOSTROPHE_OK[column])
    for r in records:
        forms = _forms(r[column])
        assert all(forms), f"{r['id']}: empty form in {column} cell {r[column]!r}"
        assert len(forms) == len(set(forms)), f"{r['id']}: repeated form in {column}"
        for form in forms:
            assert pattern.fullmatch(form), f"{r['id']}: {form!r} is not a {column} spelling"


def test_russian_yo_forms_have_their_ye_spelling(records: list[Record]) -> None:
    for r in records:
        forms = _forms(r["ru"])
        for form in forms:
            if "ё" in form or "Ё" in form:
                plain = form.replace("ё", "е").replace("Ё", "Е")
                assert plain in forms, f"{r['id']}: {form} without {plain}"


# ---------------------------------------------------------------------------------------------
# Exonyms and former names


def test_exonyms_are_latin_forms(records: list[Record]) -> None:
    for r in records:
        forms = _forms(r["exonyms"])
        assert all(forms), f"{r['id']}: empty form in exonyms {r['exonyms']!r}"
        assert len(forms) == len(set(forms)), f"{r['id']}: repeated exonym"
        for form in forms:
            assert _is_latin_form(form), f"{r['id']}: exonym {form!r} is not a Latin-script name"


def test_no_exonym_belongs_to_two_places(records: list[Record]) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for r in records:
        for form in _forms(r["exonyms"]):
            owners[form.casefold()].add(r["id"])
    shared = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


def test_exonyms_are_not_romanizations_of_the_local_name(records: list[Record]) -> None:
    """Kyiv, Hrodna, Moskva are what the national standards give; they are not exonyms."""
    translit = pytest.importorskip("translit")
    schemes = [s.id for s in translit.schemes()]
    for r in records:
        lang = LOCAL_LANGUAGE.get(r["country"])
        if lang is None or not r["exonyms"]:
            continue
        local = {
            translit.transliterate(form, scheme).casefold()
            for form in _forms(r[lang])
            for scheme in schemes
            if scheme.startswith(f"{lang}-")
        }
        for exonym in _forms(r["exonyms"]):
            assert exonym.casefold() not in local, f"{r['id']}: {exonym!r} is a romanization"


def test_former_names_are_single_script_forms(records: list[Record]) -> None:
    for r in records:
        forms = _forms(r["former"])
        assert all(forms), f"{r['id']}: empty form in former {r['former']!r}"
        assert len(forms) == len(set(forms)), f"{r['id']}: repeated former name"
        current = {f for col in LANG_COLUMNS for f in _forms(r[col])}
        exonyms = {f.casefold() for f in _forms(r["exonyms"])}
        for form in forms:
            assert _is_latin_form(form) or _is_cyrillic_form(form), (
                f"{r['id']}: former name {form!r} mixes scripts or has stray characters"
            )
            assert form not in current, f"{r['id']}: {form!r} is a current name"
            assert form.casefold() not in exonyms, f"{r['id']}: {form!r} is also an exonym"


# ---------------------------------------------------------------------------------------------
# Sources


def test_sources_are_defined_in_the_header(table: Table, records: list[Record]) -> None:
    comments = table[1]
    defined = [m.group(1) for line in comments if (m := SOURCE_DEF.match(line))]
    assert defined, "no '# source: key = description' lines in the header block"
    assert len(defined) == len(set(defined)), "a source key is defined twice"
    used: set[str] = set()
    for r in records:
        keys = r["sources"].split(" ")
        assert all(keys), f"{r['id']}: malformed sources cell {r['sources']!r}"
        assert len(keys) == len(set(keys)), f"{r['id']}: repeated source key"
        undefined = set(keys) - set(defined)
        assert not undefined, f"{r['id']}: undefined source keys {sorted(undefined)}"
        used.update(keys)
    unused = set(defined) - used
    assert not unused, f"source keys defined but never used: {sorted(unused)}"


# ---------------------------------------------------------------------------------------------
# Coverage and known facts

UA_OBLAST_CENTRES = (
    "vinnytsia lutsk dnipro donetsk zhytomyr uzhhorod zaporizhzhia ivano_frankivsk kyiv "
    "kropyvnytskyi luhansk lviv mykolaiv odesa poltava rivne sumy ternopil kharkiv kherson "
    "khmelnytskyi cherkasy chernivtsi chernihiv simferopol sevastopol"
).split()
BY_OBLAST_CENTRES = "minsk brest hrodna viciebsk mahiliou homiel".split()
RU_LARGEST = (
    "moskva sankt_peterburg novosibirsk ekaterinburg kazan nizhnii_novgorod chelyabinsk "
    "krasnoyarsk samara ufa rostov_na_donu omsk krasnodar voronezh perm volgograd"
).split()
RIVERS = (
    "dnipro_river dnister_river volga_river don_river desna_river prypiac_river "
    "daugava_river nioman_river pivdennyi_buh_river bug_river"
).split()
NEWS = (
    "bakhmut avdiivka mariupol bucha irpin izium kherson vuhledar chornobyl sevastopol "
    "simferopol kerch donetsk luhansk horlivka krym donbas paliessie zakarpattia"
).split()


EXPECTED = UA_OBLAST_CENTRES + BY_OBLAST_CENTRES + RU_LARGEST + RIVERS + NEWS


@pytest.mark.parametrize("row_id", EXPECTED)
def test_expected_place_is_present(by_id: dict[str, Record], row_id: str) -> None:
    assert row_id in by_id


@pytest.mark.parametrize(
    ("row_id", "column", "form"),
    [
        ("kyiv", "ru", "Киев"),
        ("kyiv", "uk", "Київ"),
        ("kyiv", "be", "Кіеў"),
        ("kyiv", "exonyms", "Kiev"),
        ("kyiv", "exonyms", "Kiew"),
        ("kyiv", "exonyms", "Kijów"),
        ("moskva", "exonyms", "Moscow"),
        ("moskva", "exonyms", "Moskau"),
        ("moskva", "exonyms", "Moscou"),
        ("moskva", "exonyms", "Mosca"),
        ("moskva", "exonyms", "Moscú"),
        ("moskva", "exonyms", "Moskwa"),
        ("moskva", "exonyms", "Moskou"),
        ("sankt_peterburg", "exonyms", "Saint Petersburg"),
        ("sankt_peterburg", "exonyms", "San Pietroburgo"),
        ("sankt_peterburg", "former", "Leningrad"),
        ("sankt_peterburg", "former", "Petrograd"),
        ("lviv", "exonyms", "Lwów"),
        ("lviv", "exonyms", "Lemberg"),
        ("vilnius", "exonyms", "Wilno"),
        ("brest", "exonyms", "Brześć"),
        ("hrodna", "exonyms", "Grodno"),
        ("hrodna", "be", "Гродна"),
        ("mahiliou", "be", "Магілёў"),
        ("chornobyl", "exonyms", "Chernobyl"),
        ("dnipro_river", "exonyms", "Dnieper"),
        ("dnipro_river", "be", "Дняпро"),
        ("dnister_river", "exonyms", "Dniester"),
        ("rostov_na_donu", "exonyms", "Rostov-on-Don"),
        ("rostov_na_donu", "exonyms", "Rostow am Don"),
        ("rostov_na_donu", "exonyms", "Rostov-sur-le-Don"),
        ("dnipro", "former", "Dnipropetrovsk"),
        ("bakhmut", "former", "Artemivsk"),
        ("bakhmut", "former", "Artyomovsk"),
        ("kropyvnytskyi", "former", "Kirovohrad"),
        ("kropyvnytskyi", "former", "Kirovograd"),
        ("donetsk", "former", "Stalino"),
        ("bishkek", "former", "Frunze"),
        ("almaty", "former", "Alma-Ata"),
        ("tbilisi", "former", "Тифлис"),
        ("chisinau", "exonyms", "Kishinev"),
        ("kaliningrad", "former", "Königsberg"),
        ("luhansk", "ru", "Луганск"),
        ("krym", "exonyms", "Crimea"),
        ("paliessie", "uk", "Полісся"),
        ("zakarpattia", "exonyms", "Transcarpathia"),
    ],
)
def test_known_names(by_id: dict[str, Record], row_id: str, column: str, form: str) -> None:
    assert row_id in by_id
    assert form in _forms(by_id[row_id][column])


@pytest.mark.parametrize(
    "form",
    [
        "Kyiv",  # the romanization of the local name
        "Hrodna",
        "Moskva",
        "Charkiw",  # German rule-based rendering of Харків
        "Kharkov",  # romanization of the Russian name, not a standard name elsewhere
    ],
)
def test_not_exonyms(records: list[Record], form: str) -> None:
    assert all(form not in _forms(r["exonyms"]) for r in records)


def test_renamed_places_keep_the_new_name_everywhere(by_id: dict[str, Record]) -> None:
    """The Soviet names of places renamed in 2016 are former names, not Russian variants."""
    for row_id, soviet in (("bakhmut", "Артёмовск"), ("kropyvnytskyi", "Кировоград")):
        assert soviet not in _forms(by_id[row_id]["ru"])
        assert soviet in _forms(by_id[row_id]["former"])
