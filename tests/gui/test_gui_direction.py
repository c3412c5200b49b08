"""Right-to-left paragraphs in the side-by-side view: direction from the text itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from resolution_compare.core.compare import compare_resolutions
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.workflow import load_resolution

CONSTRUCTED = Path(__file__).parent.parent / "data" / "constructed"


def test_arabic_cells_are_right_to_left_and_labels_stay_left_to_right(window: MainWindow) -> None:
    left = load_resolution(CONSTRUCTED / "constructed-ar-hrc-44-11.txt")
    right = load_resolution(CONSTRUCTED / "constructed-ar-hrc-53-5.txt")
    window.show_comparison(compare_resolutions(left, right))
    delegate = window.view.itemDelegate()
    rows = window.comparison.rows
    index = next(i for i, r in enumerate(rows) if r.status == "modified")
    for zone in ("L", "R"):
        doc = delegate.document(index, rows[index], zone, 400)
        assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        # the text keeps its logical order: the first character is the first letter read
        assert (
            doc.toPlainText()[:1]
            == (rows[index].left_text if zone == "L" else rows[index].right_text)[:1]
        )
    label = delegate.document(index, rows[index], "label", 190)
    assert label.defaultTextOption().textDirection() != Qt.LayoutDirection.RightToLeft


def test_chinese_cells_are_left_to_right(window: MainWindow) -> None:
    data = Path(__file__).parent.parent / "data" / "chinese-word-diff"
    comparison = compare_resolutions(
        load_resolution(data / "earlier.txt"), load_resolution(data / "later.txt")
    )
    window.show_comparison(comparison)
    delegate = window.view.itemDelegate()
    doc = delegate.document(0, comparison.rows[0], "L", 400)
    assert doc.defaultTextOption().textDirection() != Qt.LayoutDirection.RightToLeft
