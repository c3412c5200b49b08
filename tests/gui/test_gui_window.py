"""The main window: drops, navigation, filters, find, bad files, export wiring."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resolution_compare.gui import dialogs
from resolution_compare.gui.main_window import MainWindow
from tests.gui.conftest import drop_files
from tests.gui.fixtures import sample_comparison

DATA = Path(__file__).parent.parent / "data"
EARLIER = DATA / "hrc-res-35-3-en.txt"
LATER = DATA / "hrc-res-44-11-en.txt"


def wait_compared(qtbot, window: MainWindow, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        action()


def test_drop_one_file_on_each_target_shows_the_comparison(qtbot, window: MainWindow) -> None:
    drop_files(window.start_page.earlier, EARLIER)
    assert window.comparison is None  # one side is not enough
    assert window.stack.currentWidget() is window.start_page
    wait_compared(qtbot, window, lambda: drop_files(window.start_page.later, LATER))
    assert window.stack.currentWidget() is window.comparison_page
    assert window.comparison is not None
    assert window.comparison.left.source == EARLIER.name
    assert window.comparison.right.source == LATER.name
    assert window.rows_model.rowCount() == len(window.comparison.rows) > 0


def test_drop_on_the_later_target_first_also_works(qtbot, window: MainWindow) -> None:
    drop_files(window.start_page.later, LATER)
    wait_compared(qtbot, window, lambda: drop_files(window.start_page.earlier, EARLIER))
    assert window.comparison is not None
    assert (window.comparison.left.source, window.comparison.right.source) == (
        EARLIER.name,
        LATER.name,
    )


def test_dropping_two_files_at_once_puts_the_earlier_session_left(
    qtbot, window: MainWindow
) -> None:
    # Dropped in the wrong order: 44/11 (2020) first, 35/3 (2017) second.
    wait_compared(qtbot, window, lambda: drop_files(window.start_page.earlier, LATER, EARLIER))
    assert window.comparison is not None
    assert window.comparison.left.source == EARLIER.name
    assert window.comparison.right.source == LATER.name


def test_a_file_dropped_on_the_right_half_of_the_view_replaces_the_later_side(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    wait_compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    replacement = tmp_path / "later-edited.txt"
    shutil.copy(LATER, replacement)
    view = window.view
    wait_compared(
        qtbot, window, lambda: drop_files(view, replacement, x=view.viewport().width() - 20)
    )
    assert window.comparison is not None
    assert (window.comparison.left.source, window.comparison.right.source) == (
        EARLIER.name,
        replacement.name,
    )
    # ... and the left half replaces the earlier side.
    wait_compared(qtbot, window, lambda: drop_files(view, replacement, x=250))
    assert (window.comparison.left.source, window.comparison.right.source) == (
        replacement.name,
        replacement.name,
    )


def test_swap_sides(qtbot, window: MainWindow) -> None:
    wait_compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    wait_compared(qtbot, window, window.actions_by_name["swap"].trigger)
    assert window.comparison is not None
    assert window.comparison.left.source == LATER.name


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty file
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # a PNG renamed .txt
    ],
    ids=["empty", "png-renamed-txt"],
)
def test_a_bad_file_keeps_the_previous_comparison(
    qtbot, window: MainWindow, tmp_path: Path, content: bytes
) -> None:
    wait_compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    before = window.comparison
    bad = tmp_path / "draft.txt"
    bad.write_bytes(content)
    with qtbot.waitSignal(window.loadFailed, timeout=20000) as blocker:
        drop_files(window.view, bad, x=window.view.viewport().width() - 20)
    assert "draft.txt" in blocker.args[0]
    assert window.comparison is before
    assert window.rows_model.rowCount() == len(before.rows)
    assert window.banner_box.isVisibleTo(window)
    assert "draft.txt" in window.banner.text()
    # The sides point back at what is shown, so swapping swaps the shown pair.
    assert (window.left_path, window.right_path) == (EARLIER, LATER)


def test_a_missing_file_shows_a_banner_on_the_start_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.loadFailed, timeout=20000):
        window.compare_paths(tmp_path / "gone.txt", LATER)
    assert window.comparison is None
    assert window.banner_box.isVisibleTo(window)


def current_source(window: MainWindow) -> int | None:
    return window.current_source_row()


def test_next_and_previous_change_move_the_current_row(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    # Changes in the hand-made comparison are rows 1..5 (row 0 is unchanged).
    window.actions_by_name["next_change"].trigger()
    assert current_source(window) == 1
    window.actions_by_name["next_change"].trigger()
    assert current_source(window) == 2
    window.actions_by_name["previous_change"].trigger()
    assert current_source(window) == 1
    window.actions_by_name["previous_change"].trigger()
    assert current_source(window) == 5  # wraps round to the last change
    window.actions_by_name["first_change"].trigger()
    assert current_source(window) == 1


def test_routine_only_rows_are_skipped_when_routine_changes_are_hidden(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.actions_by_name["show_routine"].setChecked(False)
    window.toggle_routine(False)
    window.jump_to_row(2)
    window.next_change()
    assert current_source(window) == 4  # row 3 only renumbers the session


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("filter_all", [0, 1, 2, 3, 4, 5]),  # every row
        ("filter_changes", [1, 2, 3, 4, 5]),  # the unchanged PP1 is hidden
        ("filter_operative", [1, 2, 3, 4, 5]),  # PP1 is preambular
    ],
)
def test_filters_hide_and_show_rows(window: MainWindow, action: str, expected: list[int]) -> None:
    window.show_comparison(sample_comparison())
    window.actions_by_name[action].trigger()
    model = window.rows_model
    assert [model.source_index(r) for r in range(model.rowCount())] == expected
    window.actions_by_name["filter_all"].trigger()
    assert model.rowCount() == 6


def test_changes_filter_without_routine_hides_the_routine_row(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.toggle_routine(False)
    window.actions_by_name["filter_changes"].trigger()
    model = window.rows_model
    assert [model.source_index(r) for r in range(model.rowCount())] == [1, 2, 4, 5]


def test_jumping_to_a_filtered_out_row_shows_all_rows(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.actions_by_name["filter_changes"].trigger()
    window.jump_to_row(0)
    assert window.rows_model.row_filter == "all"
    assert current_source(window) == 0


def test_find_moves_to_the_matching_row_on_either_side(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.show_find()
    window.find_bar.edit.setText("calls upon")  # only in the later version (row 5)
    window.find_next()
    assert current_source(window) == 5
    window.find_bar.edit.setText("seized")  # only in the earlier version (row 4)
    window.find_next()
    assert current_source(window) == 4
    window.find_bar.edit.setText("no such words")
    window.find_next()
    assert current_source(window) == 4
    assert window.find_bar.status.text() == "Not found"


def test_change_list_groups_and_jumps(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    tree = window.change_list
    groups = {
        tree.topLevelItem(i).text(0).split(" (")[0]: tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }
    assert list(groups) == ["Operative language", "Modified", "Inserted", "Deleted", "Moved"]
    assert "stronger: Encourages → Urges" in groups["Operative language"].child(0).text(0)
    tree._on_item(groups["Deleted"].child(0))
    assert current_source(window) == 4


def test_overview_strip_click_jumps_to_the_nearest_change(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, Qt

    window.show_comparison(sample_comparison())
    strip = window.overview
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 2))
    assert current_source(window) == 5


def test_export_runs_the_report_and_reports_failure_in_the_banner(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resolution_compare.report as report
    from resolution_compare.gui.export_dialog import ExportChoice

    window.show_comparison(sample_comparison())
    target = tmp_path / "out.pdf"
    calls = []
    choice = ExportChoice(target, "pdf", "letter", changes_only=True, operative_only=False)
    monkeypatch.setattr(dialogs, "choose_export", lambda parent, proposal: choice)
    monkeypatch.setattr(report, "export_report", lambda *args, **kw: calls.append((args, kw)))
    with qtbot.waitSignal(window.exportFinished, timeout=10000):
        window.actions_by_name["export"].trigger()
    args, kw = calls[0]
    assert args[1:] == (target, "pdf", True, "letter") and kw["operative_only"] is False

    def broken(*args: object, **kw: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(report, "export_report", broken)
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: window.banner_box.isVisibleTo(window), timeout=10000)
    assert "disk full" in window.banner.text()


def test_sample_and_recent_list(qtbot, window: MainWindow) -> None:
    wait_compared(qtbot, window, window.open_sample)
    window.show_start_page()
    recent = window.start_page.recent
    assert recent.count() == 1
    assert "hrc-res-35-3-en.txt" in recent.item(0).text()


def test_find_marks_the_text_in_the_cells(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.show_find()
    window.find_bar.edit.setText("States")
    window.find_next()
    delegate = window.view.itemDelegate()
    doc = delegate.document(2, window.comparison.rows[2], "R", 400)
    cursor = doc.find("States")
    assert cursor.charFormat().background().color().name() == delegate.colours.find_bg
    window.find_bar.close_bar()
    doc = delegate.document(2, window.comparison.rows[2], "R", 400)
    assert doc.find("States").charFormat().background().color().name() != delegate.colours.find_bg


def test_parse_warnings_and_language_notes_are_shown(qtbot, window: MainWindow) -> None:
    # English 44/11 against its French version: the reader is told why nothing matches.
    wait_compared(qtbot, window, lambda: window.compare_paths(LATER, DATA / "hrc-res-44-11-fr.txt"))
    notes = window.header_panel.notes
    assert notes.isVisibleTo(window)
    assert "different languages (en → fr)" in notes.text()
    wait_compared(qtbot, window, lambda: window.compare_paths(EARLIER, LATER))
    assert not notes.isVisibleTo(window)
