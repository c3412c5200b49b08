"""PDFs written byte by byte for the hostile cases (valid xref tables, one font)."""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A minimal PDF with a correct xref table from its objects (1-based, catalog first)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pages_pdf(contents: list[bytes], compress: bool = True) -> bytes:
    """A PDF with one page per content stream (object 3 is the font)."""
    count = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        FONT,
    ]
    for index, content in enumerate(contents):
        stream = zlib.compress(content, 1) if compress else content
        flate = b" /Filter /FlateDecode" if compress else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * index)
        )
        objects.append(
            b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream"
        )
    return pdf_bytes(objects)


def text_lines(lines: list[str], top: int = 780, step: int = 14) -> bytes:
    """A content stream drawing ``lines`` (Latin-1) one under the other."""
    out = [b"BT /F1 11 Tf"]
    y = top
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, escaped.encode("latin-1")))
        y -= step
    out.append(b"ET")
    return b"\n".join(out)


def inflating_pdf(inflated_mb: int, filler: bytes = b" ") -> bytes:
    """One page of real text whose content stream then inflates by ``inflated_mb`` MB."""
    packer = zlib.compressobj(1)
    parts = [packer.compress(text_lines(["The Human Rights Council,"]) + b"\n")]
    chunk = filler * (1 << 20)
    parts += [packer.compress(chunk) for _ in range(inflated_mb)]
    parts.append(packer.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_bytes(objects)


def paragraphs_page(paragraphs: list[list[str]], top: int = 780) -> bytes:
    """A page of paragraphs: first lines indented, a blank line's gap between paragraphs."""
    out = [b"BT /F1 11 Tf"]
    y = top
    for lines in paragraphs:
        for index, line in enumerate(lines):
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            x = 108 if index == 0 else 72
            out.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, y, escaped.encode("latin-1")))
            y -= 14
        y -= 14
    out.append(b"ET")
    return b"\n".join(out)
