"""Geometry rules that turn positioned characters into paragraph blocks (no PDF library here).

Coordinates are PDF points, y grows upwards. A page is a list of :class:`Glyph` plus the
y of the footnote separator (or None). The rules follow UN documents (domain.md §3): running
headers, page numbers, job numbers, bar codes and "Please recycle" sit in the top/bottom
margin bands; footnotes sit below a short rule; a paragraph starts after a vertical gap,
on an indented first line, or with a printed number "1." / "(a)"; vote lists are set in
two columns and are read column by column.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Any

HYPHEN_MARKERS = ("\x02", "\ufffe")  # pdfium's "word split at line end" marker
# Longest word looked at when rejoining a hyphenated line end (no real word is longer).
_LAST_WORD_CHARS = 200
MARGIN_BAND = 0.12  # fraction of the page height treated as header/footer band
ARTEFACT_PATTERNS = tuple(
    re.compile(p)
    for p in (
        # running header "A/HRC/RES/44/11 3", "S/RES/2334 (2016)", "A/78/L.3/Rev.1"
        r"^[A-Z]{1,6}(/[A-Za-z0-9.]*[A-Za-z0-9])+\*?(\s+\(\d{4}\))?(\s+\d{1,3})?$",
        r"^\d{1,3}\s+[A-Z]{1,6}(/[A-Za-z0-9.]*[A-Za-z0-9])+$",  # "3 A/HRC/RES/44/11"
        r"^\d{1,3}$",  # page number
        r"^\d{1,3}/\d{1,3}(\s+\d{2}-\d{5})?$|^\d{2}-\d{5}\s+\d{1,3}/\d{1,3}$",  # NY "2/9 23-21227"
        r"^(\d{1,3}\s+)?GE\.\d{2}-\d{5}\s*(\([A-Z]\))?(\s+\d{6,8}){0,2}(\s+[ivxlc\d]+)?$",
        r"^\d{2}-\d{5}\s*\([A-Z]\)(\s+\d{6,8})?$",  # NY job number "23-21227 (E) 131123"
        r"^\*\d{6,8}\*$",  # bar code text
        r"^Please recycle",
    )
)
DISTRIBUTION_PATTERNS = tuple(
    re.compile(p) for p in (r"^Distr\.?\s?:", r"^Original\s?:", r"^\d{1,2} \w+ \d{4}$")
)
SEPARATOR_TEXT = re.compile(r"^_{10,}$")
PARAGRAPH_START = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]+)\))\s")
LABEL_ONLY = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]+)\))$")
FOOTNOTE_START = re.compile(r"^(\d{1,3}|[*∗]{1,3})\s")
# Compatibility characters a PDF text layer produces but no source text has.
_COMPAT_RANGES = ((0xFB00, 0xFB4F), (0x2E80, 0x2FDF))


@dataclass(slots=True)
class Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float
    index: int  # position in pdfium's text stream
    space_before: bool = False  # pdfium put a space right before it in the stream
    line_break_before: bool = False  # pdfium put a line break right before it


class Segment:
    """Characters of one line that belong together (a line, or one column of it)."""

    __slots__ = ("baseline", "glyphs", "left", "right", "text", "top")

    def __init__(self, glyphs: list[Glyph], text: str = "") -> None:
        self.glyphs = glyphs
        self.text = text
        self.left = glyphs[0].left
        self.right = max(g.right for g in glyphs[-4:])  # glyphs run left to right
        sample = _sample(glyphs)
        self.top = max(g.top for g in sample)
        bottoms = sorted(g.bottom for g in sample)
        self.baseline = bottoms[(len(bottoms) - 1) // 2]  # most glyphs sit on the baseline


def _sample(glyphs: list[Glyph]) -> list[Glyph]:
    """Every third glyph of a long line: enough for medians and sizes, a third of the work."""
    return glyphs if len(glyphs) < 24 else glyphs[::3]


@dataclass
class Page:
    height: float
    glyphs: list[Glyph]
    separator_y: float | None = None
    number: int = 1
    masthead_y: float | None = None  # page 1: the rule under the masthead


@dataclass
class Layout:
    blocks: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)


def normalise_chars(text: str) -> str:
    """NFKC only where a PDF adds compatibility forms (ligatures, Kangxi radicals)."""
    if "\u00ad" not in text and (not text or max(text) < "\u2e80"):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\u00ad":
            continue
        if any(lo <= code <= hi for lo, hi in _COMPAT_RANGES):
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def may_have_footnotes(glyphs: list[Glyph], height: float) -> bool:
    """Cheap hint: small text in the lower page above the page-number band.

    Looking for the separator rule means walking every page object, which is slow on PDFs
    that draw glyph by glyph, so it is done only on pages this hint selects."""
    low, high = 0.06 * height, 0.6 * height
    lower = [g for g in glyphs if low < g.bottom and g.top < high and g.char.isalnum()]
    if not lower:
        return False
    tallest: dict[str, float] = {}
    for g in glyphs[::3]:  # a sample is enough: body characters are plentiful
        h = g.top - g.bottom
        if h > tallest.get(g.char, 0.0):
            tallest[g.char] = h
    return any(g.top - g.bottom < 0.9 * tallest.get(g.char, 0.0) for g in lower)


def _runs(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Cut the text stream into runs: glyphs that follow each other on one line."""
    runs: list[list[Glyph]] = []
    current: list[Glyph] = []
    prev: Glyph | None = None
    for g in glyphs:
        # Written out without min()/max(): this loop sees every character of the document.
        if prev is not None and not g.line_break_before and g.left >= prev.left - 0.5:
            g_height = g.top - g.bottom
            p_height = prev.top - prev.bottom
            height = g_height if g_height > p_height else p_height
            smaller = g_height if g_height < p_height else p_height
            top = g.top if g.top < prev.top else prev.top
            bottom = g.bottom if g.bottom > prev.bottom else prev.bottom
            if g.left - prev.right < (20.0 if height < 8.0 else 2.5 * height) and (
                top - bottom >= 0.3 * (smaller if smaller > 0.1 else 0.1)
            ):
                current.append(g)
                prev = g
                continue
        current = [g]
        runs.append(current)
        prev = g
    return runs


def _group_lines(glyphs: list[Glyph]) -> list[list[list[Glyph]]]:
    """Group runs into visual lines by vertical overlap; runs of one line never overlap in x."""
    spans = []
    for run in _runs(glyphs):
        bottom = min(g.bottom for g in run)
        top = max(g.top for g in run)
        spans.append((-(bottom + top), bottom, top, run[0].left, max(g.right for g in run), run))
    spans.sort(key=lambda item: item[0])
    lines: list[list[Any]] = []  # [bottom, top, runs, [(left, right), ...]]
    for _, bottom, top, left, right, run in spans:
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            line = lines[i]
            l_bottom, l_top = line[0], line[1]
            overlap = (top if top < l_top else l_top) - (bottom if bottom > l_bottom else l_bottom)
            smaller = min(top - bottom, l_top - l_bottom)
            if overlap < 0.5 * (smaller if smaller > 0.1 else 0.1):
                continue
            if any(left < m_right - 0.5 and m_left < right - 0.5 for m_left, m_right in line[3]):
                continue
            line[2].append(run)
            line[3].append((left, right))
            line[0], line[1] = min(bottom, l_bottom), max(top, l_top)
            break
        else:
            lines.append([bottom, top, [run], [(left, right)]])
    return [sorted(line[2], key=lambda r: r[0].left) for line in lines]


MARKER_CHARS = frozenset("0123456789*∗†‡")


def _split_segments(line: list[list[Glyph]]) -> list[Segment]:
    """Split a line where the horizontal gap is column-sized; rebuild the words' spaces."""
    flat = _sample([g for run in line for g in run])
    heights = sorted(g.top - g.bottom for g in flat if g.char.isalnum()) or [8.0]
    size = heights[int(0.9 * (len(heights) - 1))]  # ascender height, close to the font size
    bottoms = sorted(g.bottom for g in flat)
    raised_above = bottoms[len(bottoms) // 2] + 0.25 * size  # median bottom = baseline
    column_gap, space_gap, small = max(24.0, 3.2 * size), 0.22 * size, 0.8 * size
    segments: list[Segment] = []
    current: list[Glyph] = []
    parts: list[str] = []
    for run in line:
        first = True
        for g in run:
            if current:
                gap = g.left - current[-1].right
                if first and gap > column_gap:
                    segments.append(Segment(current, "".join(parts)))
                    current, parts = [], []
                elif (
                    g.char in MARKER_CHARS and g.bottom > raised_above and g.top - g.bottom < small
                ):
                    pass  # a footnote reference stays glued: "solidarity;1"
                elif (g.space_before or gap > 2.5 * space_gap) if not first else gap > space_gap:
                    parts.append(" ")  # in a run, pdfium's own space; a tab-sized gap anyway
            first = False
            current.append(g)
            parts.append(g.char)
    if current:
        segments.append(Segment(current, "".join(parts)))
    for seg in segments:
        seg.text = normalise_chars(seg.text).strip()
    return [s for s in segments if s.text]


def _text_left(seg: Segment) -> float:
    """Where the text starts after a printed label ("1.", "(a)"); the left edge otherwise."""
    label = PARAGRAPH_START.match(seg.text)
    if not label:
        return seg.left
    visible = sum(1 for ch in label.group(1) if not ch.isspace())
    return seg.glyphs[visible].left if visible < len(seg.glyphs) else seg.left


def looks_like_artefact(text: str) -> bool:
    """Running header, page number, job number, bar code, "Please recycle" (by text alone)."""
    return any(p.search(text) for p in ARTEFACT_PATTERNS)


def _is_artefact(seg: Segment, page: Page) -> bool:
    if page.masthead_y is not None and seg.baseline > page.masthead_y:
        # Masthead ("United Nations", organ banner, distribution block): keep the symbol only.
        return not ARTEFACT_PATTERNS[0].match(seg.text)
    in_band = seg.top > page.height * (1 - MARGIN_BAND) or seg.baseline < page.height * MARGIN_BAND
    if in_band and any(p.search(seg.text) for p in ARTEFACT_PATTERNS):
        # The page-1 masthead symbol is the document's identity: keep it.
        return not (
            page.number == 1
            and ARTEFACT_PATTERNS[0].match(seg.text)
            and seg.top > page.height * 0.85
        )
    return (
        page.number == 1
        and any(p.search(seg.text) for p in DISTRIBUTION_PATTERNS)
        and seg.top > page.height * 0.75
    )


def join_lines(lines: list[str], words: set[str], compounds: set[str]) -> str:
    """Join a block's lines, undoing line-end hyphenation (domain.md §3.7).

    ``words``: lower-case words seen in the document; ``compounds``: lower-case hyphenated
    words seen ("non-governmental"). pdfium marks a hyphen it thinks is a soft break with
    \x02/U+FFFE; a plain "-" at a line end is kept unless the joined word is attested.
    """
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        marker = text.endswith(HYPHEN_MARKERS)
        # Only the end of the text is looked at: a search of the whole growing block on
        # every line is quadratic (5 s for a 500-page PDF).
        plain = not marker and re.search(r"[^\W\d]-$", text[-2:]) is not None
        if not (marker or plain):
            text += " " + line
            continue
        head_match = re.search(r"(\w+)\W?$", text[-_LAST_WORD_CHARS:])
        tail_match = re.match(r"\w+", line)
        head = head_match.group(1) if head_match else ""
        tail = tail_match.group(0) if tail_match else ""
        joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
        if hyphenated in compounds and joined not in words:
            keep_hyphen = True  # "non-⏎governmental" and the text says "non-governmental"
        elif joined in words:
            keep_hyphen = False  # "develop-⏎ment" and the text says "development"
        else:
            # Unknown: trust pdfium's marker; keep a printed hyphen before a capital
            # ("Guinea-⏎Bissau") and before a lower-case word alike (domain rule: keep it).
            keep_hyphen = plain
        text = text[:-1] + ("-" if keep_hyphen else "") + line
    return text


@dataclass
class ColumnRun:
    """Consecutive two-column rows (a vote list), read column by column."""

    first: list[Segment]
    second: list[Segment]


def _column_runs(rows: list[list[Segment]]) -> list[list[Segment] | ColumnRun]:
    """Return rows unchanged, except ≥2 consecutive two-column rows merged into a ColumnRun."""
    out: list[list[Segment] | ColumnRun] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j]) == 2:
            j += 1
        if j - i >= 2:
            # Trailing one-segment rows that sit in the left column belong to the run.
            col_x = (rows[i][0].left, rows[i][1].left)
            while (
                j < len(rows)
                and len(rows[j]) == 1
                and min(abs(rows[j][0].left - x) for x in col_x) < 30
            ):
                pitch = rows[j - 1][0].baseline - rows[j][0].baseline
                if pitch > 1.4 * (rows[i][0].baseline - rows[i + 1][0].baseline):
                    break
                j += 1
            run = rows[i:j]
            second = [s for r in run for s in r if abs(s.left - col_x[1]) < abs(s.left - col_x[0])]
            first = [s for r in run for s in r if s not in second]
            out.append(ColumnRun(first, second))
            i = j
        else:
            out.append(rows[i])
            i += 1
    return out


def lay_out(pages: list[Page]) -> Layout:
    """Turn pages of glyphs into paragraph blocks and footnote blocks."""
    layout = Layout()
    block_lines: list[list[str]] = []
    prev: Segment | None = None
    note_lines: list[list[str]] = []
    for page in pages:
        rows: list[list[Segment]] = []
        notes: list[Segment] = []
        for line in _group_lines(page.glyphs):
            segs = [s for s in _split_segments(line) if not _is_artefact(s, page)]
            segs = [s for s in segs if not SEPARATOR_TEXT.match(s.text)]
            if len(segs) >= 2 and LABEL_ONLY.match(segs[0].text):
                # "3." set at a tab stop far from its text is still one line.
                segs[:2] = [
                    Segment(segs[0].glyphs + segs[1].glyphs, f"{segs[0].text} {segs[1].text}")
                ]
            if not segs:
                continue
            if page.separator_y is not None and segs[0].top < page.separator_y:
                notes.extend(segs)
            else:
                rows.append(segs)
        pitches = [
            a[0].baseline - b[0].baseline
            for a, b in itertools.pairwise(rows)
            if a[0].baseline > b[0].baseline
        ]
        pitch = statistics.median(pitches) if pitches else 12.0
        page_prev: Segment | None = None
        for item in _column_runs(rows):
            if isinstance(item, ColumnRun):
                block_lines.append([s.text for s in item.first + item.second])
                page_prev = item.first[-1]
                prev = None  # a column run is always a block of its own
                continue
            for seg in item:
                new_block = prev is None or not block_lines
                if not new_block and prev is not None:
                    if page_prev is not None and page_prev.baseline - seg.baseline > 1.3 * pitch:
                        new_block = True
                    elif page_prev is not None and seg.baseline >= page_prev.baseline - 1:
                        new_block = True  # a second segment on the same row
                    elif PARAGRAPH_START.match(seg.text):
                        new_block = True
                    elif seg.left > prev.left + 3:
                        # Indented: a new paragraph, unless it is the hanging indent of a
                        # numbered one (continuation aligned with the text after "1.").
                        new_block = abs(seg.left - _text_left(prev)) > 3
                if new_block:
                    block_lines.append([seg.text])
                else:
                    block_lines[-1].append(seg.text)
                prev = page_prev = seg
        note_x = min((s.left for s in notes), default=0.0)
        for seg in notes:
            if not note_lines or (abs(seg.left - note_x) < 3 and FOOTNOTE_START.match(seg.text)):
                note_lines.append([seg.text])
            else:
                note_lines[-1].append(seg.text)
    all_lines = [ln for lines in block_lines + note_lines for ln in lines]
    words = {w.lower() for ln in all_lines for w in re.findall(r"\w+", ln)}
    # \b: from inside a long word every start would rescan it (32 000 glyphs: 21 s)
    compounds = {w.lower() for ln in all_lines for w in re.findall(r"\b\w+(?:-\w+)+", ln)}
    layout.blocks = [join_lines(lines, words, compounds) for lines in block_lines]
    layout.footnotes = [join_lines(lines, words, compounds) for lines in note_lines]
    return layout
