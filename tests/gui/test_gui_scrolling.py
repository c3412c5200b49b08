"""Item 2: a jump shows the row's top (ids and badges); a new comparison or filter starts at
the top, never at the old scroll position."""

from __future__ import annotations

from dataclasses import replace

from resolution_compare.core.comparison import DiffSegment
from resolution_compare.gui.main_window import MainWindow
from tests.gui.fixtures import sample_comparison

LONG = " ".join(["the Independent Expert shall continue to promote solidarity"] * 220)


def tall_comparison():  # type: ignore[no-untyped-def]
    """The hand-made comparison with rows 2 (a ▲ verb change) and 5 far taller than the view."""
    base = sample_comparison()
    rows = list(base.rows)
    rows[2] = replace(
        rows[2],
        diff=(DiffSegment("-", "Encourages"), DiffSegment("+", "Urges"), DiffSegment("=", LONG)),
    )
    rows[5] = replace(rows[5], diff=(DiffSegment("+", LONG),))
    # Many short rows after them, so there is room to scroll past.
    filler = [replace(rows[0], left=(f"PP{i}",), right=(f"PP{i}",)) for i in range(2, 40)]
    return replace(base, rows=(*rows, *filler))


def row_top(window: MainWindow, source: int) -> int:
    visible = window.rows_model.visible_row(source)
    assert visible is not None
    return window.view.visualRect(window.rows_model.index(visible, 0)).top()


def test_jumping_to_a_tall_row_shows_its_top(qtbot, window: MainWindow) -> None:
    window.show_comparison(tall_comparison())
    qtbot.wait(50)
    view = window.view
    # Taller than the view: otherwise the test would prove nothing.
    visible = window.rows_model.visible_row(5)
    assert view.visualRect(window.rows_model.index(visible, 0)).height() > view.viewport().height()
    for jump in (
        lambda: window.jump_to_row(5),  # the change list and the strip
        lambda: window.actions_by_name["first_change"].trigger(),  # Alt+Home → row 1, short
        lambda: window.actions_by_name["next_change"].trigger(),  # Alt+Down → row 2, tall
    ):
        jump()
        source = window.current_source_row()
        assert source is not None
        top = row_top(window, source)
        # The row's first line — its ids and ▲/▼ badge — is on screen.
        assert 0 <= top < view.viewport().height() // 2, (source, top)


def test_a_new_comparison_starts_at_the_top(qtbot, window: MainWindow) -> None:
    window.show_comparison(tall_comparison())
    window.jump_to_row(20)
    assert window.view.verticalScrollBar().value() > 0
    window.show_comparison(tall_comparison())
    assert window.view.verticalScrollBar().value() == 0
    assert window.current_source_row() is None


def test_a_new_filter_starts_at_the_top_or_keeps_the_current_row(qtbot, window: MainWindow) -> None:
    window.show_comparison(tall_comparison())
    window.jump_to_row(25)  # an unchanged paragraph far down
    window.actions_by_name["filter_changes"].trigger()  # hides it
    assert window.view.verticalScrollBar().value() == 0
    window.actions_by_name["filter_all"].trigger()
    window.jump_to_row(5)
    window.actions_by_name["filter_changes"].trigger()  # keeps it: it stays in view
    assert window.current_source_row() == 5
    assert 0 <= row_top(window, 5) < window.view.viewport().height() // 2
