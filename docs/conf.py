"""Sphinx configuration for translit.

Build (offline, warnings are errors)::

    python -m sphinx -W --keep-going -b html docs docs/_build/html

Two parts of the documentation are generated at build time, so they follow the code and the data
files instead of going stale:

* the API page (``api.rst``) lists what ``translit.__all__`` exports, through the
  ``translit-api`` directive defined below;
* one page per transliteration standard, written to ``docs/schemes/`` (git-ignored) from the data
  files in ``src/translit/data/schemes/`` when the builder starts, by the extension
  ``docs/_ext/scheme_pages.py``. ``standards.rst`` includes the list of standards and the
  language defaults written next to them.

Anything wrong with a data file (bad JSON, an id that does not match the file name, a standard the
engine cannot compile, a language default naming a missing standard) is reported as a Sphinx
warning, so ``-W`` turns it into a failed build.
"""

from __future__ import annotations

import inspect
import os
import re
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
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

# docs/_ext holds the page generators (scheme_pages: one page per standard).
sys.path.insert(0, str(DOCS / "_ext"))
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "scheme_pages"]
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
    return {"parallel_read_safe": True, "parallel_write_safe": True}
