"""Shape and consistency checks for src/translit/data/given_names.tsv (the cognate table of
East Slavic given names)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from tsv_tables import Table, load_table

TABLE = Path(__file__).resolve().parents[2] / "src" / "translit" / "data" / "given_names.tsv"
HEADER = ["id", "gender", "ru", "uk", "be", "other", "sources"]
LANG_COLUMNS = ("ru", "uk", "be")
MIN_ROWS = 250

# Cells that may be empty: the name is not used in that language.
ALLOWED_EMPTY: set[tuple[str, str]] = set()

ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
}
CYRILLIC_ANY = "".join(sorted(set("".join(ALPHABETS.values()))))
# The apostrophe (U+0027, as in the scheme data files) exists in Ukrainian and Belarusian only.
APOSTROPHE_OK = {"ru": False, "uk": True, "be": True, "other": True}

# Slug of the Russian form used for ids: ь and ъ are dropped.
SLUG = dict(
    pair.split("=")
    for pair in (
        "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t "
        "у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya"
    ).split()
)
SOURCE_DEF = re.compile(r"^# source: ([a-z0-9-]+) = \S")


def _slug(russian: str) -> str:
    return "".join(SLUG[c] for c in russian.lower())


def _word_pattern(letters: str, apostrophe: bool) -> re.Pattern[str]:
    lower = re.escape(letters)
    upper = re.escape(letters.upper())
    joiner = "[-']" if apostrophe else "-"
    # Capitalised word(s); hyphen or apostrophe only between letters.
    return re.compile(rf"[{upper}][{lower}]*(?:{joiner}[{upper}{lower}][{lower}]*)*")


def _is_latin_form(form: str) -> bool:
    return (
        all(c in "-'" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in form)
        and form[:1].isupper()
    )


@pytest.fixture(scope="module")
def table() -> Table:
    assert TABLE.exists(), f"{TABLE} is missing"
    return load_table(TABLE)


@pytest.fixture(scope="module")
def records(table: Table) -> list[dict[str, str]]:
    _, _, header, rows = table
    assert header == HEADER
    bad = [r for r in rows if len(r) != len(HEADER)]
    assert not bad, f"rows without {len(HEADER)} columns: {bad[:3]}"
    return [dict(zip(HEADER, r)) for r in rows]


def _forms(cell: str) -> list[str]:
    return cell.split("|") if cell else []


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
    assert comments, "a comment block citing sources is expected before the header"
    assert header == HEADER
    for row in rows:
        assert len(row) == len(HEADER), row
        for cell in row:
            assert cell == cell.strip(), f"whitespace around cell {cell!r} in {row}"


def test_enough_rows_of_both_genders(records: list[dict[str, str]]) -> None:
    assert len(records) >= MIN_ROWS
    genders = [r["gender"] for r in records]
    assert set(genders) <= {"m", "f"}, set(genders) - {"m", "f"}
    assert genders.count("m") >= 100
    assert genders.count("f") >= 100


def test_ids_are_unique_slugs_of_the_russian_form(records: list[dict[str, str]]) -> None:
    ids = [r["id"] for r in records]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, dupes
    for r in records:
        assert re.fullmatch(r"[a-z]+", r["id"]), r["id"]
        first = _forms(r["ru"])[0]
        assert r["id"] == _slug(first), (r["id"], first)


def test_language_cells_are_filled(records: list[dict[str, str]]) -> None:
    for r in records:
        for col in LANG_COLUMNS:
            if not r[col]:
                assert (r["id"], col) in ALLOWED_EMPTY, f"{r['id']}: empty {col} cell"
    # The allow-list must not go stale.
    by_id = {r["id"]: r for r in records}
    for row_id, col in ALLOWED_EMPTY:
        assert row_id in by_id and by_id[row_id][col] == "", (row_id, col)


@pytest.mark.parametrize("column", LANG_COLUMNS)
def test_language_cells_use_that_languages_alphabet(
    records: list[dict[str, str]], column: str
) -> None:
    pattern = _word_pattern(ALPHABETS[column], APOSTROPHE_OK[column])
    for r in records:
        forms = _forms(r[column])
        assert all(forms), f"{r['id']}: empty form in {column} cell {r[column]!r}"
        assert len(forms) == len(set(forms)), f"{r['id']}: repeated form in {column}"
        for form in forms:
            assert pattern.fullmatch(form), f"{r['id']}: {form!r} is not a {column} spelling"


def test_other_cell_holds_cyrillic_or_latin_forms(records: list[dict[str, str]]) -> None:
    cyrillic = _word_pattern(CYRILLIC_ANY, APOSTROPHE_OK["other"])
    for r in records:
        forms = _forms(r["other"])
        assert all(forms), f"{r['id']}: empty form in other cell {r['other']!r}"
        assert len(forms) == len(set(forms)), f"{r['id']}: repeated form in other"
        own = {f for col in LANG_COLUMNS for f in _forms(r[col])}
        for form in forms:
            assert cyrillic.fullmatch(form) or _is_latin_form(form), (
                f"{r['id']}: {form!r} mixes scripts or has stray characters"
            )
            assert form not in own, f"{r['id']}: {form!r} repeats a ru/uk/be form"


def test_no_form_belongs_to_two_names(records: list[dict[str, str]]) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for r in records:
        for col in (*LANG_COLUMNS, "other"):
            for form in _forms(r[col]):
                owners[form.casefold()].add(r["id"])
    shared = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


def test_latin_forms_are_not_plain_transliterations(records: list[dict[str, str]]) -> None:
    """`other` is for forms no standard produces (Alexander, Eugene), not for Aleksandr."""
    translit = pytest.importorskip("translit")
    schemes = [(s.id, set(s.languages)) for s in translit.schemes()]

    def fold(s: str) -> str:
        decomposed = unicodedata.normalize("NFD", s.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    for r in records:
        latin = [f for f in _forms(r["other"]) if _is_latin_form(f)]
        if not latin:
            continue
        produced: set[str] = set()
        for col in LANG_COLUMNS:
            for form in _forms(r[col]):
                if col == "ru":
                    produced.add(fold(_slug(form)))
                for scheme_id, languages in schemes:
                    if col in languages:
                        produced.add(fold(translit.transliterate(form, scheme_id)))
        for form in latin:
            assert fold(form) not in produced, f"{r['id']}: {form!r} is a transliteration"


def test_sources_are_defined_in_the_header(table: Table, records: list[dict[str, str]]) -> None:
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


@pytest.mark.parametrize(
    ("row_id", "column", "form"),
    [
        ("aleksandr", "be", "Аляксандр"),
        ("nikolai", "uk", "Микола"),
        ("nikolai", "be", "Мікалай"),
        ("sergei", "be", "Сяргей"),
        ("vladimir", "be", "Уладзімір"),
        ("dmitrii", "uk", "Дмитро"),
        ("egor", "be", "Ягор"),
        ("anna", "uk", "Ганна"),
        ("natalya", "ru", "Наталия"),
        ("evgenii", "other", "Eugene"),
        ("oles", "be", "Алесь"),
        ("ivan", "be", "Іван"),
        ("yan", "be", "Ян"),
    ],
)
def test_known_correspondences(
    records: list[dict[str, str]], row_id: str, column: str, form: str
) -> None:
    by_id = {r["id"]: r for r in records}
    assert row_id in by_id
    assert form in _forms(by_id[row_id][column])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Олег", "Олексій"),
        ("Юрій", "Яків"),
        ("Іван", "Іванна"),
        ("Ян", "Іван"),
        ("Алесь", "Аляксандр"),
        ("Богдан", "Богдана"),
        ("Марія", "Марина"),
        ("Ярослав", "Ярослава"),
        ("Юрий", "Георгий"),
        ("Оксана", "Ксения"),
    ],
)
def test_distinct_names_stay_in_distinct_rows(
    records: list[dict[str, str]], first: str, second: str
) -> None:
    def row_of(form: str) -> str:
        hits = [r["id"] for r in records for col in LANG_COLUMNS if form in _forms(r[col])]
        assert hits, f"{form} is missing"
        return hits[0]

    assert row_of(first) != row_of(second)
