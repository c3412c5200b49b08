"""The terminal sees text, never commands: control and bidi characters from files and names.

Runs the CLI on a real pseudo-terminal (what a delegate's shell gives it), with files made
here: a PDF whose text layer carries ESC sequences and BEL, a text with a right-to-left
override inside a paragraph, a file name with ESC and U+202E in it. Also the usage errors
of argparse keep the one-line contract, and a file name starting with "-" is explained.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from resolution_compare import cli
from resolution_compare.terminal import for_terminal
from tests.hostile.harness import ROOT
from tests.test_hostile_input import _page_pdf

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "hrc-res-44-11-en.txt"
# ESC c (reset), a clear screen, a window-title OSC, BEL: all obeyed by a raw terminal.
HOSTILE_PDF_TEXT = b"Recalling its resolution \x1bc\x1b[2J\x07 on the \x1b]0;pwned\x07 matter,"
BIDI = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Trojan Source"


def run_on_terminal(*args: str | Path) -> tuple[int, str]:
    """Run the CLI with stdout and stderr on a pseudo-terminal; (status, all output)."""
    main_fd, child_fd = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    child = subprocess.Popen(
        [sys.executable, "-m", "resolution_compare", *map(str, args)],
        stdout=child_fd,
        stderr=child_fd,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    os.close(child_fd)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main_fd], [], [], 20)
        if not ready:
            child.kill()
            pytest.fail("no output for 20 s")
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    return child.wait(10), b"".join(chunks).decode("utf-8", errors="replace")


def assert_no_terminal_commands(output: str) -> None:
    for char in "\x1b\x07\x9b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert char not in output, f"U+{ord(char):04X} reached the terminal"


def test_pdf_text_layer_controls_never_reach_the_terminal(tmp_path: Path) -> None:
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(_page_pdf(b"BT /F1 12 Tf 72 770 Td (" + HOSTILE_PDF_TEXT + b") Tj ET", True))
    status, output = run_on_terminal("parse", pdf)
    assert status == 0, output
    assert_no_terminal_commands(output)
    assert "control characters removed" in output  # the user is told
    assert "pwned" in output  # the words around them stay


def test_bidi_override_in_a_paragraph_is_shown_not_obeyed(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8").replace("Reaffirming", f"Reaffirming {BIDI}yrtnuoc", 1)
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    for args in (["parse", path], ["compare", GOOD, path]):
        status, output = run_on_terminal(*args)
        assert status == 0, output
        assert_no_terminal_commands(output)
        assert "<U+202E>" in output


def test_hostile_file_name_is_shown_not_obeyed(tmp_path: Path) -> None:
    # a name carrying ESC (clear screen) and U+202E: "draft\u202etxt.exe" reads "draftexe.txt"
    path = tmp_path / f"draft\x1b[2J{BIDI}fdp.txt"
    path.write_bytes(GOOD.read_bytes())
    missing = tmp_path / "missing\x1b]0;x\x07"
    for args in (["parse", path], ["compare", path, GOOD], ["parse", missing]):
        _, output = run_on_terminal(*args)
        assert_no_terminal_commands(output)


def test_exact_text_when_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # JSON to a pipe or a file keeps the document's characters exactly
    text = GOOD.read_text(encoding="utf-8").replace("Reaffirming", f"Reaffirming {BIDI}", 1)
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    assert cli.main(["parse", "--json", str(path)]) == 0
    assert BIDI in capsys.readouterr().out


def test_for_terminal_keeps_colours_only_when_asked() -> None:
    coloured = "\x1b[31;9mold\x1b[0m \x1b[2J\r\u2066x"
    assert for_terminal(coloured, keep_colours=True) == (
        "\x1b[31;9mold\x1b[0m <U+001B>[2J<U+000D><U+2066>x"
    )
    assert "\x1b" not in for_terminal(coloured)


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        # a file name starting with a dash: one line, naming "--"
        (["parse", "-x.txt"], ["'--'", "resolution-compare parse -- -x.txt"]),
        # the later version starts with a dash
        (["compare", "a.txt", "-b.txt"], ["'--'", "compare a.txt -- -b.txt"]),
        # an output name starting with a dash
        (["report", "a.txt", "b.txt", "-o", "-r.pdf"], ["-o ./-r.pdf"]),
        # an unknown command
        (["frob"], ["invalid choice: 'frob'"]),
        # a missing required option
        (["report", "a.txt", "b.txt"], ["-o/--output"]),
        # an unknown option with a control character in it stays one line, shown
        (["compare", "--colour\x1b[2J\nx", "a", "b"], ["<U+001B>"]),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragments: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("resolution-compare: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert captured.out == ""


def test_dash_file_after_double_dash_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the advice works: `parse -- -x.txt` reads the file
    monkeypatch.chdir(tmp_path)
    Path("-x.txt").write_bytes(GOOD.read_bytes())
    assert cli.main(["parse", "--", "-x.txt"]) == 0


@pytest.mark.parametrize(
    "size",
    ["100000x100000", "99999999999999999999x1", "0x0", "1400x900x3", "１４００x900", "abc"],
    ids=["huge", "past-32-bits", "zero", "three-parts", "full-width-digits", "words"],
)
def test_open_size_out_of_range_is_one_line(capsys: pytest.CaptureFixture[str], size: str) -> None:
    # a 100000x100000 screenshot is a 40 GB image; a value past 32 bits made Qt raise (exit 1)
    assert cli.main(["open", "--sample", "--screenshot", "/tmp/never.png", "--size", size]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "--size" in err
