"""The command's options: the parser, their validation and the typed :class:`Options`.

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

__all__ = [
    "CONFLICTS",
    "DEFAULT_INCLUDE",
    "PROG",
    "Options",
    "WriteBack",
    "build_parser",
    "parse",
]

PROG = "translit-normalize"

#: Files a directory argument contributes unless ``--include`` says otherwise.
DEFAULT_INCLUDE = (
    "*.txt",
    "*.text",
    "*.md",
    "*.markdown",
    "*.rst",
    "*.csv",
    "*.tsv",
    "*.json",
    "*.jsonl",
    "*.ndjson",
    "*.html",
    "*.htm",
    "*.xml",
    "*.srt",
    "*.vtt",
)

_DESCRIPTION = """\
Unify the spelling variants of names in text files (Lukashenka -> Lukashenko, Grabsky ->
Grabskyi or the other way round, by frequency), optionally transliterating them under an
official standard. Without -i, -o, --check, --diff or --discover the normalised text is printed
to stdout; a one-line summary goes to stderr.

Every FILE and every file found under a directory is read twice, chunk by chunk: first to
discover the names and their variants across all inputs (so a name is written the same way in
every file), then to normalise. Directories are searched recursively for files matching
--include, skipping hidden files and directories (names starting with a dot), FIFOs and devices,
symbolic links that lead out of the directory (unless --follow-links) and anything matching
--exclude."""

_EPILOG = """\
exit status:
  0  success (with --check: nothing would change)
  1  --check: some file would change
  2  usage error, or an input error (missing, unreadable or undecodable file, malformed
     lexicon, a file changed during the run, a write refused); the other files are still
     processed

examples:
  translit-normalize article.txt                   print the article with names unified
  translit-normalize -i --backup .orig corpus/     rewrite files in place, keeping backups
  translit-normalize --check --diff corpus/        show what would change; exit 1 if anything
  translit-normalize --report changes.jsonl -o out/ corpus/
  translit-normalize --lexicon names.csv --canonical first notes.md
  translit-normalize --discover corpus/ > clusters.jsonl
  translit-normalize --transliterate ru --no-names < cyrillic.txt > latin.txt"""


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
    no_names: bool = False
    discover: bool = False
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
    jobs: int = 1
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
    ("no_names", "discover", ""),
    ("discover", "in_place", "--discover changes nothing; it"),
    ("discover", "output", "--discover changes nothing; it"),
    ("discover", "check", "--discover changes nothing; it"),
    ("discover", "diff", "--discover changes nothing; it"),
    ("discover", "report", "--discover changes nothing; it"),
    ("in_place", "output", ""),
    ("in_place", "check", ""),
    ("in_place", "diff", ""),
    ("output", "check", ""),
    ("output", "diff", ""),
)

#: Options that only make sense with another one: (option, the one it needs, message).
REQUIRES: tuple[tuple[str, str, str], ...] = (
    ("no_names", "transliterate", "--no-names needs --transliterate SCHEME"),
    ("backup", "in_place", "--backup needs -i/--in-place"),
    ("break_links", "in_place", "--break-links needs -i/--in-place"),
)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to generate the CLI reference)."""
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files or directories to normalise; none or '-' reads stdin and writes stdout",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")

    names = parser.add_argument_group("names and transliteration")
    names.add_argument(
        "--lexicon",
        action="append",
        metavar="FILE",
        default=[],
        help="canonical names to normalise to, in UTF-8: plain text (one name a line, "
        "variants after it separated by '|': 'Kyiv | Kiev | Київ'; '#' starts a comment), "
        "CSV/TSV with a 'canonical' column (and 'variants' separated by '|', 'native', "
        "'lang') or JSON; repeatable, the lexicons are merged",
    )
    names.add_argument(
        "--canonical",
        metavar="frequent|first|SCHEME",
        help="which spelling of a name wins: the most frequent one (default; ties go to the "
        "first seen), the first one seen, or the form a standard (id or language code) gives "
        "for a native-script spelling",
    )
    names.add_argument(
        "--transliterate",
        metavar="SCHEME|auto",
        help="also transliterate source-script text under SCHEME (a standard id or a language "
        "code such as ru, uk, be) or 'auto' (the language of each word), so Cyrillic names "
        "join their Latin variants",
    )
    names.add_argument(
        "--no-names",
        action="store_true",
        help="only transliterate (needs --transliterate); names are left as they are",
    )
    names.add_argument(
        "--discover",
        action="store_true",
        help="print the clusters of name variants found across all inputs as JSON Lines and "
        "change nothing",
    )
    names.add_argument("--list-schemes", action="store_true", help="list the standards and exit")

    out = parser.add_argument_group("output")
    out.add_argument(
        "-i",
        "--in-place",
        action="store_true",
        help="rewrite the files that change (atomically, keeping owner, group and mode; "
        "unchanged files are not touched; read-only files and files with several hard links "
        "are refused)",
    )
    out.add_argument(
        "--backup",
        metavar="SUFFIX",
        help="with -i: keep the original of each rewritten file as FILE+SUFFIX (refused when "
        "that is one of the inputs or a symbolic link)",
    )
    out.add_argument(
        "--break-links",
        action="store_true",
        help="with -i: rewrite files with several hard links too (the other names keep the "
        "old text)",
    )
    out.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write to PATH: a file for one input file, a directory (mirroring the input "
        "directories) for several inputs or a directory input; never one of the inputs",
    )
    out.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if some file would change, listing each as "
        "'would normalize PATH' on stderr",
    )
    out.add_argument(
        "--diff",
        action="store_true",
        help="write a unified diff of the changes to stdout instead of the text",
    )
    out.add_argument(
        "--report",
        metavar="FILE|-",
        help="write every change as JSON Lines to FILE ('-': stdout, with -i, -o or --check): "
        '{"type": "change", "path", "line", "column", "start", "end", "original", '
        '"replacement", "canonical", "reason"} records and a final {"type": "summary", '
        '"schema_version": 1, "files", "changed_files", "changes", "errors"}',
    )
    out.add_argument(
        "-q", "--quiet", action="store_true", help="no summary, warnings or progress; errors only"
    )
    out.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also show the configuration in effect: the file read and each option's value "
        "with where it came from",
    )

    select = parser.add_argument_group("selecting files in directories")
    select.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="file names to take from directories (repeatable; replaces the default list: "
        + " ".join(DEFAULT_INCLUDE).replace("%", "%%")
        + ")",
    )
    select.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        default=[],
        help="skip files and directories whose name or path relative to the directory "
        "argument matches GLOB (repeatable)",
    )
    select.add_argument(
        "--no-ignore",
        action="store_true",
        help="also take files that .gitignore files ignore (by default the .gitignore files "
        "of the walked directories, and of the directories above them up to the repository "
        "root, are respected)",
    )
    select.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links found in directories wherever they lead (by default a "
        "link to a file outside the directory argument is skipped, links to directories too)",
    )

    run = parser.add_argument_group("reading and running")
    run.add_argument(
        "--config",
        metavar="FILE",
        help="read options from FILE (TOML: a [tool.translit-normalize] table, or top-level "
        "keys) instead of the nearest pyproject.toml's [tool.translit-normalize]; the keys "
        'are the long option names, e.g. canonical = "first", lexicon = ["names.csv"]; '
        "options on the command line win",
    )
    run.add_argument(
        "--encoding",
        metavar="ENCODING",
        help="encoding of the inputs and outputs (default: utf-8, whatever the locale; "
        "utf-16 and utf-32 follow each file's byte-order mark)",
    )
    run.add_argument(
        "--input-encoding",
        metavar="ENCODING",
        help="encoding of the inputs (overrides --encoding)",
    )
    run.add_argument(
        "--output-encoding",
        metavar="ENCODING",
        help="encoding of the outputs (default: the encoding each input was read in)",
    )
    run.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="normalise N files in parallel (0: one per CPU); output stays in input order",
    )
    return parser


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
        p.error("--jobs must be 0 (one per CPU) or more")
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
    return Options(
        files=tuple(a.files),
        lexicon=tuple(a.lexicon),
        canonical=a.canonical,
        transliterate=a.transliterate,
        no_names=a.no_names,
        discover=a.discover,
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
