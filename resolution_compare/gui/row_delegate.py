"""The delegate that paints one comparison row: label zone, earlier text, later text.

Each zone is a cached QTextDocument keyed by (row, zone, width), so scrolling 1,000 rows
costs the same per frame as scrolling ten and no per-row widgets exist. The item's height
is the tallest zone, so both sides stay aligned however long they wrap. The same documents
answer hit tests, so a mouse selection inside a cell lands on the characters painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from resolution_compare.core.comparison import Row
from resolution_compare.core.script import text_direction
from resolution_compare.gui.row_text import is_change, label_html, side_html, strip_kind
from resolution_compare.gui.rows_model import ROW_ROLE, SOURCE_INDEX_ROLE
from resolution_compare.gui.theme import LIGHT, Colours
from resolution_compare.palette import kind_colour

if TYPE_CHECKING:
    from resolution_compare.gui.comparison_view import ComparisonView

LABEL_WIDTH = 190
PAD = 8
MARKER_WIDTH = 5
ZONES = ("label", "L", "R")


class Zone(NamedTuple):
    """One zone of a row on screen: which ("label", "L", "R"), left edge and width (px)."""

    name: str
    x: int
    width: int


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
        label_width = max(LABEL_WIDTH, self._view.fontMetrics().averageCharWidth() * 22)
        text_width = max(120, (total - label_width - MARKER_WIDTH) // 2)
        return label_width, text_width

    def zones(self, left: int, total: int) -> list[Zone]:
        """The three zones of a row drawn from x = ``left`` across ``total`` pixels."""
        label_w, text_w = self.zone_widths(total)
        x = left + MARKER_WIDTH
        return [
            Zone("label", x, label_w),
            Zone("L", x + label_w, text_w),
            Zone("R", x + label_w + text_w, text_w),
        ]

    def document(self, source: int, row: Row, zone: str, width: int) -> QTextDocument:
        """The laid-out text of one zone (cached)."""
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
        heights = [self.document(source, row, "label", label_w).size().height()]
        for zone, ids in (("L", row.left), ("R", row.right)):
            if ids:
                heights.append(self.document(source, row, zone, text_w).size().height())
        return int(max(heights)) + 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: Row = index.data(ROW_ROLE)
        source: int = index.data(SOURCE_INDEX_ROLE)
        width = self._view.viewport().width()
        return QSize(width, self.row_height(source, row, width))

    def hit(self, source: int, row: Row, zone: Zone, x: float, y: float) -> int:
        """The character position under (x, y), relative to the zone's top-left corner."""
        doc = self.document(source, row, zone.name, zone.width)
        position = doc.documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        return max(0, position)

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
        # The same colour as the row's tick in the change strip.
        marker = kind_colour(c, strip_kind(row)) if is_change(row, True) else None
        if marker and not (row.routine_only and not row.moved):
            painter.fillRect(
                QRect(rect.left(), rect.top(), MARKER_WIDTH, rect.height()), QColor(marker)
            )
        dim = row.routine_only and not row.moved and self._view.rows_model().show_routine
        for zone in self.zones(rect.left(), rect.width()):
            doc = self.document(source, row, zone.name, zone.width)
            span = self._view.selection_span(source, zone.name)
            if zone.name == "label":
                self._draw(painter, doc, zone.x, rect.top(), c, span)
                continue
            ids = row.left if zone.name == "L" else row.right
            cell = QRect(zone.x, rect.top(), zone.width, rect.height())
            if ids:
                if dim:
                    painter.setOpacity(0.6)
                self._draw(painter, doc, zone.x, rect.top(), c, span)
                painter.setOpacity(1.0)
            else:
                # The other side has a paragraph here: show the gap, hatched, not blank.
                painter.fillRect(cell.adjusted(2, 2, -2, -2), QColor(c.gap_bg))
                painter.fillRect(
                    cell.adjusted(2, 2, -2, -2),
                    QBrush(QColor(c.gap_hatch), Qt.BrushStyle.BDiagPattern),
                )
            painter.setPen(QColor(c.grid))
            painter.drawLine(zone.x, rect.top(), zone.x, rect.bottom())
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

    def _draw(
        self,
        painter: QPainter,
        doc: QTextDocument,
        x: int,
        y: int,
        c: Colours,
        span: tuple[int, int] | None = None,
    ) -> None:
        painter.save()
        painter.translate(x, y)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(c.text))
        if span is not None and span[0] != span[1]:
            cursor = QTextCursor(doc)
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection = QAbstractTextDocumentLayout.Selection()
            selection.cursor = cursor
            chosen = QTextCharFormat()
            chosen.setBackground(self._view.palette().color(QPalette.ColorRole.Highlight))
            chosen.setForeground(self._view.palette().color(QPalette.ColorRole.HighlightedText))
            selection.format = chosen
            context.selections = [selection]
        doc.documentLayout().draw(painter, context)
        painter.restore()
