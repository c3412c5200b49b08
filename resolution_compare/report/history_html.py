"""History → report HTML, from ``resources/report/history.html`` (same family as report.html).

Sections: the versions; a summary (provisions, verb changes, vote shifts, notes); the grid of
provisions × versions (one table per group of versions, so a long series stays readable on
landscape pages); each changed provision's wording step by step, as word diffs (the rows the
pair engine produced, drawn by the pair report's own row renderer); the vote matrix and the
shifts. Nothing is computed here that the core has not computed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from string import Template

from resolution_compare import __version__
from resolution_compare.core.comparison import VOTE_WORDS
from resolution_compare.core.countries import state_name
from resolution_compare.core.history import STEP_MARKS, STEP_WORDS, History, Provision
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.script import arrow_pair
from resolution_compare.core.strength import tier_words
from resolution_compare.i18n import INTERFACE_LANGUAGE
from resolution_compare.report.html import BROWSER_FONT_CSS, palette_css
from resolution_compare.report.html_rows import (
    DIRECTION_MARKS,
    NONE_MARK,
    GridCell,
    RowsSection,
    escape_text,
    printable,
    row_cells,
)
from resolution_compare.report.html_votes import value_html
from resolution_compare.resources import read_text

# Versions per table: the grid's cells hold "OP12 ✎ 3", the vote matrix's a letter.
GRID_VERSIONS_PER_TABLE = 10
VOTE_VERSIONS_PER_TABLE = 16
VOTE_LETTERS = {"yes": "Y", "no": "N", "abstain": "A", None: "·"}
_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def history_title(history: History) -> str:
    """ "A → B (7 versions)": the first and latest labels."""
    first, last = history.versions[0].label, history.versions[-1].label
    return printable(f"{first} → {last} ({len(history.versions)} versions)")


def _year(history: History, index: int) -> str:
    return history.versions[index].year or f"#{index + 1}"


def _column_head(history: History, index: int) -> str:
    version = history.versions[index]
    return f"{escape_text(_year(history, index))}<br>{escape_text(version.label)}"


def _chunks(count: int, size: int) -> list[range]:
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _vote_text(history: History, index: int) -> str:
    t = history.votes.totals[index]
    if t.method == "without_vote":
        return "adopted without a vote"
    if t.yes is None and t.no is None and t.abstain is None:
        return NONE_MARK
    return f"{value_html(t.yes)}–{value_html(t.no)}–{value_html(t.abstain)}"


def render_versions(history: History, generated: datetime) -> str:
    rows = []
    for i, version in enumerate(history.versions):
        res = version.resolution
        rows.append(
            f"<tr><td>{i + 1}</td><td>{value_html(version.date)}</td>"
            f"<td>{value_html(res.header.symbol)}</td><td>{value_html(res.header.title)}</td>"
            f"<td>{escape_text(LANGUAGE_NAMES.get(res.language, res.language))}</td>"
            f"<td>{escape_text(res.source)}</td><td>{len(res.paragraphs)}</td>"
            f"<td>{_vote_text(history, i)}</td></tr>"
        )
    stamp = generated.strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<table class="meta" width="100%" cellspacing="0" cellpadding="3"><tr><th>#</th>'
        "<th>Adopted</th><th>Symbol</th><th>Title</th><th>Language</th><th>File</th>"
        "<th>Paragraphs</th><th>Vote (Y–N–A)</th></tr>"
        + "".join(rows)
        + f'</table><p class="generated">Generated {stamp} by Resolution Compare '
        f"{escape_text(__version__)}.</p>"
    )


def _lead_change_items(history: History) -> list[str]:
    items = []
    for index, n, change in history.lead_changes:
        cell = history.provisions[n].cells[index]
        mark, word = DIRECTION_MARKS.get(change.change, ("◆", change.change))
        tiers = tier_words(change)
        tiers = f" ({escape_text(tiers)})" if tiers else ""
        items.append(
            f"<li>{escape_text(_year(history, index))}, {escape_text(cell.paragraph or '')}: "
            f'<span class="{word}">{mark} {word}</span> '
            + arrow_pair(
                f"<i>{escape_text(change.left or NONE_MARK)}</i>",
                f"<i>{escape_text(change.right or NONE_MARK)}</i>",
            )
            + f"{tiers}</li>"
        )
    return items


def _shift_items(history: History) -> list[str]:
    language = INTERFACE_LANGUAGE  # the report's words are English
    shifted = sorted(
        (s for s in history.votes.states if s.shifts),
        key=lambda s: state_name(s.state, language).casefold(),
    )
    return [
        f"<li><b>{escape_text(state_name(s.state, language))}</b>: "
        + "; ".join(
            f"{VOTE_WORDS[x.before]} ({escape_text(_year(history, x.earlier))}) → "
            f"{VOTE_WORDS[x.after]} ({escape_text(_year(history, x.later))})"
            for x in s.shifts
        )
        + "</li>"
        for s in shifted
    ]


def render_summary(history: History) -> str:
    counts = history.summary
    out = [
        f"<p><b>Provisions:</b> {counts.provisions}: {counts.in_every_version} in every "
        f"version, {counts.reworded} reworded since they first appeared, "
        f"{counts.not_in_latest} not in the latest version, {counts.returned} returned after "
        "a gap.</p>"
    ]
    changes = _lead_change_items(history)
    if changes:
        out.append(
            f"<p><b>Operative verbs that changed ({len(changes)}):</b></p><ul>"
            + "".join(changes)
            + "</ul>"
        )
    else:
        out.append("<p><b>Operative verbs:</b> no head verb changed.</p>")
    shifts = _shift_items(history)
    if shifts:
        out.append(
            f"<p><b>States whose vote moved ({len(shifts)}),</b> between the versions in "
            "which they are listed:</p><ul>" + "".join(shifts) + "</ul>"
        )
    else:
        out.append("<p><b>Votes:</b> no State listed in two versions changed its position.</p>")
    if history.warnings:
        notes = "".join(f"<li>{escape_text(w)}</li>" for w in history.warnings)
        out.append(f"<p><b>Notes:</b></p><ul>{notes}</ul>")
    return "\n".join(out)


def _legend() -> str:
    items = " ".join(
        f'<span class="s-{step}">&nbsp;{STEP_MARKS[step]}&nbsp;</span> {STEP_WORDS[step]};'
        for step in STEP_MARKS
    )
    return (
        f'<p class="legend">{items} the number is the operative verb\'s tier '
        "(0 declaratory … 5 decision). Provisions are in the latest version's order; a "
        "dropped one stands where it last stood.</p>"
    )


def _grid_cell(provision: Provision, index: int) -> str:
    cell = provision.cells[index]
    if not cell.present:
        return f'<td class="step s-absent">{STEP_MARKS["absent"]}</td>'
    ids = escape_text("+".join(cell.paragraphs))
    tier = "" if cell.tier is None else f" {cell.tier}"
    moved = " ↕" if cell.moved else ""
    return f'<td class="step s-{cell.step}">{ids} {STEP_MARKS[cell.step]}{tier}{moved}</td>'


def render_grid(history: History) -> str:
    out = [_legend()]
    for columns in _chunks(len(history.versions), GRID_VERSIONS_PER_TABLE):
        head = "".join(f"<th>{_column_head(history, i)}</th>" for i in columns)
        body = []
        for p in history.provisions:
            lead = escape_text(p.cells[p.last_present].lead or "")
            label = escape_text(p.shown_label)
            cells = "".join(_grid_cell(p, i) for i in columns)
            body.append(f'<tr><td class="prov">{label}<br><span class="note">{lead}</span></td>')
            body[-1] += f"{cells}</tr>"
        out.append(
            '<table class="history" width="100%" cellspacing="0" cellpadding="2">'
            f'<thead><tr><th width="16%">Provision</th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table><p></p>"
        )
    return "\n".join(out)


def _step_heading(history: History, provision: Provision, index: int) -> str:
    """The inner HTML of a step's heading row: "2014 (26/6) → 2017 (35/3): wording changed"."""
    cell = provision.cells[index]
    since = cell.since if cell.since is not None else index
    words = STEP_WORDS[cell.step]
    if cell.step == "absent":
        words = "dropped"
    change = cell.lead_change if cell.present else None
    badge = ""
    if change is not None and change.change != "same":
        mark, word = DIRECTION_MARKS.get(change.change, ("◆", change.change))
        badge = f' <span class="{word}">{mark} {word}</span>'
    return (
        f"{escape_text(_year(history, since))} "
        f"({escape_text(history.versions[since].label)}) → "
        f"{escape_text(_year(history, index))} ({escape_text(history.versions[index].label)})"
        f": {escape_text(words)}{badge}"
    )


_WORDING_HEADER = (
    GridCell("Paragraph", paragraph=False),
    GridCell("Earlier", paragraph=False),
    GridCell("Later", paragraph=False),
)


def wording_sections(history: History) -> list[RowsSection]:
    """ "Wording step by step" as grid sections, one per provision whose wording changed,
    that was dropped or came back: its heading above, a heading row per step, the pair's rows
    (the pair report's cells). The PDF painter lays them out like the pair report's grid (a
    heading kept with its grid, ids repeated on a continued row); the HTML writes tables."""
    sections = []
    for provision in history.provisions:
        steps = [
            i
            for i, cell in enumerate(provision.cells)
            if i != provision.first and cell.rows and cell.step not in ("unchanged",)
        ]
        if not steps:
            continue
        lead = provision.cells[provision.last_present].lead or ""
        span = provision.lifespan(lambda i: _year(history, i))
        intro = (
            f"<h3>{escape_text(provision.shown_label)} — {escape_text(lead)}: "
            f"{escape_text(span)}</h3>"
        )
        rows: list[tuple[GridCell, ...]] = []
        for i in steps:
            rows.append((GridCell(_step_heading(history, provision, i), paragraph=False),))
            rows.extend(row_cells(row) for row in provision.cells[i].rows)
        sections.append(RowsSection(intro, _WORDING_HEADER, tuple(rows)))
    return sections


WORDING_LEGEND = (
    '<p class="legend">Each provision whose wording changed, that was dropped or that came '
    'back, step by step. Deleted words: <span class="del">red, struck through</span>; '
    'inserted: <span class="ins">green, underlined</span>; routine changes lighter.</p>'
)
NO_WORDING_CHANGE = '<p class="muted">No provision changed after it first appeared.</p>'


def render_wording(history: History) -> str:
    sections = wording_sections(history)
    if not sections:
        return "\n".join([WORDING_LEGEND, NO_WORDING_CHANGE])
    return "\n".join([WORDING_LEGEND, *(section.to_html() for section in sections)])


def render_votes(history: History) -> str:
    language = INTERFACE_LANGUAGE  # the report's words are English
    votes = history.votes
    if not votes.states:
        return '<p class="muted">No version carries a recorded vote.</p>'
    out = [
        '<p class="legend"><span class="v-yes">&nbsp;Y&nbsp;</span> in favour, '
        '<span class="v-no">&nbsp;N&nbsp;</span> against, '
        '<span class="v-abstain">&nbsp;A&nbsp;</span> abstaining, '
        '<span class="v-none">&nbsp;·&nbsp;</span> not listed (not a member that year, or '
        "absent: the texts do not say which).</p>"
    ]
    states = sorted(votes.states, key=lambda s: state_name(s.state, language).casefold())
    for columns in _chunks(len(history.versions), VOTE_VERSIONS_PER_TABLE):
        head = "".join(f"<th>{_column_head(history, i)}</th>" for i in columns)
        body = []
        for s in states:
            cells = "".join(
                f'<td class="v-{s.positions[i] or "none"}">{VOTE_LETTERS[s.positions[i]]}</td>'
                for i in columns
            )
            name = escape_text(state_name(s.state, language))
            body.append(f"<tr><td>{name}</td><td>{s.state}</td>{cells}</tr>")
        for word, attr in (("In favour", "yes"), ("Against", "no"), ("Abstaining", "abstain")):
            cells = "".join(
                f"<td><b>{value_html(getattr(votes.totals[i], attr))}</b></td>" for i in columns
            )
            body.append(f'<tr><th colspan="2">{word}</th>{cells}</tr>')
        out.append(
            '<table class="history" cellspacing="0" cellpadding="2"><thead><tr><th>State</th>'
            f"<th>Code</th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table><p></p>"
        )
    shifts = _shift_items(history)
    if shifts:
        out.append(f"<p><b>Shifts ({len(shifts)}):</b></p><ul>{''.join(shifts)}</ul>")
    return "\n".join(out)


def shared_style() -> str:
    """The pair report's style block, so both reports look alike (one place to change it)."""
    found = _STYLE.search(read_text("report", "report.html"))
    return found.group(1) if found else ""


def render_history_html(
    history: History,
    generated: datetime | None = None,
    font_css: str = BROWSER_FONT_CSS,
    wording: str | None = None,
) -> str:
    """The whole history report as one HTML document (the template filled in);
    ``wording``: what stands under "Wording step by step" instead of its tables (the PDF
    painter places those as grids itself)."""
    generated = generated or datetime.now(UTC)
    title = history_title(history)
    page = Template(read_text("report", "history.html"))
    style = Template(shared_style()).substitute(font_css=font_css, palette_css=palette_css())
    return page.substitute(
        page_title=escape_text(f"History: {title}"),
        shared_style=style,
        heading=escape_text(f"History: {title}"),
        title_block=render_versions(history, generated),
        summary=render_summary(history),
        grid=render_grid(history),
        wording=render_wording(history) if wording is None else wording,
        votes=render_votes(history),
    )
