"""Name variants: the spellings a name is found under (:func:`variants`), back-transliteration
(:func:`to_native`) and the standards that could have written a spelling (:func:`identify`).

Everything here runs the name matcher's knowledge in the writing direction. The modules, in
the order a name goes through them: :mod:`.forms` (the name's native forms in Russian,
Ukrainian and Belarusian, with :mod:`.cognates`), :mod:`.press` and :mod:`.forward` (how each
press convention writes each Cyrillic letter) with :mod:`.official` (the standards of each
language), :mod:`.generate` (writing and ranking), :mod:`.api` (:func:`variants`); then
:mod:`.decode` (the channel between a spelling and a native form), :mod:`.prior` (how likely
a form is as a name), :mod:`.native` (:func:`to_native`) and :mod:`.identify`
(:func:`identify`). The knowledge is data in ``data/variants/``; the command line's
``--variants`` and synonym rules are :mod:`translit.cli.variants`.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable

from .api import variants
from .model import Candidate, Origin, Variant

__all__ = ["Candidate", "Origin", "Variant", "variants"]


class _Package(types.ModuleType):
    """``translit.variants`` names both this package and the function :func:`variants`; the
    import system binds the name to the package when a submodule is imported directly
    (``import translit.variants.press``), so the package is callable as the function too."""

    def __call__(
        self,
        name: str,
        *,
        languages: Iterable[str] | None = None,
        limit: int = 50,
        conventions: Iterable[str] | None = None,
    ) -> list[Variant]:
        return variants(name, languages=languages, limit=limit, conventions=conventions)


sys.modules[__name__].__class__ = _Package
