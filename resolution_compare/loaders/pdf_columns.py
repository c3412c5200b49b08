"""Columns of a page's body, found from the page's geometry (no PDF library here).

A gutter is a vertical band that no glyph of the body crosses over a stretch of the page
while text stands on both sides of it on several rows: two-column body text, a recorded
vote set in columns. Rows where one column is blank (a paragraph space, a short last
line) do not end the stretch; a row printed across the band (a heading or a paragraph
over the full width) does. Lines that the line builder joined across a narrow gutter
("…safe drinking remote areas and…") are cut there again, and the body is read column
by column inside each stretch, full-width parts in their place above and below.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from resolution_compare.loaders.pdf_lines import Glyph, Line, Page, page_lines

_MIN_SPLIT_ROWS = 2  # rows with text on both sides of the band: two make a column run
_SIDE_SHARE = 0.2  # a gutter lies between 20 % and 80 % of the text's width


@dataclass(frozen=True)
class Gutter:
    """The band at ``x`` (points) is blank from ``top`` down to ``bottom`` (baselines)."""

    x: float
    top: float
    bottom: float

    def holds(self, line: Line) -> bool:
        return self.bottom - 0.5 <= line.baseline <= self.top + 0.5


@dataclass
class _Row:
    bottom: float  # lowest baseline of the row's lines
    size: float
    spans: list[tuple[float, float]]
    top: float = 0.0  # highest baseline of the row's lines


def _line_rows(lines: list[Line]) -> list[_Row]:
    """The lines grouped by row, top to bottom, each row as its inked x spans: a line's
    extent cut at its blanks wider than 0.8 em (word spaces, even justified ones, are
    bridged; pdf_lines records the wider ones)."""
    by_row: dict[int, list[Line]] = {}
    for line in lines:
        by_row.setdefault(line.row, []).append(line)
    out = []
    for row in sorted(by_row.values(), key=lambda r: -r[0].baseline):
        spans: list[tuple[float, float]] = []
        for line in row:
            at = line.x0
            for left, right in line.blanks:
                spans.append((at, left))
                at = right
            spans.append((at, line.x1))
        spans.sort()
        baselines = [ln.baseline for ln in row]
        size = max(ln.size for ln in row)
        out.append(_Row(min(baselines), size, spans, max(baselines)))
    return out


def _both_sides(row: _Row, x: float) -> bool:
    """Text on both sides of ``x`` in ``row`` (two em or more of ink on each)."""
    return (
        sum(r - left for left, r in row.spans if r < x) >= 2 * row.size
        and sum(r - left for left, r in row.spans if left > x) >= 2 * row.size
    )


def _stretches(rows: list[_Row], x: float) -> list[tuple[int, int, int]]:
    """(first, last, split rows) of each stretch of rows that leave ``x`` blank, from the
    first row with text on both sides of it down to the row above the next one printed
    across it (a column goes on alone below the other one's end)."""
    found = []
    first = -1
    split = 0
    for k, row in enumerate([*rows, _Row(0.0, 0.0, [(x - 1, x + 1)])]):
        if any(left <= x <= right for left, right in row.spans):
            if split >= _MIN_SPLIT_ROWS:
                found += _cut_outside(rows, x, first, k - 1)
            first = -1
            split = 0
        elif _both_sides(row, x):
            first = k if first < 0 else first
            split += 1
    return found


def _cut_outside(rows: list[_Row], x: float, first: int, last: int) -> list[tuple[int, int, int]]:
    """The stretch ``first``–``last`` cut at each row that starts left of the left column
    (its left edge: the leftmost start among the rows with text on both sides): "Against:"
    after the names of a vote list opens the next group, it is no line of the columns."""
    split_rows = {k for k in range(first, last + 1) if _both_sides(rows[k], x)}
    edge = min(rows[k].spans[0][0] for k in split_rows)
    # The left column's margin is also where most of its rows start: the rows with text on
    # both sides may all be indented first lines (a paragraph opening beside the other
    # column's first lines), which are no edge to cut at.
    starts = [rows[k].spans[0][0] for k in range(first, last + 1) if rows[k].spans[0][0] < x]
    edge = min(edge, max(starts, key=lambda s: (sum(abs(t - s) <= 1.0 for t in starts), -s)))
    out = []
    start = first
    count = 0
    for k in range(first, last + 2):
        if k <= last and k not in split_rows and rows[k].spans[0][0] >= edge - 0.3 * rows[k].size:
            continue
        if k <= last and k in split_rows:
            count += 1
            continue
        if count >= _MIN_SPLIT_ROWS:
            out.append((start, k - 1, count))
        start = k + 1
        count = 0
        # The next stretch opens at its first row with text on both sides.
        while start <= last and start not in split_rows:
            start += 1
    return out


def _aligned(rows: list[_Row], x: float) -> bool:
    """Do the columns beside ``x`` keep an edge: the text right of it starting at one x, or
    the text left of it ending at one x (within a point), on half the rows with text on
    both sides, two at least? A column is set to its own margin; the word spaces of
    justified full-width lines that happen to line up on a few rows keep none."""
    # Each side's edge is read on every row with text on that side: where the columns'
    # rows do not share baselines (paragraph spaces in one column only), few rows hold text
    # on both sides, and an indented first line may be one of them.
    right_rows = [row for row in rows if any(left > x for left, _ in row.spans)]
    left_rows = [row for row in rows if any(r < x for _, r in row.spans)]
    starts = sorted(next(left for left, _ in row.spans if left > x) for row in right_rows)
    ends = sorted(max(r for _, r in row.spans if r < x) for row in left_rows)
    return any(
        bisect.bisect_right(edges, edge + 1.0) - k >= max(_MIN_SPLIT_ROWS, (len(edges) + 1) // 2)
        for edges in (starts, ends)
        for k, edge in enumerate(edges)
    )


def find_gutters(lines: list[Line]) -> list[Gutter]:
    """Gutters among ``lines`` (the body's, one page), each at the middle of its blank band.

    Where the stretches of two bands overlap (the real gutter, and the blank that a few
    short lines of the left column leave beside it), the band with more rows of text on
    both sides wins; bands over the very same rows are the gutters of three columns.
    Only runs of rows between rows printed across the whole search band are searched, and
    only those with two rows of two spans or more (one-column pages cost next to nothing).
    """
    rows = _line_rows(lines)
    if len(rows) < 2:
        return []
    left = min(s[0] for row in rows for s in row.spans)
    right = max(s[1] for row in rows for s in row.spans)
    width = right - left
    low, high = left + _SIDE_SHARE * width, right - _SIDE_SHARE * width
    # Every x that is blank on a stretch, grouped by stretch.
    bands: dict[tuple[int, int, int], list[float]] = {}
    start = 0
    for k in range(len(rows) + 1):
        across = k == len(rows) or any(a <= low and high <= b for a, b in rows[k].spans)
        if not across:
            continue
        group = rows[start:k]
        if sum(1 for row in group if len(row.spans) >= 2) >= _MIN_SPLIT_ROWS:
            x = low
            while x < high:
                for first, last, split in _stretches(group, x):
                    bands.setdefault((first + start, last + start, split), []).append(x)
                x += 1.0
        start = k + 1
    candidates: list[tuple[int, int, int, float]] = []
    for (first, last, split), xs in bands.items():
        runs: list[list[float]] = [[]]
        for x in xs:
            if runs[-1] and x - runs[-1][-1] > 1.5:
                runs.append([])
            runs[-1].append(x)
        candidates += [
            (split, first, last, x)
            for run in runs
            if _aligned(rows[first : last + 1], x := (run[0] + run[-1]) / 2)
        ]
    candidates.sort(key=lambda c: (-c[0], c[1] - c[2]))
    kept: list[tuple[int, int, int, float]] = []
    for split, first, last, x in candidates:
        if all(
            last < k_first or first > k_last or ((first, last) == (k_first, k_last))
            for _, k_first, k_last, _ in kept
        ):
            kept.append((split, first, last, x))
    gutters = [Gutter(x, rows[first].top, rows[last].bottom) for _, first, last, x in kept]
    return sorted(gutters, key=lambda g: (-g.top, g.x))


def cut_at_gutters(page: Page, lines: list[Line], gutters: list[Gutter]) -> list[Line]:
    """``lines`` with the ones printed across a gutter read again, one line per column."""
    crossing = [
        ln
        for ln in lines
        if any(g.holds(ln) and ln.x0 < g.x - 1 and ln.x1 > g.x + 1 for g in gutters)
    ]
    if not crossing:
        return lines
    tops = {id(ln) for ln in crossing}
    wanted = [
        g
        for g in page.glyphs
        if any(
            ln.x0 - 0.5 <= g.left
            and g.right <= ln.x1 + 0.5
            # down to 0.75 em: the two columns' lines of one joined row may stand half an em
            # apart (one column's paragraph space shifts its baselines); the next row of a
            # column stands a full line pitch lower
            and ln.baseline - 0.75 * ln.size <= g.bottom <= ln.baseline + 0.6 * ln.size
            for ln in crossing
        )
    ]
    pieces: dict[int, list[Glyph]] = {}
    for g in wanted:
        # The column of a glyph: how many gutters of its row lie left of it.
        column = sum(1 for gut in gutters if g.left >= gut.x and gut.bottom - 1 <= g.bottom)
        pieces.setdefault(column, []).append(g)
    cut: list[Line] = []
    for glyphs in pieces.values():
        cut += page_lines(Page(page.width, page.height, glyphs, [], page.number))
    kept = [ln for ln in lines if id(ln) not in tops] + cut
    kept.sort(key=lambda ln: (-ln.baseline, ln.x0))
    # Rows again: lines on one baseline share a row number, top to bottom.
    row = -1
    last: float | None = None
    for ln in kept:
        if last is None or last - ln.baseline > 0.5 * ln.size:
            row += 1
            last = ln.baseline
        ln.row = row
    return kept


def reading_order(body: list[Line], gutters: list[Gutter]) -> list[tuple[Line, int, int]]:
    """(line, stretch, column) in reading order: full-width lines (stretch -1) in their
    place; inside a gutter's stretch every column top to bottom, left column first."""
    out: list[tuple[Line, int, int]] = []
    done: set[int] = set()
    for line in body:
        if id(line) in done:
            continue
        k = next((i for i, g in enumerate(gutters) if g.holds(line)), -1)
        if k < 0:
            out.append((line, -1, 0))
            continue
        xs = sorted(g.x for g in gutters if abs(g.top - gutters[k].top) < 1)
        members = [ln for ln in body if gutters[k].holds(ln) and id(ln) not in done]
        for column in range(len(xs) + 1):
            for ln in members:
                if sum(1 for x in xs if ln.x0 >= x) == column:
                    out.append((ln, k, column))
                    done.add(id(ln))
    return out
