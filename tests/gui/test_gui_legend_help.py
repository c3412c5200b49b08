"""Items 3 and 15: the legend (Help, strip tooltip), whole-paragraph cues, and the Help pages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QTextBrowser

from resolution_compare.gui import dialogs
from resolution_compare.gui.actions import ACTIONS
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.palette import LIGHT, kind_colour
from tests.gui.fixtures import sample_comparison


def char_format_at(window: MainWindow, source: int, zone: str, position: int):  # type: ignore[no-untyped-def]
    row = window.comparison.rows[source]
    doc = window.view.itemDelegate().document(source, row, zone, 400)
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    return cursor.charFormat()


def test_whole_deleted_and_inserted_paragraphs_are_struck_and_underlined(
    window: MainWindow,
) -> None:
    window.show_comparison(sample_comparison())
    # Row 4 is a deleted paragraph, row 5 an inserted one: colour is not the only cue.
    assert char_format_at(window, 4, "L", 5).fontStrikeOut()
    assert char_format_at(window, 5, "R", 5).fontUnderline()
    # Unchanged text carries neither.
    unchanged = char_format_at(window, 0, "L", 5)
    assert not unchanged.fontStrikeOut() and not unchanged.fontUnderline()


def captured_pages(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    pages: dict[str, str] = {}
    monkeypatch.setattr(
        dialogs, "show_page", lambda parent, key, title, html: pages.__setitem__(key, html)
    )
    return pages


def test_help_legend_explains_the_strip_colours(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = captured_pages(monkeypatch)
    window.actions_by_name["legend"].trigger()
    legend = pages["legend"]
    for kind in ("deleted", "inserted", "modified", "moved", "stronger", "weaker"):
        assert kind_colour(window.view.itemDelegate().colours, kind) in legend, kind
    assert "stronger" in legend and "weaker" in legend and "Moved" in legend


def test_the_strip_tooltip_carries_the_legend(window: MainWindow) -> None:
    window.actions_by_name["theme_light"].trigger()
    tip = window.overview.toolTip()
    assert "click to jump" in tip
    assert kind_colour(LIGHT, "weaker") in tip and "▼" in tip
    window.actions_by_name["theme_system"].trigger()


def test_strip_ticks_put_deletions_left_and_insertions_right(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    strip = window.overview
    deleted, inserted, modified = (
        strip.tick_rect(4, "deleted"),
        strip.tick_rect(5, "inserted"),
        strip.tick_rect(3, "modified"),
    )
    middle = strip.width() / 2
    assert deleted.right() < middle <= inserted.left()
    assert modified.left() < middle < modified.right()


def test_keyboard_shortcuts_page_lists_every_shortcut_of_the_action_table(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = captured_pages(monkeypatch)
    window.actions_by_name["shortcuts"].trigger()
    page = pages["shortcuts"]
    for spec in ACTIONS:
        for key in filter(None, (spec.shortcut, *spec.alternates)):
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            assert native.replace("&", "&amp;") in page or native in page, spec.name
            assert spec.text.replace("&", "").rstrip("…") in page, spec.name


def test_guide_legend_shortcuts_and_about_are_in_the_help_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = captured_pages(monkeypatch)
    help_menu = next(
        m
        for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        if m.title() == "&Help"
    )
    names = [a.objectName() for a in help_menu.actions() if a.objectName()]
    assert names == ["guide", "legend", "shortcuts", "about"]
    for name in names:
        window.actions_by_name[name].trigger()
    assert set(pages) == {"guide", "legend", "shortcuts", "about"}
    assert "Alt+Down" in pages["guide"] and "offline" in pages["about"]


def test_help_pages_open_as_non_modal_windows(qtbot, window: MainWindow) -> None:
    # The real dialogs module: a Help page is a window beside the comparison, reused.
    window.actions_by_name["shortcuts"].trigger()
    dialog = window.findChild(QDialog, "helpPage-shortcuts")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert "Ctrl+F" in dialog.findChild(QTextBrowser).toPlainText()
    window.actions_by_name["shortcuts"].trigger()
    assert len(window.findChildren(QDialog, "helpPage-shortcuts")) == 1
    dialog.close()
