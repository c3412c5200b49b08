"""Comparison → report HTML, from the one template ``resources/report/report.html``.

The same HTML is the HTML export (a standalone file: inline CSS, UTF-8) and the input of the
PDF export (QTextDocument), so the template's CSS keeps to what Qt's rich-text engine
understands (stack-notes.md section 4): px lengths only, tables instead of flex/grid, class
selectors. The template carries no comments: the HTML export is handed to others as is.
Colours come from resolution_compare.palette, the one palette of the app and the report.
Nothing is computed here that the core has not computed: this module only arranges the
:class:`Comparison` for reading.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from string import Template
from typing import Any

from resolution_compare import __version__
from resolution_compare.core.comparison import Comparison, Row
from resolution_compare.core.document_date import document_date, document_date_text
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.model import Resolution
from resolution_compare.core.row_kinds import operative_rows
from resolution_compare.core.script import arrow_pair, close_rtl
from resolution_compare.core.sides import language_roles, order_warning, side_roles
from resolution_compare.i18n import INTERFACE_LANGUAGE, n_
from resolution_compare.palette import LIGHT, Colours
from resolution_compare.report.html_rows import (
    DIRECTION_MARKS,
    NONE_MARK,
    RowsSection,
    document_notes_html,
    escape_text,
    printable,
    row_ids,
    rows_section,
)
from resolution_compare.report.html_votes import (
    render_vote_summary,
    value_html,
    vote_section,
)
from resolution_compare.resources import read_text

# A browser picks the first installed family per glyph; Qt gets the same list through
# QFont.setFamilies (see pdf.py), so the HTML export and the PDF look alike.
FONT_FAMILIES = ("Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", "DejaVu Sans")
BROWSER_FONT_CSS = "font-family: " + ", ".join(f"'{f}'" for f in FONT_FAMILIES) + ", sans-serif;"

STATUS_ORDER = ("unchanged", "modified", "rewritten", "inserted", "deleted", "split", "merged")
FLAG_WORDS = {
    "hedge_added": "Hedge added",
    "hedge_removed": "Hedge removed",
    "booster_added": "Emphasis added",
    "booster_removed": "Emphasis removed",
    "moved_to_operative": "Moved to the operative part",
    "moved_to_preamble": "Moved to the preamble",
    "period_changed": "Period changed",
    "deadline_changed": "Deadline changed",
    "reporting_changed": "Reporting changed",
    "negation_added": "Negation added",
    "negation_removed": "Negation removed",
}
HEDGE_KINDS = ("hedge_added", "hedge_removed")
# A negated head verb turns the provision around: listed with the operative language.
NEGATION_KINDS = ("negation_added", "negation_removed")


def palette_css(colours: Colours = LIGHT) -> str:
    """The change classes of the report, in the app's palette (paper is always light)."""
    c = colours
    return "\n".join(
        [
            f".del {{ color: {c.deleted_fg}; text-decoration: line-through; "
            f"background-color: {c.deleted_bg}; }}",
            f".ins {{ color: {c.inserted_fg}; text-decoration: underline; "
            f"background-color: {c.inserted_bg}; }}",
            # The background too: a strike on a horizontal stroke (一) still shows.
            f".del-routine {{ color: {c.dim_text}; background-color: {c.routine_bg}; "
            "text-decoration: line-through; }",
            f".ins-routine {{ color: {c.dim_text}; background-color: {c.routine_bg}; "
            "text-decoration: underline; }",
            f".stronger {{ color: {c.stronger}; font-weight: bold; }}",
            f".weaker {{ color: {c.weaker}; font-weight: bold; }}",
            f".changed {{ color: {c.changed}; font-weight: bold; }}",
        ]
    )


def document_label(res: Resolution) -> str:
    """A document's name in headers: its symbol, else its file name."""
    return printable(res.label)


def _date(res: Resolution) -> str | None:
    return document_date_text(res) if document_date(res) is not None else None


def _language(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def render_title_block(
    result: Comparison, generated: datetime, roles: tuple[str, str] = ("earlier", "later")
) -> str:
    left, right = result.left, result.right
    lines = [
        ("Symbol", left.header.symbol, right.header.symbol),
        ("Title", left.header.title, right.header.title),
        # "adopted 2020-07-16", or a draft's own date: "draft of 2025-10-13".
        ("Date", _date(left), _date(right)),
        ("Language", _language(left.language), _language(right.language)),
        ("File", left.source, right.source),
    ]
    cells = "".join(
        f"<tr><th>{name}</th><td>{value_html(a)}</td><td>{value_html(b)}</td></tr>"
        for name, a, b in lines
    )
    stamp = generated.strftime("%Y-%m-%d %H:%M UTC")
    backwards = order_warning(left, right)
    # The later text on the left: said under the table, where the sides are named.
    warning = f"<p><b>Note:</b> {escape_text(backwards)}.</p>" if backwards else ""
    return (
        '<table class="meta" width="100%" cellspacing="0" cellpadding="3">'
        f'<tr><th width="14%"></th><th width="43%">{roles[0].capitalize()} version</th>'
        f'<th width="43%">{roles[1].capitalize()} version</th></tr>{cells}</table>'
        f'<p class="generated">Generated {stamp} by Resolution Compare '
        f"{escape_text(__version__)}.</p>{warning}"
    )


def _status_counts(rows: tuple[Row, ...]) -> str:
    # Counted from the rows themselves so the summary always matches the table below.
    counts: Counter[str] = Counter(row.status for row in rows)
    moved = sum(1 for row in rows if row.moved)
    parts = [f"{counts.get(s, 0)} {s}" for s in STATUS_ORDER]
    parts.append(f"{moved} moved")
    uncertain = sum(1 for row in rows if row.uncertain)
    if uncertain:
        parts.append(
            n_(uncertain, "{n} uncertain pairing", "{n} uncertain pairings")
            + " (shown side by side, no verdict)"
        )
    notes = sum(len(row.footnote_changes) for row in rows)
    if notes:
        parts.append(
            n_(
                notes,
                "{n} footnote changed, added or removed",
                "{n} footnotes changed, added or removed",
            )
        )
    return f"<p><b>Paragraphs:</b> {', '.join(parts)}.</p>"


def _lead_changes(rows: tuple[Row, ...]) -> str:
    items = []
    for row in rows:
        lead = row.lead
        if lead is None or lead.change == "same":
            continue
        mark, word = DIRECTION_MARKS.get(lead.change, ("◆", lead.change))
        old = escape_text(lead.left) if lead.left else NONE_MARK
        new = escape_text(lead.right) if lead.right else NONE_MARK
        items.append(
            f'<li><span class="{word}">{mark} {word}</span> {escape_text(row_ids(row))}: '
            f"{arrow_pair(f'<i>{old}</i>', f'<i>{new}</i>')}</li>"
        )
    negations = [
        f"<li>⚑ {FLAG_WORDS[flag.kind].lower()} {escape_text(row_ids(row))}: "
        f"{close_rtl(f'“{escape_text(flag.text)}”')}</li>"
        for row in rows
        for flag in row.flags
        if flag.kind in NEGATION_KINDS
    ]
    items += negations
    if not items:
        return "<p><b>Operative language:</b> no change of lead verb strength.</p>"
    directions = Counter(
        row.lead.change for row in rows if row.lead is not None and row.lead.change != "same"
    )
    tallies = [f"{n} {word}" for word, n in sorted(directions.items())]
    if negations:
        tallies.append(n_(len(negations), "{n} negation", "{n} negations"))
    tally = ", ".join(tallies)
    return f"<p><b>Operative language:</b> {tally}.</p><ul>" + "".join(items) + "</ul>"


def _flag_lists(rows: tuple[Row, ...]) -> str:
    hedges: list[str] = []
    others: list[str] = []
    for row in rows:
        for flag in row.flags:
            label = FLAG_WORDS.get(flag.kind, flag.kind.replace("_", " ").capitalize())
            detail = f" ({escape_text(flag.detail)})" if flag.detail else ""
            item = (
                f"<li>{label} in {escape_text(row_ids(row))}: "
                f"{close_rtl(f'“{escape_text(flag.text)}”')}{detail}</li>"
            )
            if flag.kind in HEDGE_KINDS:
                hedges.append(item)
            elif flag.kind not in NEGATION_KINDS:
                others.append(item)
    out = []
    if hedges:
        out.append("<p><b>Hedges added or removed:</b></p><ul>" + "".join(hedges) + "</ul>")
    else:
        out.append("<p><b>Hedges added or removed:</b> none.</p>")
    if others:
        out.append("<p><b>Other flagged changes:</b></p><ul>" + "".join(others) + "</ul>")
    return "\n".join(out)


def render_summary(
    result: Comparison, language: str, roles: tuple[str, str] = ("earlier", "later")
) -> str:
    rows = result.rows
    return "\n".join(
        [
            _status_counts(rows),
            _lead_changes(rows),
            _flag_lists(rows),
            document_notes_html(result.document_footnotes),
            render_vote_summary(result, language, roles),
            _notes(result),
        ]
    )


def _notes(result: Comparison) -> str:
    """Parse warnings and comparison notes: what the reader needs to trust the redline."""
    # The later-left warning is printed under the documents' table already (QA pass 2 N5).
    backwards = order_warning(result.left, result.right)
    shown = [w for w in result.warnings if w != backwards]
    if not shown:
        return ""
    # One block, so the heading never stands alone at the foot of a page.
    items = "".join(f"<br>• {escape_text(w)}" for w in shown)
    return f"<p><b>Notes:</b>{items}</p>"


@dataclass(frozen=True)
class ReportSections:
    """The report in the pieces its two outputs share: ``head`` (the template up to and
    including ``<body>``: title and CSS), ``front`` (heading, title block, summary),
    ``paragraphs`` (the side-by-side grid, see RowsSection), ``votes`` (the vote shifts) and
    ``tail`` (the closing tags). The HTML export joins them; the PDF and the printout
    (report/pages.py) lay ``front`` and ``votes`` out as rich text and paint the grid's cells
    themselves, so all three show the same words in the same colours."""

    head: str
    front: str
    paragraphs: RowsSection
    votes: RowsSection
    tail: str

    def to_html(self) -> str:
        parts = [self.head, self.front, self.paragraphs_html(), self.votes.to_html(), self.tail]
        return "\n".join(parts)

    def paragraphs_html(self) -> str:
        return PARAGRAPHS_HEADING + self.paragraphs.to_html()


# The paragraphs always start on a new page: the summary can be read on its own.
PARAGRAPHS_TITLE = "<h2>Paragraphs side by side</h2>\n"
PARAGRAPHS_HEADING = PARAGRAPHS_TITLE.replace("<h2>", '<h2 style="page-break-before: always">')
_SECTIONS = "\x00section\x00"


def report_sections(
    result: Comparison,
    changes_only: bool = False,
    generated: datetime | None = None,
    font_css: str = BROWSER_FONT_CSS,
    operative_only: bool = False,
    in_given_order: bool = True,
) -> ReportSections:
    """The report's sections (the template filled in), for :func:`render_html` and the PDF.

    ``in_given_order`` False says the user swapped the sides: without adoption dates the
    columns are then called left/right rather than earlier/later (core/sides.py).
    """
    generated = generated or datetime.now(UTC)
    roles = language_roles(result.left, result.right) or side_roles(
        result.left, result.right, in_given_order
    )
    left_label, right_label = document_label(result.left), document_label(result.right)
    # State names in the report's own language, whatever the texts' (QA D14).
    names_language = INTERFACE_LANGUAGE
    template = Template(read_text("report", "report.html"))
    page = template.substitute(
        page_title=escape_text(f"{left_label} → {right_label}: comparison"),
        font_css=font_css,
        palette_css=palette_css(),
        front=_SECTIONS,
        paragraphs=_SECTIONS,
        votes=_SECTIONS,
    )
    head, _, _, tail = (part.strip("\n") for part in page.split(_SECTIONS))
    heading = escape_text(f"Comparison: {left_label} → {right_label}")
    front = "\n".join(
        [
            f"<h1>{heading}</h1>",
            render_title_block(result, generated, roles),
            "<h2>Summary</h2>",
            render_summary(result, names_language, roles),
        ]
    )
    paragraphs = rows_section(
        result.rows,
        left_label,
        right_label,
        result.left.language,
        result.right.language,
        changes_only,
        operative_rows(result) if operative_only else None,
        roles,
    )
    votes = vote_section(result, names_language, "<h2>Vote shifts</h2>\n", roles)
    return ReportSections(head, front, paragraphs, votes, tail)


def render_html(result: Comparison, changes_only: bool = False, **options: Any) -> str:
    """The whole report as one HTML document (the template filled in); ``options`` are
    those of :func:`report_sections`."""
    return report_sections(result, changes_only, **options).to_html()
