"""A right-to-left line's glyphs in logical (reading) order (the only importer of python-bidi).

A PDF draws glyphs where they stand, and pdfium's text stream only half undoes that for
Arabic: it reverses what its own simple direction pass calls right-to-left and leaves
neutral characters where that pass dropped them ("،2015" for "2015،", "2030 ؛"), and it
mirrors every bracket it puts in a right-to-left stretch, so "(A/80/295)" comes back with
two opening brackets (pdfium core/fpdftext/cpdf_textpage.cpp, CloseTempLine and
AddCharInfoByRLDirection; the PDF's own ToUnicode map has "(" and ")").

So the order is rebuilt from the page: the glyphs sorted left to right as printed, word
spaces put where the glyphs stand a space apart, and the Unicode bidirectional algorithm
(UAX #9, right-to-left paragraph) resolves each glyph's embedding level; reversing every
stretch at or above each odd level (rule L2) turns the printed order into reading order.
python-bidi (the Rust unicode-bidi crate, conformant to UAX #9 with bracket pairs) resolves
the levels, which it returns with ``debug=True``; only the reordering of glyphs is done
here, so that markers, spaces and geometry stay attached to their glyphs. Brackets get
their orientation back from the word they are glued to: an opening bracket stands before
its text with no space, a closing one right after it (UN editorial manual: no space inside
brackets).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from bidi import get_display

if TYPE_CHECKING:
    from resolution_compare.loaders.pdf_lines import Glyph

# Bidi_Mirrored brackets that pdfium turns round in right-to-left text: opening → closing.
_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSING = {close: open_ for open_, close in _BRACKETS.items()}
_STRONG_RTL = "\u05d0"  # HEBREW LETTER ALEF: bidi class R
_LEVELS = re.compile(r"Level\(\s*(\d+),?\s*\)")


def embedding_levels(text: str) -> list[int] | None:
    """Resolved UAX #9 embedding level of each character of ``text`` in a right-to-left
    paragraph (1 = right to left, 2 = a left-to-right run such as "A/80/295" or "2015").

    None when python-bidi's answer cannot be read (a format it does not document in
    detail: the levels are listed per UTF-8 byte of the text).
    """
    if not text:
        return []
    info = str(get_display(text, base_dir="R", debug=True))
    start = info.rfind("levels: [")
    end = info.find("]", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(level) for level in _LEVELS.findall(info, start, end)]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels: list[int] = []
    offset = 0
    for ch in text:
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def _level_char(g: Glyph) -> str:
    """The character whose direction the glyph has: a bracket counts as right to left.

    The algorithm runs on the printed order, where "80/18 (A/RES/80/18)" reads
    "A/RES/80/18) 80/18" and would pass for one left-to-right run; UAX #9 itself (rule N0)
    gives brackets the paragraph's direction when they enclose a symbol or a number after
    Arabic text, which is how brackets stand in an Arabic resolution.
    """
    return _STRONG_RTL if g.char in _BRACKETS or g.char in _CLOSING else g.char


def _units(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs with the combining marks (vowel signs, shadda) that follow them in the stream."""
    units: list[list[Glyph]] = []
    for g in glyphs:
        if units and unicodedata.category(g.char) == "Mn":
            units[-1].append(g)
        else:
            units.append([g])
    return units


def _visual_key(unit: list[Glyph]) -> tuple[float, int]:
    base = unit[0]
    # Pieces of one glyph ("لا" from one ligature box) keep pdfium's order once reversed.
    strong_rtl = unicodedata.bidirectional(base.char) in ("R", "AL")
    return (base.left + base.right) / 2, -base.index if strong_rtl else base.index


def logical_order(
    glyphs: list[Glyph], space_gap: float, run_gap: float, pdfium_gap: float
) -> tuple[list[Glyph], list[bool]]:
    """The glyphs of one right-to-left line segment in reading order, and for each whether a
    word space stands before it.

    ``space_gap`` (points) is the ink gap that makes a word space between glyphs the text
    stream does not put side by side, ``run_gap`` the one between stream neighbours with no
    space between them, ``pdfium_gap`` the least gap that keeps a space pdfium put there. A
    glyph of a combining mark keeps following its base glyph. Brackets are turned to face
    the text they enclose.
    """
    units = sorted(_units(glyphs), key=_visual_key)
    # Items in printed order, left to right: a unit of glyphs, or None for a word space.
    items: list[list[Glyph] | None] = []
    previous: Glyph | None = None
    for unit in units:
        g = unit[0]
        if previous is not None and _is_space(previous, g, space_gap, run_gap, pdfium_gap):
            items.append(None)
        items.append(unit)
        previous = g
    text = "".join(" " if item is None else "".join(map(_level_char, item)) for item in items)
    levels = embedding_levels(text)
    if levels is None:
        ordered_items = items[::-1]
    else:
        item_levels = []
        offset = 0
        for item in items:
            item_levels.append(levels[offset])
            offset += 1 if item is None else len(item)
        ordered_items = _reorder(items, item_levels)
    out: list[Glyph] = []
    spaces: list[bool] = []
    pending_space = False
    for item in ordered_items:
        if item is None:
            pending_space = bool(out)
            continue
        for k, g in enumerate(item):
            out.append(g)
            spaces.append(pending_space and k == 0)
        pending_space = False
    _face_brackets(out, spaces)
    return out, spaces


def _is_space(
    left: Glyph, right: Glyph, space_gap: float, run_gap: float, pdfium_gap: float
) -> bool:
    """Whether a word space stands between two glyphs printed side by side."""
    gap = right.left - left.right
    later = left if left.index > right.index else right
    # Stream neighbours, with at most pdfium's space character between them.
    neighbours = abs(left.index - right.index) <= 2
    if neighbours and later.space_before:
        return gap > pdfium_gap
    if not neighbours or later.soft_space:
        return gap > space_gap
    return gap > run_gap


def _reorder(items: list[list[Glyph] | None], levels: list[int]) -> list[list[Glyph] | None]:
    """UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every
    stretch of items at that level or above."""
    order = list(range(len(items)))
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] < level:
                k += 1
                continue
            end = k
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[k:end] = order[k:end][::-1]
            k = end
    return [items[i] for i in order]


def _face_brackets(glyphs: list[Glyph], spaces: list[bool]) -> None:
    """Turn each bracket to face its text: opening when nothing is glued before it."""
    for k, g in enumerate(glyphs):
        if g.char not in _BRACKETS and g.char not in _CLOSING:
            continue
        glued_before = k > 0 and not spaces[k]
        opening = _CLOSING.get(g.char, g.char)
        g.char = _BRACKETS[opening] if glued_before else opening
