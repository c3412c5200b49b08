"""Word .docx → text (the only importer of python-docx).

Paragraph text with Word's automatic numbering rebuilt (:mod:`docx_numbering`), footnote
references glued where they sit ("solidarity;1") and footnote texts appended at the end,
tracked changes read as the current text (deletions dropped, insertions kept). The zip is
checked before parsing: a hostile file cannot make us inflate gigabytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.docx_numbering import Numbering, W, read_numbering
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


def _check_zip(data: bytes, name: str) -> None:
    if data.startswith(_OLE_MAGIC):
        raise InputError(f"{name}: this is a legacy Word .doc file — save it as .docx and retry")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise InputError(f"{name}: not a valid Word .docx file (not a zip archive)") from None
    with archive:
        infos = archive.infolist()
        # Declared sizes, checked before anything is inflated (zip bombs).
        limits.check_docx_unpacked(sum(info.file_size for info in infos), len(infos), name)
        if "word/document.xml" not in archive.namelist():
            raise InputError(f"{name}: not a Word .docx file (no word/document.xml inside)")


class _Reader:
    """Walks the document body once, keeping numbering counters and footnote order."""

    def __init__(self, document: Any) -> None:
        part = document.part
        numbering_root = None
        styles_root = None
        self.footnote_texts: dict[str, str] = {}
        self.markers: list[tuple[str, str]] = []  # (marker, footnote id) in reading order
        for rel in part.rels.values():
            if rel.is_external:
                continue
            if rel.reltype == RT.NUMBERING:
                numbering_root = parse_xml(rel.target_part.blob)
            elif rel.reltype == RT.STYLES:
                styles_root = parse_xml(rel.target_part.blob)
            elif rel.reltype == RT.FOOTNOTES:
                self.footnote_texts = self._read_footnotes(parse_xml(rel.target_part.blob))
        self.numbering: Numbering = read_numbering(numbering_root)
        self.styles: dict[str, Any] = {}
        if styles_root is not None:
            for style in styles_root.iter(W + "style"):
                self.styles[str(style.get(W + "styleId"))] = style
        self.tracked = bool(next(document.element.body.iter(*_CHANGES), None) is not None)

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
                    None if ilvl is None else int(ilvl.get(W + "val", "0")),
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
                ilvl = None if i is None else int(i.get(W + "val", "0"))
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
                text = self._runs_text(child)
                if not text and not carry:
                    continue
                label = self.label(child) if text else None
                text = f"{label} {text}" if label else text
                if carry:
                    text = f"{carry} {text}".strip()
                    carry = ""
                if child.find(f"{W}pPr/{W}rPr/{W}del") is not None:
                    carry = text
                    continue
                out.append(text)
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
    """Read a .docx; raise InputError for what cannot be read."""
    _check_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(document)
        blocks = reader.blocks(document.element.body)
    except InputError:
        raise
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
