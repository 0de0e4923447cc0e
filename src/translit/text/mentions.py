"""Mentions: where the names of a text are, as units that are rewritten whole or not at all.

A text is scanned once for capitalised words (Latin, Cyrillic, Greek; ALL CAPS too) outside the
protected spans (:mod:`translit.text.protect`). Words separated by one space form a *run*; each
word gets the gate's verdict (:func:`translit.text.candidates.classify`) and a run is cut into
mentions, left to right, taking the longest unit that starts at each word:

- a form the lexicon knows (when there is a lexicon), up to the lexicon's longest entry;
- a place of the place table, also across lower-case links (*Rostow am Don*);
- a person: given names or initials, an optional patronymic, and a surname that passes the gate
  (*Serhii Grabsky*, *A. G. Lukashenko*), or the surname first (*LUKASHENKO Alexander*, and
  with a comma where lists write so: *LUKASHENKO, Aleksandr*,
  :mod:`~translit.text.surname_first`); after a given name that transliterates a Cyrillic one,
  a surname without a suffix too (*Leonid Kuchma*,
  :func:`~translit.text.person_words.bare_surname`);
- a surname, place or native-script word alone.

Given names alone are no mention: a given name cannot say which person it belongs to. Each step
looks at a bounded number of words, so a line of 100,000 capitalised words costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from .candidates import not_names
from .common_words import gate_settings
from .exact_readings import exact_place
from .namesakes import drop_namesakes
from .person_words import bare_surname, patronymic_between
from .protect import Span
from .words import Facts, facts, is_caps, multiword_places, title, trim

__all__ = [
    "Mention",
    "MentionKind",
    "Skip",
    "Word",
    "find_mentions",
    "mention_of",
]

MentionKind = Literal["person", "surname", "place", "native", "lexicon"]


class Word(NamedTuple):
    """One capitalised word: offsets into the text and the word itself (clitics trimmed)."""

    start: int
    end: int
    text: str


class Mention(NamedTuple):
    """A unit of one name in a text: its words, what kind of name it is, its spelling.

    ``spelling`` is the words joined by single spaces, in the mention's own case except that an
    ALL-CAPS mention (``caps``) is spelled in title case (``LUKASHENKA`` -> ``Lukashenka``) so
    that it counts with its mixed-case spelling.
    """

    kind: MentionKind
    words: tuple[Word, ...]
    spelling: str
    caps: bool
    #: a surname's: the capitalised word just before it that the gate did not take for a given
    #: name (Olexander Privovalonak); it joins the surname when a full name of the input is
    #: that person (see :meth:`translit.text.plan.Plan.person_with`)
    before: Word | None = None

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


class Skip(NamedTuple):
    """A capitalised word that is no mention, and why (for ``Normalizer.skipped``)."""

    start: int
    end: int
    text: str
    reason: str


@lru_cache(maxsize=1)
def _word_rx() -> Any:
    import regex

    return regex.compile(
        r"(?<![\p{L}\p{M}\p{N}_@#/\\.\-])"
        r"(?:\p{Lu}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*['’]?\.?|\p{Lu}\.)"
    )


def _runs(text: str, protected: list[Span]) -> Iterator[list[Word]]:
    """Runs of capitalised words separated by one space, outside the protected spans."""
    run: list[Word] = []
    k = 0  # index into protected, which is sorted
    n = len(protected)
    # Past the last protected span, nothing is protected: the test is skipped.
    next_start = protected[0].start if n else len(text) + 1
    last_end = -1
    for m in _word_rx().finditer(text):
        s, e = m.span()
        if e > next_start:
            while k < n and protected[k].end <= s:
                k += 1
            if k < n and protected[k].start < e:
                if run:
                    yield run
                    run = []
                continue
            next_start = protected[k].start if k < n else len(text) + 1
        raw = m.group()
        if raw.isalpha():  # most words: nothing for trim to cut (no dot, apostrophe, hyphen)
            word, cut = raw, False
        else:
            word, cut = trim(raw, s > 0 and text[s - 1] in "'‘")
        if run and not (s == last_end + 1 and text[last_end] in " \u00a0"):
            yield run
            run = []
        if not word:
            continue
        end = s + len(word)
        run.append(Word(s, end, word))
        last_end = end
        if cut:  # a clitic or tail ends the name: Putin's Lukashenko is two runs
            yield run
            run = []
            last_end = -1
    if run:
        yield run


def mention_of(kind: MentionKind, words: tuple[Word, ...]) -> Mention:
    """A mention spelled as its words joined by single spaces, ALL-CAPS words in title case."""
    if len(words) == 1:
        text = words[0].text
        if is_caps(text):
            return Mention(kind, words, title(text), True)
        return Mention(kind, words, text, False)
    caps = [is_caps(w.text) for w in words]
    spelling = " ".join(title(w.text) if c else w.text for w, c in zip(words, caps))
    return Mention(kind, words, spelling, any(caps))


_PERSON_STARTS = frozenset({"given", "initial", "surname"})


class _Cutter:
    """Cuts the runs of one text into mentions, left to right."""

    def __init__(
        self,
        text: str,
        lexicon_probe: Callable[[str], bool] | None,
        lexicon_words: int,
        skips: list[Skip] | None,
    ) -> None:
        self.text = text
        self.probe = lexicon_probe
        self.lexicon_words = lexicon_words
        self.skips = skips
        self.max_words = int(gate_settings()["max_name_words"]["value"])
        self.max_place_words = int(gate_settings()["max_place_words"]["value"])
        self.short = int(gate_settings()["short_word"]["value"])
        self.consumed = 0  # a place across lower-case links may end in a later run

    def _skip(self, w: Word, reason: str) -> None:
        if self.skips is not None and reason:
            self.skips.append(Skip(w.start, w.end, w.text, reason))

    def cut(self, run: list[Word], out: list[Mention]) -> None:
        if self.probe is None and self.skips is None:
            # The same runs recur all through a corpus (the names of the day, sentence
            # starts): their cut is kept per run of words (see _template).
            template = _template(tuple([w.text for w in run]))
            if template is not None:
                for kind, i, j, spelling, caps, b in template:
                    words = (run[i],) if j == i + 1 else tuple(run[i:j])
                    out.append(Mention(kind, words, spelling, caps, run[b] if b >= 0 else None))
                return
        self.cut_words(run, out, [facts(w.text) for w in run])

    def cut_words(self, run: list[Word], out: list[Mention], info: list[Facts]) -> None:
        """Cut ``run`` (whose words' facts are ``info``) into mentions, appended to ``out``."""
        i = 0
        while i < len(run):
            kind = info[i][0].kind
            i += (
                (self._lexicon(run, i, out) if self.probe is not None else 0)
                or self._place(run, i, out)
                or (self._person(run, i, info, out) if kind in _PERSON_STARTS else 0)
                or self._single(run, i, info, out)
            )

    def _lexicon(self, run: list[Word], i: int, out: list[Mention]) -> int:
        assert self.probe is not None
        for size in range(min(self.lexicon_words, len(run) - i), 0, -1):
            words = tuple(run[i : i + size])
            mention = mention_of("lexicon", words)
            if self.probe(mention.spelling):
                out.append(mention)
                return size
        return 0

    def _place(self, run: list[Word], i: int, out: list[Mention]) -> int:
        """A place of several words (Nizhny Novgorod, Rostow am Don), matched on the text."""
        w = run[i]
        forms = multiword_places().get(w.text.casefold())
        if not forms:
            return self._places(run, i, out)
        text = self.text
        for rest, _form in forms:
            end = w.end + len(rest)
            if text[w.end : end].casefold() != rest:
                continue
            if end < len(text) and (text[end].isalpha() or text[end] in "-'’"):
                continue
            whole = Word(w.start, end, text[w.start : end])
            out.append(Mention("place", (whole,), whole.text, False))
            self.consumed = max(self.consumed, end)
            return max(1, sum(1 for x in run[i:] if x.end <= end))
        return self._places(run, i, out)

    def _places(self, run: list[Word], i: int, out: list[Mention]) -> int:
        """A place of several capitalised words (Nizhny Novgorod, Biała Podlaska)."""
        if i + 1 >= len(run) or not facts(run[i].text).starts_place:
            return 0
        for size in range(min(self.max_place_words, len(run) - i), 1, -1):
            words = tuple(run[i : i + size])
            mention = mention_of("place", words)
            if exact_place(mention.spelling):
                out.append(mention)
                return size
        return 0

    def _person(self, run: list[Word], i: int, info: list[Facts], out: list[Mention]) -> int:
        n = len(run)

        def kind(k: int) -> str:
            return info[k][0].kind

        first = kind(i)
        if first in ("given", "initial"):
            j = i
            while j < n and kind(j) in ("given", "initial") and j - i < self.max_words - 2:
                j += 1
            if j < n and (kind(j) == "surname" or bare_surname(run, info, i, j, self.short)):
                end = j + 1
                if (
                    end < n
                    and (kind(end) == "surname" or bare_surname(run, info, i, end, self.short))
                    and first == "given"
                    and patronymic_between(run[j - 1].text, run[j].text, run[end].text)
                ):
                    end += 1
                words = tuple(run[i:end])
                out.append(mention_of("person", words))
                return end - i
            for k in range(i, j):
                if info[k][0].kind == "given":
                    self._skip(run[k], "a given name alone: it cannot say whose name it is")
            return j - i
        if first == "surname" and i + 1 < n and kind(i + 1) == "given":
            end = i + 2
            while end < n and kind(end) in ("given", "initial") and end - i < self.max_words - 1:
                end += 1
            if (
                end < n
                and kind(end) == "surname"
                and patronymic_between(run[end - 1].text, run[end].text, run[i].text)
            ):
                end += 1
            words = tuple(run[i:end])
            out.append(mention_of("person", words))
            return end - i
        return 0

    def _single(self, run: list[Word], i: int, info: list[Facts], out: list[Mention]) -> int:
        w = run[i]
        verdict = info[i][0]
        if verdict.kind == "surname":
            m = mention_of("surname", (w,))
            if i and info[i - 1][0].kind == "other" and info[i - 1][0].reason and not info[i][1]:
                prev = run[i - 1]
                if prev.text.casefold() not in not_names() and not is_caps(prev.text):
                    m = m._replace(before=prev)
            out.append(m)
        elif verdict.kind in ("place", "native"):
            out.append(mention_of(verdict.kind, (w,)))
        elif verdict.kind == "given":
            self._skip(w, "a given name alone: it cannot say whose name it is")
        elif verdict.kind == "initial":
            self._skip(w, "an initial alone")
        else:
            self._skip(w, verdict.reason)
        return 1


#: Distinct runs of words whose cut is kept (a corpus's recurring names and sentence starts).
RUNS_CACHE_SIZE = 65_536

#: A mention of a run as positions in it: kind, first word, end, spelling, caps, the index of
#: the word ``before`` it (-1: none).
_Unit = tuple[MentionKind, int, int, str, bool, int]


@lru_cache(maxsize=RUNS_CACHE_SIZE)
def _template(texts: tuple[str, ...]) -> tuple[_Unit, ...] | None:
    """The cut of a run of words, by position, or None when it depends on more than the words
    (a word may start a place written with lower-case links, matched on the text after it).

    Without a lexicon and without skips to record, a run's cut depends on its words alone: the
    gate's facts, the place and given-name tables, the patronymic test (all on the words).
    """
    info = [facts(t) for t in texts]
    if all(f.inert for f in info):
        return ()  # no unit starts at any word (most runs: sentence starts, acronyms)
    if any(f.multiword for f in info):
        return None
    run = [Word(i, i + 1, t) for i, t in enumerate(texts)]
    found: list[Mention] = []
    _Cutter("", None, 0, None).cut_words(run, found, info)
    return tuple(
        (
            m.kind,
            m.words[0].start,
            m.words[-1].start + 1,
            m.spelling,
            m.caps,
            -1 if m.before is None else m.before.start,
        )
        for m in found
    )


def find_mentions(
    text: str,
    protected: list[Span],
    *,
    lexicon_probe: Callable[[str], bool] | None = None,
    lexicon_words: int = 0,
    skips: list[Skip] | None = None,
) -> list[Mention]:
    """The mentions of ``text`` in order (and, into ``skips``, the words that are none).

    >>> found = find_mentions("Serhii Grabsky met Games host Lukashenka.", [])
    >>> [(m.kind, m.spelling) for m in found]
    [('person', 'Serhii Grabsky'), ('surname', 'Lukashenka')]
    """
    from .surname_first import surname_first

    cutter = _Cutter(text, lexicon_probe, lexicon_words, skips)
    out: list[Mention] = []
    single: Word | None = None  # the word of the last run, when it had one word
    for run in _runs(text, protected):
        if run[0].start < cutter.consumed:
            run = [w for w in run if w.start >= cutter.consumed]
            if not run:
                continue
        if single is not None and single.end == run[0].start - 2:
            last = out[-1] if out and out[-1].end >= single.end else None
            mentioned = last is not None and last.words == (single,) and last.kind == "surname"
            person = None
            if mentioned or last is None:
                person = surname_first(text, single, mentioned, run)
            if person is not None:  # LUKASHENKO, Aleksandr; Shoigu, Sergei: one person
                if mentioned:
                    out[-1] = person
                else:
                    out.append(person)
                    while skips and skips[-1].start == single.start:
                        skips.pop()  # (the word was skipped alone, last)
                single = None
                continue
        single = run[0] if len(run) == 1 else None
        cut_from = len(out)
        cutter.cut(run, out)
        if len(out) > cut_from:  # (a ship's name, a namesake abroad: no place)
            out[cut_from:] = drop_namesakes(text, out[cut_from:], skips)
    return out
