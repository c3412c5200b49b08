"""The side-by-side view: one list item per comparison row, painted by one delegate
(gui/row_delegate.py).

Besides the list behaviour it gives the reader three things a plain list does not:
words in a cell can be selected with the mouse (drag, or double-click for a word) and
copied; Ctrl+wheel zooms the text; and a file dragged over the view shows which half —
earlier or later — the drop will replace.

Signals: ``filesDropped(str side, list paths)`` — side "L" or "R" from the drop position;
``zoomRequested(int steps)`` — Ctrl+wheel, +1 per notch up, -1 per notch down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu

from resolution_compare.core.comparison import Row
from resolution_compare.gui.lazy_rows import LazyRowLayout
from resolution_compare.gui.row_delegate import (
    LABEL_WIDTH,
    MARKER_WIDTH,
    PAD,
    RowDelegate,
    Zone,
)
from resolution_compare.gui.rows_model import ROW_ROLE, SOURCE_INDEX_ROLE, ComparisonRowsModel
from resolution_compare.gui.theme import Colours

__all__ = ["LABEL_WIDTH", "MARKER_WIDTH", "PAD", "ComparisonView", "dropped_paths"]


def dropped_paths(mime: Any) -> list[Path]:
    """Local files in a drag's mime data (other URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


@dataclass
class CellSelection:
    """Selected characters in one zone of one row: [anchor, position) in its document."""

    source: int
    zone: str
    anchor: int
    position: int

    def span(self) -> tuple[int, int]:
        return min(self.anchor, self.position), max(self.anchor, self.position)


class ComparisonView(QListView):
    filesDropped = Signal(str, list)
    zoomRequested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._delegate = RowDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes changes the width, and so every row's layout.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        # Every row has a height at once (measured or estimated): the rows on screen are
        # measured before they are painted, the rest in the background (gui/lazy_rows.py).
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.lazy = LazyRowLayout(self)
        self.verticalScrollBar().valueChanged.connect(self.lazy.on_scrolled)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setAccessibleName(self.tr("Paragraphs side by side"))
        self.selection: CellSelection | None = None
        self._rows_model: ComparisonRowsModel | None = None
        self._selecting = False
        self.drop_side: str | None = None  # "L"/"R" while a file is dragged over the view
        self.empty_text = ""  # said in the middle of the view when no row is shown
        # What the two halves are called in the drop hint (they follow Swap sides).
        self.side_words = (self.tr("earlier version"), self.tr("later version"))

    def rows_model(self) -> ComparisonRowsModel:
        model = self._rows_model
        if model is None or model is not self.model():
            found = self.model()
            assert isinstance(found, ComparisonRowsModel)
            self._rows_model = model = found
        return model

    def set_colours(self, colours: Colours) -> None:
        self._delegate.colours = colours
        self.refresh()

    def delegate(self) -> RowDelegate:
        return self._delegate

    def refresh(self) -> None:
        """Forget cached layouts (theme, options or result changed) and lay out again."""
        self._delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()
        self.lazy.restart()
        self.lay_out_visible()

    def lay_out_visible(self) -> None:
        """Lay the list out now and measure the rows on screen (before a first paint, a
        screenshot or a jump); the others follow in the background."""
        self.executeDelayedItemsLayout()
        self.lazy.measure_visible()

    def zone_widths(self) -> tuple[int, int]:
        return self._delegate.zone_widths(self.viewport().width())

    def set_highlight(self, text: str) -> None:
        if text != self._delegate.highlight:
            self._delegate.highlight = text
            self._delegate.clear_cache()
            self.viewport().update()

    def set_text_size(self, point_size: float) -> None:
        """The comparison's text size in points (zoom); rows are laid out again."""
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        self.setFont(font)
        self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
        self.lazy.restart()  # heights are per width

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() // 120 or (1 if event.angleDelta().y() > 0 else -1)
            if event.angleDelta().y():
                self.zoomRequested.emit(notches)
            event.accept()
            return
        super().wheelEvent(event)

    # --- selecting and copying text ---------------------------------------------------------
    def _zone_at(self, pos: QPoint) -> tuple[int, Row, Zone, QRect] | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        row: Row = index.data(ROW_ROLE)
        source: int = index.data(SOURCE_INDEX_ROLE)
        for zone in self._delegate.zones(rect.left(), rect.width()):
            if zone.x <= pos.x() < zone.x + zone.width:
                return source, row, zone, rect
        return None

    def _hit(self, pos: QPoint) -> tuple[int, Row, Zone, int] | None:
        found = self._zone_at(pos)
        if found is None:
            return None
        source, row, zone, rect = found
        position = self._delegate.hit(source, row, zone, pos.x() - zone.x, pos.y() - rect.top())
        return source, row, zone, position

    def selection_span(self, source: int, zone: str) -> tuple[int, int] | None:
        sel = self.selection
        if sel is None or sel.source != source or sel.zone != zone:
            return None
        return sel.span()

    def _zone_document(self, source: int, zone_name: str) -> Any:
        model = self.rows_model()
        visible = model.visible_row(source)
        if visible is None:
            return None
        row = model.row_at(visible)
        width = self._delegate.zone_widths(self.viewport().width())[
            0 if zone_name == "label" else 1
        ]
        return self._delegate.document(source, row, zone_name, width)

    def select_in_cell(self, source: int, zone: str, start: int, end: int) -> None:
        """Select characters [start, end) of one cell (what a mouse drag does)."""
        self.selection = CellSelection(source, zone, start, end)
        self.viewport().update()

    def clear_text_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.viewport().update()

    def selected_text(self) -> str:
        """The words selected in a cell, as plain text ("" when nothing is selected)."""
        sel = self.selection
        if sel is None or sel.anchor == sel.position:
            return ""
        doc = self._zone_document(sel.source, sel.zone)
        if doc is None:
            return ""
        cursor = QTextCursor(doc)
        start, end = sel.span()
        cursor.setPosition(min(start, doc.characterCount() - 1))
        cursor.setPosition(min(end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        return str(cursor.selectedText()).replace("\u2029", "\n").replace("\u2028", "\n")

    def current_row_text(self) -> str:
        """The current row as plain text (what Ctrl+C copies when no words are selected)."""
        index = self.currentIndex()
        return str(index.data()) if index.isValid() else ""

    def side_text(self, side: str) -> str:
        index = self.currentIndex()
        if not index.isValid():
            return ""
        row: Row = index.data(ROW_ROLE)
        return row.left_text if side == "L" else row.right_text

    def copy_selection(self) -> str:
        """Copy the selected words, else the current row; returns what was copied."""
        text = self.selected_text() or self.current_row_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(event.position().toPoint())
        if hit is None:
            self.clear_text_selection()
            return
        source, _row, zone, position = hit
        self.selection = CellSelection(source, zone.name, position, position)
        self._selecting = True
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        sel = self.selection
        if not (self._selecting and sel and event.buttons() & Qt.MouseButton.LeftButton):
            super().mouseMoveEvent(event)
            return
        # A drag selects words inside the cell it started in (not whole rows).
        pos = event.position().toPoint()
        hit = self._hit(pos)
        if hit is not None and hit[0] == sel.source and hit[2].name == sel.zone:
            sel.position = hit[3]
        else:
            doc = self._zone_document(sel.source, sel.zone)
            index = self.rows_model().visible_row(sel.source)
            if doc is not None and index is not None:
                top = self.visualRect(self.rows_model().index(index, 0)).top()
                sel.position = 0 if pos.y() < top else doc.characterCount() - 1
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._selecting = False
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        hit = self._hit(event.position().toPoint())
        if hit is None:
            return
        source, _row, zone, position = hit
        doc = self._zone_document(source, zone.name)
        if doc is None:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        self.selection = CellSelection(
            source, zone.name, cursor.selectionStart(), cursor.selectionEnd()
        )
        self._selecting = False
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        """The right-click menu: copy the selection, the row, or one side's paragraph."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(bool(self.selected_text() or self.current_row_text()))
        menu.addSeparator()
        has_row = self.currentIndex().isValid()
        for text, side in (
            (self.tr("Copy the earlier paragraph"), "L"),
            (self.tr("Copy the later paragraph"), "R"),
        ):
            action = menu.addAction(
                text, lambda s=side: QGuiApplication.clipboard().setText(self.side_text(s))
            )
            action.setEnabled(has_row and bool(self.side_text(side)))
        row_action = menu.addAction(
            self.tr("Copy the whole row"),
            lambda: QGuiApplication.clipboard().setText(self.current_row_text()),
        )
        row_action.setEnabled(has_row)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- drops: a file dropped on the left half replaces the earlier version -------------
    def side_at(self, x: float) -> str:
        label_w, text_w = self.zone_widths()
        return "L" if x < MARKER_WIDTH + label_w + text_w else "R"

    def _set_drop_side(self, side: str | None) -> None:
        if side != self.drop_side:
            self.drop_side = side
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_side(self.side_at(event.position().x()))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            # Two files replace the whole comparison; one replaces the half under the mouse.
            many = len(dropped_paths(event.mimeData())) > 1
            self._set_drop_side("both" if many else self.side_at(event.position().x()))
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_side(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_side(None)
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_files(paths, event.position().x())

    def drop_files(self, paths: list[Path], x: float) -> None:
        self.filesDropped.emit(self.side_at(x), [str(p) for p in paths])

    def drop_rect(self) -> QRect | None:
        """The part of the viewport a drop would replace (highlighted while dragging)."""
        if self.drop_side is None:
            return None
        area = self.viewport().rect()
        label_w, text_w = self.zone_widths()
        middle = MARKER_WIDTH + label_w + text_w
        if self.drop_side == "L":
            return QRect(area.left(), area.top(), middle, area.height())
        if self.drop_side == "R":
            return QRect(middle, area.top(), area.width() - middle, area.height())
        return area

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.drop_side is None and (self.model() is None or self.model().rowCount()):
            return
        painter = QPainter(self.viewport())
        colours = self._delegate.colours
        painter.setPen(QColor(colours.dim_text))
        if self.model() is not None and not self.model().rowCount() and self.empty_text:
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
        rect = self.drop_rect()
        if rect is not None:
            painter.fillRect(rect, QColor(colours.drop_bg))
            painter.setPen(QColor(colours.text))
            words = {
                "L": self.tr("Drop to replace the {side}").format(side=self.side_words[0]),
                "R": self.tr("Drop to replace the {side}").format(side=self.side_words[1]),
                "both": self.tr("Drop to compare these files"),
            }
            font = painter.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, words[self.drop_side])
        painter.end()
