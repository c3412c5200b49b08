"""The side-by-side table of aligned paragraphs, as report HTML.

Every piece of document text goes through :func:`escape_text`: a paragraph that contains
``<b>`` or ``&`` must print literally, in the HTML export and in the PDF alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from resolution_compare.core.comparison import DiffSegment, FootnoteChange, Row
from resolution_compare.core.script import text_direction

STATUS_NOTES = {
    "unchanged": "",
    "modified": "modified",
    "rewritten": "rewritten",
    "inserted": "inserted",
    "deleted": "deleted",
    "split": "split",
    "merged": "merged",
}

DIRECTION_MARKS = {
    "stronger": ("▲", "stronger"),
    "weaker": ("▼", "weaker"),
    "changed": ("◆", "changed"),
    "same": ("=", "same"),
}

NONE_MARK = "—"

# Invisible control characters (a NUL or form feed from a damaged file) are not valid in
# HTML, and lone surrogates cannot be encoded to UTF-8 nor handed to Qt.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` without control characters and lone surrogates (safe for Qt and UTF-8)."""
    return _SURROGATE.sub("\ufffd", _UNPRINTABLE.sub("", text))


def escape_text(text: str) -> str:
    """Document text as HTML: escaped, line breaks kept (sub-paragraphs are on own lines)."""
    return html.escape(printable(text), quote=False).replace("\n", "<br>")


def row_ids(row: Row) -> str:
    """The margin label: "OP7 → OP9", "OP3 → OP3, OP4" (split), "— → OP9" (inserted)."""
    left = ", ".join(row.left) if row.left else NONE_MARK
    right = ", ".join(row.right) if row.right else NONE_MARK
    if left == right:
        return left
    return f"{left} → {right}"


def _side_segments(diff: Sequence[DiffSegment], side: str) -> str:
    """One column's text: equal runs plain, this side's own changes marked up."""
    own = "-" if side == "left" else "+"
    css = "del" if side == "left" else "ins"
    parts: list[str] = []
    for seg in diff:
        if seg.op == "=":
            parts.append(escape_text(seg.text))
        elif seg.op == own:
            cls = f"{css}-routine" if seg.routine else css
            parts.append(f'<span class="{cls}">{escape_text(seg.text)}</span>')
    return "".join(parts)


# The grid's three columns, as shares of the page width: the HTML table and the PDF painter
# (report/pages.py) both use these.
COLUMN_SHARES = (0.14, 0.43, 0.43)


@dataclass(frozen=True)
class GridCell:
    """One cell of a report grid: its inner HTML (the markup subset of
    report/cell_markup.py), its CSS class, whether its paragraph runs right to left, and
    whether it is a paragraph of text (``paragraph``) or a short value (ids, a name)."""

    html: str
    css_class: str = ""
    rtl: bool = False
    paragraph: bool = True

    def to_html(self, tag: str = "td", share: float = COLUMN_SHARES[1]) -> str:
        # A paragraph written right to left (its first strong letter is Arabic) gets
        # dir="rtl", so Qt and browsers lay it out and align it from the right; the marked-up
        # diff inside stays in logical order and the bidi algorithm places it. The paragraph
        # inside the cell carries the direction: Qt honours dir on blocks.
        cls = f' class="{self.css_class}"' if self.css_class else ""
        width = f' width="{round(share * 100)}%"'
        if tag == "th":
            return f"<th{width}{cls}>{self.html}</th>"
        if not self.paragraph:
            return f"<td{width}{cls}>{self.html}</td>"
        direction = ' dir="rtl" align="right"' if self.rtl else ""
        return f"<td{width}{cls}><p{direction}>{self.html}</p></td>"


def _cell(content: str, plain: str, extra_class: str = "") -> GridCell:
    return GridCell(content, extra_class, text_direction(plain) == "rtl")


def _margin(row: Row) -> GridCell:
    notes: list[str] = []
    status_note = STATUS_NOTES.get(row.status, row.status)
    if status_note:
        notes.append(status_note)
    if row.moved:
        notes.append("moved")
    if row.routine_only:
        notes.append("routine only")
    if row.uncertain:
        notes.append("uncertain pairing: no verdict")
    if row.lead is not None and row.lead.change != "same":
        mark, word = DIRECTION_MARKS.get(row.lead.change, ("◆", row.lead.change))
        notes.append(f'<span class="{word}">{mark} {word}</span>')
    for flag in row.flags:
        notes.append(escape_text(flag.kind.replace("_", " ")))
    for note in row.footnote_changes:
        routine = ", routine" if note.routine_only else ""
        notes.append(f"footnote {note.status}{routine}")
    note_html = "<br>".join(notes)
    label = escape_text(row_ids(row))
    if note_html:
        return GridCell(f'{label}<br><span class="note">{note_html}</span>', "ids", paragraph=False)
    return GridCell(label, "ids", paragraph=False)


def _footnotes(row: Row, side: str) -> str:
    """The row's footnotes that changed, appeared or disappeared, under its text."""
    out = []
    for note in row.footnotes:
        marker = note.left if side == "left" else note.right
        if note.status == "unchanged" or marker is None:
            continue
        if note.status == "text_missing":
            # The text one file lost (its marker kept) is no change (QA D16): plain where it
            # was read, a remark where it was not.
            own = "-" if side == "left" else "+"
            kept = "".join(s.text for s in note.diff if s.op in ("=", own))
            text = escape_text(kept) if kept else "<i>footnote text not found in this file</i>"
        else:
            text = _side_segments(note.diff, side)
        out.append(f'<br><span class="note"><sup>{escape_text(marker)}</sup> {text}</span>')
    return "".join(out)


def document_notes_html(notes: Sequence[FootnoteChange]) -> str:
    """The footnotes on no paragraph (the title, a heading, the sponsors) that changed,
    appeared or disappeared, each as one line with its words marked; "" when none did."""
    items = []
    for note in notes:
        if note.status in ("unchanged", "text_missing"):
            continue
        parts = []
        for seg in note.diff:
            text = escape_text(seg.text)
            css = {"-": "del", "+": "ins"}.get(seg.op)
            if css and seg.routine:
                css += "-routine"
            parts.append(f'<span class="{css}">{text}</span>' if css else text)
        markers = f"{escape_text(note.left or NONE_MARK)} → {escape_text(note.right or NONE_MARK)}"
        items.append(f"<li>footnote {markers} {note.status}: {''.join(parts)}</li>")
    if not items:
        return ""
    return (
        "<p><b>Footnotes on the title, the headings or the sponsors:</b></p><ul>"
        + "".join(items)
        + "</ul>"
    )


def row_cells(row: Row) -> tuple[GridCell, GridCell, GridCell]:
    """The margin (ids and notes), the left and the right cell of one row; each side's
    direction comes from its text, not from the language (an English quotation in an Arabic
    text stays left to right)."""
    if row.status == "unchanged":
        left = escape_text(row.left_text) + _footnotes(row, "left")
        right = escape_text(row.right_text) + _footnotes(row, "right")
        return (
            _margin(row),
            _cell(left, row.left_text, "unchanged"),
            _cell(right, row.right_text, "unchanged"),
        )
    left = _side_segments(row.diff, "left") + _footnotes(row, "left") if row.left else ""
    right = _side_segments(row.diff, "right") + _footnotes(row, "right") if row.right else ""
    return (
        _margin(row),
        _cell(left, row.left_text if row.left else ""),
        _cell(right, row.right_text if row.right else ""),
    )


def cells_html(
    cells: Sequence[GridCell], tag: str = "td", shares: Sequence[float] = COLUMN_SHARES
) -> str:
    """One table row of a grid from its cells; a row of one cell is a heading across it."""
    if len(cells) == 1 and len(shares) > 1:
        return f'<tr><th colspan="{len(shares)}">{cells[0].html}</th></tr>'
    inner = "".join(cell.to_html(tag, share) for cell, share in zip(cells, shares, strict=True))
    return f"<tr>{inner}</tr>"


def render_row(row: Row, left_language: str, right_language: str) -> str:
    """One table row (the HTML of :func:`row_cells`)."""
    return cells_html(row_cells(row))


@dataclass(frozen=True)
class RowsSection:
    """A section that ends in a grid: the HTML above it (``intro``), the header cells, and
    the cells of every row (a row of one cell is a group heading across the grid), with the
    columns' shares of the width. The HTML export writes the grid as one table; the PDF
    painter (report/pages.py) lays the same cells out itself. The side-by-side paragraphs
    and the vote-shift table are such sections."""

    intro: str
    header: tuple[GridCell, ...]
    rows: tuple[tuple[GridCell, ...], ...]
    shares: tuple[float, ...] = COLUMN_SHARES

    def to_html(self) -> str:
        if not self.rows:
            return self.intro
        return "\n".join(
            [
                self.intro,
                '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
                f"<thead>{cells_html(self.header, 'th', self.shares)}</thead><tbody>",
                *(cells_html(cells, "td", self.shares) for cells in self.rows),
                "</tbody></table>",
            ]
        )


def rows_section(
    rows: Sequence[Row],
    left_label: str,
    right_label: str,
    left_language: str,
    right_language: str,
    changes_only: bool,
    operative: frozenset[int] | None = None,
    roles: tuple[str, str] = ("earlier", "later"),
) -> RowsSection:
    """The paragraphs section: a legend, an optional "N not shown" line and the grid.

    ``changes_only`` leaves out rows without a change (a moved paragraph is a change);
    ``operative``, when given, keeps only the rows whose indices it holds (the "operative
    only" report). ``roles`` name the two columns ("earlier"/"later" or "left"/"right").
    """
    shown: list[tuple[GridCell, ...]] = []
    unchanged_hidden = 0
    preamble_hidden = 0
    for index, row in enumerate(rows):
        if operative is not None and index not in operative:
            preamble_hidden += 1
            continue
        if changes_only and row.status == "unchanged" and not row.moved:
            unchanged_hidden += 1
            continue
        shown.append(row_cells(row))
    out = [
        '<p class="legend">Deleted words: <span class="del">struck through</span>. '
        'Inserted words: <span class="ins">underlined</span>. '
        "Routine changes (session, year, resolution number): "
        '<span class="del-routine">grey,</span> '
        '<span class="ins-routine">still marked</span>. '
        'Operative verb: <span class="stronger">▲ stronger</span>, '
        '<span class="weaker">▼ weaker</span>, <span class="changed">◆ changed</span>.</p>'
    ]
    hidden_notes = []
    if changes_only:
        noun = "paragraph" if unchanged_hidden == 1 else "paragraphs"
        hidden_notes.append(f"{unchanged_hidden} unchanged {noun}")
    if operative is not None:
        noun = "paragraph" if preamble_hidden == 1 else "paragraphs"
        hidden_notes.append(f"{preamble_hidden} preambular {noun}")
    if hidden_notes:
        out.append(f'<p class="muted">{" and ".join(hidden_notes)} not shown.</p>')
    if not shown:
        # Only the paragraphs are in this table: a heading footnote may still have changed.
        message = "No paragraph changed." if changes_only else ""
        out.append(f'<p class="muted">{message or "No paragraphs to show."}</p>')
    header = (
        GridCell("Paragraph"),
        GridCell(f"{escape_text(left_label)} ({roles[0]})"),
        GridCell(f"{escape_text(right_label)} ({roles[1]})"),
    )
    return RowsSection("\n".join(out), header, tuple(shown))
