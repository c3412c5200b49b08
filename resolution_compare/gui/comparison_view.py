"""The side-by-side view: one list item per comparison row, painted by one delegate.

Each item is three zones — the row label with its badges, the earlier text and the later
text — drawn from cached QTextDocuments keyed by (row, zone, width), so scrolling 1,000
rows costs the same per frame as scrolling ten and no per-row widgets exist. The item's
height is the tallest zone, so both sides stay aligned however long they wrap.

Signals: ``filesDropped(str side, list paths)`` — side "L" or "R" from the drop position.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from resolution_compare.core.comparison import Row
from resolution_compare.core.script import text_direction
from resolution_compare.gui.row_text import label_html, side_html
from resolution_compare.gui.rows_model import ROW_ROLE, SOURCE_INDEX_ROLE, ComparisonRowsModel
from resolution_compare.gui.theme import LIGHT, Colours

LABEL_WIDTH = 190
PAD = 8
MARKER_WIDTH = 5


def dropped_paths(mime: Any) -> list[Path]:
    """Local files in a drag's mime data (other URLs are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class RowDelegate(QStyledItemDelegate):
    def __init__(self, view: ComparisonView) -> None:
        super().__init__(view)
        self._view = view
        self._docs: dict[tuple[int, str, int], QTextDocument] = {}
        self.colours: Colours = LIGHT
        self.highlight = ""  # the Find text, marked in every cell that contains it

    def clear_cache(self) -> None:
        self._docs.clear()

    def zone_widths(self, total: int) -> tuple[int, int]:
        text_width = max(120, (total - LABEL_WIDTH - MARKER_WIDTH) // 2)
        return LABEL_WIDTH, text_width

    def _document(self, source: int, row: Row, zone: str, width: int) -> QTextDocument:
        key = (source, zone, width)
        doc = self._docs.get(key)
        if doc is not None:
            return doc
        if len(self._docs) > 6000:
            self._docs.clear()
        model = self._view.rows_model()
        doc = QTextDocument()
        doc.setDocumentMargin(PAD)
        doc.setDefaultFont(self._view.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # A paragraph written right to left (Arabic) is laid out from the right; its
        # direction comes from its own text, and the diff inside stays in logical order.
        side_text = row.left_text if zone == "L" else row.right_text if zone == "R" else ""
        if text_direction(side_text) == "rtl":
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
        doc.setDefaultTextOption(option)
        if zone == "label":
            doc.setHtml(label_html(row, self.colours))
        else:
            doc.setHtml(side_html(row, zone, self.colours, model.show_routine))
        if self.highlight and zone != "label":
            self._mark(doc, self.highlight)
        doc.setTextWidth(width)
        self._docs[key] = doc
        return doc

    def row_height(self, source: int, row: Row, total_width: int) -> int:
        label_w, text_w = self.zone_widths(total_width)
        heights = [self._document(source, row, "label", label_w).size().height()]
        for zone, ids in (("L", row.left), ("R", row.right)):
            if ids:
                heights.append(self._document(source, row, zone, text_w).size().height())
        return int(max(heights)) + 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: Row = index.data(ROW_ROLE)
        source: int = index.data(SOURCE_INDEX_ROLE)
        width = self._view.viewport().width()
        return QSize(width, self.row_height(source, row, width))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Row = index.data(ROW_ROLE)
        source: int = index.data(SOURCE_INDEX_ROLE)
        c = self.colours
        rect: QRect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor(c.current_bg if selected else c.base_bg))
        marker = {
            "modified": c.modified_marker,
            "rewritten": c.modified_marker,
            "inserted": c.inserted_marker,
            "deleted": c.deleted_marker,
            "split": c.moved_marker,
            "merged": c.moved_marker,
        }.get(row.status)
        if row.moved:
            marker = c.moved_marker
        if marker and not (row.routine_only and not row.moved):
            painter.fillRect(
                QRect(rect.left(), rect.top(), MARKER_WIDTH, rect.height()), QColor(marker)
            )
        label_w, text_w = self.zone_widths(rect.width())
        x = rect.left() + MARKER_WIDTH
        dim = row.routine_only and not row.moved and self._view.rows_model().show_routine
        self._draw(painter, self._document(source, row, "label", label_w), x, rect.top(), c)
        x += label_w
        for zone, ids in (("L", row.left), ("R", row.right)):
            cell = QRect(x, rect.top(), text_w, rect.height())
            if ids:
                if dim:
                    painter.setOpacity(0.6)
                self._draw(painter, self._document(source, row, zone, text_w), x, rect.top(), c)
                painter.setOpacity(1.0)
            else:
                # The other side has a paragraph here: show the gap, hatched, not blank.
                painter.fillRect(cell.adjusted(2, 2, -2, -2), QColor(c.gap_bg))
                painter.fillRect(
                    cell.adjusted(2, 2, -2, -2),
                    QBrush(QColor(c.gap_hatch), Qt.BrushStyle.BDiagPattern),
                )
            painter.setPen(QColor(c.grid))
            painter.drawLine(x, rect.top(), x, rect.bottom())
            x += text_w
        painter.setPen(QColor(c.grid))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _mark(self, doc: QTextDocument, needle: str) -> None:
        found = QTextCharFormat()
        found.setBackground(QColor(self.colours.find_bg))
        found.setForeground(QColor("#000000"))
        cursor = doc.find(needle)
        while not cursor.isNull():
            cursor.mergeCharFormat(found)
            cursor = doc.find(needle, cursor)

    @staticmethod
    def _draw(painter: QPainter, doc: QTextDocument, x: int, y: int, c: Colours) -> None:
        painter.save()
        painter.translate(x, y)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(c.text))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ComparisonView(QListView):
    filesDropped = Signal(str, list)

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
        # Rows are measured 60 at a time between events: the first screen paints at once
        # and the rest of a long document is measured while the user reads.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(60)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setAccessibleName(self.tr("Paragraphs side by side"))

    def rows_model(self) -> ComparisonRowsModel:
        model = self.model()
        assert isinstance(model, ComparisonRowsModel)
        return model

    def set_colours(self, colours: Colours) -> None:
        self._delegate.colours = colours
        self.refresh()

    def refresh(self) -> None:
        """Forget cached layouts (theme, options or result changed) and lay out again."""
        self._delegate.clear_cache()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def zone_widths(self) -> tuple[int, int]:
        return self._delegate.zone_widths(self.viewport().width())

    def set_highlight(self, text: str) -> None:
        if text != self._delegate.highlight:
            self._delegate.highlight = text
            self._delegate.clear_cache()
            self.viewport().update()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    # --- drops: a file dropped on the left half replaces the earlier version -------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_files(paths, event.position().x())

    def drop_files(self, paths: list[Path], x: float) -> None:
        label_w, text_w = self.zone_widths()
        side = "L" if x < MARKER_WIDTH + label_w + text_w else "R"
        self.filesDropped.emit(side, [str(p) for p in paths])
