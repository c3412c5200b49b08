"""Rows laid out lazily: the view never waits for a whole long comparison to be measured.

Measuring a row means laying out its three cells (gui/row_delegate.py): 1–3 ms. A
1,000-paragraph pair measured at once would freeze the window for seconds, and Qt's own
batched layout (60 rows between events) both blocks for 100 ms and more per batch and leaves
rows beyond the batches without a position, so a jump there does not scroll and an early
screenshot shows an empty pane. Here every row has a height at once — its measured height
when known, otherwise an estimate from its text length (RowDelegate.estimated_height) — so
the whole list has positions from the first frame; then:

- the rows on screen are measured before they are painted (first paint, scrolling, jumps),
- the rest are measured in the background, nearest the view first, in slices of at most
  SLICE_MS milliseconds between events,
- whenever measured heights move rows, the list is laid out again with the first row on
  screen kept where it was, so the text being read does not jump.

bench/gui.py measures the longest time the event loop is blocked while a 1,000-paragraph
pair is scrolled (target: under 50 ms).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QTimer

if TYPE_CHECKING:
    from resolution_compare.gui.comparison_view import ComparisonView

SLICE_MS = 8.0  # background measuring (and the relayout after it) per event-loop turn
SCROLL_BUDGET_MS = 15.0  # measuring the rows a scroll brings on screen, before painting
RELAYOUT_EVERY_MS = 250.0  # rows measured below the screen: lay out again this often


class LazyRowLayout(QObject):
    """Measures a ComparisonView's rows: the visible ones now, the others in the background."""

    def __init__(self, view: ComparisonView) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._measure_slice)
        self._next = 0  # the next row the background pass looks at
        self._dirty_since: float | None = None  # rows moved below the screen, not laid out yet
        self._busy = False  # re-entry guard: laying out scrolls, scrolling measures
        # True while rows on screen wait for the next turn (a scroll's budget ran out): the
        # delegate paints them blank instead of laying them out inside a paint.
        self.deferring = False
        self._relayout_ms = 5.0  # how long laying the list out took last time

    # --- state ----------------------------------------------------------------------------
    def restart(self) -> None:
        """Heights were forgotten (new result, width, font, theme): measure again, from the
        rows on screen down (then from the top)."""
        self._next = self._rows_on_screen().start
        self._dirty_since = None
        self._timer.start()

    def pending(self) -> bool:
        """Whether some row still has only an estimated height."""
        return self._timer.isActive() or self._first_unmeasured(0) is not None

    # --- measuring ----------------------------------------------------------------------
    def _width(self) -> int:
        return int(self._view.viewport().width())

    def _unmeasured(self, visible_row: int) -> bool:
        model = self._view.rows_model()
        return not self._view.delegate().has_height(model.source_index(visible_row), self._width())

    def _measure(self, visible_row: int) -> bool:
        """Measure one row; True when its height differs from what the list assumed."""
        view, model = self._view, self._view.rows_model()
        source = model.source_index(visible_row)
        delegate = view.delegate()
        assumed = delegate.known_or_estimated(source, model.row_at(visible_row), self._width())
        return delegate.exact_height(source, model.row_at(visible_row), self._width()) != assumed

    def _rows_on_screen(self) -> range:
        view = self._view
        count = view.rows_model().rowCount()
        if not count:
            return range(0)
        first = view.indexAt(QPoint(1, 1))
        start = first.row() if first.isValid() else 0
        bottom = view.viewport().height()
        stop = start
        # Walk down until a row starts below the viewport (positions are known for all rows).
        while stop < count:
            rect = view.visualRect(view.rows_model().index(stop, 0))
            if rect.top() > bottom:
                break
            stop += 1
        return range(start, min(count, stop + 1))

    def measure_visible(self, budget_ms: float | None = None) -> bool:
        """Measure the rows on screen (and the one below) and lay the list out again, keeping
        the first row in place, until every row on screen is measured; with ``budget_ms``,
        stop measuring after that long (the background turn finishes the rest at once).
        True when rows moved."""
        if self._busy or not self._view.rows_model().rowCount():
            return False
        deadline = None
        if budget_ms is not None:  # the relayout that follows is part of the budget
            deadline = time.perf_counter() + max(budget_ms - self._relayout_ms, 1.0) / 1000
        moved = False
        self.deferring = False
        for _ in range(8):  # measuring can bring more rows on screen; it settles fast
            changed = False
            for visible_row in self._rows_on_screen():
                if deadline is not None and time.perf_counter() > deadline:
                    self.deferring = self.deferring or self._unmeasured(visible_row)
                    continue
                if self._unmeasured(visible_row):
                    changed |= self._measure(visible_row)
            if not changed:
                break
            moved = True
            self.relayout_anchored()
            if deadline is not None and time.perf_counter() > deadline:
                self.deferring = any(self._unmeasured(r) for r in self._rows_on_screen())
                break
        if not self._timer.isActive():
            self._next = self._rows_on_screen().start
            self._timer.start()
        return moved

    def _first_unmeasured(self, start: int) -> int | None:
        """The first row from ``start`` down, then from the top, still to be measured."""
        count = self._view.rows_model().rowCount()
        for rows in (range(start, count), range(0, min(start, count))):
            for visible_row in rows:
                if self._unmeasured(visible_row):
                    return visible_row
        return None

    def _measure_slice(self) -> None:
        """One background turn: measure rows for at most SLICE_MS, then yield to events."""
        if self._busy:
            self._timer.start()
            return
        if self.deferring:  # rows on screen first, within this turn's budget
            self.measure_visible(SLICE_MS)
            if not self.deferring:
                self._view.viewport().update()
            self._timer.start()
            return
        deadline = time.perf_counter() + max(SLICE_MS - self._relayout_ms, 1.0) / 1000
        first_on_screen = self._rows_on_screen().start
        above = False
        while time.perf_counter() < deadline:
            found = self._first_unmeasured(self._next)
            if found is None:
                break
            self._next = found
            if self._measure(found):
                above |= found < first_on_screen
                if self._dirty_since is None:
                    self._dirty_since = time.perf_counter()
        now = time.perf_counter()
        done = self._first_unmeasured(self._next) is None
        stale = self._dirty_since is not None and (
            above or done or (now - self._dirty_since) * 1000 > RELAYOUT_EVERY_MS
        )
        if stale:
            self.relayout_anchored()
        if not done:
            self._timer.start()

    def relayout_anchored(self) -> None:
        """Lay the list out again with the first row on screen kept at the same height."""
        view = self._view
        self._busy = True
        started = time.perf_counter()
        try:
            anchor = view.indexAt(QPoint(1, 1))
            offset = view.visualRect(anchor).top() if anchor.isValid() else None
            view.scheduleDelayedItemsLayout()
            view.executeDelayedItemsLayout()
            if anchor.isValid() and offset is not None:
                moved = view.visualRect(anchor).top() - offset
                if moved:
                    bar = view.verticalScrollBar()
                    bar.setValue(bar.value() + moved)
            self._dirty_since = None
        finally:
            self._busy = False
            self._relayout_ms = (time.perf_counter() - started) * 1000
        view.viewport().update()

    def on_scrolled(self, *_args: Any) -> None:
        """Rows that came on screen are measured before they are painted (a long jump of
        the scroll bar: as many as SCROLL_BUDGET_MS allows, the rest on the next turn)."""
        if not self._busy:
            self.measure_visible(SCROLL_BUDGET_MS)
