"""Items 4 and 5: zooming the comparison text, selecting words in a cell and copying them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from resolution_compare.gui.main_window import MainWindow
from resolution_compare.gui.row_delegate import PAD
from resolution_compare.gui.settings import load_settings
from tests.gui.fixtures import sample_comparison


def text_size(window: MainWindow) -> float:
    return window.view.font().pointSizeF()


def test_zoom_keys_change_the_text_size_and_are_kept(qtbot, window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    normal = text_size(window)
    height_before = window.view.visualRect(window.rows_model.index(2, 0)).height()
    window.actions_by_name["zoom_in"].trigger()
    window.actions_by_name["zoom_in"].trigger()
    assert text_size(window) > normal
    assert load_settings().zoom == 120
    window.view.executeDelayedItemsLayout()
    # Rows are laid out again at the new size.
    assert window.view.visualRect(window.rows_model.index(2, 0)).height() > height_before
    # A new window (next run) starts at the kept size.
    again = MainWindow(load_settings())
    qtbot.addWidget(again)
    assert again.view.font().pointSizeF() == text_size(window)
    window.actions_by_name["zoom_out"].trigger()
    window.actions_by_name["zoom_out"].trigger()
    window.actions_by_name["zoom_out"].trigger()
    assert text_size(window) < normal
    window.actions_by_name["zoom_reset"].trigger()
    assert text_size(window) == normal and load_settings().zoom == 100


def test_zoom_shortcuts_are_the_usual_ones(window: MainWindow) -> None:
    keys = {
        name: [k.toString() for k in window.actions_by_name[name].shortcuts()]
        for name in ("zoom_in", "zoom_out", "zoom_reset")
    }
    assert keys == {
        "zoom_in": ["Ctrl++", "Ctrl+="],
        "zoom_out": ["Ctrl+-"],
        "zoom_reset": ["Ctrl+0"],
    }


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    normal = text_size(window)

    def wheel(delta: int, modifiers: Qt.KeyboardModifier) -> None:
        pos = QPointF(200, 50)
        event = QWheelEvent(
            pos,
            QPointF(window.view.viewport().mapToGlobal(pos.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(window.view.viewport(), event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert text_size(window) > normal
    wheel(-240, Qt.KeyboardModifier.ControlModifier)
    assert text_size(window) < normal
    wheel(-120, Qt.KeyboardModifier.NoModifier)  # no zoom without Ctrl
    assert load_settings().zoom == 90


def cell_point(window: MainWindow, source: int, zone: str, dx: int = 0) -> QPoint:
    """A point on the first text line of one cell, ``dx`` pixels into the text."""
    view = window.view
    visible = window.rows_model.visible_row(source)
    rect = view.visualRect(window.rows_model.index(visible, 0))
    cell = next(z for z in view.itemDelegate().zones(rect.left(), rect.width()) if z.name == zone)
    line = view.fontMetrics().height()
    return QPoint(cell.x + PAD + 1 + dx, rect.top() + PAD + line // 2)


def test_words_in_a_cell_can_be_selected_with_the_mouse_and_copied(
    qtbot, window: MainWindow
) -> None:
    window.show_comparison(sample_comparison())
    viewport = window.view.viewport()
    # Row 2, later text: "Urges States to act;". Drag across the first two words.
    start = cell_point(window, 2, "R")
    width = window.view.fontMetrics().horizontalAdvance("Urges States")
    end = cell_point(window, 2, "R", dx=width)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.view.selected_text() == "Urges States"
    assert window.current_source_row() == 2  # the click also made it the current row
    window.actions_by_name["copy"].trigger()  # Edit ▸ Copy (Ctrl+C)
    assert QGuiApplication.clipboard().text() == "Urges States"


def test_double_click_selects_a_word(qtbot, window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    viewport = window.view.viewport()
    dx = window.view.fontMetrics().horizontalAdvance("Urges Sta")
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell_point(window, 2, "R", dx=dx))
    assert window.view.selected_text() == "States"


def test_without_a_selection_copy_takes_the_whole_row(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.jump_to_row(2)
    window.view.clear_text_selection()
    window.actions_by_name["copy"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("OP1 → OP2") and "Encourages States to act;" in copied
    assert window.actions_by_name["copy"].shortcut().toString() == "Ctrl+C"


def test_context_menu_copies_either_paragraph(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    window.jump_to_row(2)
    menu = window.view.context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) >= {"Copy", "Copy the earlier paragraph", "Copy the later paragraph"}
    actions["Copy the later paragraph"].trigger()
    assert QGuiApplication.clipboard().text() == "Urges States to act;"
    actions["Copy the earlier paragraph"].trigger()
    assert QGuiApplication.clipboard().text() == "Encourages States to act;"
    # A row with no earlier paragraph (inserted): that entry is disabled.
    window.jump_to_row(5)
    menu = window.view.context_menu()
    earlier = next(a for a in menu.actions() if a.text() == "Copy the earlier paragraph")
    assert not earlier.isEnabled()
