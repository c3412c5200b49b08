"""The strip above the view: what each side is, and the summary of changes."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from resolution_compare.core.comparison import Comparison
from resolution_compare.core.document_date import document_date, document_date_text
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.model import Resolution
from resolution_compare.gui.comparison_view import LABEL_WIDTH, MARKER_WIDTH
from resolution_compare.gui.row_text import FOOTNOTE_STATUS, change_counts
from resolution_compare.i18n import n_


def _tr(text: str) -> str:
    return QCoreApplication.translate("header", text)


ROLE_TITLES = {
    "earlier": "Earlier version",
    "later": "Later version",
    "left": "Left version",
    "right": "Right version",
}


def role_title(role: str) -> str:
    """ "Earlier version", "Later version" or, after a swap without dates, "Left version"…;
    for two language versions of one text the role is a language: "French version"."""
    if role in ROLE_TITLES:
        return _tr(ROLE_TITLES[role])
    return _tr("{language} version").format(language=_tr(role))


def role_words(role: str) -> str:
    """``role_title`` inside a sentence: "earlier version", but "French version"."""
    title = role_title(role)
    return title[:1].lower() + title[1:] if role in ROLE_TITLES else title


def document_html(res: Resolution, role: str) -> str:
    h = res.header
    counts = {"preambular": 0, "operative": 0, "other": 0}
    for p in res.paragraphs:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    facts = []
    if document_date(res) is not None:  # "adopted 16 July 2020", "draft of 13 October 2025"
        facts.append(_tr(document_date_text(res, long=True)))
    facts.append(_tr(LANGUAGE_NAMES.get(res.language, res.language)))
    if counts["preambular"] or counts["operative"]:
        facts.append(
            _tr("{pp} preambular, {op} operative").format(
                pp=counts["preambular"], op=counts["operative"]
            )
        )
    else:
        facts.append(_tr("{n} paragraphs").format(n=len(res.paragraphs)))
    title = f"<br>{html.escape(h.title)}" if h.title else ""
    source = (
        f" <span style='font-weight:normal'>({html.escape(res.source)})</span>" if h.symbol else ""
    )
    return (
        f"<span style='font-size:small'>{html.escape(role)}</span><br>"
        f"<b>{html.escape(res.label)}</b>{source}{title}<br>"
        f"<span style='font-size:small'>{html.escape(' · '.join(facts))}</span>"
    )


def vote_summary(
    comparison: Comparison, roles: tuple[str, str] = ("earlier", "later")
) -> tuple[list[str], bool]:
    """The vote items of the summary, from the same counts as the terminal and the JSON
    (``summary.vote_changes``, ``summary.states_in_one_vote``): changes of position apart
    from membership turnover; and whether they are counts (else one sentence: no vote)."""
    votes, summary = comparison.votes, comparison.summary
    has = [t.method is not None or t.yes is not None for t in (votes.left, votes.right)]
    if not any(has):
        return [_tr("no vote in either text")], False
    if not all(has):
        side = roles[0] if not has[0] else roles[1]
        return [_tr("no vote in the {side} text").format(side=_tr(side))], False
    one_side = summary.states_in_one_vote
    lines = [n_(summary.vote_changes, "{n} vote changed", "{n} votes changed")]
    if one_side:
        lines.append(n_(one_side, "{n} State in one vote only", "{n} States in one vote only"))
    return lines, True


def document_note_lines(comparison: Comparison) -> list[str]:
    """The footnotes on no paragraph (title, headings, sponsors) that changed, appeared or
    disappeared: "footnote changed (title, headings or sponsors): * “old” → “new”"."""
    out = []
    for note in comparison.document_footnotes:
        if note.status in ("unchanged", "text_missing"):
            continue
        old, new = (f"“{t}”" if t else "—" for t in (note.left_text, note.right_text))
        marker = note.right or note.left or ""
        where = _tr("title, headings or sponsors")
        status = _tr(FOOTNOTE_STATUS.get(note.status, note.status))
        out.append(f"{status} ({where}): {marker} {old} → {new}")
    return out


def routine_hidden_only_text() -> str:
    """What the app says when every change left is a routine calendar update, hidden."""
    return _tr("Only routine calendar updates (hidden — Ctrl+R shows them).")


# One line of the summary: its separator, its items, and whether they are counts (kept
# whole when the label wraps) or a sentence (which may wrap anywhere).
SummaryLine = tuple[str, list[str], bool]


def summary_lines(
    comparison: Comparison, show_routine: bool = True, roles: tuple[str, str] = ("earlier", "later")
) -> list[SummaryLine]:
    """The change counts, from the same grouping as the change list (gui/row_text.py), so
    the header and the list always give the same numbers: the changes, then the unchanged
    and hidden paragraphs, then the votes ("14 unchanged" under the vote line read as a
    number of States, QA pass 3)."""
    counts = change_counts(comparison.rows, show_routine)
    parts = [
        n_(counts["modified"], "{n} modified", "{n} modified"),
        n_(counts["rewritten"], "{n} rewritten", "{n} rewritten"),
        n_(counts["inserted"], "{n} inserted", "{n} inserted"),
        n_(counts["deleted"], "{n} deleted", "{n} deleted"),
        n_(counts["moved"], "{n} moved", "{n} moved"),
        n_(counts["stronger"], "{n} stronger", "{n} stronger"),
        n_(counts["weaker"], "{n} weaker", "{n} weaker"),
    ]
    keys = ("modified", "rewritten", "inserted", "deleted", "moved", "stronger", "weaker")
    shown = [text for key, text in zip(keys, parts, strict=True) if counts[key]]
    # A note on the title or the sponsors that changed is a difference too (no row shows it).
    notes = len(document_note_lines(comparison))
    if notes:
        shown.append(n_(notes, "{n} heading footnote changed", "{n} heading footnotes changed"))
    votes = comparison.votes
    first: SummaryLine = (", ", shown, True)
    if not shown and counts["routine_hidden"]:
        # The texts differ: never "No differences" while changes are only hidden (QA D9).
        first = ("", [routine_hidden_only_text()], False)
    elif not shown and not votes.changes:
        first = ("", [_tr("No differences.")], False)
    elif not shown:
        first = ("", [_tr("No change in the text.")], False)
    extra = [n_(counts["unchanged"], "{n} unchanged", "{n} unchanged")]
    if counts["routine_hidden"]:
        extra.append(
            n_(counts["routine_hidden"], "{n} routine change hidden", "{n} routine changes hidden")
        )
    vote_lines, vote_counts = vote_summary(comparison, roles)
    return [first, ("  ·  ", extra, True), ("  ·  ", vote_lines, vote_counts)]


def summary_text(lines: list[SummaryLine]) -> str:
    """The summary as plain text, a line each."""
    return "\n".join(sep.join(items) for sep, items, _ in lines)


def summary_html(lines: list[SummaryLine]) -> str:
    """The summary for the label: a line each, and each count kept whole — a line breaks
    only between counts ("10 modified, 4 inserted, 1 / deleted" read as "1" of nothing at
    1366 px); a sentence wraps as text does."""
    out = []
    for sep, items, counts in lines:
        marked = [
            f'<span style="white-space:nowrap">{html.escape(item)}</span>'
            if counts
            else html.escape(item)
            for item in items
        ]
        out.append(html.escape(sep.replace("  ·  ", " · ")).join(marked))
    return "<br>".join(out)


class HeaderPanel(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.left = QLabel()
        self.right = QLabel()
        self.summary = QLabel()
        # Parse warnings and notes (other language, unresolved State names…), shown, not hidden.
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setStyleSheet("color: #a15c00;")
        self.notes.hide()
        for label in (self.left, self.right):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # The summary as plain text (what the label shows, without its markup).
        self.summary_plain = ""
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout = self.layout_grid = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.summary, 0, 0)
        layout.addWidget(self.left, 0, 1)
        layout.addWidget(self.right, 0, 2)
        layout.addWidget(self.notes, 1, 0, 1, 3)
        layout.setColumnMinimumWidth(0, LABEL_WIDTH + MARKER_WIDTH - 6)
        layout.setColumnStretch(0, 0)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        self.summary.setFixedWidth(LABEL_WIDTH + MARKER_WIDTH - 6)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def set_label_width(self, width: int) -> None:
        """Keep the summary column as wide as the rows' label column (it follows the zoom)."""
        self.summary.setFixedWidth(width + MARKER_WIDTH - 6)
        self.layout_grid.setColumnMinimumWidth(0, width + MARKER_WIDTH - 6)

    def set_comparison(
        self,
        comparison: Comparison | None,
        show_routine: bool = True,
        roles: tuple[str, str] = ("earlier", "later"),
        notes: tuple[str, ...] = (),
    ) -> None:
        """Both documents (called by ``roles``), the change counts and the notes: ``notes``
        from the window first (e.g. "the same file on both sides"), then the comparison's
        own warnings."""
        if comparison is None:
            for label in (self.left, self.right, self.summary, self.notes):
                label.clear()
            self.summary_plain = ""
            self.notes.hide()
            return
        self.left.setText(document_html(comparison.left, role_title(roles[0])))
        self.right.setText(document_html(comparison.right, role_title(roles[1])))
        lines = summary_lines(comparison, show_routine, roles)
        self.summary_plain = summary_text(lines)
        self.summary.setText(summary_html(lines))
        shown_notes = (*notes, *comparison.warnings, *document_note_lines(comparison))
        self.notes.setText("\n".join(f"⚠ {w}" for w in shown_notes))
        self.notes.setVisible(bool(shown_notes))
