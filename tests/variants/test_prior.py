"""How likely a native form is as a name (:mod:`translit.variants.prior`)."""

from __future__ import annotations

from translit.variants.prior import ending_bonus, from_given, name_prior, unwritten


def test_a_surname_formed_from_a_given_name() -> None:
    assert from_given("юрьев", "ru") == len("юрь")  # Юрий: the sign after one consonant
    assert from_given("дмитриев", "ru") == len("дмитри")  # Дмитрий: after two, и
    assert from_given("кузьмин", "ru") == len("кузьм")  # Кузьма
    assert from_given("тарасенко", "uk") == len("тарас")
    assert not from_given("юриев", "ru")
    assert not from_given("лукашенко", "ru")
    # On the stem of the patronymic (Михайлович, Павлович), on the patronymic in -ич
    # (Ильич: Ильичёв), and on a stem in л softened before -ченко, -чук.
    assert from_given("михайлова", "ru") == len("михайл")
    assert from_given("павлов", "ru") == len("павл")
    assert from_given("ильичев", "ru") == len("иль")
    assert from_given("данильченко", "ru") == len("данил") + 1
    assert from_given("гаврильчук", "uk")


def test_a_sign_the_name_has_is_not_silent() -> None:
    # Юрьев's ь stands before the ending's е; Кузьмин's is the given name's.
    assert name_prior("юрьев", "ru", "yurev", "surname", False) > name_prior(
        "юрев", "ru", "yurev", "surname", False
    )
    assert name_prior("кузьмин", "ru", "kuzmin", "surname", False) >= name_prior(
        "кузмин", "ru", "kuzmin", "surname", False
    )


def test_a_surname_formed_on_a_given_name_outweighs_the_letter_model() -> None:
    def score(form: str) -> float:
        from translit.variants.prior import letter_model

        return letter_model(form, "ru") + name_prior(form, "ru", "tichonova", "surname", False)

    assert score("тихонова") > score("тичонова")


def test_the_plural_of_a_possessive_surname_is_no_ending() -> None:
    # Черных, Седых are surnames; Гурцевых is the plural of a surname in -ев.
    assert ending_bonus("черных", "ru", "surname") > 0
    assert ending_bonus("гурцевых", "ru", "surname") == 0
    assert ending_bonus("гурцевич", "ru", "surname") > 0


def test_letters_the_orthography_does_not_write() -> None:
    assert name_prior("чыжов", "ru", "chyzhov", "surname", False) < name_prior(
        "чижов", "ru", "chyzhov", "surname", False
    )
    assert name_prior("рісько", "be", "risko", "surname", False) < name_prior(
        "рысько", "be", "risko", "surname", False
    )
    # л before the suffix -ск- takes the soft sign.
    assert name_prior("белский", "ru", "belski", "surname", False) < name_prior(
        "бельский", "ru", "belski", "surname", False
    )


def test_where_the_table_forms_the_patronymics_only_those_count() -> None:
    listed = name_prior("игнатьевич", "ru", "ignatevich", "patronymic", True, True)
    other = name_prior("игнатевич", "ru", "ignatevich", "patronymic", False, True)
    assert listed > other
    # Without the table, a patronymic's ending is what counts.
    assert name_prior("игнатевич", "ru", "ignatevich", "patronymic", False) > 0
    # Bulgarian has no patronymics.
    assert name_prior("игнатевич", "bg", "ignatevich", "patronymic", False) < 0


def test_a_russian_adjectival_surname_is_hard_after_a_hard_consonant() -> None:
    # Russian writes Белый, Бурый (-ый after a hard stem), -ий after г к х ж ш ч щ, in -ский
    # and -цкий; Ukrainian writes -ий after any consonant.
    for form in ("белый", "бурый", "долгий", "рыжий", "навальный", "вольский", "белецкий"):
        assert ending_bonus(form, "ru", "surname") > 0, form
    for form in ("белий", "бурий", "навальний"):
        assert ending_bonus(form, "ru", "surname") == 0, form
        assert ending_bonus(form, "uk", "surname") > 0, form


def test_a_diminutive_ending_is_no_surname_ending() -> None:
    # -енко is the surname suffix; -енько and a Russian or Ukrainian -енка are not.
    for lang, form in (
        ("ru", "петренко"),
        ("uk", "петренко"),
        ("be", "петрэнка"),
        ("ru", "шапетько"),
        ("uk", "корнієнко"),
    ):
        assert ending_bonus(form, lang, "surname") > 0, (lang, form)
    for lang, form in (
        ("ru", "петренько"),
        ("uk", "петренько"),
        ("ru", "петренка"),
        ("uk", "петренка"),
        ("be", "петрэнька"),
        ("uk", "корнієнька"),
        ("uk", "корнієнько"),
    ):
        assert ending_bonus(form, lang, "surname") == 0, (lang, form)


def test_a_surname_in_chik_formed_on_a_given_name() -> None:
    # Иван + -чик (Belarusian -чык); a stem's л softened before it (Данило: Данильчик).
    assert from_given("иванчик", "ru") and from_given("іванчык", "be")
    assert from_given("данильчик", "uk")
    # Belarusian -чык is a surname ending (Касьянчык), as Russian and Ukrainian -чик.
    assert ending_bonus("касьянчык", "be", "surname") > 0


def test_a_hiatus_the_spelling_does_not_mark_is_unlikely() -> None:
    # Гройсман (й before a consonant) beside Гроисман; French ï marks a hiatus.
    glide = name_prior("гройсман", "ru", "groisman", "surname", False)
    hiatus = name_prior("гроисман", "ru", "groisman", "surname", False)
    assert hiatus < glide
    marked = name_prior("исмаилов", "ru", "ismaïlov", "surname", False)
    assert marked > name_prior("исмаилов", "ru", "ismailov", "surname", False)
    # Ukrainian writes ї after a vowel: і there is not written.
    assert unwritten("маіко", "uk") and not unwritten("маїко", "uk")
