"""The change list beside the view and the overview strip along it.

Signals (both widgets): ``rowActivated(int source_index)`` — the user picked a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QTreeWidget, QTreeWidgetItem, QWidget

from resolution_compare.core.comparison import Comparison, Row
from resolution_compare.gui.row_text import is_change, lead_badge, row_label
from resolution_compare.gui.theme import LIGHT, Colours

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("navigator", text)


def change_group(row: Row) -> str | None:
    """Which navigator group a changed row belongs to (operative language first)."""
    if lead_badge(row) is not None or row.flags:
        return "language"
    if row.moved:
        return "moved"
    if row.status in ("modified", "rewritten", "split", "merged"):
        return "modified"
    if row.status in ("inserted", "deleted"):
        return row.status
    return None


GROUP_TITLES = {
    "language": "Operative language",
    "modified": "Modified",
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
            if not is_change(row, show_routine):
                continue
            group = change_group(row)
            if group:
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
        self.setToolTip(self.tr("Where the changes are; click to jump"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(16, 200)

    def set_rows(self, rows: tuple[Row, ...], show_routine: bool) -> None:
        self._rows = rows
        self._show_routine = show_routine
        self.update()

    def set_current(self, source: int | None) -> None:
        self._current = source
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        c = self.colours
        painter.fillRect(self.rect(), QColor(c.gap_bg))
        n = len(self._rows)
        if n:
            h = self.height()
            tick = max(2, h // n)
            for i, row in enumerate(self._rows):
                if not is_change(row, self._show_routine):
                    continue
                colour = {
                    "inserted": c.inserted_marker,
                    "deleted": c.deleted_marker,
                }.get(row.status, c.modified_marker)
                if row.moved or row.status in ("split", "merged"):
                    colour = c.moved_marker
                badge = lead_badge(row)
                if badge and badge[0] in ("stronger", "weaker"):
                    colour = c.stronger if badge[0] == "stronger" else c.weaker
                painter.fillRect(QRect(2, int(i * h / n), self.width() - 4, tick), QColor(colour))
            if self._current is not None:
                y = int(self._current * h / n)
                painter.setPen(QColor(c.text))
                painter.drawRect(QRect(0, y, self.width() - 1, tick))
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
