"""The public transliteration entry point."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from .engine import compile_reverse, compile_scheme

if TYPE_CHECKING:
    import regex

__all__ = ["transliterate"]

Fallback = Literal["keep", "unidecode"]


def transliterate(
    text: str,
    scheme: str = "auto",
    *,
    reverse: bool = False,
    fallback: Fallback = "keep",
) -> str:
    """Transliterate ``text`` under a named standard.

    Args:
        text: any string. Characters the standard does not cover (punctuation, digits,
            whitespace, other scripts) are returned byte-for-byte, unless ``fallback`` says
            otherwise.
        scheme: a standard id (see :func:`translit.schemes`), a language shorthand (``"ru"``,
            ``"uk"``, ``"be"``, ``"bg"``, ``"sr"``, ``"mk"``, ``"el"``, ``"ka"``) selecting that
            language's default standard, or ``"auto"`` to detect the language of each word.
        reverse: transliterate Latin back into the source script. Only for reversible standards.
        fallback: ``"keep"`` leaves letters of other scripts unchanged; ``"unidecode"`` passes
            them through Unidecode, so the result is Latin.

    Returns:
        The transliterated text.

    Raises:
        ValueError: unknown scheme, ``reverse=True`` for a standard that is not reversible,
            or an unknown ``fallback``.
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
        >>> transliterate("Ŝerbakov", "iso-9", reverse=True)
        'Щербаков'
        >>> transliterate("Київ і Мінськ, Ўладзімір", "auto")
        'Kyiv i Minsk, Ŭladzimir'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if fallback not in ("keep", "unidecode"):
        raise ValueError(f"fallback must be 'keep' or 'unidecode', not {fallback!r}")
    if scheme == "auto":
        if reverse:
            raise ValueError("reverse=True needs a named standard, not 'auto'")
        from .detection import transliterate_auto

        out = transliterate_auto(text)
    elif reverse:
        out = compile_reverse(scheme)(text)
    else:
        out = compile_scheme(scheme)(text)
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
