"""PDF → printed document, through pdfium's text layer (the only importer of pypdfium2).

Reads every character with its box, and for the first character of each word and every
digit or asterisk also its font size and style (bold, italic): enough for the page model
to tell headings, titles and small raised footnote markers apart, at one pdfium call per
character (the text layer itself costs more). Horizontal rules (the masthead rule, the
short footnote rule, the running-head rule) come from the page's thin paths. The page
model (:mod:`pdf_page`, :mod:`pdf_blocks`) turns the pages into a
:class:`~resolution_compare.core.printed.PrintedDocument`; its plain-text form is also
returned for tools that want text.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.pdf_blocks import read_document
from resolution_compare.loaders.pdf_lines import BOLD, ITALIC, MARKER_CHARS, Glyph, Page, Rule
from resolution_compare.loaders.registry import LoadedText

_PDFIUM_LOCK = threading.Lock()
_WHITESPACE = " \r\n\t\u00a0"
_RULE_THICKNESS = 3.0  # points: a path thinner than this is a rule, not a box


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(f"{name}: the PDF is password-protected") from None
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError(f"{name}: the PDF uses an unsupported security handler") from None
        raise InputError(f"{name}: the PDF is damaged or truncated and cannot be read") from None


def _rules(page: pdfium.PdfPage) -> list[Rule]:
    """Thin horizontal paths of the page (rules), joined when they touch end to end."""
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pieces: list[tuple[float, float, float]] = []
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if top.value - bottom.value >= _RULE_THICKNESS or right.value - left.value < 2:
            continue
        pieces.append((round(top.value), left.value, right.value))
    pieces.sort()
    rules: list[Rule] = []
    for y, x0, x1 in pieces:
        last = rules[-1] if rules else None
        if last is not None and last.y == y and x0 <= last.right + 1.5:
            rules[-1] = Rule(y, last.left, max(last.right, x1))
        else:
            rules.append(Rule(y, x0, x1))
    return rules


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
_GENERATED_PROTO = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_is_generated = _GENERATED_PROTO(
    ctypes.cast(pdfium_c.FPDFText_IsGenerated, ctypes.c_void_p).value or 0
)
_OBJECT_PROTO = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_text_object = _OBJECT_PROTO(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
)


def _font_style(font: Any, cache: dict[int, int]) -> int:
    """BOLD | ITALIC bits of a font, from its name, weight and italic angle (cached)."""
    key = ctypes.cast(font, ctypes.c_void_p).value or 0
    if key in cache:
        return cache[key]
    style = 0
    name = b""
    if hasattr(pdfium_c, "FPDFFont_GetBaseFontName"):
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        if size > 0:
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
            name = buffer.value.lower()
    if b"bold" in name or b"black" in name or pdfium_c.FPDFFont_GetWeight(font) >= 600:
        style |= BOLD
    angle = ctypes.c_int()
    italic_angle = pdfium_c.FPDFFont_GetItalicAngle(font, ctypes.byref(angle)) and angle.value
    if b"italic" in name or b"oblique" in name or italic_angle:
        style |= ITALIC
    cache[key] = style
    return style


def _advance_gap(
    textpage: pdfium.PdfTextPage, index: int, space_index: int, last_left: float, last_right: float
) -> float:
    """Points from the end of the previous glyph's advance to glyph ``index``'s origin.

    pdfium puts a space it generates where the previous glyph's advance (its width in the
    font) ends, so this is the gap the typesetter left, free of the ink's overhang ("f", "j",
    italics). 0.0 when it cannot be told: right-to-left, or a space placed before the middle
    of the previous glyph (a font without widths).
    """
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    if not pdfium_c.FPDFText_GetCharBox(raw, space_index, left, right, bottom, top):
        return 0.0
    space_x = left.value
    x, y = ctypes.c_double(), ctypes.c_double()
    if not pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y):
        return 0.0
    if x.value < last_left or space_x < 0.5 * (last_left + last_right):
        return 0.0
    return max(x.value - space_x, 0.0)


def _glyphs(textpage: pdfium.PdfTextPage, fonts: dict[int, int]) -> list[Glyph]:
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: fall back to one call per char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    at_left, at_right, at_bottom, at_top = (ctypes.addressof(v) for v in (left, right, bottom, top))
    page_ptr = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    charbox, text_object = _charbox, _text_object
    objects: dict[int, tuple[float, int]] = {}
    out: list[Glyph] = []
    append = out.append
    space_before = line_break = soft_space = False
    advance_gap = 0.0
    size, style = 0.0, 0
    queried = True  # the glyph before had its size and style looked up
    last_bottom = last_height = 0.0
    is_generated = _is_generated
    space_index = -1
    last_left = last_right = 0.0
    for i, ch in enumerate(text):
        if ch in _WHITESPACE:
            if ch == "\n":
                line_break = True
            elif ch == " ":
                space_before, space_index = True, i
            elif ch != "\r":
                space_before = True
            continue
        charbox(page_ptr, i, at_left, at_right, at_bottom, at_top)
        g_bottom, g_top = bottom.value, top.value
        g_left, g_right = left.value, right.value
        if space_index >= 0:
            # Only a narrow gap makes it matter whether the space is in the PDF or pdfium's
            # guess ("see king"): ask pdfium then, not for every space.
            gap = max(g_left - last_right, last_left - g_right)
            height = max(g_top - g_bottom, last_height)  # an x-height is about half the size
            if gap < 0.6 * height and is_generated(page_ptr, space_index):
                space_before, soft_space = False, True
                advance_gap = _advance_gap(textpage, i, space_index, last_left, last_right)
            space_index = -1
        # Size and style change at word starts, and where a marker may be set smaller and
        # raised: a marker character whose box sits higher or is smaller than the glyph
        # before it, and the glyph after such a one (one call per word, not per character).
        suspect = ch in MARKER_CHARS and (
            ch in "*∗†‡" or g_bottom > last_bottom + 0.5 or g_top - g_bottom < 0.85 * last_height
        )
        asked = space_before or line_break or suspect or queried
        if asked:
            obj = text_object(page_ptr, i) or 0
            known = objects.get(obj)
            if known is None:
                size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, i))
                font = (
                    pdfium_c.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT))
                    if obj
                    else None
                )
                known = (size, _font_style(font, fonts) if font else 0)
                objects[obj] = known
            size, style = known
        queried = asked and ch in MARKER_CHARS  # a marker's neighbour may change size
        last_bottom, last_height = g_bottom, g_top - g_bottom
        last_left, last_right = g_left, g_right
        append(
            Glyph(
                ch,
                g_left,
                g_bottom,
                g_right,
                g_top,
                i,
                space_before,
                line_break,
                size,
                style,
                soft_space,
                advance_gap,
            )
        )
        space_before = line_break = soft_space = False
        advance_gap = 0.0
    return out


def extract_pdf(data: bytes, name: str) -> LoadedText:
    """Read a PDF's text layer into a printed document; raise InputError for what cannot be read."""
    with _PDFIUM_LOCK:  # pdfium is not thread-safe; the app may load from a worker thread
        pages = _read_pages(data, name)
    if not any(p.glyphs for p in pages):
        raise InputError(f"{name}: no text layer — scanned document?")
    document = read_document(pages)
    text = document.plain_text()
    if not text.strip():
        raise InputError(f"{name}: no text layer — scanned document?")
    return LoadedText(text=text, format="pdf", warnings=document.warnings, document=document)


def _read_pages(data: bytes, name: str) -> list[Page]:
    document = _open(data, name)
    try:
        n_pages = len(document)
        limits.check_pdf_pages(n_pages, name)
        pages: list[Page] = []
        total_chars = objects = 0
        fonts: dict[int, int] = {}
        for number in range(n_pages):
            page = document[number]
            objects = limits.check_pdf_objects(
                objects + pdfium_c.FPDFPage_CountObjects(page.raw), name
            )
            width, height = page.get_size()
            textpage = page.get_textpage()
            glyphs = _glyphs(textpage, fonts)
            total_chars += len(glyphs)
            if total_chars > limits.MAX_TEXT_CHARS:  # stop reading early; the registry would refuse
                raise InputError(
                    f"{name}: the PDF holds more than {limits.MAX_TEXT_CHARS:,} characters "
                    "of text, the limit"
                )
            pages.append(Page(width, height, glyphs, _rules(page), number + 1))
            textpage.close()
            page.close()
    except pdfium.PdfiumError:
        raise InputError(f"{name}: the PDF is damaged or truncated and cannot be read") from None
    finally:
        document.close()
    return pages
