"""The strip above the view: what each side is, and the summary of changes."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from resolution_compare.core.comparison import Comparison, Summary, VoteComparison
from resolution_compare.core.lexicon import LANGUAGE_NAMES
from resolution_compare.core.model import Resolution
from resolution_compare.gui.comparison_view import LABEL_WIDTH, MARKER_WIDTH


def _tr(text: str) -> str:
    return QCoreApplication.translate("header", text)


def document_html(res: Resolution, role: str) -> str:
    h = res.header
    counts = {"preambular": 0, "operative": 0, "other": 0}
    for p in res.paragraphs:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    facts = []
    if res.adopted:
        facts.append(res.adopted)
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


def summary_text(summary: Summary, votes: VoteComparison | None = None) -> str:
    parts = [
        (summary.modified, "modified"),
        (summary.rewritten, "rewritten"),
        (summary.inserted, "inserted"),
        (summary.deleted, "deleted"),
        (summary.moved, "moved"),
        (summary.split, "split"),
        (summary.merged, "merged"),
        (summary.stronger, "stronger"),
        (summary.weaker, "weaker"),
        (summary.uncertain, "uncertain pairings"),
        (summary.footnotes_changed, "footnotes changed"),
    ]
    if votes is None:
        parts.append((summary.vote_changes, "vote changes"))
    else:
        # A State that left or joined the Council is not a State that changed its vote.
        parts += [
            (len(votes.shifted), "votes changed"),
            (len(votes.only_left) + len(votes.only_right), "States in one vote only"),
        ]
    shown = [f"{n} {_tr(word)}" for n, word in parts if n]
    if not shown:
        return _tr("No differences.")
    return ", ".join(shown) + f"  ·  {summary.unchanged} " + _tr("unchanged")


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
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout = QGridLayout(self)
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

    def set_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None:
            for label in (self.left, self.right, self.summary, self.notes):
                label.clear()
            self.notes.hide()
            return
        self.left.setText(document_html(comparison.left, _tr("Earlier version")))
        self.right.setText(document_html(comparison.right, _tr("Later version")))
        self.summary.setText(summary_text(comparison.summary, comparison.votes))
        self.notes.setText("\n".join(f"⚠ {w}" for w in comparison.warnings))
        self.notes.setVisible(bool(comparison.warnings))
