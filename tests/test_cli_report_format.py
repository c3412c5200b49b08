"""Item 8 on the command line: `report -o r.docx` and `--format html -o r.pdf` are refused."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "r.docx"], "r.docx: a report is written as .pdf or .html, not .docx"),
        (["-o", "r.pdf", "--format", "html"], "r.pdf: --format html does not match the .pdf"),
        # no extension: refused, with the name to give (never a PDF called "r")
        (["-o", "r"], "r: a report is written as .pdf or .html — name it r.pdf"),
        (
            ["-o", "r", "--format", "html"],
            "r: a report is written as .pdf or .html — name it r.html",
        ),
    ],
)
def test_cli_refuses_a_format_that_does_not_match_the_extension(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "report", "--sample", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout, from another folder
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written
