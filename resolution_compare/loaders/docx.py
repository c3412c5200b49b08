"""Word .docx → text (the only importer of python-docx).

Paragraph text with Word's automatic numbering rebuilt (:mod:`docx_numbering`), footnote
references glued where they sit ("solidarity;1") and footnote texts appended at the end,
tracked changes read as the current text (deletions dropped, insertions kept; a paragraph
whose mark is a tracked deletion runs on into the next and takes no second number).

The package is never trusted: before python-docx sees it, every part is inflated here in
small chunks, counting the bytes as they come (a zip may declare 1 KB and inflate to
gigabytes), and must come out at exactly its declared size and CRC; the parts python-docx
will parse as XML are bounded in total (``limits.MAX_DOCX_XML_BYTES``), which bounds the
memory of their trees. python-docx then reads a re-packed, uncompressed copy, so it
inflates nothing itself. The XML parser resolves no entities and loads no DTD (lxml via
python-docx's parser). Macro-enabled documents (.docm) and templates (.dotx, .dotm) are read
the same way: their main part is found through the package relationship, whatever its
content type; macros are never run (nothing here executes anything).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.package import Package

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.docx_numbering import Numbering, W, level_index, read_numbering
from resolution_compare.loaders.registry import LoadedText

TRACKED_CHANGES_NOTE = "tracked changes were accepted for comparison"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Deleted text, properties, field codes, and the Fallback copy of mc:AlternateContent
# (the Choice copy is read; reading both would double the text).
_SKIP = {
    W + "del",
    W + "moveFrom",
    W + "pPr",
    W + "rPr",
    W + "instrText",
    W + "delInstrText",
    MC + "Fallback",
}
_CHANGES = (W + "ins", W + "del", W + "moveFrom", W + "moveTo")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Inflated in pieces of this size: no single call can allocate more.
_CHUNK = 1 << 20
_LOCAL_HEADER = 30  # fixed part of a zip local file header
# Parts python-docx parses into XML trees when it opens a package.
_XML_SUFFIXES = (".xml", ".rels")


def _too_large(name: str) -> InputError:
    return InputError(
        f"{name}: the .docx unpacks to more than its parts declare or than the limit of "
        f"{limits.MAX_DOCX_UNCOMPRESSED_BYTES // limits.MB} MB"
    )


def _inflate(data: bytes, info: zipfile.ZipInfo, budget: int, name: str) -> bytes:
    """The part's bytes, inflated here chunk by chunk from the raw archive bytes.

    Never more than ``budget`` bytes, and exactly the declared size with the declared CRC:
    a part that inflates past its declared size (zipfile would silently cut it, after
    inflating all of it into memory in one call) or short of it is refused.
    """
    if info.flag_bits & 0x1:
        raise InputError(f"{name}: the Word file is password-protected")
    if info.file_size > budget:
        raise _too_large(name)
    header = info.header_offset
    if data[header : header + 4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("no local header")
    name_length, extra_length = struct.unpack_from("<HH", data, header + 26)
    start = header + _LOCAL_HEADER + name_length + extra_length
    raw = memoryview(data)[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        part = bytes(raw)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        chunks: list[bytes] = []
        size = 0
        pending = raw
        while pending and not inflater.eof:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = memoryview(inflater.unconsumed_tail)
            size += len(chunk)
            if size > info.file_size:
                raise _too_large(name)
            chunks.append(chunk)
            if not chunk and not pending:
                break
        part = b"".join(chunks)
    else:  # bzip2, LZMA…: Word never writes them
        raise zipfile.BadZipFile("unsupported compression")
    if len(part) != info.file_size or zlib.crc32(part) != info.CRC:
        raise zipfile.BadZipFile("size or CRC mismatch")
    return part


def _unpack(data: bytes, name: str) -> bytes:
    """The package re-written uncompressed after every part was inflated and checked."""
    if data.startswith(_OLE_MAGIC):
        raise InputError(f"{name}: this is a legacy Word .doc file — save it as .docx and retry")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise InputError(f"{name}: not a valid Word .docx file (not a zip archive)") from None
    out = io.BytesIO()
    with archive, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as repacked:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        # Declared sizes first: refuses an honest bomb before inflating a byte.
        limits.check_docx_unpacked(sum(info.file_size for info in infos), len(infos), name)
        if "word/document.xml" not in archive.namelist():
            raise InputError(f"{name}: not a Word .docx file (no word/document.xml inside)")
        total = xml_total = 0
        seen: set[str] = set()
        for info in infos:
            if info.filename in seen:  # a second entry with the same name: a crafted zip
                raise InputError(f"{name}: the Word file is damaged (a part appears twice)")
            seen.add(info.filename)
            try:
                part = _inflate(data, info, limits.MAX_DOCX_UNCOMPRESSED_BYTES - total, name)
            except (zipfile.BadZipFile, zlib.error, struct.error, ValueError):
                raise InputError(f"{name}: the Word file is damaged and cannot be read") from None
            total += len(part)
            if info.filename.lower().endswith(_XML_SUFFIXES):
                xml_total += len(part)
                limits.check_docx_xml(xml_total, name)
            repacked.writestr(info.filename, part)
    return out.getvalue()


def _element(part: Any) -> Any:
    """The root XML element of a package part (parsed once: python-docx's XmlPart keeps it)."""
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


# Word paragraphs walked at most (empty ones included): ten per line the text may have.
# Each costs ~30 µs; 450 000 tiny paragraphs inside the XML limit took 14 s before.
_MAX_WORD_PARAGRAPHS = 10 * limits.MAX_LINES


class _TooManyParagraphs(Exception):
    pass


class _Reader:
    """Walks the document body once, keeping numbering counters and footnote order."""

    def __init__(self, part: Any, root: Any) -> None:
        numbering_root = None
        styles_root = None
        self.footnote_texts: dict[str, str] = {}
        self.markers: list[tuple[str, str]] = []  # (marker, footnote id) in reading order
        for rel in part.rels.values():
            if rel.is_external:
                continue
            if rel.reltype == RT.NUMBERING:
                numbering_root = _element(rel.target_part)
            elif rel.reltype == RT.STYLES:
                styles_root = _element(rel.target_part)
            elif rel.reltype == RT.FOOTNOTES:
                self.footnote_texts = self._read_footnotes(_element(rel.target_part))
        self.numbering: Numbering = read_numbering(numbering_root)
        self.styles: dict[str, Any] = {}
        if styles_root is not None:
            for style in styles_root.iter(W + "style"):
                self.styles[str(style.get(W + "styleId"))] = style
        self.paragraphs_seen = 0
        self.blocks_made = 0
        self.body = root.find(W + "body")
        if self.body is None:
            raise InputError("no document body")  # caught below: a damaged file
        self.tracked = bool(next(self.body.iter(*_CHANGES), None) is not None)

    def _read_footnotes(self, root: Any) -> dict[str, str]:
        texts: dict[str, str] = {}
        for note in root.iter(W + "footnote"):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            parts = [self._runs_text(p, note_part=True) for p in note.iter(W + "p")]
            texts[str(note.get(W + "id"))] = " ".join(p for p in parts if p).strip()
        return texts

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                num_id = numpr.find(W + "numId")
                ilvl = numpr.find(W + "ilvl")
                return (
                    None if num_id is None else str(num_id.get(W + "val")),
                    None if ilvl is None else level_index(ilvl.get(W + "val")),
                )
            based = style.find(W + "basedOn")
            style_id = None if based is None else str(based.get(W + "val"))
        return None, None

    def label(self, p: Any) -> str | None:
        ppr = p.find(W + "pPr")
        num_id: str | None = None
        ilvl: int | None = None
        style_id: str | None = None
        if ppr is not None:
            style = ppr.find(W + "pStyle")
            style_id = None if style is None else str(style.get(W + "val"))
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                n = numpr.find(W + "numId")
                i = numpr.find(W + "ilvl")
                num_id = None if n is None else str(n.get(W + "val"))
                ilvl = None if i is None else level_index(i.get(W + "val"))
        if num_id is None:
            style_num, style_ilvl = self._style_numpr(style_id)
            num_id = style_num
            ilvl = style_ilvl if ilvl is None else ilvl
        if num_id is None:
            return None
        return self.numbering.label(num_id, ilvl or 0)

    def _runs_text(self, element: Any, note_part: bool = False) -> str:
        out: list[str] = []
        custom_pending: str | None = None

        def walk(node: Any) -> None:
            nonlocal custom_pending
            for child in node:
                tag = child.tag
                if tag in _SKIP:
                    continue
                if tag == W + "t":
                    text = child.text or ""
                    if custom_pending is not None and text.strip():
                        marker = text.strip().split()[0]
                        self.markers.append((marker, custom_pending))
                        custom_pending = None
                    out.append(text)
                elif tag in (W + "tab", W + "br", W + "cr"):
                    out.append(" ")
                elif tag == W + "noBreakHyphen":
                    out.append("-")
                elif tag == W + "footnoteReference" and not note_part:
                    note_id = str(child.get(W + "id"))
                    if child.get(W + "customMarkFollows") in ("1", "true", "on"):
                        custom_pending = note_id
                    else:
                        marker = str(len(self.markers) + 1)
                        self.markers.append((marker, note_id))
                        out.append(marker)
                else:
                    walk(child)

        walk(element)
        return re.sub(r"[ \t]+", " ", "".join(out)).strip()

    def blocks(self, container: Any) -> list[str]:
        out: list[str] = []
        carry = ""  # text of a paragraph whose mark was deleted (tracked): joins the next
        for child in container:
            if child.tag == W + "p":
                self.paragraphs_seen += 1
                if self.paragraphs_seen > _MAX_WORD_PARAGRAPHS:
                    raise _TooManyParagraphs
                text = self._runs_text(child)
                if not text and not carry:
                    if child.find(f"{W}pPr/{W}rPr/{W}del") is None:
                        # Word prints an empty numbered paragraph's number ("3." over a
                        # paragraph whose text was deleted, its mark kept): the next
                        # paragraph is "4." there, so the counter moves on here too.
                        self.label(child)
                    continue
                if carry:
                    # The previous paragraph's mark is a tracked deletion: once accepted,
                    # this text runs on in it, under its number (Word keeps the first
                    # paragraph's properties); this paragraph draws no number of its own.
                    text = f"{carry} {text}".strip()
                    carry = ""
                else:
                    label = self.label(child) if text else None
                    text = f"{label} {text}" if label else text
                if child.find(f"{W}pPr/{W}rPr/{W}del") is not None:
                    carry = text
                    continue
                out.append(text)
                self.blocks_made += 1
                if self.blocks_made > limits.MAX_LINES:  # the text limit would refuse it
                    raise _TooManyParagraphs
            elif child.tag == W + "tbl":
                for row in child.iter(W + "tr"):
                    for cell in row.iter(W + "tc"):
                        out.extend(self.blocks(cell))
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    out.extend(self.blocks(content))
        if carry:
            out.append(carry)
        return out


def extract_docx(data: bytes, name: str) -> LoadedText:
    """Read a .docx (.docm, .dotx, .dotm); raise InputError for what cannot be read."""
    package_bytes = _unpack(data, name)
    try:
        package = Package.open(io.BytesIO(package_bytes))
        del package_bytes
        part = package.main_document_part
        reader = _Reader(part, _element(part))
        blocks = reader.blocks(reader.body)
    except MemoryError:
        raise InputError(f"{name}: too large to read with the memory available") from None
    except _TooManyParagraphs:
        raise InputError(
            f"{name}: the Word file has more than {limits.MAX_LINES:,} paragraphs with text "
            f"(or {_MAX_WORD_PARAGRAPHS:,} in all), more than the limit"
        ) from None
    except Exception:  # python-docx/lxml raise many types on malformed parts; all mean "damaged"
        raise InputError(f"{name}: the Word file is damaged and cannot be read") from None
    notes = [
        f"{marker} {reader.footnote_texts[note_id]}"
        for marker, note_id in reader.markers
        if reader.footnote_texts.get(note_id)
    ]
    if not blocks:
        raise InputError(f"{name}: the Word file contains no text")
    warnings = (TRACKED_CHANGES_NOTE,) if reader.tracked else ()
    return LoadedText(text="\n\n".join(blocks + notes) + "\n", format="docx", warnings=warnings)
