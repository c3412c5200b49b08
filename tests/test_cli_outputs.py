"""One rule for every file the command line writes (QA D6, D12, D13, D17).

The report, the history report, the two CSV grids and the screenshot: the extension says
the format (a contradicting ``--format`` or extension is refused, a name without an
extension is refused with the name to give), the target is never one of the files read
(also a file of a folder given, or through a link), and every refusal is one line naming
the path as given, exit 2, nothing written. ``open``'s arguments that do not fit together
(``--sample`` with files, a ``--view`` that does not apply) are refused the same way.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resolution_compare import cli

DATA = Path(__file__).parent / "data"
A, B = DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt"
SERIES = [DATA / f"hrc-res-{s}-en.txt" for s in ("35-3", "38-2", "41-5", "44-11")]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def copies(folder: Path, files: list[Path]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    made = []
    for f in files:
        made.append(folder / f.name)
        shutil.copy(f, made[-1])
    return made


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # report: no extension — refused with the name to give, never a PDF called "r"
        (["report", "{a}", "{b}", "-o", "{tmp}/r"], "{tmp}/r: a report is written as .pdf or"),
        # history: the same rule for its report …
        (["history", "{a}", "{b}", "{c}", "-o", "{tmp}/h"], "— name it {tmp}/h.pdf"),
        # … a format that contradicts the extension (a PDF named .txt) …
        (["history", "{a}", "{b}", "-o", "{tmp}/h.txt", "--format", "pdf"], "not .txt"),
        (["history", "{a}", "{b}", "-o", "{tmp}/h.pdf", "--format", "html"], "does not match"),
        # … and its CSV grids
        (["history", "{a}", "{b}", "--votes-csv", "{tmp}/v"], "a CSV file is written as .csv"),
        (["history", "{a}", "{b}", "--provisions-csv", "{tmp}/p.pdf"], "not .pdf"),
        # --format says how to write -o: alone it means nothing
        (["history", "{a}", "{b}", "--format", "pdf"], "give -o with it"),
        # the screenshot: a PNG, named .png
        (["open", "{a}", "{b}", "--screenshot", "{tmp}/shot"], "name it {tmp}/shot.png"),
        (["open", "{a}", "{b}", "--screenshot", "{tmp}/shot.pdf"], "not .pdf"),
    ],
)
def test_the_extension_decides_for_every_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    a, b, c = copies(tmp_path / "in", SERIES[:3])
    filled = [x.format(a=a, b=b, c=c, tmp=tmp_path) for x in args]
    code, out, err = run(capsys, *filled)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message.format(tmp=tmp_path) in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # nothing written


@pytest.mark.parametrize("victim", ["left", "right", "link"])
def test_a_screenshot_never_replaces_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], victim: str
) -> None:
    # QA D6: `open victim.txt b.txt --screenshot victim.txt` wrote a PNG over the text.
    left, right = copies(tmp_path, [A, B])
    target = {"left": left, "right": right, "link": tmp_path / "link.png"}[victim]
    if victim == "link":
        target.symlink_to(left)
    before = digest(left), digest(right)
    code, out, err = run(capsys, "open", str(left), str(right), "--screenshot", str(target))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is one of the files being compared" in err
    assert (digest(left), digest(right)) == before


def test_a_screenshot_never_replaces_a_file_of_a_folder_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = copies(tmp_path / "series", SERIES)
    code, _out, err = run(capsys, "open", str(tmp_path / "series"), "--screenshot", str(files[1]))
    assert code == 2 and "is one of the files being compared" in err
    assert files[1].read_bytes() == SERIES[1].read_bytes()


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("{tmp}/missing/x.png", "{tmp}/missing/x.png: folder {tmp}/missing does not exist"),
        ("{tmp}", "is a folder, not a regular file"),  # a folder as the screenshot
    ],
)
def test_a_screenshot_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, message: str
) -> None:
    # QA D13: exit 1 and "x.png: could not write the screenshot" without the program's name.
    code, _out, err = run(capsys, "open", "--sample", "--screenshot", target.format(tmp=tmp_path))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("resolution-compare: ")
    assert message.format(tmp=tmp_path) in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["open", "--sample", "{a}"], "--sample opens the bundled pair: give no files"),
        (["compare", "--sample", "{a}", "{b}"], "--sample compares the bundled pair"),
        (["report", "--sample", "{a}", "-o", "{tmp}/r.pdf"], "--sample compares the bundled"),
        (["open", "{a}", "{b}", "--view", "history"], "--view history needs three or more"),
        (["open", "{folder}", "--view", "comparison"], "--view comparison needs two files"),
        (["open", "--view", "votes"], "--view votes needs two files or --sample"),
        (["open", "{a}", "--view", "votes"], "--view votes needs two files or --sample"),
    ],
)
def test_open_arguments_that_do_not_fit_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    # QA D13: these were silently ignored (the view not shown, the file not opened).
    copies(tmp_path / "series", SERIES)
    filled = [x.format(a=A, b=B, folder=tmp_path / "series", tmp=tmp_path) for x in args]
    code, out, err = run(capsys, *filled)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_output_messages_name_the_whole_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # QA D17: "null: is a device", "r.pdf: folder dir does not exist".
    code, _out, err = run(capsys, "report", "--sample", "-o", "/dev/null")
    assert code == 2 and "resolution-compare: /dev/null: is a device" in err
    missing = tmp_path / "nonexistent" / "dir" / "r.pdf"
    code, _out, err = run(capsys, "report", "--sample", "-o", str(missing))
    assert code == 2 and f"{missing}: folder {missing.parent} does not exist" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [["compare", "--sample"], ["parse", str(A), "--json"]])
def test_a_full_standard_output_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    # QA D17: `compare --sample > /dev/full` said "internal error (OSError…)", exit 1.
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "resolution_compare", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
        )
    assert done.returncode == 2
    assert done.stderr == (
        "resolution-compare: cannot write the output (No space left on device)\n"
    )
