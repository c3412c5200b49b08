"""Command-line errors: exit status 2 and exactly one line on stderr for bad input, 1 and one
line for an internal error, never a traceback. In-process (``cli.main``) for speed, with a
few subprocess runs to see what a user's terminal sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from resolution_compare import cli, workflow

DATA = Path(__file__).parent / "data"
GOOD = DATA / "hrc-res-44-11-en.txt"
EARLIER = DATA / "hrc-res-35-3-en.txt"


def run_main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("resolution-compare: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        # parse: a file that does not exist
        (["parse", "{tmp}/missing.txt"], ["missing.txt: file not found"]),
        # compare: the later version is a folder
        (["compare", GOOD, "{tmp}"], [": is a folder, not a file"]),
        # compare --json: the error does not go to stdout as JSON
        (["compare", "--json", "{tmp}/missing.txt", GOOD], ["missing.txt: file not found"]),
        # report: one file only and no --sample
        (["report", GOOD, "-o", "{tmp}/r.html"], ["give two files"]),
        # report: the output folder does not exist
        (["report", EARLIER, GOOD, "-o", "{tmp}/no/such/dir/r.html"], ["r.html"]),
        # a file name with a newline in it stays on one line
        (["parse", "{tmp}/two\nlines.txt"], ["two?lines.txt: file not found"]),
        # a non-ASCII file name is kept as it is
        (["parse", "{tmp}/résolution.txt"], ["résolution.txt: file not found"]),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[object], fragments: list[str]
) -> None:
    argv = [str(a).replace("{tmp}", str(tmp_path)) for a in args]
    status, out, err = run_main(capsys, *argv)
    assert_one_line(err, *fragments)
    assert status == 2
    assert out == ""


def test_bad_input_in_the_empty_file_case(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # an empty later version when comparing
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    status, _, err = run_main(capsys, "compare", GOOD, empty)
    assert_one_line(err, "empty.txt: the file is empty")
    assert status == 2


def test_good_input_exits_0_and_says_nothing_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(capsys, "compare", "--json", EARLIER, GOOD)
    assert (status, err) == (0, "")
    assert out.startswith("{")


def test_internal_error_is_one_line_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a bug (not bad input) still gives one line, naming the debug switch
    def broken(path: Path) -> object:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.delenv("RESOLUTION_COMPARE_DEBUG", raising=False)
    monkeypatch.setattr(workflow, "load_resolution", broken)
    status, _, err = run_main(capsys, "parse", GOOD)
    assert status == 1
    assert "RuntimeError" in err and "RESOLUTION_COMPARE_DEBUG" in err
    assert "Traceback" not in err


def test_debug_switch_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    # RESOLUTION_COMPARE_DEBUG=1 lets the exception through for a developer
    def broken(path: Path) -> object:
        raise RuntimeError("boom")

    monkeypatch.setenv("RESOLUTION_COMPARE_DEBUG", "1")
    monkeypatch.setattr(workflow, "load_resolution", broken)
    with pytest.raises(RuntimeError, match="boom"):
        cli.main(["parse", str(GOOD)])


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        # a PNG saved as .txt
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "is an image (PNG)"),
        # Latin-1 bytes that are neither UTF-8 nor Windows-1252
        (b"\x81\x8d\x8f\x90\x9d" * 10, "not valid UTF-8"),
    ],
)
def test_subprocess_sees_one_line_and_status_2(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "compare", str(path), str(GOOD)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert_one_line(done.stderr, fragment)
    assert done.stdout == ""
