"""Items 12, 13, 14, 16 and 17: labels after Swap sides, action states, the dark theme's
checked toggles, the drop highlight, the same file on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QDragLeaveEvent, QDragMoveEvent, QImage

from resolution_compare.gui.main_window import NEEDS_COMPARISON, MainWindow
from resolution_compare.palette import DARK
from tests.gui.conftest import drop_files, file_mime
from tests.gui.fixtures import sample_comparison

DATA = Path(__file__).parent.parent / "data"
EARLIER = DATA / "hrc-res-35-3-en.txt"
LATER = DATA / "hrc-res-44-11-en.txt"
GA_RAW = DATA / "ga-res-80-4-en_extract-v1.0.0.md"  # the same A/RES/80/4, same date
GA_CLEAN = DATA / "ga-res-80-4-en_extract-v1.3.0.md"


def compared(qtbot, window: MainWindow, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        action()


def side_titles(window: MainWindow) -> tuple[str, str]:
    return (
        window.header_panel.left.text().split("</span>")[0].split(">")[-1],
        window.header_panel.right.text().split("</span>")[0].split(">")[-1],
    )


def vote_headers(window: MainWindow) -> tuple[str, str]:
    model = window.votes_panel.model
    return (
        model.headerData(1, Qt.Orientation.Horizontal),
        model.headerData(2, Qt.Orientation.Horizontal),
    )


def test_after_swap_the_labels_follow_the_dates(qtbot, window: MainWindow) -> None:
    compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    assert side_titles(window) == ("Earlier version", "Later version")
    compared(qtbot, window, window.actions_by_name["swap"].trigger)
    # 44/11 (2020) is now on the left. The verdicts read left → right, so calling it "later"
    # beside "▲ stronger: Takes note → Welcomes" would invert them (QA D3): the sides are
    # left and right, and the header warns that the left text is the later one.
    assert window.comparison.left.source == LATER.name
    assert side_titles(window) == ("Left version", "Right version")
    assert vote_headers(window) == ("Left vote", "Right vote")
    assert window.view.side_words == ("left version", "right version")
    notes = window.header_panel.notes
    assert notes.isVisibleTo(window)
    assert "the left text (2020-07-16) is later than the right (2017-06-22)" in notes.text()
    compared(qtbot, window, window.actions_by_name["swap"].trigger)  # and back again
    assert side_titles(window) == ("Earlier version", "Later version")
    assert "is later than" not in notes.text()


def test_two_files_opened_later_first_are_put_in_date_order(qtbot, window: MainWindow) -> None:
    # `open LATER EARLIER` is a drop of both files: they go in date order.
    compared(qtbot, window, lambda: window.compare_paths(LATER, EARLIER, auto_order=True))
    assert window.comparison.left.source == EARLIER.name
    assert side_titles(window) == ("Earlier version", "Later version")
    assert not any("is later than" in w for w in window.comparison.warnings)


def test_after_swap_without_telling_dates_the_sides_are_left_and_right(
    qtbot, window: MainWindow
) -> None:
    compared(qtbot, window, lambda: window.compare_paths(GA_RAW, GA_CLEAN))
    assert side_titles(window) == ("Earlier version", "Later version")  # as the user put them
    compared(qtbot, window, window.actions_by_name["swap"].trigger)
    assert side_titles(window) == ("Left version", "Right version")
    compared(qtbot, window, window.actions_by_name["swap"].trigger)  # and back again
    assert side_titles(window) == ("Earlier version", "Later version")


def test_without_a_comparison_the_comparison_actions_are_disabled(window: MainWindow) -> None:
    for name in ("next_change", "previous_change", "find", "export", "print", "swap"):
        assert not window.actions_by_name[name].isEnabled(), name
    assert not window.actions_by_name["show_routine"].isEnabled()
    assert window.actions_by_name["open"].isEnabled()
    window.show_comparison(sample_comparison())
    assert all(window.actions_by_name[name].isEnabled() for name in NEEDS_COMPARISON)


def test_a_file_that_failed_to_load_is_not_shown_as_chosen(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "draft.txt"
    bad.write_bytes(b"")
    drop_files(window.start_page.earlier, EARLIER)
    with qtbot.waitSignal(window.loadFailed, timeout=20000):
        drop_files(window.start_page.later, bad)
    assert EARLIER.name in window.start_page.earlier.file_label.text()  # still chosen
    assert "draft.txt" not in window.start_page.later.file_label.text()
    assert "Drop a" in window.start_page.later.file_label.text()
    assert (window.left_path, window.right_path) == (EARLIER, None)
    # Dropping a good later version now compares.
    compared(qtbot, window, lambda: drop_files(window.start_page.later, LATER))


def brightness(image: QImage) -> float:
    total = 0
    for x in range(2, image.width() - 2, 3):
        for y in range(2, image.height() - 2, 3):
            total += QColor(image.pixel(x, y)).lightness()
    count = len(range(2, image.width() - 2, 3)) * len(range(2, image.height() - 2, 3))
    return total / count


def test_dark_theme_checked_toggles_stand_out(qtbot, window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.actions_by_name["theme_dark"].trigger()
    try:
        window.actions_by_name["filter_all"].setChecked(True)
        checked = window.toolbar.widgetForAction(window.actions_by_name["filter_all"])
        unchecked = window.toolbar.widgetForAction(window.actions_by_name["filter_changes"])
        qtbot.wait(20)
        a, b = brightness(checked.grab().toImage()), brightness(unchecked.grab().toImage())
        # A clearly filled button (the checked colour), not a shade darker than the bar.
        assert abs(a - b) > 25, (a, b)
        assert QColor(DARK.checked_bg).lightness() > QColor(DARK.window_bg).lightness() + 25
    finally:
        window.actions_by_name["theme_system"].trigger()


def drag_over(window: MainWindow, x: float, *paths: Path) -> None:
    mime = file_mime(*paths)  # kept alive: the event only points at it
    event = QDragMoveEvent(
        QPointF(x, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.view.dragMoveEvent(event)


def test_dragging_over_the_comparison_highlights_the_half_to_replace(
    qtbot, window: MainWindow
) -> None:
    window.show_comparison(sample_comparison())
    view = window.view
    width = view.viewport().width()
    plain = view.viewport().grab().toImage()
    drag_over(window, width - 30, LATER)
    assert view.drop_side == "R"
    shot = view.viewport().grab().toImage()
    right, left = int(width * 0.8), int(width * 0.1)
    y = view.viewport().height() - 5
    assert shot.pixel(right, y) != plain.pixel(right, y)  # the later half is tinted
    assert shot.pixel(left, y) == plain.pixel(left, y)  # the earlier half is not
    drag_over(window, 60, LATER)
    assert view.drop_side == "L"
    drag_over(window, 60, EARLIER, LATER)  # two files: the whole comparison
    assert view.drop_side == "both"
    view.dragLeaveEvent(QDragLeaveEvent())
    assert view.drop_side is None
    assert view.viewport().grab().toImage().pixel(right, y) == plain.pixel(right, y)


def test_the_same_file_on_both_sides_is_said(qtbot, window: MainWindow) -> None:
    compared(qtbot, window, lambda: window.compare_paths(EARLIER, EARLIER))
    notes = window.header_panel.notes
    assert notes.isVisibleTo(window) and "same file is on both sides" in notes.text()
    assert window.header_panel.summary_plain.startswith("No differences.")
    compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    assert "same file" not in notes.text()


@pytest.mark.parametrize(
    ("action", "words"),
    [
        ("filter_changes", "No changes: the two texts say the same."),
        ("filter_operative", "Neither text has an operative paragraph."),
    ],
)
def test_an_empty_filter_says_why(
    qtbot, window: MainWindow, tmp_path: Path, action: str, words: str
) -> None:
    # Identical texts (two copies) with no operative part: both filters leave nothing.
    text = "Recalling its earlier resolutions,\n\nNoting with concern the situation,\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    compared(qtbot, window, lambda: window.compare_paths(tmp_path / "a.txt", tmp_path / "b.txt"))
    window.actions_by_name[action].trigger()
    assert window.rows_model.rowCount() == 0
    assert window.view.empty_text == words
    window.actions_by_name["filter_all"].trigger()
