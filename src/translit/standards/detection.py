"""Language detection for Cyrillic text that works on a single word or name.

The evidence, summed in log-probabilities per language:

* the letters: each language's alphabet rules out the letters it does not write (ї є ґ are
  Ukrainian, ў Belarusian, ђ ћ Serbian, ѓ ќ ѕ Macedonian, ы э ё not Ukrainian, и not
  Belarusian), and letter pairs and triples inside words (``data/letter_stats.json``: -ськ- is
  Ukrainian) weigh the languages whose alphabets all fit;
* the group: East Slavic (ru, uk, be) or South Slavic (bg, sr, mk). A text is South Slavic
  only when more of its words have letters of that group (ј љ њ ђ ћ џ ѓ ќ ѕ, or a Bulgarian
  ъ — one not before е ё ю я, where Russian writes it) than words with East Slavic letters
  (ы э ё і ї є ґ ў); the two groups' statistics come from different sources and are compared
  within a group only;
* the name tables: a word that is a Russian, Ukrainian or Belarusian form of a given name or a
  place in ``data/given_names.tsv`` or ``data/places.tsv`` (Сергей, Київ, Мінск) counts for the
  languages that write it so;
* a prior (``data/languages.json``): a word every language could write (Москва) is Russian.

Greek and Georgian are told apart from Cyrillic by their script.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .._memo import memo
from .._unicode import APOSTROPHES, strip_marks
from .registry import data_text

__all__ = ["alphabet", "detect_language", "is_name_form", "language_scores", "word_scores"]

_CYRILLIC = re.compile("[\u0400-\u052f]")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")
_WORD = re.compile(r"[^\W\d_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W\d_]+)*")
_TO_APOSTROPHE = str.maketrans({a: "'" for a in APOSTROPHES})

#: Weight of the pair statistics against the letters' own frequencies for a pair never seen.
SMOOTHING = 50.0
#: Log-probability of a letter outside the language's alphabet: a few such letters decide.
OUTSIDE = math.log(1e-9)
#: Weight of the frequent-word lists against the letter model in a word's probability.
WORD_SHARE = 0.5
#: The most one word can count against a language, relative to the word's best language.
WORD_CAP = 12.0
#: A word listed as a name of that language (a 300-fold likelihood).
NAME_EVIDENCE = math.log(300.0)
#: Distinct words whose evidence for a text's language is remembered (a corpus has more than
#: ten thousand; kept in a memo the collector does not walk, see translit._memo).
WORD_CACHE_SIZE = 100_000
#: Distinct words whose scores, as a dict, :func:`word_scores` keeps for its other callers.
SCORES_CACHE_SIZE = 8192
#: Characters of a text read to detect its language.
SAMPLE = 200_000


def _data_text(name: str) -> str:
    return data_text(name)


_Model = tuple[
    dict[str, frozenset[str]],
    dict[str, dict[str, float]],
    dict[str, dict[str, float]],
    dict[str, float],
]


@lru_cache(maxsize=1)
def _model() -> _Model:
    """Alphabets, log P(letter | one letter before), log P(letter | two letters before) where
    the triple was seen, and log priors."""
    data = json.loads(_data_text("letter_stats.json"))
    alphabets = {lang: frozenset(a) for lang, a in data["alphabets"].items()}
    logp2: dict[str, dict[str, float]] = {}
    logp3: dict[str, dict[str, float]] = {}
    for lang, pairs in data["pairs"].items():
        symbols = sorted(alphabets[lang] | {"_"})
        first: Counter[str] = Counter()
        second: Counter[str] = Counter()
        for pair, n in pairs.items():
            first[pair[0]] += n
            second[pair[1]] += n
        total = sum(second.values()) or 1
        table: dict[str, float] = {}
        for a in symbols:
            for b in symbols:
                unigram = (second[b] + 1) / (total + len(symbols))
                p = (pairs.get(a + b, 0) + SMOOTHING * unigram) / (first[a] + SMOOTHING)
                table[a + b] = math.log(p)
        logp2[lang] = table
        # Triples: interpolated with the pair estimate, so a rare or unseen triple falls back
        # on the pair (only seen triples are stored; the others use the pair alone).
        triples: dict[str, int] = data.get("triples", {}).get(lang, {})
        heads: Counter[str] = Counter()
        for tri, n in triples.items():
            heads[tri[:2]] += n
        logp3[lang] = {
            tri: math.log((n + SMOOTHING * math.exp(table[tri[1:]])) / (heads[tri[:2]] + SMOOTHING))
            for tri, n in triples.items()
            if tri[1:] in table
        }
    languages = json.loads(_data_text("languages.json"))["languages"]
    priors = {lang: math.log(languages[lang]["prior"]) for lang in logp2}
    _words.update(
        {lang: {w: n / 1e6 for w, n in ws.items()} for lang, ws in data.get("words", {}).items()}
    )
    return alphabets, logp2, logp3, priors


# The most frequent words of each language with their rate (filled by _model()).
_words: dict[str, dict[str, float]] = {}


def alphabet(lang: str) -> frozenset[str]:
    """The lower-case letters of a Cyrillic language (with ``'`` where it writes one)."""
    return _model()[0].get(lang, frozenset())


def _name_rows(name: str) -> Iterable[dict[str, str]]:
    header: list[str] | None = None
    for line in _data_text(name).splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        yield dict(zip(header, cells))


@lru_cache(maxsize=1)
def _names() -> dict[str, frozenset[str]]:
    """Lower-case name form -> the languages whose column of the name tables lists it."""
    langs: dict[str, set[str]] = {}
    for table in ("given_names.tsv", "places.tsv"):
        for row in _name_rows(table):
            for lang in ("ru", "uk", "be"):
                for form in row.get(lang, "").split("|"):
                    for word in _WORD.findall(form.lower().translate(_TO_APOSTROPHE)):
                        langs.setdefault(word, set()).add(lang)
    return {w: frozenset(ls) for w, ls in langs.items()}


def is_name_form(word: str) -> bool:
    """Whether ``word`` is a Russian, Ukrainian or Belarusian form in the name tables."""
    return strip_marks(word).lower().translate(_TO_APOSTROPHE) in _names()


@lru_cache(maxsize=SCORES_CACHE_SIZE)
def word_scores(word: str) -> dict[str, float]:
    """Log-likelihood of one word under each Cyrillic language (no prior).

    >>> s = word_scores("Київ")
    >>> max(s, key=s.__getitem__)
    'uk'
    """
    _, logp, logp3, _ = _model()
    w = strip_marks(word).lower().translate(_TO_APOSTROPHE)
    w = "".join(c for c in w if c == "'" or "\u0400" <= c <= "\u052f")
    scores: dict[str, float] = {}
    if not w.strip("'"):
        return {lang: 0.0 for lang in logp}
    padded = f"_{w}_"
    listed = _names().get(w, frozenset())
    # Each triple with the pair it backs off to, cut once for all the languages.
    grams = [(padded[i : i + 3], padded[i + 1 : i + 3]) for i in range(len(padded) - 2)]
    for lang, table in logp.items():
        total = NAME_EVIDENCE if lang in listed else 0.0
        tri = logp3[lang]
        letters = table.get(padded[:2], OUTSIDE)
        for triple, pair in grams:
            t = tri.get(triple)
            letters += t if t is not None else table.get(pair, OUTSIDE)
        # A frequent word of the language (что, що) is likelier than its letters say.
        frequent = _words.get(lang, {}).get(w, 0.0)
        total += math.log(WORD_SHARE * frequent + (1 - WORD_SHARE) * math.exp(letters))
        scores[lang] = total
    return scores


EAST = ("ru", "uk", "be")
SOUTH = ("bg", "sr", "mk")
_SOUTH_LETTERS = re.compile("[јљњђћџѓќѕЈЉЊЂЋЏЃЌЅ]|[ъЪ](?![еёюяЕЁЮЯ])")
_EAST_LETTERS = re.compile("[ыэёіїєґўЫЭЁІЇЄҐЎ]|[ъЪ](?=[еёюяЕЁЮЯ])")
#: Added to the languages of the group a text is not in: scores compare within a group.
OTHER_GROUP = -1000.0


def language_scores(text: str) -> dict[str, float]:
    """Return the log-probability of ``text``'s Cyrillic words under each language, with priors.

    The languages of the group (East or South Slavic) the text is not in score ``OTHER_GROUP``
    lower, so a comparison across groups follows the group's letters.
    """
    priors = _model()[3]
    totals = list(priors.values())
    counts = Counter(w for w in _WORD.findall(text) if _CYRILLIC.search(w))
    south = east = 0
    for word, n in counts.items():
        capped, is_south, is_east = _word_evidence(word)
        # (n * x, as for n == 1: the same sums, bit for bit, as adding per language)
        totals = [t + n * c for t, c in zip(totals, capped)]
        south += n * is_south
        east += n * is_east
    out = dict(zip(priors, totals))
    for lang in EAST if south > east else SOUTH:
        out[lang] += OTHER_GROUP
    return out


@memo(maxsize=WORD_CACHE_SIZE)
def _word_evidence(word: str) -> tuple[tuple[float, ...], bool, bool]:
    """What one word adds to a text's scores: its score under each language (in the order of
    the priors) capped so that one word can count against a language only so much (a foreign
    name in a sentence, Ціханоўская in Russian text, must not outvote the sentence's other
    words), and whether it has letters of the South or the East Slavic group."""
    scores = word_scores(word)
    floor = max(scores.values()) - WORD_CAP
    capped = tuple(max(scores[lang], floor) for lang in _model()[3])
    return capped, bool(_SOUTH_LETTERS.search(word)), bool(_EAST_LETTERS.search(word))


def best(scores: dict[str, float], allowed: Iterable[str] | None = None) -> str:
    """The language with the highest score (ties: the order of ``data/languages.json``)."""
    order = _model()[3]
    if allowed is not None:
        wanted = set(allowed)
        pool = [lang for lang in order if lang in wanted] or list(order)
    else:
        pool = list(order)
    # max keeps the first of equal scores: the earliest language in the file's order
    return max(pool, key=lambda lang: scores.get(lang, -math.inf))


def detect_language(text: str) -> str | None:
    """Guess the language of ``text`` from its letters and the names it contains.

    Cyrillic text gives one of ``"ru"``, ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``;
    text that is mostly Greek or Georgian gives ``"el"`` or ``"ka"``; text with none of these
    scripts gives ``None``. A single word or name works: letters only some languages write decide,
    then letter pairs, then the name tables; a word every language could write is taken for
    Russian.

    >>> detect_language("Київ — столиця України")
    'uk'
    >>> detect_language("Мінск — сталіца Беларусі, горад на Свіслачы")
    'be'
    >>> detect_language("Съешь же ещё этих мягких французских булок")
    'ru'
    >>> detect_language("Београд је главни град Србије")
    'sr'
    >>> [detect_language(w) for w in ("Киев", "Москва", "Щукина", "Зеленський", "Ціханоўская")]
    ['ru', 'ru', 'ru', 'uk', 'be']
    >>> detect_language("Hello") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sample = text[:SAMPLE]
    n_cyr = len(_CYRILLIC.findall(sample))
    n_grk = len(_GREEK.findall(sample))
    n_geo = len(_GEORGIAN.findall(sample))
    if max(n_cyr, n_grk, n_geo) == 0:
        return None
    if n_grk > n_cyr and n_grk >= n_geo:
        return "el"
    if n_geo > n_cyr:
        return "ka"
    return best(language_scores(sample))


def clear_caches() -> None:
    """Forget the detection model and the remembered word scores."""
    for cached in (_model, _names, word_scores):
        cached.cache_clear()
