"""Texts too short to tell their language, in an input of several languages
(``translit.text.undetermined``): a spelling the texts of a language write is read as they read
it, and left where they keep it or disagree."""

from __future__ import annotations

from translit import Normalizer
from translit.text.cluster import Cluster
from translit.text.language import document_language
from translit.text.lone_surnames import LoneSurnames
from translit.text.undetermined import agreed

GERMAN = [
    "Der ukrainische Präsident Wolodymyr Selenskyj hat am Montag in Kiew mit dem Kanzler "
    "gesprochen. Selenskyj sagte, dass die Lage an der Front schwierig sei und dass die Ukraine "
    "mehr Hilfe brauche.",
    "Nach Angaben von Selenskyj wurden in der Nacht mehrere Städte angegriffen. Der Präsident "
    "forderte die Verbündeten auf, die Lieferungen zu beschleunigen.",
]
ENGLISH_WITH_HIM = (
    "President Volodymyr Zelensky said on Monday that the situation at the front was difficult "
    "and that Ukraine needed more help from its allies. Zelensky spoke to reporters in Kyiv."
)
ENGLISH_WITHOUT_HIM = (
    "The central bank raised interest rates on Thursday, saying that inflation was still too "
    "high and that the economy was growing faster than expected in the second quarter."
)
HEADLINES = ["Zelenskyy meets Scholz", "Zelensky in Brussels"]


def _as_one_input(texts: list[str]) -> list[str]:
    """Each text normalised as pass 2 of the command line does: with the clusters and the
    census of all of them."""
    n = Normalizer()
    census = n.census(texts)
    applied = n.with_clusters(n.discover(texts), census=census)
    return [applied(t) for t in texts]


def test_the_headlines_are_too_short_to_tell() -> None:
    assert [document_language(h) for h in HEADLINES] == ["und", "und"]


def test_a_spelling_another_language_writes_is_read_as_that_language_does() -> None:
    """*Zelensky* is how the English text writes him: the headline keeps it in a German
    input. *Zelenskyy* no text of a known language writes: the input's main language
    (German here) reads it, as before."""
    texts = [*GERMAN, ENGLISH_WITH_HIM, *HEADLINES]
    out = _as_one_input(texts)
    assert out[-2:] == ["Selenskyj meets Scholz", "Zelensky in Brussels"]
    assert out[:3] == texts[:3]  # (each language's own texts: one spelling each)


def test_a_minority_language_keeps_its_own_spelling_and_no_more() -> None:
    """An English input with one German text: the German spelling in a headline is the
    German text's, kept; an English variant no text writes is read in English."""
    english = [
        f"Mikhail Khodorkovsky, the former head of the oil firm, said on day {i} that the "
        "charges against him were political, and Khodorkovsky's lawyers said they would appeal."
        for i in range(4)
    ] + ["Khodorkovskiy and his partner were arrested in October, the court was told."]
    german = (
        "Der frühere Chef des Ölkonzerns Michail Chodorkowski ist zu einer langen Haftstrafe "
        "verurteilt worden. Chodorkowski hatte die Vorwürfe immer zurückgewiesen."
    )
    headlines = ["Chodorkowski freed", "Khodorkovskiy appeal fails"]
    out = _as_one_input([*english, german, *headlines])
    assert out[-2:] == ["Chodorkowski freed", "Khodorkovsky appeal fails"]


def test_languages_that_rewrite_a_spelling_apart_leave_it() -> None:
    """Both languages write *Zelenskyy* and make it their own form: the headline may be
    either, so it keeps its spelling."""
    german = [t + " Zelenskyy schrieb auf Telegram, dass er dankbar sei." for t in GERMAN]
    english = ENGLISH_WITH_HIM + " Zelenskyy thanked the allies for their help."
    out = _as_one_input([*german, english, "Zelenskyy meets Scholz"])
    assert "Selenskyj schrieb" in out[0] and "Zelensky thanked" in out[2]  # (each its own)
    assert out[-1] == "Zelenskyy meets Scholz"


def test_where_one_language_writes_the_name_it_decides() -> None:
    """The other language of the input never names him: nothing to disagree with."""
    texts = [*GERMAN, ENGLISH_WITHOUT_HIM, *HEADLINES]
    assert _as_one_input(texts)[-2:] == ["Selenskyj meets Scholz", "Selenskyj in Brussels"]


def test_an_input_of_one_language_is_unchanged() -> None:
    texts = [ENGLISH_WITH_HIM, *HEADLINES]
    assert _as_one_input(texts)[-2:] == ["Zelensky meets Scholz", "Zelensky in Brussels"]


def test_agreement_is_up_to_case_and_apostrophes() -> None:
    a = Cluster("O’Neill", (("O’Neill", 2), ("ONeill", 1)), "k", language="en")
    b = Cluster("O'Neill", (("O'Neill", 2), ("ONeill", 1)), "k", language="de")
    c = Cluster("Oneil", (("Oneil", 2), ("ONeill", 1)), "k", language="fr")
    assert agreed([a, None, b]) is a
    assert agreed([a, b, c]) is None
    assert agreed([None, None]) is None


def test_a_lone_surname_of_undetermined_language_needs_agreement() -> None:
    de = Cluster("Kutschma", (("Kutschma", 3), ("Kuchma", 1)), "k", language="de")
    en = Cluster("Kuchma", (("Kuchma", 3), ("Kutschma", 1)), "k", language="en")
    exact = {
        ("de", "surname", "Kutschma"): de,
        ("de", "surname", "Kuchma"): de,
        ("en", "surname", "Kuchma"): en,
        ("en", "surname", "Kutschma"): en,
    }
    assert LoneSurnames(exact, ["de"]).get("Kuchma") is de
    assert LoneSurnames(exact, ["de", "en"]).get("Kuchma") is None
    assert LoneSurnames(exact, ["de", "en"]).get("Kutschma") is None
