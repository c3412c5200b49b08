"""Body lines of every page → paragraph blocks; footnote lines → whole footnotes.

A paragraph starts after a vertical gap larger than the line pitch, on an indented first
line, at a printed label ("1.", "(a)", "II."), where the type changes (bold headings, a
larger title), or at a second column of the same row. Across a page break (or a column
break) a line continues the paragraph before it unless it starts one: in an indented
layout when it is indented, in a block layout when the paragraph before ended a clause
and this one opens with a capital. Two-column runs (vote lists, two-column body text) are
read column by column. A footnote continues on the next page when the first lines under
that page's rule carry no marker.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from resolution_compare.core.printed import NoteRef, NoteText, PrintedDocument, TextBlock
from resolution_compare.loaders.pdf_columns import reading_order
from resolution_compare.loaders.pdf_hyphens import HyphenJoiner
from resolution_compare.loaders.pdf_lines import Line, Page, line_pitch, paragraph_gap
from resolution_compare.loaders.pdf_page import PageZones, split_pages

PARAGRAPH_START = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]+)\)|[IVXL]{1,5}\.)(\s|$)")
_NOTE_START = re.compile(r"^(\d{1,3}|[*∗†‡]{1,3})\s+(?=\S)")
_CLAUSE_END = re.compile(r"[.;:,،؛。；，：]$")
_INDENT = 3.0  # points: less than this is the same left edge


@dataclass
class _Draft:
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Metrics:
    margin: float  # most common left edge of body lines (start edge for right-to-left)
    pitch: float  # most common distance between the baselines of one paragraph's lines
    size: float  # most common body font size
    indented_layout: bool  # paragraphs open with an indented first line
    right: float = 0.0  # rightmost end of a body line (the right margin as far as seen)


def _start(line: Line) -> float:
    """Distance of the line's start from the page's start edge (mirrored for right-to-left)."""
    return -line.x1 if line.rtl else line.x0


def _metrics(lines: list[Line], page_width: float = 0.0) -> _Metrics:
    if not lines:
        return _Metrics(0.0, 12.0, 10.0, True)
    starts = Counter(round(_start(ln)) for ln in lines)
    margin = float(min(starts.most_common(3), key=lambda item: item[0])[0])
    if starts[round(margin)] < 0.3 * starts.most_common(1)[0][1]:
        margin = float(starts.most_common(1)[0][0])
    sizes = Counter(round(ln.size * 2) / 2 for ln in lines)
    size = sizes.most_common(1)[0][0]
    # The line pitch inside a paragraph is the smallest distance between two lines of the
    # body size: in a layout of one-line paragraphs it may be seen only once.
    pitches = [
        round((a.baseline - b.baseline) * 2) / 2
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and a.row != b.row
        and abs(a.size - size) <= 0.5
        and abs(b.size - size) <= 0.5
        and 0.9 * size <= a.baseline - b.baseline < 4 * size
    ]
    pitch = line_pitch(pitches)
    if pitch is None:
        pitch = min(pitches, default=1.2 * size)
    indented = sum(1 for ln in lines if margin + _INDENT < _start(ln) < margin + 120)
    right = _right_margin(lines, margin, size, page_width)
    return _Metrics(margin, pitch, size, indented >= 0.05 * len(lines), right)


def _right_margin(lines: list[Line], margin: float, size: float, page_width: float) -> float:
    """Where full lines end (points; the mirrored start edge for right-to-left): the furthest
    end that three lines reach within a fifth of an em (justified lines end within a point
    of each other) — a line or two may overrun the margin (a long name in a vote list's
    right column), no more. A draft of short lines may have no full line:
    then the margins are taken to mirror each other (the text block centred on the page, as
    Word's and the UN templates' margins are) and the right margin lies ``margin`` points in
    from the page's right edge."""
    ends = sorted((-ln.x0 if ln.rtl else ln.x1 for ln in lines), reverse=True)
    # Only among the furthest ends: three short lines of a ragged draft may end together
    # by chance well inside the margin (one-line paragraphs of 40 to 60 characters).
    for k, end in enumerate(ends[: min(3, len(ends) - 2)]):
        if end - ends[k + 2] <= 0.2 * size:
            return end
    if page_width <= 0:
        return ends[0] if ends else 0.0
    # Mirrored: ``margin`` from the page's other edge (x = 0 is at -page_width in the
    # mirrored starts of right-to-left lines).
    rtl = sum(1 for ln in lines if ln.rtl) > len(lines) / 2
    mirrored = -(page_width + margin) if rtl else page_width - margin
    return max(ends[0] if ends else mirrored, mirrored)


def _column_order(body: list[Line]) -> list[tuple[Line, float | None]]:
    """Body lines in reading order; the first line of a second column carries that column's
    left margin (None for every other line).

    Two or more consecutive rows of two segments are read column by column.
    """
    rows: list[list[Line]] = []
    for line in body:
        if rows and rows[-1][0].row == line.row:
            rows[-1].append(line)
        else:
            rows.append([line])
    out: list[tuple[Line, float | None]] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and len(rows[j]) == 2:
            j += 1
        if j - i >= 2:
            col_x = (rows[i][0].x0, rows[i][1].x0)
            while j < len(rows) and len(rows[j]) == 1 and abs(rows[j][0].x0 - col_x[0]) < 30:
                pitch = rows[j - 1][0].baseline - rows[j][0].baseline
                if pitch > 1.4 * (rows[i][0].baseline - rows[i + 1][0].baseline):
                    break
                j += 1
            run = [ln for row in rows[i:j] for ln in row]
            second = [ln for ln in run if abs(ln.x0 - col_x[1]) < abs(ln.x0 - col_x[0])]
            first = [ln for ln in run if ln not in second]
            column_margin = min((_start(ln) for ln in second), default=0.0)
            out += [(ln, None) for ln in first]
            out += [(ln, column_margin if k == 0 else None) for k, ln in enumerate(second)]
            i = j
        else:
            out += [(ln, _start(ln) if k > 0 else None) for k, ln in enumerate(rows[i])]
            i += 1
    return out


def _styled_apart(line: Line, prev: Line) -> bool:
    return line.bold != prev.bold or abs(line.size - prev.size) > 1.0


def _starts_after_break(
    line: Line, prev: Line, m: _Metrics, margin: float, continuation: float | None
) -> bool:
    """At a page or column break: does ``line`` open a new paragraph?

    ``continuation``: where the paragraph before set its second and later lines.
    """
    if PARAGRAPH_START.match(line.text) or _styled_apart(line, prev):
        return True
    if not _CLAUSE_END.search(prev.text) and line.text[:1].islower():
        return False  # "…individuals to" / "international solidarity, …"
    if continuation is not None and abs(_start(line) - continuation) <= _INDENT:
        return False  # set like the lines that continue the paragraph before
    if m.indented_layout:
        return _start(line) > margin + _INDENT
    return bool(_CLAUSE_END.search(prev.text)) and not line.text[:1].islower()


def _word_width(word: str, size: float) -> float:
    """A generous estimate of a word's printed width (points) with the space before it:
    capitals and figures 0.75 em, other characters 0.6 em, the space 0.35 em; text faces
    average about 0.5 em a character, so a word estimated to fit did fit."""
    wide = sum(1 for ch in word if ch.isupper() or ch.isdigit())
    return size * (0.35 + 0.75 * wide + 0.6 * (len(word) - wide))


_LIST_ITEMS = re.compile(r"[,;]\s+\(?[A-Z]")  # "Chile, Croatia, Cyprus": names in a list


def _opens_like_paragraph(line: Line, prev: Line) -> bool:
    """The line opens the way a paragraph does: a label, a number, or a capitalised lead
    word ("Guided by", "Recalling its") — not the next name of a list of names (a sponsor
    list: its lines hold several capitalised items and its first word carries a comma)."""
    if PARAGRAPH_START.match(line.text):
        return True
    first_word = line.text.split(" ", 1)[0]
    if first_word[-1:] in ",;" or len(_LIST_ITEMS.findall(prev.text)) >= 2:
        return False
    return first_word[:1].isupper() or first_word[:1].isdigit()


def _ended_early(line: Line, prev: Line, m: _Metrics, right: float) -> bool:
    """``prev`` closed a clause and stopped short although ``line``'s first word would have
    fitted after it, and ``line`` opens like a paragraph: the break was the writer's, not
    the line filling up (how one-line paragraphs set without space between them part)."""
    if not _CLAUSE_END.search(prev.text) or not _opens_like_paragraph(line, prev) or line.rtl:
        return False
    first_word = line.text.split(" ", 1)[0]
    return right - prev.x1 > _word_width(first_word, line.size) + 0.5 * m.size


def _starts_paragraph(
    line: Line,
    prev: Line,
    same_row: bool,
    m: _Metrics,
    prev_opens: bool = False,
    in_columns: bool = False,
) -> bool:
    """Does ``line`` open a new paragraph after ``prev`` (the line above it, one column)?

    ``prev_opens``: ``prev`` opened its paragraph (it is the paragraph's only line so far).
    ``in_columns``: the lines stand in a column (pdf_columns), where short lines are the
    rule (names of a vote list), so a line's length says nothing there.
    Thresholds come from the document's own line pitch and font size: a gap wider than the
    pitch by 0.15 of the type size is a paragraph space (1.5 pt at 10 pt type; baselines
    within one paragraph agree to a fraction of a point).
    """
    if same_row:
        return True
    gap = prev.baseline - line.baseline
    # Larger type (a title, a heading) is set on a proportionally larger pitch.
    pitch = m.pitch * max(1.0, max(line.size, prev.size) / m.size)
    if paragraph_gap(gap, pitch, m.size) or gap < 0:
        return True
    if PARAGRAPH_START.match(line.text) or _styled_apart(line, prev):
        return True
    if in_columns:
        return _start(line) > _start(prev) + _INDENT and prev.label_end is None
    if _ended_early(line, prev, m, m.right):
        return True
    if (
        m.indented_layout
        and prev_opens
        and _start(prev) > m.margin + _INDENT
        and not line.rtl
        and m.right - prev.x1 > m.size
        and abs(_start(line) - _start(prev)) <= _INDENT
        and prev.label_end is None
        and _CLAUSE_END.search(prev.text)
        and _opens_like_paragraph(line, prev)
    ):
        # A second indented first line in a row: the paragraph above was one line long
        # (its continuation would have gone back to the margin) — unless that line ran to
        # the right margin: then this is the next line of a paragraph indented as a whole
        # (the "[Adopted by …" line of a recorded vote).
        return True
    if _start(line) > _start(prev) + _INDENT:
        # Indented: a new paragraph, unless it is the hanging indent of a numbered one
        # (continuation aligned with the text after "1.").
        label_end = prev.label_end
        if label_end is None:
            return True
        text_start = -label_end if line.rtl else label_end
        return abs(_start(line) - text_start) > _INDENT
    if m.pitch > 1.6 * m.size and not m.indented_layout:
        # Block layout with one-line paragraphs: the pitch is the paragraph gap.
        return bool(_CLAUSE_END.search(prev.text)) and not line.text[:1].islower()
    return False


def _page_order(page: PageZones) -> list[tuple[Line, float | None, bool]]:
    """(line, column margin, in columns) in reading order: the page's gutters first
    (pdf_columns), then runs of two-segment rows among the full-width rest."""
    if not page.gutters:
        return [(ln, margin, False) for ln, margin in _column_order(page.body)]
    out: list[tuple[Line, float | None, bool]] = []
    rest: list[Line] = []
    order = reading_order(page.body, page.gutters)
    for k, (line, stretch, column) in enumerate(order):
        if stretch < 0:
            rest.append(line)
            continue
        out += [(ln, margin, False) for ln, margin in _column_order(rest)]
        rest = []
        first = k == 0 or order[k - 1][1:] != (stretch, column)
        margin = None
        if first and column > 0:
            column_lines = [ln for ln, s, c in order if (s, c) == (stretch, column)]
            margin = min(_start(ln) for ln in column_lines)
        out.append((line, margin, True))
    out += [(ln, margin, False) for ln, margin in _column_order(rest)]
    return out


def _body_drafts(ordered: list[tuple[Line, float | None, bool]], m: _Metrics) -> list[_Draft]:
    """The body's lines (in reading order, from :func:`_page_order`, page after page)
    grouped into paragraphs."""
    drafts: list[_Draft] = []
    prev: Line | None = None
    for line, column_margin, in_columns in ordered:
        if prev is None:
            new = True
        elif column_margin is not None and line.row == prev.row:
            new = True  # a second segment on the same row
        elif column_margin is not None:
            new = _starts_after_break(line, prev, m, column_margin, None)
        elif line.page != prev.page:
            lines = drafts[-1].lines
            continuation = _start(lines[1]) if len(lines) > 1 else None
            new = _starts_after_break(line, prev, m, m.margin, continuation)
        else:
            opens = len(drafts[-1].lines) == 1
            new = _starts_paragraph(line, prev, line.row == prev.row, m, opens, in_columns)
        if new:
            drafts.append(_Draft())
        drafts[-1].lines.append(line)
        prev = line
    return drafts


def _number_width(line: Line, number: str) -> float:
    """Estimated printed width of a note number: figures are set half an em wide (tabular
    figures, the default of text faces), "*" about the same."""
    return 0.5 * line.size * len(number)


def _number_edge(notes: list[Line]) -> float | None:
    """Common right edge (points) of the full-size numbers that open footnote lines, when
    they are set right-aligned ("9" and "10" end at one x); None when fewer than two agree,
    or when the page's notes open with raised markers (then a number opening a line is the
    text of a note: "13 February 1946, the Convention…")."""
    if any(ln.starts_with_raised for ln in notes):
        return None
    edges = Counter(
        round(ln.x0 + _number_width(ln, found.group(1)))
        for ln in notes
        if (found := _NOTE_START.match(ln.text))
    )
    if not edges:
        return None
    edge, _count = edges.most_common(1)[0]
    near = sum(n for e, n in edges.items() if abs(e - edge) <= 1)
    return float(edge) if near >= 2 else None


def _ends_at(line: Line, number: str, number_end: float | None) -> bool:
    """Does the number opening ``line`` end where the page's other note numbers end?"""
    if number_end is None:
        return False
    return abs(line.x0 + _number_width(line, number) - number_end) <= max(1.5, 0.25 * line.size)


def _follows(notes: list[tuple[str, list[Line], int]], number: str) -> bool:
    """Notes are numbered upwards through the document: a number below the last one is text."""
    last = next((int(m) for m, _, _ in reversed(notes) if m.isdigit()), 0)
    return not number.isdigit() or int(number) > last


def _note_lines(zones: list[PageZones]) -> tuple[list[tuple[str, list[Line], int]], list[str]]:
    """(marker, lines, page) of each footnote, and warnings for unmarked text."""
    notes: list[tuple[str, list[Line], int]] = []
    warnings: list[str] = []
    for page in zones:
        if not page.notes:
            continue
        note_x = min(ln.x0 for ln in page.notes)
        number_end = _number_edge(page.notes)
        for line in page.notes:
            marker = None
            if line.starts_with_raised and line.refs and line.refs[0][0] == 0:
                marker = line.refs[0][1]
                line.refs = line.refs[1:]
            elif (found := _NOTE_START.match(line.text)) and (
                abs(line.x0 - note_x) < 2
                or (_ends_at(line, found.group(1), number_end) and _follows(notes, found.group(1)))
            ):
                marker = found.group(1)
                cut = found.end()
                line.text = line.text[cut:]
                line.refs = [(max(o - cut, 0), mk) for o, mk in line.refs]
            if marker is not None:
                notes.append((marker, [line], page.number))
            elif notes:
                notes[-1][1].append(line)
            else:
                notes.append(("", [line], page.number))
                warnings.append(
                    f"page {page.number}: text below the footnote rule without a marker was "
                    f"kept as a footnote: “{line.text[:60]}”"
                )
    return notes, warnings


def _join(lines: list[Line], joiner: HyphenJoiner) -> tuple[str, tuple[NoteRef, ...]]:
    text = ""
    refs: list[NoteRef] = []
    for line in lines:
        if not text:
            text = line.text
            offset = 0
        else:
            text, offset = joiner.join(text, line.text)
        refs += [NoteRef(marker, offset + at) for at, marker in line.refs]
    return text, tuple(refs)


def _glued(text: str, refs: list[tuple[int, str]]) -> str:
    for offset, marker in sorted(refs, reverse=True):
        text = text[:offset] + marker + text[offset:]
    return text


def read_document(pages: list[Page]) -> PrintedDocument:
    """The printed document of ``pages``: masthead, body blocks, footnotes, warnings."""
    zones = split_pages(pages)
    # In reading order: the pitch is measured down a column, not across a gutter.
    ordered = [item for page in zones for item in _page_order(page)]
    metrics = _metrics([ln for ln, _, _ in ordered], pages[0].width if pages else 0.0)
    drafts = _body_drafts(ordered, metrics)
    notes, warnings = _note_lines(zones)
    for _, lines, _ in notes:  # a marker inside a footnote's own text stays text
        for line in lines:
            line.text, line.refs = _glued(line.text, line.refs), []
    everything = [ln.text for d in drafts for ln in d.lines]
    everything += [ln.text for _, lines, _ in notes for ln in lines]
    joiner = HyphenJoiner(everything)
    blocks = []
    for draft in drafts:
        text, refs = _join(draft.lines, joiner)
        first = draft.lines[0]
        bold = all(ln.bold for ln in draft.lines)
        blocks.append(TextBlock(text, refs, first.page, bold, first.size))
    note_texts = tuple(
        NoteText(marker, _join(lines, joiner)[0], page) for marker, lines, page in notes
    )
    masthead = tuple(ln.text for ln in zones[0].masthead) if zones else ()
    return PrintedDocument(masthead, tuple(blocks), note_texts, tuple(warnings))
