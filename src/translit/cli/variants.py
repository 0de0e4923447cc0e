"""``--variants`` (the spellings of names) and ``--discover --format synonyms`` (search-engine
synonym rules from a discovery): the command's two uses of :mod:`translit.variants`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from .console import Console
from .options import PROG, Options
from .report import plural
from .streams import flush_stdout, write_stdout

__all__ = ["print_synonyms", "print_variants", "synonym_rule"]


def _names(options: Options) -> Iterable[str]:
    """The names given as arguments, or one a line on standard input."""
    if options.files and options.files != ("-",):
        yield from options.files
        return
    for line in sys.stdin:
        name = line.strip()
        if name:
            yield name


def print_variants(options: Options, console: Console) -> int:
    """Print the spellings of each name (``--variants``); return the exit status."""
    from ..variants import variants

    jsonl = options.format == "jsonl"
    count = 0
    for n, name in enumerate(_names(options)):
        found = variants(name, limit=options.limit)
        if jsonl:
            lines = [json.dumps({"name": name, **v._asdict()}, ensure_ascii=False) for v in found]
        else:
            lines = ([""] if n else []) + [v.spelling for v in found]
        write_stdout("".join(line + "\n" for line in lines).encode("utf-8"))
        count += 1
    flush_stdout()
    if not count:
        return console.fatal("--variants: no names given")
    return 0


def synonym_rule(spellings: Sequence[str], canonical: str) -> str | None:
    """One Elasticsearch/OpenSearch synonym rule (Solr format): the other spellings, then
    ``=>`` and the canonical one; None when there is nothing to map. Commas and
    backslashes in a spelling are escaped.

    >>> synonym_rule(["Lukashenko", "Lukashenka", "Łukaszenka"], "Lukashenko")
    'Lukashenka, Łukaszenka => Lukashenko'
    """
    others = [s for s in dict.fromkeys(spellings) if s != canonical]
    if not others:
        return None
    return ", ".join(_escape(s) for s in others) + " => " + _escape(canonical)


def _escape(spelling: str) -> str:
    return spelling.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "=\\>")


def print_synonyms(clusters: Sequence[Any], readable: int, console: Console) -> int:
    """Print the synonym rules of a discovery (``--discover --format synonyms``)."""
    rules = 0
    for cluster in clusters:
        rule = synonym_rule([s for s, _ in cluster.variants], cluster.canonical)
        if rule is not None:
            write_stdout((rule + "\n").encode("utf-8"))
            rules += 1
    flush_stdout()
    console.warn(
        f"{PROG}: {plural(rules, 'synonym rule')} from "
        f"{plural(len(clusters), 'cluster')} of name variants in {plural(readable, 'file')}"
    )
    return 2 if console.errors else 0
