"""The History grid's column headings are never cut (QA D17: "200…txt" at 30 versions, the
year itself elided; "hrc-r…7-6-en.txt" at 7): every line of a heading fits its column, and
a grid wider than the window scrolls sideways."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import resolution_compare as rc
from resolution_compare.core.model import Header, Meeting, Resolution
from resolution_compare.gui.history_page import HistoryPage

DATA = Path(__file__).parent.parent / "data"


def thirty_versions() -> list[Resolution]:
    """30 yearly versions of 44/11, each without one of its paragraphs (all differ)."""
    base = rc.load(DATA / "hrc-res-44-11-en.txt")
    return [
        replace(
            base,
            source=f"hrc-res-{k}-international-solidarity-en.txt",
            header=Header(title="Human rights and international solidarity"),
            paragraphs=base.paragraphs[:k] + base.paragraphs[k + 1 :],
            meeting=Meeting(k + 1, f"{1991 + k}-06-30"),
        )
        for k in range(30)
    ]


@pytest.mark.parametrize("width", [1366, 1920])
def test_every_heading_line_fits_its_column(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    page.set_history(rc.history(thirty_versions()))
    header = page.grid.horizontalHeader()
    metrics = header.fontMetrics()
    assert header.textElideMode() == Qt.TextElideMode.ElideNone
    for column in range(page.grid_model.columnCount()):
        heading = page.grid_model.headerData(column, Qt.Orientation.Horizontal)
        year, label = heading.split("\n")
        assert year == str(1991 + column)
        for line in (year, label):
            assert metrics.horizontalAdvance(line) < header.sectionSize(column), (column, line)
    # Thirty wide columns do not fit: the grid scrolls sideways instead of cutting them.
    assert page.grid.horizontalScrollBar().maximum() > 0
    # A larger text size widens the columns again.
    before = header.sectionSize(0)
    page.set_text_size(page.grid.font().pointSizeF() * 1.5)
    assert header.sectionSize(0) > before
