"""The public transliteration entry point."""

from __future__ import annotations

from functools import lru_cache

from .cache import compile_reverse, compile_scheme, runs_by_name
from .registry import AUTO

# Names from typing only for type checkers: importing typing costs a fresh process ~5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    import regex

    Fallback = Literal["keep", "unidecode"]
    Marks = Literal["keep", "drop"]
else:
    Fallback = Marks = str


__all__ = ["transliterate"]

#: The run functions of the standards compiled so far, by the name asked for (the same dicts
#: as in :mod:`.cache`, cleared with it).
_PLAIN = runs_by_name[False]
_NAMED = runs_by_name[True]


def transliterate(
    text: str,
    scheme: str = "auto",
    *,
    reverse: bool = False,
    fallback: Fallback = "keep",
    marks: Marks = "keep",
    names: bool = False,
) -> str:
    """Transliterate ``text`` under a named standard.

    Args:
        text: any string. Characters the standard does not cover (punctuation, digits,
            whitespace, other scripts) are returned byte-for-byte, unless ``fallback`` says
            otherwise. Every letter of the standard's script is written in Latin: letters the
            standard itself lacks follow the fallback listed on its page.
        scheme: a standard id (see :func:`translit.schemes`), a language shorthand (``"ru"``,
            ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``, ``"el"``, ``"ka"``) selecting that
            language's default standard, or ``"auto"`` to detect the language of each sentence
            (and of each word or name whose letters that language does not write). Ids are
            matched ignoring case; an unknown one raises a ``ValueError`` that suggests the
            closest names.
        reverse: transliterate Latin back into the source script. Only for reversible standards.
        fallback: ``"keep"`` leaves letters of other scripts unchanged; ``"unidecode"`` passes
            them through Unidecode, so the result is Latin.
        marks: combining marks on letters of the source script that are not part of a letter,
            such as the stress marks of dictionaries (Андрі́й): ``"keep"`` writes each after the
            Latin of its letter (``Andríi``), ``"drop"`` leaves them out (``Andrii``). Either
            way they never split a word.
        names: name-oriented output, as passports and the press write names: the marks a
            standard lets writers omit are left out — the BGN/PCGN middle dot (Lukash·enka ->
            Lukashenka) and the prime or apostrophe signs written for ь and ъ (Il’ich -> Ilich),
            as listed in each standard's ``names_drop`` — and stress marks are dropped too.
            The default for canonical forms of names.

    Returns:
        The transliterated text.

    Raises:
        ValueError: unknown scheme, ``reverse=True`` for a standard that is not reversible or
            for ``"auto"``, or an unknown ``fallback`` or ``marks``.
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> transliterate("Щербаков", "ru-bgn-pcgn")
        'Shcherbakov'
        >>> transliterate("ЩЕРБАКОВ", "ru")
        'SHCHERBAKOV'
        >>> transliterate("Згурський, Київ", "uk")
        'Zghurskyi, Kyiv'
        >>> transliterate("Аляксандр Лукашэнка", "be")
        'Aliaksandr Lukašenka'
        >>> transliterate("Лукашэнка", "ru"), transliterate("Лукашэнка", "ru", names=True)
        ('Lukash·enka', 'Lukashenka')
        >>> transliterate("Андрі́й", "uk"), transliterate("Андрі́й", "uk", marks="drop")
        ('Andríi', 'Andrii')
        >>> transliterate("Ŝerbakov", "iso-9", reverse=True)
        'Щербаков'
        >>> transliterate("Київ і Мінськ, Ўладзімір", "auto")
        'Kyiv i Minsk, Ŭladzimir'
        >>> transliterate("Сергей Щербаков", "auto")
        'Sergey Shcherbakov'
    """
    # The common call, a named standard with the default options, costs one dict lookup more
    # than the standard itself (this runs once per word in some pipelines).
    if not reverse and fallback == "keep" and marks == "keep":
        try:
            return (_NAMED if names else _PLAIN)[scheme](text)
        except (KeyError, TypeError):
            pass  # not compiled yet, "auto", not a name, not a str: the full path says
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if fallback not in ("keep", "unidecode"):
        raise ValueError(f"fallback must be 'keep' or 'unidecode', not {fallback!r}")
    if marks not in ("keep", "drop"):
        raise ValueError(f"marks must be 'keep' or 'drop', not {marks!r}")
    drop = marks == "drop"
    if scheme == AUTO or (isinstance(scheme, str) and scheme.strip().lower() == AUTO):
        if reverse:
            raise ValueError("reverse=True needs a named standard, not 'auto'")
        from .auto import transliterate_auto

        out = transliterate_auto(text, names=names, drop_marks=drop)
    elif reverse:
        out = compile_reverse(scheme)(text)
    else:
        out = compile_scheme(scheme, names=names)(text, drop_marks=drop)
    if fallback == "unidecode" and not out.isascii():
        out = _unidecode_other_scripts(out)
    return out


@lru_cache(maxsize=1)
def _other_script_run() -> regex.Pattern[str]:
    import regex

    # Letters (and the marks on them) of scripts other than Latin; Latin output of the standard
    # keeps its diacritics, punctuation and symbols stay as they are.
    return regex.compile(r"(?:(?![\p{Latin}\p{Common}\p{Inherited}])\p{L}\p{M}*)+")


def _unidecode_other_scripts(text: str) -> str:
    from unidecode import unidecode

    return _other_script_run().sub(lambda m: unidecode(m.group()), text)
