"""Positioned characters → printed lines with their footnote markers (no PDF library here).

Coordinates are PDF points, y grows upwards. A :class:`Glyph` is one character with its
box, font size and style; a :class:`Line` is what a reader sees as one line of one column:
its text in reading order (left to right, or right to left for Arabic and Hebrew), the
footnote markers printed in it (small raised digits, "*", "10,11") taken out of the text
and kept as (offset, marker) pairs, and its geometry. Words are separated where the text
layer has a space or the glyphs stand a word space apart, so a word the text layer splits
but the page prints whole stays whole.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from resolution_compare.loaders.pdf_bidi import logical_order

BOLD, ITALIC = 1, 2
# Word-space gaps between glyphs' ink, in em of the line's size: between runs (or where
# pdfium guessed a space), inside one run (a tab-sized gap), and the least gap that keeps a
# space pdfium put where the glyphs really stand apart. One set for both directions.
SPACE_GAP = 0.22
RUN_GAP = 2.5 * SPACE_GAP
PDFIUM_GAP = 0.05
MARKER_CHARS = frozenset("0123456789*∗†‡")
_SYMBOL_MARKERS = frozenset("*∗†‡")
# Compatibility characters a PDF text layer produces but no source text has.
_COMPAT_RANGES = ((0xFB00, 0xFB4F), (0x2E80, 0x2FDF))
LABEL_ONLY = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]+)\)|[IVXL]{1,5}\.)$")


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
    size: float = 0.0  # font size in points; 0.0 when unknown (taken from the box then)
    style: int = 0  # BOLD | ITALIC
    soft_space: bool = False  # pdfium guessed a space here from the gap (none in the PDF)
    # With soft_space: points from the end of the previous glyph's advance (where pdfium put
    # its space) to this glyph's origin; 0.0 when not measured.
    advance_gap: float = 0.0


@dataclass(frozen=True)
class Rule:
    """A thin horizontal path: masthead rule, running-head rule, footnote rule."""

    y: float
    left: float
    right: float

    @property
    def length(self) -> float:
        return self.right - self.left


@dataclass
class Page:
    width: float
    height: float
    glyphs: list[Glyph]
    rules: list[Rule] = field(default_factory=list)
    number: int = 1


@dataclass
class Line:
    """One line of one column as printed, markers apart."""

    text: str
    refs: list[tuple[int, str]]  # (offset in text, marker)
    left: float  # where the line starts: left edge, or right edge for right-to-left text
    right: float
    top: float
    baseline: float
    size: float
    bold: bool
    page: int
    row: int  # lines of one row (same baseline, several columns) share it
    rtl: bool = False
    x0: float = 0.0  # leftmost ink
    x1: float = 0.0  # rightmost ink
    starts_with_raised: bool = False  # the line opens with a raised marker (a footnote)
    label_end: float | None = None  # x where the text after a printed label starts
    # (left, right) x of each blank inside the line wider than 0.8 em (more than a justified
    # word space): where a narrow column gutter may run through it (pdf_columns).
    blanks: list[tuple[float, float]] = field(default_factory=list)

    @property
    def raw(self) -> str:
        """The text with its markers put back where they are printed ("*2517552*")."""
        text = self.text
        for offset, marker in sorted(self.refs, reverse=True):
            text = text[:offset] + marker + text[offset:]
        return text


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


def _height(g: Glyph) -> float:
    return g.top - g.bottom


def _size(g: Glyph) -> float:
    """The font size; from the box when the PDF did not say (digits are ~0.7 of the size)."""
    return g.size if g.size > 0.5 else max(_height(g) / 0.72, 1.0)


def _is_rtl_char(ch: str) -> bool:
    return "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc"


def _runs(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Cut the text stream into runs: glyphs that follow each other on one line."""
    runs: list[list[Glyph]] = []
    current: list[Glyph] = []
    prev: Glyph | None = None
    for g in glyphs:
        # Written out without min()/max(): this loop sees every character of the document.
        if prev is not None and not g.line_break_before:
            g_height = g.top - g.bottom
            p_height = prev.top - prev.bottom
            height = g_height if g_height > p_height else p_height
            smaller = g_height if g_height < p_height else p_height
            top = g.top if g.top < prev.top else prev.top
            bottom = g.bottom if g.bottom > prev.bottom else prev.bottom
            reach = 20.0 if height < 8.0 else 2.5 * height
            # Left to right the next glyph starts at or after this one (ligature parts
            # share one box); right to left it ends at or before it.
            if top - bottom >= 0.3 * (smaller if smaller > 0.1 else 0.1) and (
                (g.left >= prev.left - 0.5 and g.left - prev.right < reach)
                or (g.right <= prev.right + 0.5 and prev.left - g.right < reach)
            ):
                current.append(g)
                prev = g
                continue
        current = [g]
        runs.append(current)
        prev = g
    return runs


def _sample(glyphs: list[Glyph]) -> list[Glyph]:
    """Every third glyph of a long line: enough for medians and sizes, a third of the work."""
    return glyphs if len(glyphs) < 24 else glyphs[::3]


def _core(run: list[Glyph]) -> tuple[float, float]:
    """(bottom, top) of a run without its raised or lowered small glyphs."""
    if len(run) > 3 and run[0].size > 0.5 and all(g.size == run[0].size for g in run[::4]):
        return min(g.bottom for g in run), max(g.top for g in run)  # one font size
    biggest = max(_size(g) for g in run)
    core = [g for g in run if _size(g) >= 0.85 * biggest] or run
    return min(g.bottom for g in core), max(g.top for g in core)


@dataclass
class _Row:
    bottom: float
    top: float
    runs: list[list[Glyph]]
    extents: list[tuple[float, float]]


def _rows(glyphs: list[Glyph]) -> list[list[list[Glyph]]]:
    """Group runs into visual rows by vertical overlap; runs of one row never overlap in x."""
    spans = []
    for run in _runs(glyphs):
        bottom, top = _core(run)
        left = min(g.left for g in run)
        right = max(g.right for g in run)
        spans.append((-(bottom + top), bottom, top, left, right, run))
    spans.sort(key=lambda item: item[0])
    rows: list[_Row] = []
    for _, bottom, top, left, right, run in spans:
        for i in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            row = rows[i]
            overlap = min(top, row.top) - max(bottom, row.bottom)
            smaller = max(min(top - bottom, row.top - row.bottom), 0.1)
            if overlap < 0.5 * smaller:
                continue
            if any(
                left < e_right - 0.5 and e_left < right - 0.5 for e_left, e_right in row.extents
            ):
                continue
            row.runs.append(run)
            row.extents.append((left, right))
            row.bottom, row.top = min(bottom, row.bottom), max(top, row.top)
            break
        else:
            rows.append(_Row(bottom, top, [run], [(left, right)]))
    _attach_raised(rows)
    return [row.runs for row in rows]


def _row_metrics(row: _Row) -> tuple[float, float]:
    """(font size, baseline) of a row in points, from its full-size letters."""
    glyphs = [g for run in row.runs for g in run]
    size = _body_size(glyphs)
    return size, _baseline(glyphs, size)


def _attach_raised(rows: list[_Row]) -> None:
    """Put a short row of smaller glyphs raised over the baseline of a neighbouring row into it.

    A footnote marker set after a line of x-height letters ("areas;¹") overlaps their ink too
    little to join their row by overlap, so it arrives as a row of its own. Font metrics
    decide instead of ink: the run belongs to the row whose baseline it sits just above
    (its bottom between 0.1 and 0.75 of that row's font size over the baseline: a superscript
    is raised about a third of an em, and stays under the cap height) and beside whose text it
    stands (within half an em, never over it).
    """
    i = 0
    while i < len(rows):
        row = rows[i]
        count = sum(len(run) for run in row.runs)
        target = _raised_target(rows, i) if count <= 12 else None
        if target is None:
            i += 1
            continue
        host = rows[target]
        host.runs.extend(row.runs)
        host.extents.extend(row.extents)
        host.bottom, host.top = min(row.bottom, host.bottom), max(row.top, host.top)
        del rows[i]  # the next row moves into place i


def _raised_target(rows: list[_Row], i: int) -> int | None:
    row = rows[i]
    small = max(_size(g) for run in row.runs for g in run)
    left = min(e[0] for e in row.extents)
    right = max(e[1] for e in row.extents)
    for j in (i + 1, i - 1, i + 2):
        if not 0 <= j < len(rows):
            continue
        host = rows[j]
        if host.top - host.bottom < 0.85 * (row.top - row.bottom):
            continue  # no taller neighbour: not a raised marker beside its text
        size, baseline = _row_metrics(host)
        if small > 0.85 * size or not (
            baseline + 0.1 * size <= row.bottom <= baseline + 0.75 * size
        ):
            continue
        if any(left < e_right - 0.5 and e_left < right - 0.5 for e_left, e_right in host.extents):
            continue
        if any(
            -0.5 <= left - e_right <= 0.5 * size or -0.5 <= e_left - right <= 0.5 * size
            for e_left, e_right in host.extents
        ):
            return j
    return None


def _body_size(glyphs: list[Glyph]) -> float:
    sample = _sample(glyphs)
    sizes = sorted(_size(g) for g in sample if g.char.isalpha()) or sorted(_size(g) for g in sample)
    return sizes[int(0.8 * (len(sizes) - 1))]


def _baseline(glyphs: list[Glyph], size: float) -> float:
    sample = _sample(glyphs)
    core = [g for g in sample if _size(g) >= 0.85 * size and g.char.isalnum()] or glyphs
    bottoms = sorted(g.bottom for g in core)
    # Letters with descenders (g, p, y) reach about a fifth of an em below the baseline and
    # may be most of a short row ("gap,", "Egypt,"): the baseline is the highest bottom that
    # a third of the letters share (within 0.06 em), not their median.
    near = 0.06 * size
    need = (len(bottoms) + 2) // 3
    for k in range(len(bottoms) - 1, -1, -1):
        low = bisect.bisect_left(bottoms, bottoms[k] - near)
        high = bisect.bisect_right(bottoms, bottoms[k] + near)
        if high - low >= need:
            return bottoms[k]
    return bottoms[len(bottoms) // 2]


def _is_marker(g: Glyph, previous: Glyph | None, size: float, baseline: float) -> bool:
    if g.char not in MARKER_CHARS:
        return False
    raised = g.bottom > baseline + 0.18 * size
    small = _size(g) <= 0.85 * size
    if g.char in _SYMBOL_MARKERS:
        # An asterisk glued to the word before it ("Viet Nam:*") is a reference mark.
        glued = previous is not None and not g.space_before and not g.soft_space
        return (raised and small) or glued
    return raised and small


class _LineBuilder:
    """Text of one segment with markers taken out and word spaces rebuilt."""

    def __init__(self, size: float) -> None:
        self.size = size
        self.parts: list[str] = []
        self.length = 0
        self.refs: list[tuple[int, str]] = []
        self.pending = ""  # marker characters not yet closed
        self.pending_space = False

    def add_text(self, text: str, space: bool) -> None:
        if self.pending:
            self._close_marker()
        if (space or self.pending_space) and self.length:
            self.parts.append(" ")
            self.length += 1
        self.pending_space = False
        text = normalise_chars(text)  # here, so that marker offsets count the final text
        self.parts.append(text)
        self.length += len(text)

    def add_marker(self, ch: str, space: bool) -> None:
        if space and self.pending:
            self._close_marker()
        if ch == ",":
            self._close_marker()
            return
        if space and not self.pending:
            self.pending_space = True
        self.pending += ch

    def _close_marker(self) -> None:
        if self.pending:
            text = "".join(self.parts)
            offset = len(text.rstrip())
            self.refs.append((offset, self.pending))
            self.pending = ""

    def finish(self) -> tuple[str, list[tuple[int, str]]]:
        self._close_marker()
        text = "".join(self.parts)
        stripped = text.lstrip()
        shift = len(text) - len(stripped)
        end = len(stripped.rstrip())
        refs = [(min(max(o - shift, 0), end), m) for o, m in self.refs]
        return stripped.rstrip(), refs


_LABEL = re.compile(
    r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]+)\)|[IVXL]{1,5}\.|(?:S-)?\d{1,3}/\d{1,4}\.?|\d{1,3}\s?[-–])$"
)


def _segment_line(
    glyphs: list[Glyph],
    page: int,
    row: int,
    rtl: bool,
    size: float,
    baseline: float,
    run_starts: set[int],
    spaces: list[bool] | None = None,
) -> Line | None:
    """One line from its glyphs in reading order; ``spaces`` (one flag per glyph: a word
    space before it) when the caller has placed the word spaces already (right to left)."""
    builder = _LineBuilder(size)
    space_gap = SPACE_GAP * size
    # Between advance positions a word space is at least ~0.2 em (condensed faces; 0.25-0.33
    # in text faces), while the tracking and kerning pdfium mistakes for a space stay under
    # 0.16 em (measured on the 27 official PDFs: "see king" 0.13, "Pro tocols" 0.15). Ink
    # boxes alone lose "of the": the f's overhang eats 0.05 em of the gap.
    advance_space = 0.18 * size
    pdfium_gap = PDFIUM_GAP * size
    run_gap = RUN_GAP * size
    previous: Glyph | None = None
    raised_first = False
    word: list[str] = []
    word_space = False
    second_word_x: float | None = None
    count = len(glyphs)
    for k, g in enumerate(glyphs):
        char = g.char
        if previous is None:
            space = False
        elif spaces is not None:
            space = spaces[k]
            if space and second_word_x is None:
                second_word_x = g.right if rtl else g.left
        else:
            gap = (previous.left - g.right) if rtl else (g.left - previous.right)
            # In a run, pdfium's own space (or a tab-sized gap); between runs, a word gap.
            if g.space_before and gap > pdfium_gap:
                space = True
            elif g.soft_space or g.index in run_starts:
                space = gap > space_gap or g.advance_gap > advance_space
            else:
                space = gap > run_gap
            if space and second_word_x is None:
                second_word_x = g.right if rtl else g.left
        if (char in MARKER_CHARS and _is_marker(g, previous, size, baseline)) or (
            char == ","
            and builder.pending
            and k + 1 < count
            and _is_marker(glyphs[k + 1], g, size, baseline)
        ):
            if word:
                builder.add_text("".join(word), word_space)
                word = []
            if previous is None:
                raised_first = True
            builder.add_marker(char, space)
        else:
            if space and word:
                builder.add_text("".join(word), word_space)
                word = []
            if not word:
                word_space = space
            word.append(char)
        previous = g
    if word:
        builder.add_text("".join(word), word_space)
    text, refs = builder.finish()
    if not text and not refs:
        return None
    first_word = text.split(" ", 1)[0]
    label_end = second_word_x if _LABEL.match(first_word) and " " in text else None
    letters = [g for g in _sample(glyphs) if g.char.isalpha()]
    bold = bool(letters) and sum(1 for g in letters if g.style & BOLD) >= 0.8 * len(letters)
    x0 = min(g.left for g in glyphs)
    x1 = max(g.right for g in glyphs)
    return Line(
        text=text,
        refs=refs,
        left=x1 if rtl else x0,
        right=x0 if rtl else x1,
        top=max(g.top for g in glyphs),
        baseline=baseline,
        size=size,
        bold=bold,
        page=page,
        row=row,
        rtl=rtl,
        x0=x0,
        x1=x1,
        starts_with_raised=raised_first,
        label_end=label_end,
    )


def page_lines(page: Page) -> list[Line]:
    """The page's lines, top to bottom; a row split into columns gives one line per column."""
    out: list[Line] = []
    for row_index, runs in enumerate(_rows(page.glyphs)):
        chars = "".join(g.char for run in runs for g in run)
        rtl = False
        if max(chars) >= "\u0590":  # only then count right-to-left letters
            rtl_letters = sum(1 for ch in chars if _is_rtl_char(ch))
            rtl = rtl_letters > 0.5 * (sum(1 for ch in chars if ch.isalpha()) or 1)
        runs = sorted(runs, key=lambda r: -max(g.right for g in r) if rtl else r[0].left)
        ordered = [g for run in runs for g in run]
        run_starts = {run[0].index for run in runs}
        size = _body_size(ordered)
        column_gap = max(24.0, 3.2 * size)
        if rtl:
            # Columns by where the glyphs stand: pdfium's stream jumps back and forth
            # inside a right-to-left line ("(A/80/295)").
            ordered.sort(key=lambda g: -g.right)
        segments: list[list[Glyph]] = [[]]
        blanks: list[list[tuple[float, float]]] = [[]]
        previous: Glyph | None = None
        edge = 0.0  # rtl: the leftmost ink so far
        for g in ordered:
            if previous is not None:
                gap = (edge - g.right) if rtl else (g.left - previous.right)
                if gap > column_gap:
                    segments.append([])
                    blanks.append([])
                elif gap > 0.8 * size:
                    blanks[-1].append((g.right, edge) if rtl else (previous.right, g.left))
            edge = g.left if previous is None or g.left < edge else edge
            segments[-1].append(g)
            previous = g
        lines = []
        for seg, seg_blanks in zip(segments, blanks, strict=True):
            seg_size = _body_size(seg)
            baseline = _baseline(seg, seg_size)
            spaces = None
            if rtl:
                seg, spaces = logical_order(
                    seg, SPACE_GAP * seg_size, RUN_GAP * seg_size, PDFIUM_GAP * seg_size
                )
            line = _segment_line(
                seg, page.number, row_index, rtl, seg_size, baseline, run_starts, spaces
            )
            if line is not None:
                line.blanks = seg_blanks
                lines.append(line)
        # "3." set at a tab stop far from its text is still one line.
        merged: list[Line] = []
        for line in lines:
            if merged and LABEL_ONLY.match(merged[-1].text) and not merged[-1].refs:
                label = merged[-1]
                shift = len(label.text) + 1
                line.text = f"{label.text} {line.text}"
                line.refs = [(o + shift, m) for o, m in line.refs]
                line.label_end = line.left
                tab = (label.x1, line.x0) if label.x0 < line.x0 else (line.x1, label.x0)
                line.blanks = sorted([*label.blanks, tab, *line.blanks])
                line.left, line.x0 = label.left, min(label.x0, line.x0)
                merged[-1] = line
            else:
                merged.append(line)
        out.extend(merged)
    return out


def median(values: list[float], default: float) -> float:
    return statistics.median(values) if values else default


def paragraph_gap(gap: float, pitch: float, size: float) -> bool:
    """Whether a distance between two baselines (points) is a paragraph space: wider than
    the line pitch by 0.15 of the type size (1.5 pt at 10 pt type; baselines within one
    paragraph agree to a fraction of a point), or 1.3 pitches, whichever is less."""
    return gap > min(1.3 * pitch, pitch + 0.15 * size)


def line_pitch(distances: list[float]) -> float | None:
    """The line pitch inside a paragraph (points): the smallest baseline distance seen at
    least twice. A distance seen once is an accident of setting (a line pushed by a raised
    marker, a heading's own spacing). None when no distance repeats."""
    counts = Counter(distances)
    return min((d for d, n in counts.items() if n >= 2), default=None)
