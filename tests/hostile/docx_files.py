"""Minimal Word packages written byte by byte, so each hostile variant is exactly what it says.

:func:`docx_bytes` makes a valid WordprocessingML package (content types, package and
document relationships, document.xml, optional numbering.xml) from paragraph XML; the
callers bend one thing (a content type, a DTD, a declared size, a start value).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
NUMBERING_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
R_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
R_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

RESOLUTION = [
    "The Human Rights Council,",
    "Recalling its previous resolutions on the question,",
    "Noting with concern the situation,",
]
OPERATIVE = [
    "Encourages all States to take effective measures;",
    "Requests the Secretary-General to report to the Council;",
    "Decides to remain seized of the matter.",
]


def paragraph(text: str, num_id: int | None = None, ilvl: int = 0) -> str:
    numbering = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        if num_id is not None
        else ""
    )
    return f'<w:p>{numbering}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def document_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def numbering_xml(fmt: str = "decimal", start: str = "1", text: str = "%1.") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        f'<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )


def resolution_body(numbered: bool = True) -> str:
    paragraphs = [paragraph(t) for t in RESOLUTION]
    paragraphs += [paragraph(t, 7 if numbered else None) for t in OPERATIVE]
    return "".join(paragraphs)


def docx_bytes(
    document: str | None = None,
    numbering: str | None = None,
    main_type: str = DOCX_MAIN,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A Word package; ``document`` defaults to a short resolution with numbered paragraphs."""
    if document is None:
        document = document_xml(resolution_body())
        numbering = numbering or numbering_xml()
    overrides = f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
    doc_rels = ""
    if numbering is not None:
        overrides += f'<Override PartName="/word/numbering.xml" ContentType="{NUMBERING_CT}"/>'
        doc_rels = f'<Relationship Id="rId1" Type="{R_NUMBERING}" Target="numbering.xml"/>'
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels_ns}">'
            f'<Relationship Id="rId1" Type="{R_OFFICE}" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{rels_ns}">'
            f"{doc_rels}</Relationships>"
        ),
        "word/document.xml": document,
    }
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def raw_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, stored bytes, declared size, declared CRC, method) — sizes may lie."""
    import struct

    out = bytearray()
    central = bytearray()
    for name, stored, declared, crc, method in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(stored), declared,
            len(encoded), 0,
        )  # fmt: skip
        out += encoded + stored
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc, len(stored), declared,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    start = len(out)
    out += central
    out += struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), start, 0
    )
    return bytes(out)


def deflated_zeros(size: int) -> bytes:
    """Raw deflate of ``size`` zero bytes, made in 1 MB steps (never held whole)."""
    import zlib

    packer = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    pieces = [packer.compress(chunk) for _ in range(size // len(chunk))]
    pieces.append(packer.compress(bytes(size % len(chunk))))
    pieces.append(packer.flush())
    return b"".join(pieces)


def lying_docx(real_size: int) -> bytes:
    """A Word package whose document.xml declares 1 000 bytes but inflates to ``real_size``."""
    import zipfile
    import zlib

    honest = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    entries = []
    for info in honest.infolist():
        if info.filename == "word/document.xml":
            continue
        data = honest.read(info)
        entries.append((info.filename, data, len(data), zlib.crc32(data), 0))
    declared = 1000
    entries.append(
        ("word/document.xml", deflated_zeros(real_size), declared, zlib.crc32(bytes(declared)), 8)
    )
    return raw_zip(entries)
