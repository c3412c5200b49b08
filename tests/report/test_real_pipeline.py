"""The report of a real pair, through the real loader, parser and engine.

The assertions follow whatever the engine finds, so they get stronger as it learns more
(lead verbs, vote shifts, inserted words).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from resolution_compare.core.comparison import Comparison
from resolution_compare.report import export_report
from resolution_compare.report.html_rows import row_ids
from resolution_compare.report.html_votes import state_display_name
from resolution_compare.resources import sample_pair
from resolution_compare.workflow import compare_files
from tests.report.helpers import flat, pdf_pages


@pytest.fixture(scope="module")
def sample() -> Comparison:
    return compare_files(*sample_pair())


@pytest.fixture(scope="module")
def sample_text(sample: Comparison, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("real") / "sample.pdf"
    export_report(sample, out)
    return flat("\n".join(pdf_pages(out)))


def test_labels_and_every_row_id(sample: Comparison, sample_text: str) -> None:
    assert sample.left.label in sample_text and sample.right.label in sample_text
    assert sample.rows
    for row in sample.rows:
        assert row_ids(row) in sample_text


def test_lead_changes_and_vote_shifts(sample: Comparison, sample_text: str) -> None:
    # The engine finds both in the sample (OP8 → OP9 "Welcomes" → "Takes note"; Council
    # membership changed between 2017 and 2020), so the report must show them.
    assert any(r.lead is not None and r.lead.change != "same" for r in sample.rows)
    assert sample.votes.changes
    for row in sample.rows:
        if row.lead is not None and row.lead.change != "same":
            for verb in (row.lead.left, row.lead.right):
                if verb:
                    assert flat(verb) in sample_text
    for shift in sample.votes.changes:
        assert state_display_name(shift.state, sample.right.language) in sample_text


def test_inserted_words_are_printed(sample: Comparison, sample_text: str) -> None:
    inserted = [s.text for r in sample.rows for s in r.diff if s.op == "+"]
    assert inserted
    words = [w for text in inserted for w in re.findall(r"[A-Za-z]{6,}", text)]
    assert words
    missing = [w for w in words if w not in sample_text]
    assert not missing, missing[:10]


def headless_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return env


@pytest.mark.parametrize(
    ("name", "args", "magic"),
    [
        ("out.pdf", ["--format", "pdf"], b"%PDF-"),  # PDF, explicit and agreeing
        ("out.pdf", ["--changes-only", "--paper", "letter"], b"%PDF-"),  # by the extension
        ("out.html", [], b"<!DOCTYPE html>"),  # standalone HTML, by the extension
    ],
)
def test_cli_report_without_display(
    tmp_path: Path, name: str, args: list[str], magic: bytes
) -> None:
    out = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "report", "--sample", "-o", str(out), *args],
        env=headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_cli_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "report", "--sample", "-o", str(out)],
        env=headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "out.pdf" in done.stderr and "Traceback" not in done.stderr
