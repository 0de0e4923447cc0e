"""Hypothesis strategies for corpora whose names cluster in every way clustering knows.

The vocabulary mixes surname variants (ALL CAPS too), full names that vote for their surnames,
places of the table, native-script words, common words that could merge, namesakes whose given
names keep them apart, and languages (short texts have none), so that splits and blocks meet
each rule of :mod:`translit.text.clusters` and :mod:`translit.text.carriers`.
"""

from __future__ import annotations

from hypothesis import strategies as st

NAMES = [
    "Lukashenko",
    "Lukashenka",
    "LUKASHENKA",
    "Alexander Lukashenko",
    "Aliaksandr Lukashenka",
    "Grabsky",
    "Grabskyi",
    "Serhii Grabskyi",
    "Sergei Grabsky",
    "Zelensky",
    "Zelenskyy",
    "Volodymyr Zelensky",
    "Tsikhanouskaya",
    "Tikhanovskaya",
    "Kovalchuk",
    "Kowalczuk",
    "Martin",
    "Martyn",
    "Vladimir Putin",
    "Vladimir Poutine",
    "Putin",
    "Kyiv",
    "Kiev",
    "Minsk",
    "Moscow",
    "Moskva",
    "Горбачёв",
    "Горбачев",
    "Лукашенко",
    "Шевченко",
    "Shevchenko",
    "Schewtschenko",
    # who carries a surname (text/carriers.py): given names of other languages, namesakes
    "Igor Sikorsky",
    "Sikorsky",
    "Sikorski",
    "Radosław Sikorski",
    "Dirk Nowitzki",
    "Nowicki",
    "Kenneth Rogoff",
    "Rogov",
    "Raghav Chadha",
    "Raghav",
    # an unlisted full name whose first word spells a surname that has variants: it keeps
    # that surname from merging, so it must meet it in every block
    "Kovalchuk Zhizhka",
    # surnames without a suffix after East Slavic given names (text/person_words.bare_surname),
    # alone too (text/lone_surnames.py), and Western ones after the same given names
    "Leonid Kuchma",
    "Leonid Kutschma",
    "Léonid Koutchma",
    "Kutschma",
    "Sergei Shoigu",
    "Sergey Shoygu",
    "Shoygu",
    "Maria Meyer",
    "Maria Maier",
    "Maier",
    # exonyms and spellings at home in one language and not another (text/home_spellings.py)
    "Moskau",
    "Saint Petersburg",  # a full name and a short one: two names of one place
    "Petersburg",
    "Peterburg",
    "Lwów",
    "Lviv",
    "Janukowitsch",
    "Yanukovych",
    # names written surname first with a comma, as lists write them (text/surname_first.py):
    # read as one person at the start of a line or in capitals, as a surname in prose
    "Lukashenko, Alexander",
    "Lukashenka, Aliaksandr",
    "LUKASHENKO, Aleksandr Grigoryevich",
    "Grabskyi, Serhii",
    "Shoygu, Sergey",
    "SHOIGU, Sergei Kuzhugetovich",
]

ENGLISH = "The minister said on Monday that {} and {} met the press in the capital."
GERMAN = "Der Minister sagte am Montag, dass {} und {} sich mit der Presse getroffen haben."


@st.composite
def documents(draw: st.DrawFn) -> str:
    """One document: English, German, a few names alone (language undetermined), or a list of
    names one a line."""
    a, b = draw(st.sampled_from(NAMES)), draw(st.sampled_from(NAMES))
    kind = draw(st.sampled_from(["en", "en", "de", "short", "list"]))
    if kind == "short":
        return f"{a}. {b}."
    if kind == "list":
        return f"1. {a}\n2. {b}\n"
    return (ENGLISH if kind == "en" else GERMAN).format(a, b)


corpora = st.lists(documents(), min_size=1, max_size=14)
