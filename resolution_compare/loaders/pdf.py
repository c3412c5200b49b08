"""PDF → text, through pdfium's text layer (the only importer of pypdfium2).

Reads every character with its box, hands the geometry to :mod:`pdf_layout` (which drops
running headers, page numbers, job numbers, bar codes and rebuilds paragraphs), and returns
the blocks in the layout the parser reads, footnote texts last.
"""

from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.pdf_layout import Glyph, Page, lay_out, may_have_footnotes
from resolution_compare.loaders.registry import LoadedText

_PDFIUM_LOCK = threading.Lock()
_WHITESPACE = " \r\n\t\u00a0"


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(f"{name}: the PDF is password-protected") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError(f"{name}: the PDF uses an unsupported security handler") from None
        raise InputError(f"{name}: the PDF is damaged or truncated and cannot be read") from None


def _rules(page: pdfium.PdfPage, width: float, height: float) -> tuple[float | None, float | None]:
    """(footnote separator y, masthead rule y) from the page's thin horizontal paths.

    The footnote separator is a short rule in the lower page; the masthead of page 1 ends
    with a rule across the text width near the top.
    """
    separator: float | None = None
    masthead: float | None = None
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if top.value - bottom.value >= 3:
            continue
        length, y = right.value - left.value, top.value
        if 0.08 * width < length < 0.5 * width and y < 0.6 * height:
            separator = y if separator is None else max(separator, y)
        elif length >= 0.6 * width and y > 0.7 * height:
            masthead = y if masthead is None else min(masthead, y)
    return separator, masthead


# FPDFText_GetCharBox called through an untyped prototype with plain addresses: half the
# per-call cost of pypdfium2's typed binding, and it is called once per character.
_CHARBOX_PROTO = ctypes.CFUNCTYPE(
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_void_p,
    ctypes.c_void_p,
)
_charbox = _CHARBOX_PROTO(ctypes.cast(pdfium_c.FPDFText_GetCharBox, ctypes.c_void_p).value or 0)


def _glyphs(textpage: pdfium.PdfTextPage) -> list[Glyph]:
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: fall back to one call per char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    at_left, at_right, at_bottom, at_top = (ctypes.addressof(v) for v in (left, right, bottom, top))
    page_ptr = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    charbox = _charbox
    out: list[Glyph] = []
    append = out.append
    space_before = line_break = False
    for i, ch in enumerate(text):
        if ch in _WHITESPACE:
            if ch == "\n":
                line_break = True
            elif ch != "\r":
                space_before = True
            continue
        charbox(page_ptr, i, at_left, at_right, at_bottom, at_top)
        append(
            Glyph(ch, left.value, bottom.value, right.value, top.value, i, space_before, line_break)
        )
        space_before = line_break = False
    return out


def extract_pdf(data: bytes, name: str) -> LoadedText:
    """Read a PDF's text layer; raise InputError for what cannot be read."""
    with _PDFIUM_LOCK:  # pdfium is not thread-safe; the app may load from a worker thread
        pages = _read_pages(data, name)
    if not any(p.glyphs for p in pages):
        raise InputError(f"{name}: no text layer — scanned document?")
    layout = lay_out(pages)
    text = "\n\n".join(layout.blocks + layout.footnotes)
    if not text.strip():
        raise InputError(f"{name}: no text layer — scanned document?")
    return LoadedText(text=text + "\n", format="pdf")


def _read_pages(data: bytes, name: str) -> list[Page]:
    document = _open(data, name)
    try:
        n_pages = len(document)
        limits.check_pdf_pages(n_pages, name)
        pages: list[Page] = []
        total_chars = objects = 0
        for number in range(n_pages):
            page = document[number]
            objects = limits.check_pdf_objects(
                objects + pdfium_c.FPDFPage_CountObjects(page.raw), name
            )
            width, height = page.get_size()
            textpage = page.get_textpage()
            glyphs = _glyphs(textpage)
            total_chars += len(glyphs)
            if total_chars > limits.MAX_TEXT_CHARS:  # stop reading early; the registry would refuse
                raise InputError(
                    f"{name}: the PDF holds more than {limits.MAX_TEXT_CHARS:,} characters "
                    "of text, the limit"
                )
            # Walking the page objects is slow on some PDFs: only page 1 (masthead) and
            # pages where small text sits low (footnotes) need it.
            separator = masthead = None
            if number == 0 or may_have_footnotes(glyphs, height):
                separator, masthead = _rules(page, width, height)
            pages.append(Page(height, glyphs, separator, number + 1, masthead))
            textpage.close()
            page.close()
    except pdfium.PdfiumError:
        raise InputError(f"{name}: the PDF is damaged or truncated and cannot be read") from None
    finally:
        document.close()
    return pages
