"""The command's argument parser (:func:`build_parser`), also read by the docs' CLI page."""

from __future__ import annotations

import argparse

__all__ = ["DEFAULT_INCLUDE", "PROG", "build_parser"]

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
  translit-normalize --discover --format synonyms corpus/ > synonyms.txt
  translit-normalize --variants Лукашенко "Dmytro Firtash"
  translit-normalize --column name -i people.csv   normalise the names of one column
  translit-normalize --field author.name -o out.jsonl records.jsonl
  translit-normalize --transliterate ru --no-names < cyrillic.txt > latin.txt"""


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
        "--lexicon-only",
        action="store_true",
        help="with --lexicon, change only the names the lexicon knows (by default the other "
        "names are unified too)",
    )
    names.add_argument(
        "--language",
        metavar="CODE",
        help="the language of every input (ISO 639-1, e.g. en, de); by default it is told "
        "per file from its most frequent words, and names are unified within each language",
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
        "--report-skipped",
        action="store_true",
        help='with --report, also write a {"type": "skipped"} record for every capitalised '
        "word that was not taken for a name, with the reason (to see the name gate at work)",
    )
    names.add_argument(
        "--discover",
        action="store_true",
        help="print the clusters of name variants found across all inputs as JSON Lines and "
        "change nothing",
    )
    names.add_argument(
        "--variants",
        action="store_true",
        help="treat the arguments as names, not files (none: one name a line on stdin), and "
        "print the spellings each is likely found under: official standards, passports, "
        "the press of other languages, Russian/Ukrainian/Belarusian cognate forms",
    )
    names.add_argument(
        "--format",
        choices=("text", "jsonl", "synonyms"),
        help="with --variants: 'text' (default: one spelling a line, a blank line between "
        "names) or 'jsonl' (one JSON object a spelling: name, spelling, convention, language, "
        "score, native); with --discover: 'jsonl' (default) or 'synonyms' "
        "(Elasticsearch/OpenSearch synonym rules 'variant, variant => canonical')",
    )
    names.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="with --variants: the most spellings printed per name (default 50)",
    )
    names.add_argument("--list-schemes", action="store_true", help="list the standards and exit")

    records = parser.add_argument_group("tables of names")
    records.add_argument(
        "--column",
        action="append",
        metavar="NAME",
        help="read every input as a CSV or TSV table (tab for .tsv and .tab files, otherwise the "
        "separator the header line uses: comma, semicolon, tab or bar) and normalise the cells "
        "of column NAME, each "
        "cell one name changed whole or not at all; the other cells, the quoting and the line "
        "endings keep their bytes (repeatable)",
    )
    records.add_argument(
        "--field",
        action="append",
        metavar="PATH",
        help="read every input as JSON Lines and normalise the strings at PATH (keys separated "
        "by dots, e.g. author.name; lists on the way and at the end are looked through), each "
        "one name changed whole or not at all; every other byte is kept (repeatable)",
    )

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
        help="also show the configuration in effect (the file read and each option's value "
        "with where it came from) and the steps of the run with their timings (the "
        "'translit' logger: scan, clustering, index build)",
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
        default=0,
        metavar="N",
        help="read and normalise files in N processes (default 0: one per CPU, at most one "
        "per MB of input); output stays in input order",
    )
    return parser
