"""What the window claims about a comparison (QA D9, D16): it never says "No differences"
while changes are only hidden, and a footnote whose text one file lost is not drawn as an
added footnote."""

from __future__ import annotations

from pathlib import Path

from resolution_compare.gui.main_window import MainWindow
from resolution_compare.gui.row_text import side_html
from resolution_compare.palette import LIGHT
from tests.gui.test_gui_states import compared

DATA = Path(__file__).parent.parent / "data"
GA_79_7 = DATA / "un-pdf" / "A_RES_79_7.pdf"
GA_80_4 = DATA / "un-pdf" / "A_RES_80_4.pdf"
HRC_26_6 = DATA / "hrc-res-26-6-en.txt"
HRC_35_3 = DATA / "hrc-res-35-3-en.txt"
HIDDEN = "Only routine calendar updates (hidden — Ctrl+R shows them)."


def test_with_routine_hidden_the_texts_are_not_said_to_be_the_same(
    qtbot, window: MainWindow
) -> None:
    # A/RES/79/7 → 80/4: five routine calendar updates and nothing else.
    compared(qtbot, window, lambda: window.compare_paths(GA_79_7, GA_80_4))
    window.actions_by_name["show_routine"].trigger()  # hide routine changes
    summary = window.header_panel.summary_plain
    assert summary.startswith(HIDDEN) and "No differences" not in summary
    assert "5 routine changes hidden" in summary
    window.actions_by_name["filter_changes"].trigger()
    assert window.view.empty_text == HIDDEN
    window.actions_by_name["next_change"].trigger()
    assert window.status_label.text() == HIDDEN
    window.actions_by_name["show_routine"].trigger()  # show them again
    assert not window.header_panel.summary_plain.startswith(HIDDEN)
    assert window.view.empty_text != HIDDEN


def test_a_footnote_whose_text_is_missing_is_not_drawn_as_added(qtbot, window: MainWindow) -> None:
    # 26/6 → 35/3 OP5 → OP8: the left file kept the marker "1" but not the note's text.
    compared(qtbot, window, lambda: window.compare_paths(HRC_26_6, HRC_35_3))
    (row,) = [r for r in window.comparison.rows if r.left == ("OP5",)]
    (note,) = [f for f in row.footnotes if f.status == "text_missing"]
    right = side_html(row, "R", LIGHT, True)
    left = side_html(row, "L", LIGHT, True)
    note_right = right[right.index("<sup>") :]
    note_left = left[left.index("<sup>") :]
    assert "A/HRC/35/35." in note_right
    # Neither underlined (inserted) nor struck through (deleted): plain, dimmed text …
    assert "underline" not in note_right and LIGHT.inserted_fg not in note_right
    # … and on the side that lost it, a remark instead of an empty struck marker.
    assert "line-through" not in note_left and "footnote text not found in this file" in note_left
    assert note.right == "2" and note.left == "1"


def test_a_changed_heading_footnote_is_said_in_the_header(qtbot, window: MainWindow) -> None:
    # Only the "*" note on a draft's sponsor list changed: never "No differences".
    cases = DATA / "qa-variants" / "footnote-change"
    a, b = cases / "draft-sponsors-a.txt", cases / "draft-sponsors-b.txt"
    compared(qtbot, window, lambda: window.compare_paths(a, b))
    summary = window.header_panel.summary_plain
    assert summary.startswith("1 heading footnote changed") and "No differences" not in summary
    notes = window.header_panel.notes.text()
    assert "footnote changed (title, headings or sponsors): *" in notes
    assert "“Non-member State of the Human Rights Council.”" in notes
    window.actions_by_name["filter_changes"].trigger()
    assert "say the same" not in window.view.empty_text
