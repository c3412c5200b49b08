"""Lay the report out on pages and paint them: one page painter for the PDF export and the
printout (QtGui only, never QtWidgets).

The report is a flow of blocks: rich-text blocks (front matter, vote shifts: QTextDocument,
which handles lists and small tables well) and the side-by-side grid, whose cells this
module lays out itself with one QTextLayout per cell and paginates row by row, repeating the
header row on every page. A row taller than a page is split between lines. Why: Qt's
rich-text engine lays a 1,000-row table out and pages it in time that grows faster than the
table (2.7 s for the 1,000-paragraph pair, 10–15 s for a heavily edited one); cells laid out
one by one cost the same per row however long the report (bench/report.py prints both).

Two passes: the plan places every block and row fragment on a page, so the page count is
known before the first page is painted ("Page X of Y").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from resolution_compare.report.cell_markup import cell_runs, css_rules, pixels, style_sheet
from resolution_compare.report.html_rows import COLUMN_SHARES, GridCell, RowsSection

# Qt lays text out without a visible line separator for U+2028 and breaks the line there;
# "\n" would show as a box. Same length, so the runs' offsets stay valid.
LINE_SEPARATOR = "\u2028"
# Less room than this (px, about two lines) left at a page foot: a block starts on a new page.
MIN_ROOM = 36.0
# Room a grid's introduction keeps under it for the grid's header and one row (device px).
KEEP_WITH_GRID = 3 * MIN_ROOM


@dataclass(frozen=True)
class HtmlBlock:
    """Rich text laid out by QTextDocument; ``new_page`` starts it on a fresh page."""

    html: str
    new_page: bool = False


@dataclass(frozen=True)
class GridBlock:
    """The side-by-side grid: its header and rows of cells (report/html_rows.py)."""

    section: RowsSection


Block = HtmlBlock | GridBlock


class CellStyles:
    """The report CSS as Qt text formats: the page font, each class, the grid's box."""

    def __init__(self, css: str, families: Sequence[str]) -> None:
        rules = css_rules(css)
        body = rules.get("body", {})
        self.font = QFont()
        # An explicit family list: Qt's own CJK fallback would pick the Japanese glyph forms.
        self.font.setFamilies(list(families))
        self.font.setPixelSize(round(pixels(body.get("font-size"), 12)))
        self.text_colour = QColor(body.get("color", "#000000"))
        cell = {**rules.get("table.grid td", {}), **rules.get("table.grid th", {})}
        self.padding = pixels(rules.get("table.grid td", {}).get("padding"), 4)
        border = rules.get("table.grid td", {}).get("border", "1px solid #c8c8c8").split()
        self.border = QColor(border[-1])
        self.header_bg = QColor(cell.get("background-color", "#eef2f7"))
        self._rules = rules
        self._formats: dict[str, QTextCharFormat] = {}
        self.header_format = self._char_format({"font-weight": "bold"})
        self.ltr_option = QTextOption()
        self.ltr_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.rtl_option = QTextOption(self.ltr_option)
        self.rtl_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self.rtl_option.setAlignment(Qt.AlignmentFlag.AlignRight)

    def _char_format(self, declarations: dict[str, str]) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if "color" in declarations:
            fmt.setForeground(QColor(declarations["color"]))
        if "background-color" in declarations:
            fmt.setBackground(QColor(declarations["background-color"]))
        decoration = declarations.get("text-decoration", "")
        if "line-through" in decoration:
            fmt.setFontStrikeOut(True)
        if "underline" in decoration:
            fmt.setFontUnderline(True)
        weight = declarations.get("font-weight")
        if weight is not None:
            bold = weight == "bold"
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        if declarations.get("font-style") == "italic":
            fmt.setFontItalic(True)
        if "font-size" in declarations:
            # The device is at 96 dpi (see pdf.py): 1 px = 0.75 pt.
            fmt.setFontPointSize(pixels(declarations["font-size"], 12) * 0.75)
        return fmt

    def format_for(self, css_class: str) -> QTextCharFormat:
        """The format of ``class="…"`` (several classes merge), from ``.x`` and ``td.x``."""
        fmt = self._formats.get(css_class)
        if fmt is None:
            fmt = QTextCharFormat()
            for name in css_class.split():
                declarations = {
                    **self._rules.get(f"td.{name}", {}),
                    **self._rules.get(f".{name}", {}),
                }
                if name == "b":
                    declarations.setdefault("font-weight", "bold")
                elif name == "i":
                    declarations.setdefault("font-style", "italic")
                part = self._char_format(declarations)
                if name == "sup":
                    part.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                fmt.merge(part)
            self._formats[css_class] = fmt
        return fmt


class CellLayout:
    """One grid cell's text, laid out in lines at the cell's width."""

    def __init__(
        self,
        cell: GridCell,
        width: float,
        styles: CellStyles,
        device: QPagedPaintDevice,
        header: bool = False,
    ) -> None:
        runs = cell_runs(cell.html)
        text = "".join(run.text for run in runs).replace("\n", LINE_SEPARATOR)
        ranges = []
        whole = styles.header_format if header else styles.format_for(cell.css_class)
        if not whole.isEmpty():
            ranges.append(_format_range(0, len(text), whole))
        start = 0
        for run in runs:
            classes = " ".join(c for c in run.classes if c)
            if classes:
                ranges.append(_format_range(start, len(run.text), styles.format_for(classes)))
            start += len(run.text)
        self.layout = QTextLayout(text, styles.font, device)
        self.layout.setTextOption(styles.rtl_option if cell.rtl else styles.ltr_option)
        self.layout.setFormats(ranges)
        self.lines: list[tuple[float, float]] = []  # (top, bottom) of each line
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, y))
            self.lines.append((y, y + line.height()))
            y += line.height()
        self.layout.endLayout()
        self.height = y

    def cut(self, top: float, room: float) -> float:
        """Where a page holding ``room`` px of this cell from ``top`` on ends: the top of
        the first line that does not fit (``height`` when the rest fits)."""
        for line_top, line_bottom in self.lines:
            if line_top >= top and line_bottom > top + room:
                return line_top
        return self.height


def _format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    piece = QTextLayout.FormatRange()
    piece.start, piece.length, piece.format = start, length, fmt
    return piece


@dataclass
class _Placed:
    """Something painted on a page at height ``y`` of the body area."""

    page: int
    y: float
    height: float
    doc: QTextDocument | None = None
    doc_page: int | None = None  # which page of the (paged) document
    cells: list[CellLayout] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)  # per cell: (from, to)
    header: bool = False  # a header row or a group heading: shaded
    shares: tuple[float, ...] = COLUMN_SHARES  # the cells' shares of the width


class PagePlan:
    """Every block of the report placed on pages of ``width`` × ``height`` device px."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        styles: CellStyles,
        head: str,
        tail: str,
        width: float,
        height: float,
    ) -> None:
        self.device, self.styles = device, styles
        self.head, self.tail = head, tail
        self.width, self.height = width, height
        self.placed: list[_Placed] = []
        self.page, self.y = 0, 0.0
        self.shares: tuple[float, ...] = COLUMN_SHARES  # of the grid being placed

    @property
    def pages(self) -> int:
        return self.page + 1

    def new_page(self) -> None:
        self.page += 1
        self.y = 0.0

    def add(self, block: Block, before_grid: bool = False) -> None:
        """Place ``block``; ``before_grid``: it introduces the grid that follows (a heading,
        a line of counts), so it is never left alone at a page's foot."""
        if isinstance(block, HtmlBlock):
            self._add_html(block, before_grid)
        else:
            self._add_grid(block.section)

    def _document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.styles.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"{self.head}\n{html}\n{self.tail}")
        return doc

    def _add_html(self, block: HtmlBlock, before_grid: bool = False) -> None:
        if block.new_page and (self.y > 0 or self.placed):
            self.new_page()
        if self.height - self.y < MIN_ROOM:
            self.new_page()
        if before_grid and self.y > 0:
            # An introduction that would leave no room for the grid's header and a first
            # row under it starts the next page with its grid (QA: "Vote shifts" alone at
            # the foot of a page, its table on the next).
            alone = self._document(block.html)
            alone.setTextWidth(self.width)
            needed = alone.size().height() + KEEP_WITH_GRID
            if needed < self.height and self.y + needed > self.height:
                self.new_page()
        doc = self._document(block.html)
        # Qt pages the document itself (page breaks and tables included), laid out once; a
        # document that starts down the current page begins with an empty line as high as
        # the space above (not a margin: Qt drops a block's top margin at a page top).
        if self.y > 0:
            cursor = QTextCursor(doc)
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            spacer = QTextBlockFormat()
            spacer.setLineHeight(self.y, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            cursor.setBlockFormat(spacer)
        doc.setPageSize(QSizeF(self.width, self.height))
        count = doc.pageCount()
        for index in range(count):
            if index:
                self.new_page()
            self.placed.append(_Placed(self.page, 0.0, self.height, doc, index))
        last = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
        self.y = min(self.height, max(0.0, last - (count - 1) * self.height))

    def _add_grid(self, section: RowsSection) -> None:
        if not section.rows:
            return
        self.shares = section.shares
        widths = [share * self.width for share in section.shares]
        pad = self.styles.padding
        header = [
            CellLayout(cell, w - 2 * pad, self.styles, self.device, header=True)
            for cell, w in zip(section.header, widths, strict=True)
        ]
        header_height = max(c.height for c in header) + 2 * pad
        self._place_header(header, header_height)
        for cells in section.rows:
            if len(cells) == 1 and len(widths) > 1:  # a group heading across the grid
                heading = CellLayout(cells[0], self.width - 2 * pad, self.styles, self.device, True)
                if self.y + heading.height + 2 * pad + MIN_ROOM > self.height:
                    # A group heading never ends a page: its first row starts under it.
                    self._next_grid_page(header, header_height)
                self._place_row([heading], header, header_height, spanning=True)
                continue
            row = [
                CellLayout(cell, w - 2 * pad, self.styles, self.device)
                for cell, w in zip(cells, widths, strict=True)
            ]
            self._place_row(row, header, header_height)

    def _place_header(self, header: list[CellLayout], height: float) -> None:
        if self.y + 2 * height > self.height:  # a header alone at a page foot: move it
            self.new_page()
        spans = [(0.0, c.height) for c in header]
        self.placed.append(
            _Placed(self.page, self.y, height, None, None, header, spans, True, self.shares)
        )
        self.y += height

    def _place_row(
        self,
        row: list[CellLayout],
        header: list[CellLayout],
        header_height: float,
        spanning: bool = False,
    ) -> None:
        pad = self.styles.padding
        full = max(c.height for c in row) + 2 * pad
        room = self.height - self.y
        if full > room and full <= self.height - header_height and room < full / 2:
            # Most of the row would go over anyway: start it on the next page, whole.
            self._next_grid_page(header, header_height)
            room = self.height - self.y
        tops = [0.0] * len(row)
        first = True
        while True:
            ends = [c.cut(top, room - 2 * pad) for c, top in zip(row, tops, strict=True)]
            if ends == tops:  # not one line fits here: next page
                self._next_grid_page(header, header_height)
                room = self.height - self.y
                continue
            spans = list(zip(tops, ends, strict=True))
            if not first and tops[0] >= row[0].height:
                # A continued row shows its paragraph ids again at the top of the page.
                spans[0] = (0.0, row[0].cut(0.0, room - 2 * pad))
            height = max(end - top for top, end in spans) + 2 * pad
            shares = (1.0,) if spanning else self.shares
            self.placed.append(
                _Placed(self.page, self.y, height, None, None, row, spans, spanning, shares)
            )
            self.y += height
            if all(end >= c.height for end, c in zip(ends, row, strict=True)):
                return
            tops, first = ends, False
            self._next_grid_page(header, header_height)
            room = self.height - self.y

    def _next_grid_page(self, header: list[CellLayout], header_height: float) -> None:
        self.new_page()
        self._place_header(header, header_height)

    def on_page(self, page: int) -> Iterator[_Placed]:
        return (item for item in self.placed if item.page == page)


def paint_placed(painter: QPainter, plan: PagePlan, item: _Placed) -> None:
    """Paint one placed item; the painter's origin is the top left of the body area."""
    if item.doc is not None:
        _paint_document(painter, plan, item)
    else:
        _paint_grid_row(painter, plan, item)


def _paint_document(painter: QPainter, plan: PagePlan, item: _Placed) -> None:
    """One page of a paged QTextDocument (its page ``doc_page``)."""
    assert item.doc is not None and item.doc_page is not None
    painter.save()
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        painter.translate(0, -item.doc_page * plan.height)
        context.clip = QRectF(0, item.doc_page * plan.height, plan.width, plan.height)
        painter.setClipRect(context.clip)
        item.doc.documentLayout().draw(painter, context)
    finally:
        painter.restore()


def _paint_grid_row(painter: QPainter, plan: PagePlan, item: _Placed) -> None:
    styles = plan.styles
    pad = styles.padding
    x = 0.0
    painter.save()
    try:
        painter.setPen(QPen(styles.text_colour))
        for cell, (top, end), share in zip(item.cells, item.spans, item.shares, strict=True):
            width = share * plan.width
            box = QRectF(x, item.y, width, item.height)
            if item.header:
                painter.fillRect(box, styles.header_bg)
            if end > top:
                origin = QPointF(x + pad, item.y + pad - top)
                if top > 0 or end < cell.height:
                    # Only this fragment's lines go into the page, not the whole cell clipped:
                    # hidden text would still be found, copied and extracted from the PDF.
                    # (QTextLayout.draw's clip also draws the line above it.)
                    for index, (line_top, _bottom) in enumerate(cell.lines):
                        if top <= line_top < end:
                            cell.layout.lineAt(index).draw(painter, origin)
                else:
                    cell.layout.draw(painter, origin)
            painter.setPen(QPen(styles.border, 1))
            painter.drawRect(box)
            painter.setPen(QPen(styles.text_colour))
            x += width
    finally:
        painter.restore()


def plan_pages(
    device: QPagedPaintDevice,
    blocks: Sequence[Block],
    head: str,
    tail: str,
    families: Sequence[str],
    width: float,
    height: float,
) -> PagePlan:
    """Place ``blocks`` on pages of the body area (``width`` × ``height`` device px)."""
    styles = CellStyles(style_sheet(head), families)
    plan = PagePlan(device, styles, head, tail, width, height)
    for block, following in zip(blocks, [*blocks[1:], None], strict=True):
        plan.add(block, before_grid=isinstance(following, GridBlock))
    return plan
