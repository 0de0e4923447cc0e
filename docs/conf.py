"""Sphinx configuration for translit.

Build (offline, warnings are errors)::

    python -m sphinx -W --keep-going -b html docs docs/_build/html

Two parts of the documentation are generated at build time, so they follow the code and the data
files instead of going stale:

* the API page (``api.rst``) lists what ``translit.__all__`` exports, through the
  ``translit-api`` directive defined below;
* one page per transliteration standard, written to ``docs/schemes/`` (git-ignored) from the data
  files in ``src/translit/data/schemes/`` when the builder starts (``builder-inited``), with the
  letter table computed by calling :func:`translit.transliterate`. ``standards.rst`` includes the
  list of standards and the language defaults written next to them.

Anything wrong with a data file (bad JSON, an id that does not match the file name, a standard the
engine cannot compile, a language default naming a missing standard) is reported as a Sphinx
warning, so ``-W`` turns it into a failed build.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import string
import sys
import unicodedata
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from docutils.utils import column_width
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Import translit from the source tree, installed or not.
sys.path.insert(0, str(ROOT / "src"))

import translit  # noqa: E402

logger = logging.getLogger("translit.docs")

# -- Project ---------------------------------------------------------------------------------

project = "translit"
author = "translit developers"
copyright = "translit developers"
version = release = translit.__version__

# -- General ---------------------------------------------------------------------------------

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

napoleon_google_docstring = True
napoleon_numpy_docstring = False
autodoc_member_order = "bysource"
autodoc_typehints = "signature"

# -- HTML ------------------------------------------------------------------------------------

try:
    import furo  # noqa: F401

    html_theme = "furo"
except ImportError:
    html_theme = "alabaster"
html_title = f"translit {release}"


# == The API page ============================================================================


class TranslitAPI(SphinxDirective):
    """``.. translit-api::`` — autodoc entries for every name in ``translit.__all__``.

    The module docstring comes from ``automodule:: translit``; each exported name then gets an
    explicit ``autofunction`` / ``autoclass`` / ``autodata`` entry. The automodule excludes those
    names (``:exclude-members:``), because with ``:members:`` alone autodoc would document every
    name in ``__all__`` a second time, and duplicate object descriptions are warnings.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        source, _line = self.get_source_info()
        self.env.note_dependency(str(Path(translit.__file__).resolve()))
        groups: dict[str, list[str]] = {"Functions": [], "Classes": [], "Data": []}
        for name in translit.__all__:
            try:
                obj = getattr(translit, name)
            except Exception as exc:  # a broken re-export must fail the build
                logger.warning(
                    "translit.__all__ lists %r, which cannot be imported: %s",
                    name,
                    exc,
                    location=self.get_location(),
                )
                continue
            if inspect.isclass(obj):
                groups["Classes"].append(f".. autoclass:: translit.{name}")
                groups["Classes"].append("   :members:")
                groups["Classes"].append("   :special-members: __call__")
            elif callable(obj):
                groups["Functions"].append(f".. autofunction:: translit.{name}")
            else:
                groups["Data"].append(f".. autodata:: translit.{name}")
        lines = [".. automodule:: translit", "   :members:"]
        exported = [n for n in translit.__all__ if hasattr(translit, n)]
        if exported:
            lines.append("   :exclude-members: " + ", ".join(exported))
        lines.append("")
        for title, entries in groups.items():
            if not entries:
                continue
            lines += [f".. rubric:: {title}", ""]
            for entry in entries:
                if entry.startswith("..") and lines[-1].strip():
                    lines.append("")
                lines.append(entry)
            lines.append("")
        container = nodes.section()
        container.document = self.state.document
        content = StringList(lines, source=f"{source} (generated from translit.__all__)")
        self.state.nested_parse(content, self.content_offset, container)
        return list(container.children)


# == The command-line reference ==============================================================


class TranslitCLIHelp(SphinxDirective):
    """``.. translit-cli-help::`` — the ``--help`` text of ``translit-normalize``, rendered from
    :func:`translit.cli.build_parser` at build time (so the reference never goes stale).

    The width is fixed (``COLUMNS=92``) and colour is off, so the page does not depend on the
    terminal the build runs in.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        from translit import cli
        from translit.cli import parser

        self.env.note_dependency(str(Path(parser.__file__).resolve()))
        saved = {k: os.environ.get(k) for k in ("COLUMNS", "NO_COLOR", "FORCE_COLOR")}
        os.environ.update(COLUMNS="92", NO_COLOR="1")
        os.environ.pop("FORCE_COLOR", None)
        try:
            text = cli.build_parser().format_help()
        except Exception as exc:  # a broken parser must fail the build
            logger.warning("cannot render the CLI help: %s", exc, location=self.get_location())
            return []
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        text = re.sub(r"\x1b\[[0-9;]*m", "", text).rstrip() + "\n"
        block = nodes.literal_block(text, text, language="text")
        return [block]


# == One page per standard ===================================================================

SCHEMES_OUT = DOCS / "schemes"
GENERATED_NOTE = (
    ".. This file is generated by docs/conf.py from {source} at every build;"
    " edits are overwritten.\n\n"
)
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_URL = re.compile(r"https?://[^\s<>`\"]+")
_CLOSING = {")": "(", "]": "[", "}": "{"}
_PUNCT = frozenset(string.punctuation)
_CONTROL = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def esc(text: object) -> str:
    """Plain text for reST: whitespace collapsed, every ASCII punctuation mark escaped.

    Escaping all punctuation keeps data text from ever starting inline markup (``*``, `````,
    ``|``, ``_``), a list (``- x``, ``1. x``) or a reference; URLs become links.
    """
    text = " ".join(str(text).split())
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?'")
        # A closing bracket ends the URL unless the URL opened it: (see https://x.org/a_(b)).
        while url[-1] in _CLOSING and url.count(url[-1]) > url.count(_CLOSING[url[-1]]):
            url = url[:-1].rstrip(".,;:!?'")
        end = m.start() + len(url)
        out.append(_esc_plain(text[pos : m.start()]))
        target = url[:-1] + "\\_" if url.endswith("_") else url
        out.append(f"`{_esc_plain(url)} <{target}>`__")
        pos = end
    out.append(_esc_plain(text[pos:]))
    return "".join(out)


def _esc_plain(text: str) -> str:
    return "".join("\\" + c if c in _PUNCT else c for c in text)


class Notation:
    """Which visible stand-ins a page used, so the page can explain them."""

    def __init__(self) -> None:
        self.space = False
        self.mark = False
        self.codepoint = False


def visible(s: str, notation: Notation) -> str:
    """Make every character of ``s`` visible: edge or repeated spaces become ``␣``, a leading
    combining mark gets the dotted circle ``◌`` as its base, and invisible or control characters
    are written as their code point."""
    out: list[str] = []
    n = len(s)
    for i, ch in enumerate(s):
        cat = unicodedata.category(ch)
        if ch == " ":
            edge = i == 0 or i == n - 1 or s[i - 1] == " " or (i + 1 < n and s[i + 1] == " ")
            if edge:
                notation.space = True
                out.append("\u2423")
            else:
                out.append(" ")
        elif ch.isspace() or cat in _CONTROL:
            notation.codepoint = True
            out.append(f"\u27e8U+{ord(ch):04X}\u27e9")
        elif cat in ("Mn", "Me") and (not out or out[-1][-1] in "\u2423 \u27e9"):
            notation.mark = True
            out.append("\u25cc" + ch)
        else:
            out.append(ch)
    return "".join(out)


def lit(s: str, notation: Notation) -> str:
    """``s`` as an inline literal; the empty string is shown as *(not written)*."""
    if s == "":
        return "*(not written)*"
    shown = visible(s, notation).replace("\\", "\\\\").replace("`", "\\`")
    return f":literal:`{shown}`"


def list_table(header: list[str], rows: list[list[str]], widths: list[int] | None = None,
               stub: bool = False) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1" if header else ""]
    lines = [line for line in lines if line]
    if widths:
        lines.append("   :widths: " + " ".join(str(w) for w in widths))
    if stub:
        lines.append("   :stub-columns: 1")
    lines.append("")
    for row in ([header] if header else []) + rows:
        for j, cell in enumerate(row):
            cell = cell if cell.strip() else "\\ "
            lines.append(("   * - " if j == 0 else "     - ") + cell)
    lines.append("")
    return lines


def heading(title: str, char: str) -> list[str]:
    return [title, char * max(len(title), column_width(title)), ""]


def _title_case(s: str) -> str:
    """The engine's derived Title form: upper-case the first cased character."""
    for i, ch in enumerate(s):
        if ch.lower() != ch.upper():
            return s[:i] + ch.upper() + s[i + 1 :]
    return s


class SchemePage:
    """Render one data file as a reST page."""

    def __init__(self, data: dict[str, Any], languages: dict[str, Any], source: str) -> None:
        self.data = data
        self.id: str = data["id"]
        self.languages = languages
        self.source = source
        self.n = Notation()

    # -- helpers -------------------------------------------------------------------------------

    def lit(self, s: str) -> str:
        return lit(s, self.n)

    def run(self, text: str, *, reverse: bool = False) -> str:
        return translit.transliterate(text, self.id, reverse=reverse)

    def lang_name(self, code: str) -> str:
        entry = self.languages.get(code)
        return f"{esc(entry['name'])} ({self.lit(code)})" if entry else self.lit(code)

    def case_forms(self, letter: str) -> tuple[str, str | None, str | None, str | None]:
        """Engine output for the letter alone, for its upper-case form alone (Title case) and
        for the upper-case form doubled (ALL CAPS). The last two items are the ALL-CAPS output
        of one letter (when both halves of the doubled output agree) and the doubled output
        (when they do not); None where the letter has no single upper-case form."""
        lower = self.run(letter)
        cap = letter.upper()
        if len(cap) != 1 or cap == letter:
            return lower, None, None, None
        title = self.run(cap)
        caps, doubled = self.all_caps(cap)
        return lower, title, caps, doubled

    def all_caps(self, cap: str) -> tuple[str | None, str | None]:
        doubled = self.run(cap * 2)
        half = len(doubled) // 2
        if len(doubled) % 2 == 0 and doubled[:half] == doubled[half:]:
            return doubled[:half], None
        return None, doubled

    def show_caps(self, cap: str, caps: str | None, doubled: str | None) -> str:
        if caps is not None:
            return self.lit(caps)
        return f"{self.lit(cap * 2)} → {self.lit(doubled or '')}"

    def table_forms(self, letter: str, out: str) -> tuple[str, str | None, str | None]:
        """The outputs the letter table itself gives (before context rules)."""
        cap = letter.upper()
        letters = self.data.get("letters", {})
        if len(cap) != 1 or cap == letter or cap in letters:
            return out, None, None
        title = self.data.get("title", {}).get(letter, _title_case(out))
        upper = self.data.get("upper", {}).get(letter, out.upper())
        extra_upper = self.data.get("uppercase_letters", {})
        if cap in extra_upper:
            title, upper = extra_upper[cap], extra_upper[cap].upper()
        return out, title, upper

    def ruled_letters(self) -> set[str]:
        return {c for rule in self.data.get("rules", []) for c in rule.get("match", "")}

    def letter_rows(self, table: dict[str, str]) -> tuple[list[list[str]], bool]:
        rows: list[list[str]] = []
        any_note = False
        ruled = self.ruled_letters()
        for letter, out in table.items():
            lower, title, caps, doubled = self.case_forms(letter)
            t_lower, t_title, t_upper = self.table_forms(letter, out)
            cap = letter.upper()
            has_cap = title is not None
            note = ""
            if lower != t_lower or (has_cap and (title != t_title or caps != t_upper)):
                any_note = True
                entry = ", ".join(
                    self.lit(x) for x in (t_lower, t_title, t_upper) if x is not None
                )
                note = f"table entry: {entry}"
                if letter in ruled or cap in ruled:
                    note += "; context rules apply to the letter on its own or doubled"
            rows.append([
                self.lit(letter) + (" " + self.lit(cap) if has_cap else ""),
                self.lit(lower),
                self.lit(title) if title is not None else "—",
                self.show_caps(cap, caps, doubled) if has_cap else "—",
                note,
            ])
        return rows, any_note

    def context(self, items: Any) -> str:
        classes = self.data.get("classes", {})
        words: list[str] = []
        for item in items:
            if item == "^":
                words.append("the start of a word")
            elif item == "$":
                words.append("the end of a word")
            elif item == "apostrophe":
                words.append("an apostrophe inside a word")
            elif item == "letter":
                words.append("any letter")
            elif item in classes:
                words.append(f"class {self.lit(item)} ({self.lit(classes[item])})")
            elif len(item) == 1:
                words.append(self.lit(item))
            else:
                words.append("one of " + " ".join(self.lit(c) for c in item))
        return " or ".join(words)

    # -- the page ------------------------------------------------------------------------------

    def render(self) -> str:
        d = self.data
        body: list[str] = []
        body += heading(esc(d["name"]), "=")
        for para in re.split(r"\n\s*\n", str(d.get("description", "")).strip()):
            if para.strip():
                body += [esc(para), ""]

        defaults = [
            code for code, entry in self.languages.items() if entry.get("default") == self.id
        ]
        if defaults:
            default_cell = "; ".join(
                f"{self.lang_name(code)}: {self.lit(f'transliterate(text, {code!r})')} uses this "
                "standard"
                + (f" — {esc(self.languages[code]['why'])}" if self.languages[code].get("why")
                   else "")
                for code in defaults
            )
        else:
            default_cell = "no language: select it by its id"
        reversible = bool(d.get("reversible", False))
        meta = [
            ["Id", self.lit(self.id)],
            ["Languages", ", ".join(self.lang_name(c) for c in d.get("languages", [])) or "—"],
            ["Script", esc(d.get("script", "—"))],
            ["Document", esc(d.get("document", "—"))],
            ["Reversible", (
                f"yes: {self.lit(f'transliterate(text, {self.id!r}, reverse=True)')} converts "
                "Latin back"
                if reversible else "no"
            )],
            ["Default for", default_cell],
        ]
        body += list_table([], meta, widths=[1, 4], stub=True)

        body += self.usage()

        sources = d.get("sources", [])
        if isinstance(sources, str):
            sources = [sources]
        if sources:
            body += heading("Sources", "-")
            body += [f"- {esc(s)}" for s in sources] + [""]

        body += self.letters_section()
        body += self.rules_section()
        body += self.examples_section()

        legend = []
        if self.n.space:
            legend.append(f"{self.lit(chr(0x2423))} marks a space")
        if self.n.mark:
            legend.append(
                f"{self.lit(chr(0x25CC))} stands for the letter a combining mark is written on"
            )
        if self.n.codepoint:
            legend.append("⟨U+…⟩ is an invisible or control character")
        if legend:
            body += [*heading("Notation", "-"), "In the tables, " + "; ".join(legend) + ".", ""]
        return GENERATED_NOTE.format(source=self.source) + "\n".join(body).rstrip() + "\n"

    def usage(self) -> list[str]:
        examples = self.data.get("examples", [])
        if not examples:
            return []
        sample = examples[0]["in"]
        lines = [*heading("Usage", "-"), ".. code-block:: pycon", ""]
        lines.append("   >>> from translit import transliterate")
        lines.append(f"   >>> transliterate({sample!r}, {self.id!r})")
        out = self.run(sample)
        lines.append(f"   {out!r}")
        if self.data.get("reversible"):
            lines.append(f"   >>> transliterate({out!r}, {self.id!r}, reverse=True)")
            lines.append(f"   {self.run(out, reverse=True)!r}")
        return [*lines, ""]

    def letters_section(self) -> list[str]:
        d = self.data
        lines = heading("Letters", "-")
        lines += [
            "The outputs are the engine's, computed when these pages were built: each letter on "
            "its own (lower case), its upper-case form on its own (Title case) and the "
            "upper-case form doubled (ALL CAPS, showing the output of one letter when both halves "
            "agree). Where this differs from the letter table in the data file, usually because "
            "a context rule applies at the start or end of a word, the Note column gives the "
            "table entry.",
            "",
        ]
        rows, any_note = self.letter_rows(d.get("letters", {}))
        header = ["Letter", "Lower case", "Title case", "ALL CAPS"]
        if any_note:
            lines += list_table([*header, "Note"], rows, widths=[2, 2, 2, 2, 5])
        else:
            lines += list_table(header, [r[:4] for r in rows], widths=[1, 1, 1, 1])

        letters = d.get("letters", {})
        lone = {
            u: o for u, o in d.get("uppercase_letters", {}).items() if u.lower() not in letters
        }
        if lone:
            lines += heading("Upper-case letters without a lower-case partner", "~")
            rows = []
            for u in lone:
                caps, doubled = self.all_caps(u)
                rows.append([self.lit(u), self.lit(self.run(u)), self.show_caps(u, caps, doubled)])
            lines += list_table(["Letter", "Title case", "ALL CAPS"], rows)

        supplement = d.get("supplement", {})
        if supplement:
            lines += heading("Supplement: letters outside the standard", "~")
            if d.get("supplement_note"):
                lines += [esc(d["supplement_note"]), ""]
            rows, any_note = self.letter_rows(supplement)
            if any_note:
                lines += list_table([*header, "Note"], rows, widths=[2, 2, 2, 2, 5])
            else:
                lines += list_table(header, [r[:4] for r in rows], widths=[1, 1, 1, 1])

        extra = d.get("extra", {})
        if extra:
            lines += heading("Other characters", "~")
            lines += [
                "Further characters the data file maps (``extra``), with the engine's output for "
                "each on its own; context rules may restrict where they apply.",
                "",
            ]
            rows = [[self.lit(c), self.lit(self.run(c))] for c in extra]
            lines += list_table(["Character", "Output"], rows)

        if "apostrophe" in d:
            lines += heading("Apostrophe", "~")
            forms = " ".join(self.lit(a) for a in "'\u2019\u02bc`")
            if d["apostrophe"] is None:
                lines += ["An apostrophe is left as it is.", ""]
            elif d["apostrophe"] == "":
                lines += [
                    f"An apostrophe between two letters ({forms} or another of its forms) is "
                    "dropped (not written).",
                    "",
                ]
            else:
                lines += [
                    f"An apostrophe between two letters ({forms} or another of its forms) is "
                    f"written {self.lit(d['apostrophe'])}.",
                    "",
                ]
        reverse_extra = d.get("reverse_extra", {})
        if reverse_extra and d.get("reversible"):
            lines += heading("Reverse only", "~")
            lines += [
                "Further Latin input that ``reverse=True`` converts (engine output):",
                "",
            ]
            rows = [[self.lit(lat), self.lit(self.run(lat, reverse=True))] for lat in reverse_extra]
            lines += list_table(["Latin", "Source script"], rows)
        return lines

    def rules_section(self) -> list[str]:
        rules = self.data.get("rules", [])
        if not rules:
            return []
        lines = heading("Context rules", "-")
        lines += [
            "Tried before the letter table; upper-case and mixed-case forms of a match are "
            "matched too. Longer matches win; among matches of equal length the first rule "
            "that fits wins.",
            "",
        ]
        rows = []
        for rule in rules:
            match = rule.get("match", "")
            clauses = []
            for key, label in (
                ("after", "after"),
                ("not_after", "not after"),
                ("before", "before"),
                ("not_before", "not before"),
            ):
                if rule.get(key):
                    clauses.append(f"{label} {self.context(rule[key])}")
            out = rule.get("output", "")
            if isinstance(out, list):
                shown = ", ".join(
                    f"{self.lit(src)} → {self.lit(o)}" for src, o in zip(match, out)
                )
            else:
                shown = self.lit(out)
            if rule.get("title") is not None:
                shown += f" (Title case {self.lit(rule['title'])})"
            rows.append([
                self.lit(match),
                "; ".join(clauses) or "anywhere",
                shown,
                esc(rule.get("note", "")),
            ])
        lines += list_table(["Match", "Context", "Output", "Note"], rows, widths=[1, 3, 2, 3])
        return lines

    def examples_section(self) -> list[str]:
        examples = self.data.get("examples", [])
        if not examples:
            return []
        cited = self.data.get("example_sources", {})
        lines = heading("Examples", "-")
        lines += ["The standard's published examples; every one is a test case.", ""]
        rows = [
            [self.lit(e.get("in", "")), self.lit(e.get("out", "")), esc(e.get("source", ""))]
            for e in examples
        ]
        lines += list_table(["Source text", "Transliteration", "Source"], rows,
                            widths=[3, 3, 1])
        used = list(dict.fromkeys(e.get("source", "") for e in examples))
        if used:
            lines += ["Sources of the examples:", ""]
            for key in used:
                lines.append(f"- {esc(key)}: {esc(cited.get(key, '(not cited)'))}")
            lines.append("")
        return lines


def _write(path: Path, text: str, written: set[Path]) -> None:
    """Write only when the text changed, so incremental builds stay incremental."""
    written.add(path)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def generate_scheme_pages(app: Any) -> None:
    """``builder-inited``: write docs/schemes/<id>.rst, docs/schemes/index.rst and the lists
    included by standards.rst from the data files present now."""
    data_dir = Path(translit.__file__).resolve().parent / "data"
    SCHEMES_OUT.mkdir(exist_ok=True)
    written: set[Path] = set()
    lang_path = data_dir / "languages.json"
    try:
        languages: dict[str, Any] = json.loads(lang_path.read_text(encoding="utf-8"))["languages"]
    except Exception as exc:
        logger.warning("%s: cannot read the language defaults: %s", lang_path, exc)
        languages = {}

    schemes: dict[str, dict[str, Any]] = {}
    for path in sorted((data_dir / "schemes").glob("*.json")):
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("id") != path.stem:
                raise ValueError(f"id {data.get('id')!r} does not match the file name")
            if not _SAFE_ID.match(path.stem):
                raise ValueError("the id is not usable as a page name")
            for key in ("name", "letters"):
                if not data.get(key):
                    raise ValueError(f"missing {key!r}")
            page = SchemePage(data, languages, rel).render()
        except Exception as exc:
            logger.warning("%s: no page for this standard: %s: %s", rel, type(exc).__name__, exc)
            continue
        schemes[path.stem] = data
        _write(SCHEMES_OUT / f"{path.stem}.rst", page, written)

    n = Notation()
    note = GENERATED_NOTE.format(source="the data files")
    index = [note.rstrip(), ""]
    index += heading("Standard pages", "=")
    index += [
        "One page per data file in ``src/translit/data/schemes/``, generated from the file when "
        "the documentation is built; :doc:`/standards` lists them with their languages and the "
        "language defaults, and :doc:`/data-format` explains the keys.",
        "",
        ".. toctree::",
        "   :maxdepth: 1",
        "",
    ]
    index += [f"   {sid}" for sid in sorted(schemes)] + [""]
    _write(SCHEMES_OUT / "index.rst", "\n".join(index), written)

    rows = []
    for sid in sorted(schemes):
        data = schemes[sid]
        langs = ", ".join(
            f"{esc(languages[c]['name'])} ({lit(c, n)})" if c in languages else lit(c, n)
            for c in data.get("languages", [])
        )
        rows.append([
            f":doc:`/schemes/{sid}`",
            lit(sid, n),
            langs or "—",
            esc(data.get("script", "—")),
            "yes" if data.get("reversible") else "no",
        ])
    table = list_table(["Standard", "Id", "Languages", "Script", "Reversible"], rows,
                       widths=[5, 3, 2, 2, 1]) if rows else ["No standard is shipped yet.", ""]
    _write(SCHEMES_OUT / "_standards.inc", note + "\n".join(table), written)

    rows = []
    for code, entry in languages.items():
        target = entry.get("default", "")
        if target in schemes:
            link = f":doc:`/schemes/{target}` ({lit(target, n)})"
        else:
            logger.warning(
                "%s: the default standard for %r is %r, which has no data file",
                lang_path.relative_to(ROOT) if lang_path.is_relative_to(ROOT) else lang_path,
                code,
                target,
            )
            link = f"{lit(target, n)} (no data file)"
        rows.append([
            f"{esc(entry.get('name', code))} ({lit(code, n)})",
            link,
            esc(entry.get("why", "")),
        ])
    table = list_table(["Language", "Default standard", "Why"], rows, widths=[2, 4, 5]) if rows \
        else ["No language defaults are defined.", ""]
    _write(SCHEMES_OUT / "_defaults.inc", note + "\n".join(table), written)

    for stale in SCHEMES_OUT.iterdir():
        if stale.suffix in (".rst", ".inc") and stale not in written:
            stale.unlink()


def drop_type_docstring(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """``autodoc-process-docstring``: a module-level value without a doc comment (such as
    ``__version__``) would otherwise be described by the docstring of its type (``str``)."""
    if what not in ("data", "attribute") or inspect.isclass(obj) or callable(obj):
        return
    type_doc = inspect.getdoc(type(obj)) or ""
    if type_doc and " ".join("\n".join(lines).split()) == " ".join(type_doc.split()):
        lines.clear()


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("translit-api", TranslitAPI)
    app.add_directive("translit-cli-help", TranslitCLIHelp)
    app.connect("autodoc-process-docstring", drop_type_docstring)
    app.connect("builder-inited", generate_scheme_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
