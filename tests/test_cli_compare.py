"""`resolution-compare compare LEFT RIGHT [--json | --text]` on a real pair."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from resolution_compare import cli

DATA = Path(__file__).parent / "data"
LEFT, RIGHT = DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt"


def test_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", str(LEFT), str(RIGHT), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "resolution-compare/comparison@1"
    assert data["left"]["source"] == LEFT.name
    row = next(r for r in data["rows"] if r["left"] == ["OP8"])
    assert row["right"] == ["OP9"] and row["status"] == "modified"
    assert row["lead"] == {
        "left": "Welcomes",
        "right": "Takes note",
        "left_tier": 1,
        "right_tier": 1,
        "change": "weaker",
    }
    assert ["-", "Welcomes"] in row["diff"]
    mex = next(s for s in data["votes"]["states"] if s["state"] == "MEX")
    assert mex == {"state": "MEX", "left": None, "right": "abstain"}
    assert data["summary"]["inserted"] == 4


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["compare", str(LEFT), str(RIGHT), "--text"]) == 0
    out = capsys.readouterr().out
    assert "OP8 → OP9  modified  ▼ weaker: Welcomes → Takes note" in out
    assert "— → OP8  inserted" in out
    assert "[-Welcomes-]{+Takes note of+} the report" in out
    assert "(14 unchanged paragraphs not shown)" in out
    assert "Votes: recorded vote 32–15–0 → recorded vote 31–15–1 (yes–no–abstain)" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_colour_report() -> None:
    from resolution_compare.console_compare import format_comparison
    from resolution_compare.workflow import compare_files

    out = format_comparison(compare_files(LEFT, RIGHT), color=True)
    assert "\x1b[31;9mWelcomes\x1b[0m" in out
    assert "\x1b[32mTakes note of\x1b[0m" in out


def test_subprocess_json() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "compare", str(LEFT), str(RIGHT), "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["deleted"] == 1


def test_text_report_names_footnote_changes_and_uncertain_pairs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases = Path(__file__).parent / "data" / "cases" / "footnote-change"
    assert cli.main(["compare", str(cases / "min-a.txt"), str(cases / "min-b.txt")]) == 0
    out = capsys.readouterr().out
    assert "footnote 1 → 1 changed: [-A/HRC/58/47-]{+A/HRC/55/43+}." in out
    data = Path(__file__).parent / "data"
    pair = [str(data / "hrc-res-7-5-en.txt"), str(data / "hrc-res-35-3-en.txt")]
    assert cli.main(["compare", *pair]) == 0
    out = capsys.readouterr().out
    assert "OP4 → OP14  rewritten (uncertain pairing: no verdict)" in out
    assert "OP1 → OP9  modified" in out


def test_counted_phrases_agree_with_their_number(capsys: pytest.CaptureFixture[str]) -> None:
    # A/RES/79/7 → A/RES/80/4: exactly one footnote changed (A/79/80 → A/80/83 on OP1).
    pdfs = DATA / "un-pdf"
    assert cli.main(["compare", str(pdfs / "A_RES_79_7.pdf"), str(pdfs / "A_RES_80_4.pdf")]) == 0
    out = capsys.readouterr().out
    assert "1 footnote changed" in out and "1 footnotes" not in out
    assert "0 uncertain pairings" in out
