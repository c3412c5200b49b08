"""Issue 17: a long comparison is laid out lazily (gui/lazy_rows.py) — the rows on screen are
measured before the first paint, a jump scrolls at once even far down, the rest is measured
in the background a slice at a time, and measuring never moves the text being read."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint

from resolution_compare.core.comparison import Comparison, DiffSegment, Row
from resolution_compare.gui.main_window import MainWindow
from tests.gui.fixtures import sample_comparison

WORDS = "Requests the Independent Expert to continue to seek the views of States and to report"


def long_comparison(count: int = 800) -> Comparison:
    """``count`` rows of varied length, every tenth modified, the last one too."""
    rows = []
    for n in range(count):
        text = f"{n + 1}. " + " ".join([WORDS] * (1 + n % 5))
        ids = (f"OP{n + 1}",)
        if n % 10 == 9 or n == count - 1:
            diff = (DiffSegment("=", text), DiffSegment("-", " soon"), DiffSegment("+", " now"))
            rows.append(Row(ids, ids, "modified", diff))
        else:
            rows.append(Row(ids, ids, "unchanged", (DiffSegment("=", text),)))
    return replace(sample_comparison(), rows=tuple(rows))


def on_screen(window: MainWindow) -> range:
    return window.view.lazy._rows_on_screen()


def measured(window: MainWindow, visible_row: int) -> bool:
    view = window.view
    source = window.rows_model.source_index(visible_row)
    return view.delegate().has_height(source, view.viewport().width())


def test_the_first_screen_is_measured_before_it_is_painted(window: MainWindow) -> None:
    window.show_comparison(long_comparison())
    view = window.view
    rows = on_screen(window)
    assert len(rows) >= 3
    assert all(measured(window, r) for r in rows)
    # Far rows are not measured yet (they would have frozen the window), yet have a place.
    assert not measured(window, 700)
    assert view.visualRect(window.rows_model.index(700, 0)).top() > view.viewport().height()
    # The grab shows text in the rows: not an empty pane.
    image = view.viewport().grab().toImage()
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        if any(image.pixelColor(x, y).lightness() < 100 for x in range(200, image.width(), 4))
    )
    assert dark > 20


def test_a_jump_far_down_scrolls_at_once(window: MainWindow) -> None:
    window.show_comparison(long_comparison())
    assert window.view.lazy.pending()  # the background pass has not reached the end
    window.actions_by_name["last_change"].trigger()
    source = window.current_source_row()
    assert source == 799
    index = window.rows_model.index(799, 0)
    rect = window.view.visualRect(index)
    assert rect.intersects(window.view.viewport().rect())
    assert measured(window, 799)
    assert all(measured(window, r) for r in on_screen(window))


def test_background_measuring_finishes_without_moving_the_text(qtbot, window: MainWindow) -> None:
    window.show_comparison(long_comparison())
    window.jump_to_row(400)
    view = window.view
    anchor = view.indexAt(QPoint(1, 1))
    top = view.visualRect(anchor).top()
    assert view.lazy.pending()
    qtbot.waitUntil(lambda: not view.lazy.pending(), timeout=60000)
    assert all(measured(window, r) for r in range(window.rows_model.rowCount()))
    # Rows above the screen changed height from their estimates; the reader's row did not move.
    assert view.visualRect(anchor).top() == top
    # Every row has its measured height and the rows follow each other without overlap.
    previous_bottom = None
    for r in range(0, 800, 37):
        rect = view.visualRect(window.rows_model.index(r, 0))
        source = window.rows_model.source_index(r)
        assert rect.height() == view.delegate().exact_height(
            source, window.rows_model.row_at(r), view.viewport().width()
        )
        if previous_bottom is not None:
            assert rect.top() > previous_bottom
        previous_bottom = rect.bottom()


def test_one_background_turn_measures_a_slice_not_everything(window: MainWindow) -> None:
    window.show_comparison(long_comparison())
    lazy = window.view.lazy
    before = sum(measured(window, r) for r in range(800))
    lazy._measure_slice()
    after = sum(measured(window, r) for r in range(800))
    assert before < after < 800  # some progress, then back to the event loop


def test_scrolling_measures_the_rows_it_brings_on_screen(qtbot, window: MainWindow) -> None:
    window.show_comparison(long_comparison())
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    # Before any paint, within the scroll's time budget: at least the first row on screen;
    # the rest on the next turns of the event loop.
    assert measured(window, on_screen(window).start)
    qtbot.waitUntil(lambda: all(measured(window, r) for r in on_screen(window)), timeout=5000)


def test_a_paint_never_lays_out_a_row_the_scroll_left_for_later(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from resolution_compare.gui import lazy_rows

    window.show_comparison(long_comparison())
    view = window.view
    monkeypatch.setattr(lazy_rows, "SCROLL_BUDGET_MS", 0.0)  # the budget is spent at once
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * 3 // 4)
    waiting = [r for r in on_screen(window) if not measured(window, r)]
    assert waiting and view.lazy.deferring
    view.viewport().grab()  # a paint now: the waiting rows are drawn blank, not laid out
    sources = {window.rows_model.source_index(r) for r in waiting}
    assert not any(key[0] in sources for key in view.delegate()._docs)
    qtbot.waitUntil(lambda: not view.lazy.deferring, timeout=5000)
    assert all(measured(window, r) for r in on_screen(window))
