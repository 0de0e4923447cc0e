"""The data files of ``data/variants/``: they load, and a malformed one names file and key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from translit.names._data import DataError
from translit.variants import cognates, forms, official, press, prior


@pytest.fixture
def fresh() -> Iterator[None]:
    """Forget the loaded data before and after a test that patches the reader."""
    loaders = (press._raw, press.press_conventions, press.table, official._standards,
               official.writers, cognates._data, forms._other_language,
               prior._endings)  # fmt: skip
    for f in loaders:
        f.cache_clear()
    yield
    for f in loaders:
        f.cache_clear()


def _patched(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, change: Any) -> None:
    real = module.read_json

    def read(path: str) -> dict[str, Any]:
        data = real(path)
        if path == name:
            change(data)
        return data

    monkeypatch.setattr(module, "read_json", read)


def test_every_file_loads() -> None:
    assert len(press.press_conventions()) >= 15
    for lang in ("ru", "uk", "be", "bg", "sr", "mk"):
        assert official.writers(lang)
    assert cognates.cognate_forms("иванов", "ru")


@pytest.mark.usefixtures("fresh")
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("sources"), "press/german.json: missing key 'sources'"),
        (lambda d: d.update(reads_as="klingon"), "unknown convention 'klingon'"),
        (lambda d: d.update(prior=3), "press/german.json: 'prior' must be in (0, 1]"),
        (lambda d: d.update(id="deutsch"), "does not match the file name"),
    ],
)
def test_a_malformed_press_file_is_named(
    monkeypatch: pytest.MonkeyPatch, change: Any, message: str
) -> None:
    _patched(monkeypatch, press, "variants/press/german.json", change)
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        press.press_conventions()


@pytest.mark.usefixtures("fresh")
def test_a_letter_that_is_not_cyrillic_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, press, "variants/press/german.json", lambda d: d["letters"].update(x="y"))
    with pytest.raises(DataError, match=r"german.json: 'x' is not a lower-case Cyrillic"):
        press.table("german", "ru")


@pytest.mark.usefixtures("fresh")
def test_an_unknown_standard_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(
        monkeypatch,
        official,
        "variants/official.json",
        lambda d: d["languages"]["ru"].append({"id": "ru-nonsense", "prior": 0.1, "patronymic": 0}),
    )
    with pytest.raises(DataError, match=r"official.json: ru entry 8: unknown standard"):
        official.writers("ru")


@pytest.mark.usefixtures("fresh")
def test_a_bad_cognate_rule_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(
        monkeypatch,
        cognates,
        "variants/cognates.json",
        lambda d: d["rules"]["ru>uk"].append({"pattern": "(", "replace": "", "why": "x"}),
    )
    with pytest.raises(DataError, match=r"cognates.json: ru>uk rule \d+: bad regular expression"):
        cognates.cognate_forms.__wrapped__("иванов", "ru")


@pytest.mark.usefixtures("fresh")
def test_a_bad_language_pair_weight_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(
        monkeypatch,
        forms,
        "variants/official.json",
        lambda d: d["other_language"]["be"].update(ru=1.5),
    )
    with pytest.raises(DataError, match=r"official.json: other_language: be -> ru must be"):
        forms.other_language("be", "ru")


@pytest.mark.usefixtures("fresh")
def test_a_bad_given_name_bonus_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(
        monkeypatch, prior, "variants/name_endings.json", lambda d: d.update(from_given_bonus=0.5)
    )
    with pytest.raises(DataError, match=r"name_endings.json: 'from_given_bonus'"):
        prior.name_prior("тарасов", "ru", "tarasov", "surname", False)
