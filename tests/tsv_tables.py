"""Reading the package's TSV tables (comment block, header row, rows) for the data tests."""

from __future__ import annotations

from pathlib import Path

Table = tuple[str, list[str], list[str], list[list[str]]]


def load_table(path: Path) -> Table:
    """(text, comment lines, header, rows); fails on invalid UTF-8 or a comment after the
    header row."""
    text = path.read_bytes().decode("utf-8")
    comments: list[str] = []
    header: list[str] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if line == "":
            continue
        if line.startswith("#"):
            assert not header, f"comment after the header row: {line!r}"
            comments.append(line)
        elif not header:
            header = line.split("\t")
        else:
            rows.append(line.split("\t"))
    return text, comments, header, rows
