"""Test-only: build UN-style PDF and .docx files from the corpus texts in tests/data.

:func:`read_source` cuts a corpus .txt into what a typesetter needs (masthead symbol, header
lines, paragraphs, meeting line, vote groups, trailing footnotes). :func:`expected_blocks`
is what a loader must give back, block by block. :func:`build_pdf` draws the text line by
line with QPdfWriter (masthead, running header, page numbers, GE job number, bar code,
"Please recycle", footnotes under a separator, hyphenated line ends, two-column vote
lists). :func:`build_docx` writes a Word file with real automatic numbering and a real
footnotes part.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from resolution_compare.qtcompat import keep_none_alive

DATA = Path(__file__).resolve().parents[1] / "data"

# Vote group labels as printed (test-only copy; the app reads its own tables).
VOTE_LABELS = {
    "en": ("In favour:", "Against:", "Abstaining:"),
    "fr": ("Ont voté pour :", "Ont voté contre :", "Se sont abstenus :"),
}
MEETING_RE = {
    "en": re.compile(r"\s(\d+(?:st|nd|rd|th) meeting)\s+(\d{1,2} [A-Z][a-z]+ \d{4})\s*"),
    "fr": re.compile(r"\s(\d+e séance)\s+(\d{1,2} [a-zéû]+ \d{4})\s*"),
}
FORMULA_FR = "Le Conseil des droits de l’homme,"


@dataclass
class Source:
    name: str
    language: str
    symbol: str
    header: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    meeting: list[str] = field(default_factory=list)
    vote_intro: str = ""
    vote_groups: list[tuple[str, list[str]]] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)


def corpus_paths() -> list[Path]:
    return [*sorted(DATA.glob("hrc-res-*-en.txt")), DATA / "hrc-res-44-11-fr.txt"]


def _symbol(path: Path) -> str:
    m = re.match(r"hrc-res-(\d+)-(\d+)-", path.name)
    assert m, path.name
    return f"A/HRC/RES/{m.group(1)}/{m.group(2)}"


def _ws(text: str) -> str:
    return " ".join(text.split())


def _blocks_en(text: str) -> list[str]:
    return [_ws(b) for b in re.split(r"\n\s*\n", text) if b.strip()]


def _blocks_fr(text: str) -> tuple[list[str], list[str]]:
    """Physical-line layout: an indented line starts a block. Returns (header, blocks)."""
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.strip() == FORMULA_FR)
    return _reflow(lines[: start + 1]), _reflow(lines[start + 1 :])


def _reflow(lines: list[str]) -> list[str]:
    blocks: list[str] = []
    for ln in lines:
        if ln[:1].isspace() or not blocks:
            blocks.append(_ws(ln))
        else:
            blocks[-1] += " " + _ws(ln)
    return blocks


def read_source(path: Path) -> Source:
    language = path.stem.rsplit("-", 1)[1]
    text = path.read_text(encoding="utf-8")
    src = Source(name=path.name, language=language, symbol=_symbol(path))
    if language == "fr":
        src.header, blocks = _blocks_fr(text)
    else:
        blocks = _blocks_en(text)
    closing_text = " ".join(blocks)
    m = None
    for m in MEETING_RE[language].finditer(closing_text):  # noqa: B007 — keep the last
        pass
    assert m is not None, path.name
    # Paragraph blocks end where the meeting line starts (it is glued to the last OP).
    body, rest = closing_text[: m.start()], closing_text[m.end() :]
    n_chars = 0
    for block in blocks:
        if n_chars + len(block) <= len(body):
            src.paragraphs.append(block)
            n_chars += len(block) + 1
        else:
            src.paragraphs.append(body[n_chars:].strip())
            break
    src.meeting = [m.group(1), m.group(2)]
    # Footnote texts found between meeting line and vote (FR) or after the vote (EN).
    lead_fn = re.match(r"((?:\d+ [A-Z][^[]*?\.\s*)+)(?=\[)", rest)
    trailing = ""
    if lead_fn:
        trailing, rest = lead_fn.group(1), rest[lead_fn.end() :]
    if rest.startswith("["):
        end = rest.index("]") + 1
        trailing += " " + rest[end:]
        rest = rest[:end]
    labels = VOTE_LABELS[language]
    cuts = [rest.index(label) for label in labels if label in rest]
    src.vote_intro = rest[: cuts[0]].strip()
    for i, cut in enumerate(cuts):
        label = next(lb for lb in labels if rest.startswith(lb, cut))
        stop = cuts[i + 1] if i + 1 < len(cuts) else len(rest)
        items = re.split(r"(?<=,)\s+", rest[cut + len(label) : stop].strip())
        src.vote_groups.append((label, items))
    for note in re.split(r"\s(?=\d+ [A-Z])", trailing.strip()):
        if note:
            marker, note_text = note.split(" ", 1)
            src.footnotes.append((marker, note_text.strip()))
    return src


def expected_blocks(src: Source, with_masthead: bool = True) -> list[str]:
    """The blocks a loader must return for a file built from ``src``, in order."""
    out = [src.symbol] if with_masthead else []  # the masthead keeps only the symbol
    out += src.header + src.paragraphs + [" ".join(src.meeting), src.vote_intro]
    for label, items in src.vote_groups:
        out += [label, " ".join(items)]
    out += [f"{marker} {text}" for marker, text in src.footnotes]
    return out


def footnote_anchor(paragraph: str, marker: str) -> int | None:
    """Index just after the glued reference ("solidarity;1" → after ';'), or None."""
    m = re.search(rf"(?<=[^\W\d]|[;,:]){re.escape(marker)}(?=\s|$)", paragraph)
    return m.start() if m else None


# --------------------------------------------------------------------------- PDF
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.0, 80.0, 770.0
BODY_PT, SMALL_PT, NOTE_PT = 10.0, 8.0, 8.5
INDENT = 36.0


def build_pdf(
    src: Source, job: str = "GE.20-10187(E)", extra_pages: int = 0, writer: str = "qt"
) -> bytes:
    """Draw ``src`` as a UN-style PDF; ``extra_pages`` repeats the paragraphs (bench).

    ``writer="qt"``: QPdfWriter (one text object per glyph, generated spaces).
    ``writer="raw"``: a hand-written PDF with one text object per line and real space
    characters, the way Word/LibreOffice PDFs are made.
    """
    keep_none_alive()  # PySide6 6.12.0 on Python 3.11: see resolution_compare.qtcompat
    canvas: QtCanvas | RawCanvas = QtCanvas() if writer == "qt" else RawCanvas()
    return _build_pdf(src, job, extra_pages, canvas)


SERIF_TTF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _char_widths() -> dict[str, float]:
    """Advance widths (per 1000 units) of DejaVu Serif for the cp1252 characters."""
    from PySide6.QtGui import QFont, QFontMetricsF, QRawFont

    raw = QRawFont(str(SERIF_TTF), 1000)
    widths: dict[str, float] = {}
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        glyphs = raw.glyphIndexesForString(ch)
        widths[ch] = raw.advancesForGlyphIndexes(glyphs)[0].x() if glyphs else 500.0
    for ch in EXTRA_CODES:
        glyphs = raw.glyphIndexesForString(ch)
        widths[ch] = raw.advancesForGlyphIndexes(glyphs)[0].x() if glyphs else 500.0
    del QFont, QFontMetricsF
    return widths


# Characters of the corpus that cp1252 lacks: given free codes through /Differences.
EXTRA_CODES = {"\u2217": (0x81, "asteriskmath"), "\u202f": (0x8D, "uni202F")}


class QtCanvas:
    """QPainter on a QPdfWriter, in points."""

    def __init__(self) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
        from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self._writer.setResolution(72)
        self._writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        self._painter = QPainter(self._writer)
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._metrics: dict[float, QFontMetricsF] = {}
        self._QFont, self._QFontMetricsF = QFont, QFontMetricsF

    def _font(self, size: float, bold: bool) -> object:
        if (size, bold) not in self._fonts:
            f = self._QFont("DejaVu Serif")
            f.setPointSizeF(size)
            f.setBold(bold)
            self._fonts[(size, bold)] = f
        return self._fonts[(size, bold)]

    def width(self, text: str, size: float) -> float:
        if size not in self._metrics:
            self._metrics[size] = self._QFontMetricsF(self._font(size, False), self._writer)
        return float(self._metrics[size].horizontalAdvance(text))

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        bold: bool = False,
        justify: float = 0,
    ) -> None:
        from PySide6.QtCore import QPointF

        self._painter.setFont(self._font(size, bold))
        self._painter.drawText(QPointF(x, baseline), text)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        from PySide6.QtCore import QPointF

        self._painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def new_page(self) -> None:
        self._writer.newPage()

    def finish(self) -> bytes:
        self._painter.end()
        self._buffer.close()
        return bytes(self._data.data())


class RawCanvas:
    """A minimal PDF writer: DejaVu Serif embedded, WinAnsi text, one Tj per line."""

    _widths: dict[str, float] | None = None

    def __init__(self) -> None:
        if RawCanvas._widths is None:
            RawCanvas._widths = _char_widths()
        self.pages: list[list[str]] = [[]]

    def width(self, text: str, size: float) -> float:
        widths = RawCanvas._widths or {}
        return sum(widths.get(ch, 500.0) for ch in text) * size / 1000

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        bold: bool = False,
        justify: float = 0,
    ) -> None:
        """``justify``: stretch the spaces (PDF word spacing, Tw) so the line ends there."""
        raw = "".join(
            chr(EXTRA_CODES[ch][0])
            if ch in EXTRA_CODES
            else ch.encode("cp1252", "replace").decode("latin-1")
            for ch in text
        )
        escaped = raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        spaces = raw.count(" ")
        spacing = (justify - x - self.width(text, size)) / spaces if justify and spaces else 0.0
        position = f"{x:.2f} {PAGE_H - baseline:.2f} Td"
        self.pages[-1].append(f"BT /F1 {size:g} Tf {spacing:.3f} Tw {position} ({escaped}) Tj ET")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[-1].append(f"0.5 w {x1:.2f} {PAGE_H - y1:.2f} m {x2:.2f} {PAGE_H - y2:.2f} l S")

    def new_page(self) -> None:
        self.pages.append([])

    def finish(self) -> bytes:
        widths = RawCanvas._widths or {}
        font_data = SERIF_TTF.read_bytes()
        objects: list[bytes] = []
        n_pages = len(self.pages)
        # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 font file, then page/content pairs.
        kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
        by_code = {code: widths.get(ch, 500.0) for ch, (code, _) in EXTRA_CODES.items()}
        for ch, w in widths.items():
            if ch not in EXTRA_CODES:
                by_code[ch.encode("cp1252")[0]] = w
        width_list = " ".join(f"{by_code.get(c, 500.0):.0f}" for c in range(32, 256))
        differences = " ".join(f"{code} /{name}" for code, name in EXTRA_CODES.values())
        objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
        objects.append(
            (
                "<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSerif /FirstChar 32 "
                f"/LastChar 255 /Widths [{width_list}] /Encoding << /Type /Encoding "
                f"/BaseEncoding /WinAnsiEncoding /Differences [{differences}] >> "
                "/FontDescriptor 4 0 R >>"
            ).encode()
        )
        objects.append(
            b"<< /Type /FontDescriptor /FontName /DejaVuSerif /Flags 32 "
            b"/FontBBox [-770 -347 2105 1109] /ItalicAngle 0 /Ascent 928 /Descent -236 "
            b"/CapHeight 729 /StemV 80 /FontFile2 5 0 R >>"
        )
        objects.append(
            f"<< /Length {len(font_data)} /Length1 {len(font_data)} >>\nstream\n".encode()
            + font_data
            + b"\nendstream"
        )
        for i, ops in enumerate(self.pages):
            content = "\n".join(ops).encode("latin-1")
            objects.append(
                (
                    f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:g} {PAGE_H:g}] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * i} 0 R >>"
                ).encode()
            )
            objects.append(
                f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
            )
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
        out.write(
            f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
            + f"startxref\n{xref}\n%%EOF\n".encode()
        )
        return out.getvalue()


def _build_pdf(src: Source, job: str, extra_pages: int, canvas: QtCanvas | RawCanvas) -> bytes:
    def width(text: str, size: float = BODY_PT) -> float:
        return canvas.width(text, size)

    def font(size: float, bold: bool = False) -> tuple[float, bool]:
        return (size, bold)

    body_font, note_font, small_font = font(BODY_PT), font(NOTE_PT), font(SMALL_PT)

    def wrap(text: str, first_width: float, other_width: float, size: float = BODY_PT) -> list[str]:
        """Greedy wrap; splits one long word per line end with a hyphen when it helps."""
        lines: list[str] = []
        words = text.split(" ")
        current = ""
        while words:
            limit = first_width if not lines else other_width
            word = words[0]
            candidate = f"{current} {word}" if current else word
            if width(candidate, size) <= limit:
                current = candidate
                words.pop(0)
                continue
            # Hyphenate plain lowercase words (keep "non-" / capitalised words whole).
            if word.isalpha() and word.islower() and len(word) >= 9 and current:
                for cut in range(len(word) - 4, 3, -1):
                    if width(f"{current} {word[:cut]}-", size) <= limit:
                        lines.append(f"{current} {word[:cut]}-")
                        words[0] = word[cut:]
                        current = ""
                        break
                else:
                    lines.append(current)
                    current = ""
                continue
            if not current:  # a single over-long token: put it alone
                current = word
                words.pop(0)
            # Never end a line on a token that ends with "-" ("non- governmental").
            if current.endswith("-") and " " in current:
                head, tail = current.rsplit(" ", 1)
                lines.append(head)
                current = tail
                continue
            lines.append(current)
            current = ""
        if current:
            lines.append(current)
        return lines

    page = 0
    y = 0.0
    bottom_limit = BOTTOM
    page_notes: list[tuple[str, str]] = []
    footnotes = dict(src.footnotes)

    def draw(
        x: float, baseline: float, text: str, f: tuple[float, bool], justify: float = 0
    ) -> None:
        canvas.text(x, baseline, text, f[0], f[1], justify)

    def finish_page() -> None:
        if page_notes:
            height = sum(
                len(wrap(t, RIGHT - LEFT - 18, RIGHT - LEFT - 18, NOTE_PT)) * 11
                for _, t in page_notes
            )
            top = BOTTOM - height
            canvas.line(LEFT, top - 8, LEFT + 144, top - 8)
            yy = top + 2
            for marker, text in page_notes:
                draw(LEFT + 6, yy + 7, marker, note_font)
                for ln in wrap(text, RIGHT - LEFT - 18, RIGHT - LEFT - 18, NOTE_PT):
                    draw(LEFT + 18, yy + 7, ln, note_font)
                    yy += 11
            page_notes.clear()
        if page == 1:
            draw(LEFT, 800, job, small_font)
            draw(LEFT, 812, "*" + re.sub(r"\D", "", job.split("(")[0]) + "*", small_font)
            draw(RIGHT - 60, 812, "Please recycle", small_font)
        else:
            num = str(page)
            draw(RIGHT - width(num) if page % 2 else LEFT, 805, num, small_font)

    def new_page() -> None:
        nonlocal page, y, bottom_limit
        if page:
            finish_page()
            canvas.new_page()
        page += 1
        bottom_limit = BOTTOM
        if page == 1:
            draw(LEFT, 60, "United Nations", font(12))
            draw(300, 60, src.symbol, font(14, bold=True))
            canvas.line(LEFT, 70, RIGHT, 70)
            draw(LEFT, 95, "General Assembly", font(14, bold=True))
            draw(400, 90, "Distr.: General", small_font)
            draw(400, 101, "24 July 2020", small_font)
            draw(400, 120, "Original: English", small_font)
            canvas.line(LEFT, 130, RIGHT, 130)
            y = 160.0
        else:
            hdr = src.symbol + (f" {page}" if page % 3 == 0 else "")
            draw(RIGHT - width(hdr) if page % 2 else LEFT, 50, hdr, small_font)
            y = TOP

    def room(lines: int) -> None:
        if y + lines * 12 > bottom_limit:
            new_page()

    def paragraph(text: str, x_first: float, x_text: float, x_other: float, gap: float = 6) -> None:
        """Lay out one block: label at x_first, text from x_text, continuation at x_other."""
        nonlocal y, bottom_limit
        label, rest = "", text
        m = re.match(r"(\d+\.|\([a-z]+\))\s+(.*)", text)
        if m and x_text != x_first:
            label, rest = m.group(1), m.group(2)
        note = next(
            ((mk, t) for mk, t in footnotes.items() if footnote_anchor(rest, mk) is not None), None
        )
        lines = wrap(rest, RIGHT - x_text, RIGHT - x_other)
        room(1)
        for i, line in enumerate(lines):
            if y + 12 > bottom_limit:
                new_page()
            x = x_text if i == 0 else x_other
            if i == 0 and label:
                draw(x_first, y + 10, label, body_font)
            at = footnote_anchor(line, note[0]) if note is not None else None
            if note is not None and at is not None:
                head, tail = line[:at], line[at + len(note[0]) :]
                draw(x, y + 10, head, body_font)
                draw(x + width(head), y + 6, note[0], font(6.5))
                draw(x + width(head) + width(note[0], NOTE_PT) * 0.8, y + 10, tail, body_font)
                page_notes.append(note)
                footnotes.pop(note[0])
                bottom_limit -= 30
                note = None
            else:
                # Justified like UN documents, except a paragraph's last line.
                draw(x, y + 10, line, body_font, RIGHT if i < len(lines) - 1 else 0)
            y += 12
        y += gap

    new_page()
    for line in src.header:
        paragraph(line, LEFT + INDENT, LEFT + INDENT, LEFT + INDENT, gap=5)
    for _ in range(extra_pages + 1):
        for text in src.paragraphs:
            if re.match(r"\d+\.\s", text):
                paragraph(text, LEFT + INDENT, LEFT + INDENT + 28, LEFT)
            elif re.match(r"\([a-z]+\)\s", text):
                paragraph(text, LEFT + INDENT + 28, LEFT + INDENT + 56, LEFT + INDENT + 28)
            else:
                paragraph(text, LEFT + INDENT, LEFT + INDENT, LEFT)
    paragraph(src.meeting[0], LEFT, LEFT, LEFT, gap=0)
    paragraph(src.meeting[1], LEFT, LEFT, LEFT, gap=10)
    paragraph(src.vote_intro, LEFT + INDENT, LEFT + INDENT, LEFT + INDENT)
    col_w = (RIGHT - LEFT - INDENT - 40) / 2
    for label, items in src.vote_groups:
        paragraph(label, LEFT + INDENT, LEFT + INDENT, LEFT + INDENT, gap=4)
        half = (len(items) + 1) // 2
        columns = [
            [ln for item in items[:half] for ln in wrap(item, col_w, col_w - 10)],
            [ln for item in items[half:] for ln in wrap(item, col_w, col_w - 10)],
        ]
        rows = max(len(c) for c in columns)
        room(rows)
        for r in range(rows):
            for c, column in enumerate(columns):
                if r < len(column):
                    draw(LEFT + INDENT + 20 + c * (col_w + 40), y + 10, column[r], body_font)
            y += 12
        y += 8
    finish_page()
    return canvas.finish()


def build_image_pdf() -> bytes:
    """A 'scanned' page: one picture of text, no text layer."""
    keep_none_alive()  # PySide6 6.12.0 on Python 3.11: see resolution_compare.qtcompat
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawImage(QPointF(0, 0), image)
    painter.end()
    del painter, writer
    buffer.close()
    return bytes(data.data())


def encrypt_pdf(data: bytes, password: str = "secret", owner_password: str | None = None) -> bytes:
    """Encrypt with pypdf; ``password=""`` with an owner password = permissions only."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password, owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -------------------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OP_ABSTRACT, OP_NUM, OP_STYLE = "90", "90", "UNOperative"
_NUMBERING_XML = f"""<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{OP_ABSTRACT}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
_FOOTNOTES_XML = f"""<w:footnotes xmlns:w="{W_NS}">
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0">
    <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  {{notes}}
</w:footnotes>"""


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DocxBuilder:
    """python-docx document with UN numbering (numbering.xml) and a real footnotes part."""

    def __init__(self, style_numbering: bool = False) -> None:
        import docx
        from docx.oxml import parse_xml

        self.doc = docx.Document()
        self._parse = parse_xml
        self.style_numbering = style_numbering
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(f"{{{W_NS}}}num")
        abstract = parse_xml(_NUMBERING_XML)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        self.numbering = numbering
        self._add_num(OP_NUM)
        self._next_num = int(OP_NUM) + 1
        self.notes: list[tuple[str, str]] = []  # (footnote id, text)
        if style_numbering:
            # "List"-like paragraph style carrying the numbering (Word's style-linked lists).
            styles = self.doc.styles.element
            styles.append(
                parse_xml(
                    f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="{OP_STYLE}">'
                    f'<w:name w:val="UN Operative"/><w:basedOn w:val="Normal"/>'
                    f'<w:pPr><w:numPr><w:numId w:val="{OP_NUM}"/></w:numPr></w:pPr></w:style>'
                )
            )

    def _add_num(self, num_id: str, start: int | None = None) -> None:
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            if start is not None
            else ""
        )
        self.numbering.append(
            self._parse(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{OP_ABSTRACT}"/>{override}</w:num>'
            )
        )

    def paragraph(
        self, text: str, num: tuple[str, int] | None = None, note: tuple[str, str] | None = None
    ) -> None:
        """Add a paragraph; ``num`` = (numId, ilvl); ``note`` = (marker, footnote text)."""
        p = self.doc.add_paragraph()
        if num is not None:
            ppr = p._p.get_or_add_pPr()
            if self.style_numbering and num[0] == OP_NUM and num[1] == 0:
                p.style = self.doc.styles["UN Operative"]
            else:
                ppr.append(
                    self._parse(
                        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{num[1]}"/>'
                        f'<w:numId w:val="{num[0]}"/></w:numPr>'
                    )
                )
        at = footnote_anchor(text, note[0]) if note else None
        if note is None or at is None:
            self._text_runs(p, text)
            return
        self._text_runs(p, text[:at])
        note_id = str(len(self.notes) + 1)
        self.notes.append((note_id, note[1]))
        p._p.append(
            self._parse(
                f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r>'
            )
        )
        self._text_runs(p, text[at + len(note[0]) :])

    def _text_runs(self, p: object, text: str) -> None:
        # Italic lead then the rest, as UN drafts set it; a line break for "\n".
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)  # type: ignore[attr-defined]
            if i < len(lines) - 1:
                run.add_break()

    def new_op_num(self, start: int) -> str:
        num_id = str(self._next_num)
        self._next_num += 1
        self._add_num(num_id, start)
        return num_id

    def tracked_paragraph(self, kept: str, deleted: str, inserted: str) -> None:
        p = self.doc.add_paragraph()
        p.add_run(kept)
        p._p.append(
            self._parse(
                f'<w:del xmlns:w="{W_NS}" w:id="901" w:author="A" w:date="2020-07-01T00:00:00Z">'
                f'<w:r><w:delText xml:space="preserve">{_xml(deleted)}</w:delText></w:r></w:del>'
            )
        )
        p._p.append(
            self._parse(
                f'<w:ins xmlns:w="{W_NS}" w:id="902" w:author="A" w:date="2020-07-01T00:00:00Z">'
                f'<w:r><w:t xml:space="preserve">{_xml(inserted)}</w:t></w:r></w:ins>'
            )
        )

    def to_bytes(self) -> bytes:
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        if self.notes:
            body = "".join(
                f'<w:footnote w:id="{nid}"><w:p><w:r><w:rPr>'
                f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {_xml(text)}</w:t></w:r></w:p></w:footnote>'
                for nid, text in self.notes
            )
            blob = _FOOTNOTES_XML.replace("{notes}", body).encode("utf-8")
            part = Part(
                PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package
            )
            self.doc.part.relate_to(part, RT.FOOTNOTES)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def build_docx(src: Source, style_numbering: bool = False) -> bytes:
    """Write ``src`` as a Word draft: automatic OP/sub-paragraph numbers, a real footnote."""
    builder = DocxBuilder(style_numbering=style_numbering)
    footnotes = dict(src.footnotes)
    for line in src.header:
        builder.paragraph(line)
    op_next, op_num, letter_next = 1, OP_NUM, 1
    for text in src.paragraphs:
        note = next(
            ((m, t) for m, t in footnotes.items() if footnote_anchor(text, m) is not None), None
        )
        if note:
            footnotes.pop(note[0])
        op = re.match(r"(\d+)\.\s+(.*)", text, re.S)
        sub = re.match(r"\(([a-z])\)\s+(.*)", text, re.S)
        if op:
            number = int(op.group(1))
            if number != op_next:
                op_num = builder.new_op_num(number)
            builder.paragraph(op.group(2), (op_num, 0), note)
            op_next, letter_next = number + 1, 1
        elif sub and ord(sub.group(1)) - ord("a") + 1 == letter_next and op_next > 1:
            builder.paragraph(sub.group(2), (op_num, 1), note)
            letter_next += 1
        else:
            builder.paragraph(text, None, note)
    builder.paragraph("\n".join(src.meeting))
    builder.paragraph(src.vote_intro)
    for label, items in src.vote_groups:
        builder.paragraph(label)
        builder.paragraph(" ".join(items))
    assert not footnotes, f"footnote markers not found in {src.name}: {footnotes}"
    return builder.to_bytes()
