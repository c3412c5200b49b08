"""Characters every loaded text is cleaned of, in one place (the loader registry calls it).

Three kinds, each decided by Unicode properties, not by lists of one document's words:

- **Line separators** other than "\\n" (U+2028 LINE SEPARATOR, U+0085 NEXT LINE → "\\n";
  U+2029 PARAGRAPH SEPARATOR → a blank line): the limits and the parser must split a text
  into the same lines, or a 450 000-character paragraph written with U+2028 passes the
  paragraph limit as "short lines" and reaches the parser as one line.
- **Ligature presentation forms** (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ and the Armenian ones: the characters of
  the Alphabetic Presentation Forms block whose Unicode decomposition is ``<compat>``):
  a glyph choice of the typesetter that never carries meaning, kept by text copied from a
  PDF; folded to their letters (NFKC), so "Oﬃce" and "Office" are the same word.
  Everything else stays as printed (U+2011, no-break spaces, zero-width characters, ZWJ in
  emoji): whether those count as changes is the comparison's decision.
- **Control characters** (C0 except tab and newline, DEL, C1): never text, and an ESC or BEL
  from a PDF's text layer would reach the user's terminal. Removed. U+0002 is kept: it is
  pdfium's "word broken at the line end" marker, consumed by the parser's normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from resolution_compare.core.printed import NoteRef, PrintedDocument

# Presentation forms whose <compat> decomposition makes them ligatures (Unicode block
# "Alphabetic Presentation Forms"; the Hebrew forms there are <font> or canonical).
_PRESENTATION_FORMS = range(0xFB00, 0xFB50)
LINE_SEPARATORS = {"\u2028": "\n", "\u0085": "\n", "\u2029": "\n\n"}
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u0085]")
_CONTROLS = re.compile("[\x00\x01\x03-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_PRESENTATION_FORM = re.compile("[\ufb00-\ufb4f]")


@cache
def _ligatures() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in _PRESENTATION_FORMS:
        if unicodedata.decomposition(chr(code)).startswith("<compat>"):
            table[code] = unicodedata.normalize("NFKC", chr(code))
    return table


def unify_line_breaks(text: str) -> str:
    """CR LF, CR, VT, FF, U+2028 and U+0085 → "\\n"; U+2029 → "\\n\\n" (same length or more)."""
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    return _LINE_BREAKS.sub("\n", text)


def fold_ligatures(text: str) -> str:
    """ "ﬃ" → "ffi" and the other ligature presentation forms (see the module docstring)."""
    # translate() looks every character up in a dict (35 ms on a 330 kB text); one regex
    # scan for the block first (0.3 ms) finds most texts have none.
    if text.isascii() or not _PRESENTATION_FORM.search(text):
        return text
    return text.translate(_ligatures())


def clean_loaded_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with line breaks unified, ligatures folded and control characters removed.

    Returns the text and warnings for the user (one when control characters were removed,
    naming how many and the line of the first).
    """
    text = fold_ligatures(unify_line_breaks(text))
    first = _CONTROLS.search(text)
    if first is None:
        return text, ()
    line = text.count("\n", 0, first.start()) + 1
    cleaned, removed = _CONTROLS.subn("", text)
    plural = "s" if removed != 1 else ""
    return cleaned, (
        f"{removed} control character{plural} removed from the text (the first on line {line})",
    )


def _control_warning(removed: int, where: str) -> tuple[str, ...]:
    if not removed:
        return ()
    plural = "s" if removed != 1 else ""
    return (f"{removed} control character{plural} removed from the text ({where})",)


def _clean_mapped(text: str) -> tuple[str, list[int], int]:
    """``text`` cleaned like :func:`clean_loaded_text`, the new offset of every old offset
    (so that a footnote marker's place survives a ligature or a removed control), and the
    number of control characters removed."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    size = removed = 0
    ligatures = _ligatures()
    for index, char in enumerate(text):
        where[index] = size
        if char == "\r" and text[index + 1 : index + 2] == "\n":
            piece = ""
        elif char in LINE_SEPARATORS or char in "\r\x0b\x0c":
            piece = LINE_SEPARATORS.get(char, "\n")
        elif _CONTROLS.match(char):
            piece = ""
            removed += 1
        else:
            piece = ligatures.get(ord(char), char)
        out.append(piece)
        size += len(piece)
    where[len(text)] = size
    return "".join(out), where, removed


def clean_document(document: PrintedDocument) -> tuple[PrintedDocument, tuple[str, ...]]:
    """The page model cleaned like a loaded text (masthead, blocks, notes), footnote marker
    offsets moved with the text; and the warning when control characters were removed."""
    removed = 0
    masthead = []
    for line in document.masthead:
        text, _, gone = _clean_mapped(line)
        masthead.append(text)
        removed += gone
    blocks = []
    for block in document.blocks:
        text, where, gone = _clean_mapped(block.text)
        refs = tuple(NoteRef(r.marker, where[min(r.offset, len(block.text))]) for r in block.refs)
        blocks.append(replace(block, text=text, refs=refs))
        removed += gone
    notes = []
    for note in document.notes:
        text, _, gone = _clean_mapped(note.text)
        notes.append(replace(note, text=text))
        removed += gone
    cleaned = replace(document, masthead=tuple(masthead), blocks=tuple(blocks), notes=tuple(notes))
    return cleaned, _control_warning(removed, "in the PDF's text layer")
