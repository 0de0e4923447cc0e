"""The command's options: their validation and the typed :class:`Options`.

Which flags exclude each other is a table (:data:`CONFLICTS`), not a cascade of ``if``; where the
text goes is one :class:`WriteBack` value.
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import enum
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .parser import DEFAULT_INCLUDE, PROG, build_parser

__all__ = [
    "CONFLICTS",
    "DEFAULT_INCLUDE",
    "PROG",
    "Options",
    "WriteBack",
    "build_parser",
    "parse",
]


class WriteBack(enum.Enum):
    """Where the normalised text goes."""

    STDOUT = "stdout"  #: printed (the default)
    IN_PLACE = "in-place"  #: ``-i``: each file that changes is replaced
    OUTPUT = "output"  #: ``-o``: a file, or a directory mirroring the inputs
    DIFF = "diff"  #: ``--diff``: a unified diff is printed instead
    CHECK = "check"  #: ``--check`` alone: nothing is written


@dataclass(frozen=True)
class Options:
    """The validated options of one run (the long option names, with ``_`` for ``-``)."""

    files: tuple[str, ...] = ()
    lexicon: tuple[str, ...] = ()
    canonical: str | None = None
    transliterate: str | None = None
    language: str | None = None
    lexicon_only: bool = False
    report_skipped: bool = False
    no_names: bool = False
    discover: bool = False
    variants: bool = False
    #: --format: "text", "jsonl" or "synonyms" (None: the default of the mode)
    format: str | None = None
    limit: int = 50
    #: --column: CSV/TSV columns whose cells are names
    column: tuple[str, ...] = ()
    #: --field: JSON Lines paths whose strings are names
    field: tuple[str, ...] = ()
    list_schemes: bool = False
    in_place: bool = False
    backup: str | None = None
    break_links: bool = False
    output: str | None = None
    check: bool = False
    diff: bool = False
    report: str | None = None
    quiet: bool = False
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    follow_links: bool = False
    no_ignore: bool = False
    input_encoding: str = "utf-8"
    #: None: each file is written in the encoding it was read in.
    output_encoding: str | None = None
    #: 0: one process per CPU, at most one per MB of input (scan_pool.workers_for)
    jobs: int = 0
    verbose: bool = False
    #: the configuration file read (None: none)
    config: str | None = None
    #: where each option given came from: (name, "command line" or the configuration file)
    origins: tuple[tuple[str, str], ...] = ()

    @property
    def write_back(self) -> WriteBack:
        if self.in_place:
            return WriteBack.IN_PLACE
        if self.output is not None:
            return WriteBack.OUTPUT
        if self.diff:
            return WriteBack.DIFF
        if self.check:
            return WriteBack.CHECK
        return WriteBack.STDOUT

    @property
    def inputs(self) -> tuple[str, ...]:
        """The arguments, ``-`` (standard input) when there are none."""
        return self.files or ("-",)


#: Pairs of options that cannot be given together: (option, other option, why). The names are
#: the :class:`Options` fields; ``why`` replaces the first option's flag in the message.
CONFLICTS: tuple[tuple[str, str, str], ...] = (
    ("no_names", "lexicon", ""),
    ("no_names", "canonical", ""),
    ("no_names", "lexicon_only", ""),
    ("no_names", "discover", ""),
    ("no_names", "column", ""),
    ("no_names", "field", ""),
    ("column", "field", ""),
    ("discover", "in_place", "--discover changes nothing; it"),
    ("discover", "output", "--discover changes nothing; it"),
    ("discover", "check", "--discover changes nothing; it"),
    ("discover", "diff", "--discover changes nothing; it"),
    ("discover", "report", "--discover changes nothing; it"),
    *(
        ("variants", other, "--variants prints the spellings of names; it")
        for other in ("discover", "in_place", "output", "check", "diff", "report", "lexicon")
    ),
    ("in_place", "output", ""),
    ("in_place", "check", ""),
    ("in_place", "diff", ""),
    ("output", "check", ""),
    ("output", "diff", ""),
)

#: Options that only make sense with another one: (option, the one it needs, message).
REQUIRES: tuple[tuple[str, str, str], ...] = (
    ("no_names", "transliterate", "--no-names needs --transliterate SCHEME"),
    ("lexicon_only", "lexicon", "--lexicon-only needs --lexicon FILE"),
    ("report_skipped", "report", "--report-skipped needs --report FILE"),
    ("backup", "in_place", "--backup needs -i/--in-place"),
    ("break_links", "in_place", "--break-links needs -i/--in-place"),
)


def _flag(parser: argparse.ArgumentParser, dest: str) -> str:
    for action in parser._actions:
        if action.dest == dest and action.option_strings:
            return "/".join(action.option_strings)
    return dest  # pragma: no cover - every table entry is an option


def _given(value: object) -> bool:
    return value is not None and value is not False and value != [] and value != ()


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> Options:
    """Parse ``argv`` and the configuration file, and validate them; a usage error exits
    through ``parser.error`` (status 2), a configuration error raises
    :class:`~translit.cli.config.ConfigError`."""
    from .config import merge

    given = parse_given(parser, argv)
    namespace, config, origins = merge(parser, given)
    options = validate(parser, namespace)
    return dataclasses.replace(options, config=config, origins=origins)


#: The value of an option that the command line did not give.
UNSET: Any = type("Unset", (), {"__repr__": lambda self: "UNSET"})()


def parse_given(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line alone: an option it does not give is :data:`UNSET` (``None`` for the
    repeatable ones), so a configuration file can fill it in."""
    namespace = argparse.Namespace()
    for action in parser._actions:
        if action.dest != argparse.SUPPRESS and action.option_strings:
            setattr(namespace, action.dest, None if _repeatable(action) else UNSET)
    return parser.parse_args(argv, namespace=namespace)


def _repeatable(action: argparse.Action) -> bool:
    return isinstance(action, argparse._AppendAction)


def validate(parser: argparse.ArgumentParser, a: argparse.Namespace) -> Options:
    """Check the namespace ``a`` against the tables and the values; return :class:`Options`."""
    p = parser
    given = {dest: _given(value) for dest, value in vars(a).items()}
    for first, second, why in CONFLICTS:
        if given.get(first) and given.get(second):
            p.error(f"{why or _flag(p, first)} cannot be combined with {_flag(p, second)}")
    for option, needed, message in REQUIRES:
        if given.get(option) and not given.get(needed):
            p.error(message)
    encodings = (a.encoding, a.input_encoding, a.output_encoding)
    for name in encodings:
        if name is not None:
            try:
                codecs.lookup(name)
            except LookupError:
                p.error(f"unknown encoding {name!r}")
    if a.jobs < 0:
        p.error("--jobs must be 0 (automatic: one per CPU) or more")
    if a.in_place and (not a.files or "-" in a.files):
        p.error("-i/--in-place needs files, not stdin")
    if a.backup is not None and (
        not a.backup or os.sep in a.backup or (os.altsep and os.altsep in a.backup)
    ):
        p.error("--backup SUFFIX must be a non-empty file name suffix")
    if a.report == "-" and not (a.in_place or a.output or (a.check and not a.diff)):
        p.error("--report - needs -i, -o or --check (stdout already carries the text)")
    for scheme, flag in ((a.transliterate, "--transliterate"), (a.canonical, "--canonical")):
        if scheme is None or (flag == "--canonical" and scheme in ("frequent", "first")):
            continue
        from ..transliteration import transliterate

        try:
            transliterate("", scheme)
        except ValueError as err:
            p.error(f"{flag}: {err}")
    if a.format is not None:
        allowed = ("text", "jsonl") if a.variants else ("jsonl", "synonyms") if a.discover else ()
        if a.format not in allowed:
            needs = {"text": "--variants", "synonyms": "--discover"}.get(a.format)
            p.error(f"--format {a.format} needs {needs or '--variants or --discover'}")
    if a.limit < 1:
        p.error("--limit must be 1 or more")
    for path in a.field or ():
        if not path or any(not key for key in path.split(".")):
            p.error(f"--field: {path!r} is not a path of keys separated by dots (e.g. author.name)")
    for column in a.column or ():
        if not column:
            p.error("--column needs the name of a column of the header")
    if a.language is not None and not (a.language.isascii() and a.language.isalpha()):
        p.error(f"--language: expected an ISO 639-1 code such as en or de, not {a.language!r}")
    return Options(
        files=tuple(a.files),
        lexicon=tuple(a.lexicon),
        canonical=a.canonical,
        transliterate=a.transliterate,
        language=a.language,
        lexicon_only=a.lexicon_only,
        report_skipped=a.report_skipped,
        no_names=a.no_names,
        discover=a.discover,
        variants=a.variants,
        format=a.format,
        limit=a.limit,
        column=tuple(a.column or ()),
        field=tuple(a.field or ()),
        list_schemes=a.list_schemes,
        in_place=a.in_place,
        backup=a.backup,
        break_links=a.break_links,
        output=a.output,
        check=a.check,
        diff=a.diff,
        report=a.report,
        quiet=a.quiet,
        include=tuple(a.include or DEFAULT_INCLUDE),
        exclude=tuple(a.exclude),
        follow_links=a.follow_links,
        no_ignore=a.no_ignore,
        input_encoding=a.input_encoding or a.encoding or "utf-8",
        output_encoding=a.output_encoding or (a.encoding if a.input_encoding else None),
        jobs=a.jobs,
        verbose=a.verbose,
    )
