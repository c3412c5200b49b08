"""Every official PDF of tests/data/un-pdf read as its gold file says the pages show.

Header, kind, sponsors, paragraph counts, first and last words of every paragraph,
footnotes with their markers and paragraphs, meeting line, sections and annex: one test
per file, naming every disagreement (tests/loaders/gold.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from tests.loaders.gold import PDF_DIR, differences, gold_files, load_gold


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.stem)
def test_official_pdf_reads_as_printed(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    resolution = rc.load(PDF_DIR / gold["file"])
    assert differences(resolution, gold) == []


def test_there_are_27_gold_files() -> None:
    # Guard against a copy that silently lost files: the bar is 27 of 27.
    assert len(gold_files()) == 27


def test_checker_sees_a_wrong_paragraph() -> None:
    # The checker itself must fail on a wrong reading (a test that cannot fail is a defect).
    gold = load_gold(gold_files()[0])
    resolution = rc.load(PDF_DIR / gold["file"])
    broken = dict(gold, preambular=gold["preambular"][1:])
    assert differences(resolution, broken)
