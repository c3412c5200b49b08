"""The change list beside the view and the overview strip along it.

Signals (both widgets): ``rowActivated(int source_index)`` — the user picked a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QTreeWidget, QTreeWidgetItem, QWidget

from resolution_compare.core.comparison import Comparison, Row
from resolution_compare.gui.row_text import (
    change_groups,
    is_change,
    lead_badge,
    row_label,
    strip_kind,
)
from resolution_compare.gui.theme import LIGHT, Colours
from resolution_compare.palette import kind_colour, legend_html

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("navigator", text)


def change_group(row: Row) -> str | None:
    """The first navigator group a changed row belongs to (operative language first)."""
    groups = change_groups(row, True)
    return groups[0] if groups else None


GROUP_TITLES = {
    "language": "Operative language",
    "modified": "Modified",
    "rewritten": "Rewritten",
    "inserted": "Inserted",
    "deleted": "Deleted",
    "moved": "Moved",
}


class ChangeList(QTreeWidget):
    rowActivated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Changes"))
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)

    def set_comparison(self, comparison: Comparison | None, show_routine: bool) -> None:
        self.clear()
        if comparison is None:
            return
        groups: dict[str, list[tuple[int, Row]]] = {key: [] for key in GROUP_TITLES}
        for i, row in enumerate(comparison.rows):
            for group in change_groups(row, show_routine):
                groups[group].append((i, row))
        for key, members in groups.items():
            if not members:
                continue
            top = QTreeWidgetItem([f"{_tr(GROUP_TITLES[key])} ({len(members)})"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.addTopLevelItem(top)
            for i, row in members:
                text = row_label(row)
                badge = lead_badge(row)
                if badge:
                    text += "  " + badge[1]
                elif row.flags:
                    text += "  ⚑"
                child = QTreeWidgetItem([text])
                child.setData(0, SOURCE_ROLE, i)
                child.setToolTip(0, (row.right_text or row.left_text)[:300])
                top.addChild(child)
            top.setExpanded(True)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        source = item.data(0, SOURCE_ROLE)
        if isinstance(source, int):
            self.rowActivated.emit(source)


class OverviewStrip(QWidget):
    """A thin bar: one tick per changed row at its position in the document; click to jump."""

    rowActivated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()
        self._show_routine = True
        self._current: int | None = None
        self.colours: Colours = LIGHT
        self.setFixedWidth(16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._update_tooltip()
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(16, 200)

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self._update_tooltip()
        self.update()

    def _update_tooltip(self) -> None:
        # The legend rides along with the strip it explains (also in Help ▸ Legend).
        self.setToolTip(
            "<p>"
            + _tr("Where the changes are; click to jump.")
            + "</p>"
            + legend_html(self.colours, _tr)
        )

    def set_rows(self, rows: tuple[Row, ...], show_routine: bool) -> None:
        self._rows = rows
        self._show_routine = show_routine
        self.update()

    def set_current(self, source: int | None) -> None:
        self._current = source
        self.update()

    def tick_rect(self, index: int, kind: str) -> QRect:
        """Where row ``index``'s tick is drawn: deletions on the left half (the earlier
        side), insertions on the right half, everything else across the whole strip."""
        n = max(1, len(self._rows))
        h = self.height()
        tick = max(3, h // n)
        inner = self.width() - 4
        left, width = 2, inner
        if kind == "deleted":
            width = inner // 2
        elif kind == "inserted":
            left, width = 2 + inner - inner // 2, inner // 2
        return QRect(left, int(index * h / n), width, tick)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        c = self.colours
        painter.fillRect(self.rect(), QColor(c.gap_bg))
        for i, row in enumerate(self._rows):
            if not is_change(row, self._show_routine):
                continue
            kind = strip_kind(row)
            painter.fillRect(self.tick_rect(i, kind), QColor(kind_colour(c, kind)))
        if self._rows and self._current is not None:
            current = self.tick_rect(self._current, "modified")
            painter.setPen(QColor(c.text))
            painter.drawRect(current.adjusted(-2, -1, 1, 0))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        n = len(self._rows)
        if not n:
            return
        wanted = min(n - 1, max(0, int(event.position().y() * n / max(1, self.height()))))
        # Jump to the nearest change, since that is what the ticks show.
        changes = [i for i, r in enumerate(self._rows) if is_change(r, self._show_routine)]
        if changes:
            wanted = min(changes, key=lambda i: abs(i - wanted))
        self.rowActivated.emit(wanted)
