"""The History view: opening a series, the grid, a cell's step, the vote heatmap, find,
progress and Cancel, limits, export."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import resolution_compare as rc
from resolution_compare import workflow_history
from resolution_compare.core.history import History
from resolution_compare.gui import dialogs
from resolution_compare.gui.history_model import ProvisionGridModel, VoteMatrixModel
from resolution_compare.gui.main_window import MainWindow
from tests.gui.conftest import drop_files

DATA = Path(__file__).parent.parent / "data"
SERIES = [
    DATA / f"hrc-res-{s}-en.txt" for s in ("7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11")
]
V = {p.name: i for i, p in enumerate(SERIES)}


def open_history(qtbot, window: MainWindow, action) -> History:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.history_ctl.historyShown, timeout=30000) as blocker:
        action()
    return blocker.args[0]


def renewal_row(window: MainWindow) -> int:
    page = window.history_ctl.page
    history = window.history_ctl.history
    assert history is not None
    index = next(i for i, p in enumerate(history.provisions) if p.cells[-1].paragraph == "OP10")
    row = page.grid_model.row_of(index)
    assert row is not None
    return row


def test_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    history = rc.history([rc.load(p) for p in SERIES[-3:]])
    grid = ProvisionGridModel()
    grid.set_history(history)
    qtmodeltester.check(grid)
    votes = VoteMatrixModel()
    votes.set_history(history)
    qtmodeltester.check(votes)
    assert grid.rowCount() == len(history.provisions)
    assert votes.columnCount() == len(history.versions) + 2


def test_dropping_the_series_opens_the_history(qtbot, window: MainWindow) -> None:
    # Dropped newest first, on one target: seven files make a history, in date order.
    history = open_history(
        qtbot, window, lambda: drop_files(window.start_page.earlier, *reversed(SERIES))
    )
    page = window.history_ctl.page
    assert window.stack.currentWidget() is page
    assert [v.resolution.source for v in history.versions] == [p.name for p in SERIES]
    assert page.grid_model.rowCount() == len(history.provisions) == 37
    assert page.grid_model.columnCount() == 7
    header = page.grid_model.headerData(6, Qt.Orientation.Horizontal)
    assert header == "2020\nhrc-res-44-11-en.txt"
    renewal = page.grid_model.index(renewal_row(window), 6)
    assert renewal.data() == "OP10 ↺ 5"
    assert "returned after a gap since hrc-res-35-3-en.txt" in renewal.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert window.actions_by_name["export"].isEnabled()
    assert not window.actions_by_name["next_change"].isEnabled()


def test_clicking_a_cell_opens_its_step_on_the_provisions_row(qtbot, window: MainWindow) -> None:
    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES))
    page = window.history_ctl.page
    history = window.history_ctl.history
    assert history is not None
    # The report paragraph in 2020: the pair 41/5 → 44/11 (stored), on its row.
    row = next(
        r
        for r in range(page.grid_model.rowCount())
        if page.grid_model.index(r, 6).data() == "OP9 ✎ 1"
    )
    index = page.grid_model.index(row, 6)
    page.grid.scrollTo(index)
    with qtbot.waitSignal(window.history_ctl.stepShown, timeout=20000) as blocker:
        qtbot.mouseClick(
            page.grid.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.grid.visualRect(index).center(),
        )
    comparison = blocker.args[0]
    assert comparison is history.steps[5]
    assert window.stack.currentWidget() is window.comparison_page
    current = window.current_source_row()
    assert current is not None
    shown = comparison.rows[current]
    assert shown.right == ("OP9",) and shown.lead is not None and shown.lead.change == "weaker"
    # Back to the history, on the same cell.
    window.actions_by_name["history_view"].trigger()
    assert window.stack.currentWidget() is page
    assert page.grid.currentIndex() == index


def test_enter_on_a_returned_cell_compares_across_the_gap(qtbot, window: MainWindow) -> None:
    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES))
    page = window.history_ctl.page
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(renewal_row(window), 5))
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)  # keyboard navigation to 2020
    assert page.grid.currentIndex().column() == 6
    with qtbot.waitSignal(window.history_ctl.stepShown, timeout=20000) as blocker:
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    comparison = blocker.args[0]
    # Compared with the last version the renewal was in (35/3), not with 41/5.
    assert (comparison.left.source, comparison.right.source) == (
        "hrc-res-35-3-en.txt",
        "hrc-res-44-11-en.txt",
    )
    current = window.current_source_row()
    assert current is not None and comparison.rows[current].right == ("OP10",)
    assert comparison.rows[current].left == ("OP9",)


def test_vote_heatmap_sorts_and_lists_a_states_shifts(qtbot, window: MainWindow) -> None:
    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES))
    page = window.history_ctl.page
    page.tabs.setCurrentIndex(1)
    proxy = page.votes_proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)  # by State first
    page.sort_choice.setCurrentIndex(1)  # by number of shifts
    assert proxy.index(0, 0).data() == "Mexico"
    mexico = [proxy.index(0, c).data() for c in range(1, 8)]
    assert mexico == ["Y", "Y", "Y", "·", "A", "A", "A"]
    page.votes.setCurrentIndex(proxy.index(0, 3))
    assert "in favour (2014) → <b>abstaining</b> (2018)" in page.shifts.text()
    assert page.select_state("DEU") and "No change of position" in page.shifts.text()


def test_find_keeps_the_provisions_that_contain_the_text(qtbot, window: MainWindow) -> None:
    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES))
    page = window.history_ctl.page
    window.actions_by_name["find"].trigger()
    assert page.find_bar.isVisible()
    page.find_bar.edit.setText("extend the mandate")
    shown = [page.grid_model.provision_index(r) for r in range(page.grid_model.rowCount())]
    history = window.history_ctl.history
    assert history is not None and 0 < len(shown) < len(history.provisions)
    assert all(
        any(
            "extend the mandate" in history.paragraph(k, pid).text
            for k, c in enumerate(history.provisions[i].cells)
            for pid in c.paragraphs
        )
        for i in shown
    )
    page.find_bar.close_bar()
    assert page.grid_model.rowCount() == len(history.provisions)


def test_loading_shows_progress_and_can_be_cancelled(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(paths, options, progress):  # type: ignore[no-untyped-def]
        for done in range(500):
            progress(done, 500, "reading")
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(workflow_history, "load_history", slow)
    ctl = window.history_ctl
    ctl.open_paths(SERIES)
    assert ctl.cancel_button.isVisible()
    qtbot.waitUntil(lambda: ctl.progress.maximum() == 500, timeout=5000)
    qtbot.mouseClick(ctl.cancel_button, Qt.MouseButton.LeftButton)
    assert not ctl.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.status_label.text() == "Loading cancelled.", timeout=5000)
    assert not window.banner_box.isVisible() and ctl.history is None
    assert window.stack.currentWidget() is window.start_page


def test_a_cancelled_load_does_not_speak_for_the_next(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = workflow_history.load_history
    calls = []

    def first_slow(paths, options, progress):  # type: ignore[no-untyped-def]
        calls.append(paths)
        if len(calls) == 1:
            for done in range(500):
                progress(done, 500, "reading")
                time.sleep(0.01)
        return real(paths, options, progress)

    monkeypatch.setattr(workflow_history, "load_history", first_slow)
    ctl = window.history_ctl
    ctl.open_paths(SERIES)
    qtbot.waitUntil(lambda: ctl.progress.maximum() == 500, timeout=5000)
    ctl.cancel()
    history = open_history(qtbot, window, lambda: ctl.open_paths(SERIES[-3:]))
    assert len(history.versions) == 3
    qtbot.wait(200)
    assert not window.banner_box.isVisible()
    assert ctl.history is history and window.stack.currentWidget() is ctl.page


def test_more_than_thirty_versions_is_refused_with_the_limit(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    names = []
    for k in range(31):
        target = tmp_path / f"v{k:02}.txt"
        shutil.copy(SERIES[k % len(SERIES)], target)
        names.append(target)
    with qtbot.waitSignal(window.history_ctl.historyFailed, timeout=20000):
        window.history_ctl.open_paths(names)
    assert "at most 30 versions" in window.banner.text()


def test_a_folder_dropped_opens_the_history(qtbot, window: MainWindow, tmp_path: Path) -> None:
    for path in SERIES[-3:]:
        shutil.copy(path, tmp_path / path.name)
    history = open_history(qtbot, window, lambda: drop_files(window.start_page.later, tmp_path))
    assert len(history.versions) == 3


def test_two_files_still_make_a_pair(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        drop_files(window.start_page.earlier, SERIES[-1], SERIES[-2])
    assert window.history_ctl.history is None


def test_export_report_and_csv(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES[-3:]))
    for name, kind in (("h.html", "html"), ("v.csv", "votes")):
        target = tmp_path / name
        monkeypatch.setattr(dialogs, "choose_history_export", lambda *_a, t=target, k=kind: (t, k))
        with qtbot.waitSignal(window.history_ctl.exported, timeout=20000):
            window.actions_by_name["export"].trigger()
        assert target.exists()
    assert (tmp_path / "h.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "MEX,Mexico,0,abstain,abstain,abstain" in (tmp_path / "v.csv").read_text(
        encoding="utf-8-sig"
    )


def test_changing_an_option_rebuilds_the_history(qtbot, window: MainWindow) -> None:
    first = open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES[-3:]))
    assert not first.options.ignore_case
    again = open_history(qtbot, window, lambda: window.actions_by_name["ignore_case"].trigger())
    assert again.options.ignore_case and len(again.versions) == 3
    assert window.stack.currentWidget() is window.history_ctl.page


def test_ctrl_wheel_zooms_the_tables(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    open_history(qtbot, window, lambda: window.history_ctl.open_paths(SERIES[-3:]))
    page = window.history_ctl.page
    before = page.grid.font().pointSizeF()
    wheel = QWheelEvent(
        QPointF(20, 20),
        QPointF(20, 20),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.grid.viewport(), wheel)
    # One text-size setting for the whole window: the comparison page follows too.
    assert window.settings.zoom > 100 and page.grid.font().pointSizeF() > before
    assert page.votes.font().pointSizeF() == page.grid.font().pointSizeF()
    window.actions_by_name["zoom_reset"].trigger()
    assert window.settings.zoom == 100 and page.grid.font().pointSizeF() == before
    window.actions_by_name["zoom_in"].trigger()
    assert page.grid.font().pointSizeF() > before
