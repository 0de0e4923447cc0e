"""The key native-script spellings merge by: one spelling up to stress marks, apostrophe forms,
Latin look-alike letters and, in Russian, ё/е (:mod:`translit.text.clusters`)."""

from __future__ import annotations

import unicodedata

__all__ = ["native_key"]


_STRESS = dict.fromkeys(map(ord, "\u0301\u0300\u0341\u0340"))
# Apostrophe forms are one (Бур’ян, Бур'ян), but never the soft sign of another language.
_APOSTROPHE = dict.fromkeys(map(ord, "'’ʼ`´‘"), "\ue000")


def native_key(spelling: str, yo: bool = True) -> str:
    """One native-script spelling up to stress marks, apostrophe forms, Latin look-alike letters
    and, where ``yo`` (Russian, which may leave ё unwritten), ё/е.

    Only the stress marks go: й, ў and ї are letters of their own (Мой is not Мои).

    >>> native_key("Горба́чёв") == native_key("Горбачев"), native_key("Мой") == native_key("Мои")
    (True, False)
    >>> native_key("Усё", yo=False) == native_key("Усе", yo=False)
    False
    """
    from ..names.spelling import cyrillic_form

    s = unicodedata.normalize("NFC", unicodedata.normalize("NFD", spelling).translate(_STRESS))
    s = cyrillic_form(s.translate(_APOSTROPHE)).replace("\ue000", "'")
    return s.replace("ё", "е") if yo else s
