"""A running head printed on one later page only, with no rule under it.

pdf_page finds a running head by the rule under it, by its repeating on other pages, or by a
furniture pattern (a symbol, a page number). A short draft may print its head on one later
page only — "Right to water: draft resolution", "Rev.2 — 14 March 2026, 18:00" — with none of
the three. Such a head still shows in the page's geometry and typography: it stands above
the body's first line in the page's top band, set off by a gap that would open a paragraph,
and it is set smaller than the body or carries what a head carries: the document's symbol, a
date or a time stamp, the title's words from page 1. A paragraph continued from the previous
page has none of this (the body's size and pitch, no larger gap), so it stays in the body.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from resolution_compare.core.dates import find_date
from resolution_compare.loaders.pdf_lines import Line, line_pitch, median, paragraph_gap

# A document symbol as printed in a masthead or head ("A/HRC/59/L.4", "S/RES/2334 (2016)").
_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.]*[A-Za-z0-9])+")
# A clock time ("18:00", "9.30 a.m.", "18 h 30"): drafts stamp their revisions with one.
_TIME = re.compile(r"(?<![\d/.:])\d{1,2}(?::|\s?h\s?)\d{2}(?![\d/])")
# A numeric date ("14.03.2026", "14/03/2026", "2026-03-14").
_NUMERIC_DATE = re.compile(r"\b(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\b")
_WORD = re.compile(r"[^\W\d_]{4,}")  # words of four letters or more carry a title's content
MAX_HEAD_LINES = 2  # a running head is one or two lines
SMALLER = 0.92  # a head "set smaller": under this fraction of the body's type size


@dataclass(frozen=True)
class FirstPage:
    """What page 1 tells about the document: its symbols and its title's words; and the
    body's line pitch over all pages (points), for a later page too short to show its own."""

    symbols: frozenset[str]
    title_words: frozenset[str]
    pitch: float | None = None


def _printed_rows(lines: list[Line]) -> list[Line]:
    """The first line of each printed row (lines top first; a row's other lines, side by
    side on its baseline, left out)."""
    rows: list[Line] = []
    for line in lines:
        if not rows or rows[-1].baseline - line.baseline > 0.3 * line.size:
            rows.append(line)
    return rows


def _distances(lines: list[Line]) -> list[float]:
    """Distances (points, to 0.5) between the baselines of consecutive printed rows of one
    page's lines (top first), both set in the page's body size, 0.9 to 4 em apart."""
    if not lines:
        return []
    size = median([ln.size for ln in lines], 10.0)
    rows = _printed_rows(lines)
    return [
        round((a.baseline - b.baseline) * 2) / 2
        for a, b in itertools.pairwise(rows)
        if abs(a.size - size) <= 0.05 * size
        and abs(b.size - size) <= 0.05 * size
        and 0.9 * size <= a.baseline - b.baseline < 4 * size
    ]


def first_page_evidence(
    lines: list[Line], height: float, top_band: float, bodies: list[list[Line]] | None = None
) -> FirstPage:
    """Symbols printed in page 1's upper part, the words of its title, the body's pitch.

    ``lines``: page 1's lines; ``height``: its height in points; ``top_band``: the fraction of
    the page taken by running heads (symbols are read in twice that, the masthead's part);
    ``bodies``: each page's body lines, top first, for the pitch. The title's words are those
    of page 1's heading lines: set in bold or larger than its body type (UN editorial
    practice: the title in bold), or short lines in its upper half that end no sentence or
    clause (the organ, session and "Draft resolution" lines of a draft).
    """
    if not lines:
        return FirstPage(frozenset(), frozenset())
    size = median([ln.size for ln in lines], 10.0)
    left = min(ln.x0 for ln in lines)
    width = max(ln.x1 for ln in lines) - left
    symbols = {
        m.group(0)
        for ln in lines
        if ln.top > height * (1 - 2 * top_band)
        for m in _SYMBOL.finditer(ln.raw)
    }

    def heading(ln: Line) -> bool:
        if ln.bold or ln.size > 1.05 * size:
            return True
        short = ln.x1 - ln.x0 < 0.6 * width and not ln.text.rstrip().endswith((",", ";", ".", ":"))
        return short and ln.baseline > height / 2

    words = {w.casefold() for ln in lines if heading(ln) for w in _WORD.findall(ln.text)}
    pitch = line_pitch([d for body in bodies or [] for d in _distances(body)])
    return FirstPage(frozenset(symbols), frozenset(words), pitch)


def _shares_title(text: str, title_words: frozenset[str]) -> bool:
    """At least two of the line's content words, and half of them, are the title's (a word
    matches its plural or inflection: "right" / "rights")."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return False

    def known(word: str) -> bool:
        return any(t.startswith(word) or word.startswith(t) for t in title_words if len(t) >= 4)

    hits = sum(1 for w in words if known(w))
    return hits >= 2 and 2 * hits >= len(words)


def _carries_mark(text: str, first: FirstPage) -> bool:
    if any(symbol in text for symbol in first.symbols):
        return True
    if _TIME.search(text) or _NUMERIC_DATE.search(text) or find_date(text, "en") is not None:
        return True
    return _shares_title(text, first.title_words)


def text_top(body: list[Line]) -> float | None:
    """Top (y, points) of a page's text block: its highest line set in the body's size.

    A line set smaller or larger (a head, a heading) does not count, so a page whose own
    head went unnoticed still tells where the other pages' text begins.
    """
    if not body:
        return None
    size = median([ln.size for ln in body], 10.0)
    return max((ln.top for ln in body if abs(ln.size - size) <= 0.1 * size), default=None)


def unruled_head(
    rest: list[Line], page_height: float, top_band: float, first: FirstPage, block_top: float
) -> list[Line]:
    """The lines at the top of a later page that are its running head; [] when none.

    ``rest``: the page's lines not yet taken as masthead, head or foot, top of the page
    first; ``block_top``: the highest top of the text block on the document's other pages
    (:func:`text_top`). Only lines in the top band (``top_band`` × ``page_height`` from the
    top) whose baselines stand above ``block_top``, over the body's first line, are
    candidates, one or two of them: a head is printed in the top margin, where no other
    page sets text (a section heading that opens a page stands inside the text block).
    They are a head when the gap under them opens a paragraph and either they are set
    smaller than the body (under ``SMALLER`` × its size) or they carry a mark (the
    document's symbol, a date or clock time, the title's words); a body-size line with a
    mark must in addition stand further from the body than any two body lines below stand
    apart, so that a paragraph's last line
    ending at the top of the page ("… of 12 March 2024;") is never taken.
    """
    rows = _printed_rows(rest)  # the pitch is measured down the page
    if not rows:
        return []
    # The body's size from the lines under the top row (a head there would weigh on a short
    # page's median).
    under = [ln.size for ln in rest if ln.baseline < rows[0].baseline - 0.3 * rows[0].size]
    size = median(under or [ln.size for ln in rest], 10.0)
    distances = [a.baseline - b.baseline for a, b in itertools.pairwise(rows)]
    pitch = line_pitch(_distances(rest)) or first.pitch
    if pitch is None:
        return []
    band = page_height * (1 - top_band)
    for k in range(1, MAX_HEAD_LINES + 1):
        if len(rows) <= k:
            break
        head, below = rows[:k], rows[k]
        if head[-1].top <= band or head[-1].baseline <= block_top:
            break
        if abs(below.size - size) > 0.1 * size:
            continue  # the line under a head is the body's own first line
        gap = distances[k - 1]
        if not paragraph_gap(gap, pitch, size):
            continue
        if any(paragraph_gap(d, pitch, size) for d in distances[: k - 1]):
            break  # the lines above are apart from each other: not one head
        lowest = head[-1].baseline - 0.3 * head[-1].size
        lines = [ln for ln in rest if ln.baseline >= lowest]
        if all(ln.size < SMALLER * size for ln in lines):
            return lines
        text = " ".join(ln.raw for ln in lines)
        if _carries_mark(text, first) and gap > max(distances[k:], default=0.0):
            return lines
    return []
