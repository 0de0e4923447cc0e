"""Which standards or press conventions could have written a Latin spelling (:func:`identify`)."""

from __future__ import annotations

from .decode import writes_weight
from .model import Origin
from .native import to_native
from .official import writers

__all__ = ["identify", "writes"]

#: Native candidates of a spelling whose writers are looked at.
CANDIDATES = 8


def writes(native: str, language: str, convention: str, spelling: str) -> bool:
    """Whether ``convention`` (a standard id or press convention) writes the native form
    ``native`` of ``language`` as ``spelling`` (compared in lower case): the standard's output
    is the spelling, or the spelling is one of the press convention's.

    >>> writes("Грабський", "uk", "uk-kmu-2010", "Hrabskyi")
    True
    """
    low = " ".join(spelling.split()).lower()
    for w in writers(language):
        if w.id == convention:
            return writes_weight(native, language, w, low) > 0
    raise ValueError(f"{convention!r} does not write names of {language!r}")


def identify(spelling: str) -> list[Origin]:
    """The standards and press conventions that could have produced a Latin spelling, with
    the language and the native form each writes it from, most likely first.

    The score is the native form's probability (:func:`translit.to_native`) times the
    convention's prior and the rank of its choice. Writing the top origin's native form under
    its convention gives the spelling back.

    >>> [(o.convention, o.language) for o in identify("Hrabskyi")][:1]
    [('uk-kmu-2010', 'uk')]
    >>> [(o.convention, o.native) for o in identify("Grabsky")][:2]
    [('ru-wikipedia', 'Грабский'), ('english', 'Грабский')]
    >>> [(o.convention, o.language) for o in identify("Hrabski") if o.convention == "polish"][:1]
    [('polish', 'be')]
    """
    if not isinstance(spelling, str):
        raise TypeError(f"spelling must be a str, not {type(spelling).__name__}")
    low = " ".join(spelling.split()).lower()
    out: list[Origin] = []
    for cand in to_native(spelling, limit=CANDIDATES):
        for w in writers(cand.language):
            weight = writes_weight(cand.native, cand.language, w, low)
            score = cand.score * w.prior * weight
            if score > 0:  # a candidate far below the first rounds to no share at all
                out.append(Origin(w.id, cand.language, cand.native, score, w.kind))
    if not out:
        return []
    top = max(o.score for o in out)
    out.sort(key=lambda o: (-o.score, o.convention, o.native))
    return [o._replace(score=round(o.score / top, 6)) for o in out]
