"""The delegate that paints one comparison row: label zone, earlier text, later text.

Each zone is a cached QTextDocument keyed by (row, zone, width), so scrolling 1,000 rows
costs the same per frame as scrolling ten and no per-row widgets exist. The item's height
is the tallest zone, so both sides stay aligned however long they wrap. The same documents
answer hit tests, so a mouse selection inside a cell lands on the characters painted.
"""

from __future__ import annotations

import re
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

# Characters that take two columns (CJK ideographs, kana, hangul, full-width forms).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)

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
        self._heights: dict[tuple[int, int], int] = {}  # (row, view width) → measured px
        self._estimates: dict[tuple[int, int], int] = {}
        self._metrics: dict[int, tuple[int, int]] = {}  # view width → (chars a line, height)
        self.colours: Colours = LIGHT
        self.highlight = ""  # the Find text, marked in every cell that contains it

    def clear_cache(self) -> None:
        self._docs.clear()
        self._heights.clear()
        self._estimates.clear()
        self._metrics.clear()

    # --- heights: measured when laid out, estimated until then (gui/lazy_rows.py) ---------
    def has_height(self, source: int, width: int) -> bool:
        return (source, width) in self._heights

    def exact_height(self, source: int, row: Row, width: int) -> int:
        """The row's height at view width ``width``, its cells laid out (cached)."""
        height = self._heights.get((source, width))
        if height is None:
            height = self.row_height(source, row, width)
            self._heights[(source, width)] = height
        return height

    def known_or_estimated(self, source: int, row: Row, width: int) -> int:
        height = self._heights.get((source, width))
        return height if height is not None else self.estimated_height(source, row, width)

    def estimated_height(self, source: int, row: Row, width: int) -> int:
        """A cheap guess of the row's height from its text length (no layout): lines of
        average-width characters, wide (CJK) characters counted twice, at least the label's
        three lines. Only used until the row is measured."""
        key = (source, width)
        height = self._estimates.get(key)
        if height is not None:
            return height
        per_line, line_height = self._line_metrics(width)
        units = {"-": 0, "+": 0}
        for segment in row.diff:  # each side's text is its "=" segments and its own changes
            text = segment.text
            size = len(text) + text.count("\n") * 4
            if not text.isascii():
                size += len(_WIDE.findall(text))
            if segment.op != "+":
                units["-"] += size
            if segment.op != "-":
                units["+"] += size
        lines = 3
        for side, ids in (("-", row.left), ("+", row.right)):
            if ids:
                lines = max(lines, -(-units[side] // per_line))
        height = lines * line_height + 2 * PAD + 2
        self._estimates[key] = height
        return height

    def _line_metrics(self, width: int) -> tuple[int, int]:
        """(average characters a text line holds, line height) at view width ``width``."""
        found = self._metrics.get(width)
        if found is None:
            metrics = self._view.fontMetrics()
            _label_w, text_w = self.zone_widths(width)
            per_line = max(1, (text_w - 2 * PAD) // max(1, metrics.averageCharWidth()))
            found = self._metrics[width] = (per_line, metrics.lineSpacing())
        return found

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
        # Measured height, or an estimate until gui/lazy_rows.py measures the row: asking
        # for every row's size must stay cheap (the list asks for all of them at once).
        # The model is asked directly (not through index.data and its roles): the list asks
        # this for every row on each layout, so each call is kept to a few lookups.
        width = self._view.viewport().width()
        model = self._view.rows_model()
        source = model.source_index(index.row())
        height = self._heights.get((source, width))
        if height is None:
            height = self.estimated_height(source, model.row_at(index.row()), width)
        return QSize(width, height)

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
        if self._view.lazy.deferring and not self.has_height(source, rect.width()):
            # A long scroll brought more rows than one turn may lay out: this one is painted
            # blank and measured on the next turn (gui/lazy_rows.py), never here.
            painter.restore()
            return
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
