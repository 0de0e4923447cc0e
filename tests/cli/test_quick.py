"""The short way (:mod:`translit.cli.quick`) answers exactly as the full run would."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit import Normalizer
from translit.cli import quick
from translit.cli.quick import LIMIT, at_most_one_name

from .util import ARTICLE, ARTICLE_OUT, child_env, run, set_stdin, write

MAIN = sys.modules["translit.cli.main"]

# Capitalised tokens that stress the mention finder: possessives, soft signs, initials, caps,
# hyphens, places, native script, quotes and marks.
CAPITALISED = [
    "Lukashenka",
    "LUKASHENKA",
    "Lukashenka's",
    "Lukashenka’s",
    "(Lukashenka),",
    "'Lukashenka'",
    "«Лукашэнка»",
    "Лукашенко.",
    "ЛУКАШЕНКО",
    "Vasyl'",
    "Ales'",
    "Jones'",
    "A.",
    "Rostov-on-Don",
    "Putin-era",
    "Kyiv",
    "Serhii",
    "Grabskyi",
    "Zelenskyy!",
    "Ćwierć",
    "Ὀδυσσεύς",
    "Lukashe\u0301nka",
    "ǅemal",
    "@Lukashenka",
    "x-Lukashenka",
    "O'Brien",
    "d'Artagnan",
    "Ab''Cd",
    "Lukashenka-Lukashenko",
    "Lukashenka’s-era",
    "x'Lukashenka's",
    "LUKASHENKA'S",
    "Vasyl'-Ales'",
    "Grabsky-",
    "2Lukashenka",
    "Lukashenka2.",
]
LOWER = ["met", "the", "said", "and", "лукашенко", "kyiv", "—", "42", "e.g.", "it's", "x-y", "…"]
SPACES = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", " \n\n"]


@st.composite
def one_name_texts(draw: Any) -> str:
    words = draw(st.lists(st.sampled_from(LOWER), max_size=12))
    name = draw(st.sampled_from(CAPITALISED) | st.text(min_size=1, max_size=8).map(str.title))
    words.insert(draw(st.integers(0, len(words))), name)
    out = ""
    for w in words:
        out += w + draw(st.sampled_from(SPACES))
    return out if draw(st.booleans()) else out.rstrip()


def both_ways(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, data: bytes, *args: str) -> Any:
    """(exit status, stdout, stderr) of the command on ``data``, the short and the full way."""
    set_stdin(monkeypatch, data)
    short = run(capsysbinary, *args)
    with monkeypatch.context() as m:
        m.setattr(MAIN, "quick_run", lambda argv: None)
        set_stdin(m, data)
        full = run(capsysbinary, *args)
    return short, full


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=one_name_texts(), args=st.sampled_from([(), ("-",), ("-q",), ("--quiet", "-")]))
def test_short_way_is_the_full_run(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, text: str, args: tuple[str, ...]
) -> None:
    data = text.encode("utf-8", "surrogatepass")
    short, full = both_ways(capsysbinary, monkeypatch, data, *args)
    assert short == full


@settings(max_examples=300, deadline=None)
@given(text=one_name_texts() | st.text(max_size=40))
def test_one_capitalised_token_is_never_changed(text: str) -> None:
    """The claim the short way rests on, for the library: such a text has nothing to unify."""
    if at_most_one_name(text):
        assert Normalizer()(text) == text


def test_the_short_way_is_taken(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int | None] = []

    def spy(argv: Any) -> int | None:
        taken.append(quick.quick_run(argv))
        return taken[-1]

    monkeypatch.setattr(MAIN, "quick_run", spy)
    set_stdin(monkeypatch, b"Lukashenka said so.\n")
    assert run(capsysbinary) == (
        0,
        b"Lukashenka said so.\n",
        "translit-normalize: no names to unify in 1 file\n",
    )
    set_stdin(monkeypatch, ARTICLE.encode())
    assert run(capsysbinary)[1] == ARTICLE_OUT.encode()  # handed over, read whole
    assert taken == [0, None]


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode(),
        b"\xef\xbb\xbfLukashenka\n",  # a byte-order mark
        b"Lukash\xffenka\n",  # not UTF-8
        b"Luka\0shenka\n",  # binary
        b"",
        ("Lukashenka met Lukashenko. " + "word " * LIMIT).encode(),  # longer than LIMIT
        ("word " * LIMIT + "Lukashenka met Lukashenko.\n").encode(),
    ],
)
def test_handed_over_unread(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    short, full = both_ways(capsysbinary, monkeypatch, data)
    assert short == full


@pytest.mark.parametrize(
    "pyproject",
    [
        "[tool.translit-normalize]\nquiet = true\n",
        '[project]\nname = "translit-normalize"\n',
        "[tool\n",  # invalid TOML: the full run says so
        '[tool."translit-normalize"]\nexclude = "x"\n',
    ],
)
def test_configuration_files(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch, pyproject: str
) -> None:
    write("pyproject.toml", pyproject)
    short, full = both_ways(capsysbinary, monkeypatch, b"Lukashenka\n")
    assert short == full


def test_options_go_the_full_way(capsysbinary: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    short, full = both_ways(capsysbinary, monkeypatch, b"Lukashenka\n", "--check")
    assert short == full
    assert quick.quick_run(["--check"]) is None


def test_a_start_imports_nothing_it_does_not_need(tmp_path: Any) -> None:
    code = (
        "import sys; sys.argv = ['translit-normalize']\n"
        "from translit.cli import main\n"
        "main()\n"
        "heavy = ('argparse', 'regex', 're', 'json', 'typing', 'translit.names', 'translit.text')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=b"Lukashenka\n",
        capture_output=True,
        cwd=tmp_path,
        env=child_env(),
        timeout=60,
    )
    assert done.stdout == b"Lukashenka\n"
    assert done.stderr.decode().splitlines() == [
        "translit-normalize: no names to unify in 1 file",
        "[]",
    ]


def test_a_read_error_is_left_to_the_full_run(
    capsysbinary: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was read before the error is handed over, and the full run meets the error."""

    class Failing(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            self.calls += 1
            if self.calls == 1:
                buffer[:11] = b"Lukashenka "
                return 11
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Failing())))
    code, out, err = run(capsysbinary)
    assert (code, out) == (2, b"")
    assert "Input/output error" in err
