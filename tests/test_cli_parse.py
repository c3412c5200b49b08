"""`resolution-compare parse FILE [--json]` end to end, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resolution_compare", "parse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"COLUMNS": "100", "PATH": "", "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def test_parse_json_prints_the_issue_2_schema() -> None:
    done = run(str(DATA / "hrc-res-44-11-fr.txt"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == [
        "schema", "source", "language", "header", "paragraphs", "footnotes", "meeting", "vote",
        "warnings", "annexes",
    ]  # fmt: skip
    assert data["source"] == "hrc-res-44-11-fr.txt"
    assert data["header"]["symbol"] == "A/HRC/RES/44/11"
    assert data["paragraphs"][13]["id"] == "OP1"
    assert data["footnotes"] == [
        {"marker": "1", "text": "A/HRC/44/44 et Add.1.", "paragraph": "OP9"}
    ]
    assert data["meeting"] == {
        "number": 27,
        "date": "2020-07-16",
        "line": "27e séance",
        "resumed": False,
    }
    assert (data["vote"]["yes"], data["vote"]["no"], data["vote"]["abstain"]) == (31, 15, 1)


def test_parse_outline_is_readable_and_fits_the_width() -> None:
    done = run(str(DATA / "hrc-res-17-6-en.txt"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert any(line.startswith("PP4     Recalling also  the importance") for line in lines)
    assert any(line.strip().startswith("(f) To continue participating") for line in lines)
    assert any(line.startswith("Vote:        recorded vote 32–14–0") for line in lines)
    assert any(line.startswith("  ∗  The resolutions and decisions") for line in lines)


def test_parse_missing_file_exits_2_with_one_line() -> None:
    done = run(str(DATA / "no-such-file.txt"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""
