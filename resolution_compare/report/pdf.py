"""Report → PDF bytes or a printout, through QPdfWriter / QPrinter (QtGui only, never
QtWidgets).

The pages are planned and painted by report/pages.py: rich-text blocks through QTextDocument
(laid out on the PDF writer, ``documentLayout().setPaintDevice``, so fonts come out at their
real size: stack-notes.md section 4) and the side-by-side grid cell by cell; a paging loop
paints the header (both symbols) and the footer ("Page X of Y") on every page.

Landscape: two text columns side by side at 9 pt get about 80 characters a line on A4
landscape against about 50 in portrait, so paragraphs keep their shape and the redline reads
like the documents themselves instead of a narrow ribbon.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from resolution_compare.qtcompat import keep_none_alive
from resolution_compare.report.html import FONT_FAMILIES, PARAGRAPHS_TITLE, ReportSections
from resolution_compare.report.pages import (
    Block,
    GridBlock,
    HtmlBlock,
    paint_placed,
    plan_pages,
)

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# 96 dpi makes a CSS px the same length in the PDF as in a browser (one template for both);
# text stays vector, so nothing is lost in sharpness.
RESOLUTION_DPI = 96
BODY_POINT_SIZE = 9
HEADER_POINT_SIZE = 8
MARGINS_MM = QMarginsF(12, 12, 12, 12)

_app: QGuiApplication | None = None  # kept alive for the process when we had to create it


def ensure_gui_application() -> None:
    """Fonts and text layout need a QGuiApplication; create one headless if none exists."""
    global _app
    keep_none_alive()
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("the PDF report needs a QGuiApplication, not a QCoreApplication")
        return
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["resolution-compare"])


def _font(point_size: float) -> QFont:
    font = QFont()
    # An explicit family list: Qt's own CJK fallback would pick the Japanese glyph forms.
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(point_size)
    return font


@dataclass(frozen=True)
class PageDecor:
    """What is painted on every page around the flowing text."""

    header_left: str
    header_right: str
    footer_left: str
    title: str


def paint_page_decor(
    painter: QPainter,
    decor: PageDecor,
    page: int,
    pages: int,
    width: float,
    height: float,
    band: float,
) -> None:
    painter.setFont(_font(HEADER_POINT_SIZE))
    painter.setPen(Qt.GlobalColor.darkGray)
    align_v = Qt.AlignmentFlag.AlignVCenter
    top = QRectF(0, 0, width, band)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | align_v, decor.header_left)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | align_v, decor.header_right)
    bottom = QRectF(0, height - band, width, band)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | align_v, decor.footer_left)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | align_v, f"Page {page} of {pages}")
    painter.drawLine(0, int(band * 0.85), int(width), int(band * 0.85))
    painter.drawLine(0, int(height - band * 0.85), int(width), int(height - band * 0.85))


def html_to_pdf(html: str, decor: PageDecor, paper: str = "a4") -> bytes:
    """Lay ``html`` out on landscape pages of ``paper`` and return the PDF file's bytes.

    The PDF is built in memory: the caller writes it to disk in one atomic step.
    """
    return _to_pdf(decor, paper, lambda writer: paint_pages(writer, html, decor))


def blocks_to_pdf(
    blocks: Sequence[Block], head: str, tail: str, decor: PageDecor, paper: str = "a4"
) -> bytes:
    """Page blocks (documents and grids, report/pages.py) as a PDF file's bytes, in memory."""
    return _to_pdf(decor, paper, lambda writer: paint_blocks(writer, blocks, head, tail, decor))


def _to_pdf(decor: PageDecor, paper: str, paint: Callable[[QPdfWriter], int]) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(decor.title)
    writer.setCreator("Resolution Compare")
    try:
        paint(writer)
    finally:
        buffer.close()
    return bytes(data.data())


def paint_pages(device: QPagedPaintDevice, html: str, decor: PageDecor) -> int:
    """Paint one HTML document page by page on ``device``; the page count (see paint_blocks).

    The document is laid out by QTextDocument and paged by Qt (its page breaks honoured).
    """
    head, body, tail = split_document(html)
    return paint_blocks(device, [HtmlBlock(body)], head, tail, decor)


def split_document(html: str) -> tuple[str, str, str]:
    """(head up to and including ``<body>``, body, closing tags) of an HTML document."""
    opening, closing = html.find("<body>"), html.rfind("</body>")
    if opening < 0 or closing < opening:
        return "", html, ""
    opening += len("<body>")
    return html[:opening], html[opening:closing], html[closing:]


def paint_blocks(
    device: QPagedPaintDevice, blocks: Sequence[Block], head: str, tail: str, decor: PageDecor
) -> int:
    """Paint ``blocks`` page by page on ``device`` (a QPdfWriter or a QPrinter); the pages.

    One renderer for the PDF export and for printing: the device's own page layout (paper,
    orientation, margins — chosen in the print dialog for a printer) decides the pages.
    The device is set to 96 dpi so CSS px lengths mean the same as in a browser; text and
    lines stay vector, so print and PDF are as sharp as at any resolution. ``head`` and
    ``tail`` wrap each rich-text block (the report's CSS). Raises OSError when the device
    cannot be painted on (printer gone, file not writable).
    """
    set_resolution = getattr(device, "setResolution", None)
    if set_resolution is not None:
        set_resolution(RESOLUTION_DPI)
    resolution = device.logicalDpiY() if set_resolution is None else RESOLUTION_DPI
    rect = device.pageLayout().paintRectPixels(resolution)
    band = 2.2 * HEADER_POINT_SIZE * resolution / 72  # header/footer band height
    body_height = rect.height() - 2 * band
    plan = plan_pages(device, blocks, head, tail, FONT_FAMILIES, rect.width(), body_height)

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start printing (the printer or the file is not available)")
    try:
        for page in range(plan.pages):
            if page:
                device.newPage()
            painter.save()
            try:
                paint_page_decor(
                    painter, decor, page + 1, plan.pages, rect.width(), rect.height(), band
                )
                painter.translate(0, band)
                for item in plan.on_page(page):
                    paint_placed(painter, plan, item)
            finally:
                painter.restore()
    finally:
        painter.end()
    return plan.pages


def report_blocks(sections: ReportSections) -> list[Block]:
    """The pair report as page blocks: front matter, the grid on a new page, the votes."""
    return [
        HtmlBlock(sections.front),
        HtmlBlock(PARAGRAPHS_TITLE + sections.paragraphs.intro, new_page=True),
        GridBlock(sections.paragraphs),
        HtmlBlock(sections.votes.intro),
        GridBlock(sections.votes),
    ]


def sections_to_pdf(sections: ReportSections, decor: PageDecor, paper: str = "a4") -> bytes:
    """The pair report's PDF bytes, built in memory (the caller writes it atomically)."""
    return _to_pdf(decor, paper, lambda writer: _paint_sections(writer, sections, decor))


def print_sections(device: QPagedPaintDevice, sections: ReportSections, decor: PageDecor) -> int:
    """Print the pair report on a configured QPrinter; the page count."""
    return _paint_sections(device, sections, decor)


def _paint_sections(device: QPagedPaintDevice, sections: ReportSections, decor: PageDecor) -> int:
    return paint_blocks(device, report_blocks(sections), sections.head, sections.tail, decor)
