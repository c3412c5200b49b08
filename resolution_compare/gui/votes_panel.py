"""The votes tab: totals side by side, States whose vote changed or appear on one side only
(a sortable table), and a small chart of the shifts drawn with QPainter."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.core.comparison import VOTE_WORDS, Comparison, StateVote, VoteTotals
from resolution_compare.core.countries import state_name
from resolution_compare.gui.theme import LIGHT, Colours

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VOTE_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("votes", text)


def vote_word(vote: str | None) -> str:
    return _tr(VOTE_WORDS.get(vote, str(vote)))


def totals_text(totals: VoteTotals) -> str:
    if totals.method == "without_vote":
        return _tr("adopted without a vote")
    if totals.method is None and totals.yes is None:
        return _tr("no vote recorded")

    def n(x: int | None) -> str:
        return "?" if x is None else str(x)

    return _tr("{yes} in favour, {no} against, {abstain} abstaining").format(
        yes=n(totals.yes), no=n(totals.no), abstain=n(totals.abstain)
    )


def shift_counts(states: tuple[StateVote, ...]) -> Counter[tuple[str | None, str | None]]:
    return Counter((s.left, s.right) for s in states if s.changed)


def totals_table_html(comparison: Comparison) -> str:
    """Earlier and later totals side by side, with the difference."""
    left, right = comparison.votes.left, comparison.votes.right

    def cell(x: int | None) -> str:
        return "—" if x is None else str(x)

    def delta(a: int | None, b: int | None) -> str:
        if a is None or b is None or a == b:
            return ""
        return f"{b - a:+d}"

    head = (
        f"<tr><th></th><th align='right'>{html.escape(comparison.left.label)}</th>"
        f"<th align='right'>{html.escape(comparison.right.label)}</th><th></th></tr>"
    )
    body = [
        f"<tr><td>{_tr('Adoption')}</td><td align='right'>{html.escape(method_text(left))}</td>"
        f"<td align='right'>{html.escape(method_text(right))}</td><td></td></tr>"
    ]
    for name, a, b in (
        (_tr("In favour"), left.yes, right.yes),
        (_tr("Against"), left.no, right.no),
        (_tr("Abstaining"), left.abstain, right.abstain),
    ):
        body.append(
            f"<tr><td>{name}</td><td align='right'>{cell(a)}</td><td align='right'>{cell(b)}</td>"
            f"<td align='right'><b>{delta(a, b)}</b></td></tr>"
        )
    return f"<table cellspacing='0' cellpadding='4'>{head}{''.join(body)}</table>"


def method_text(totals: VoteTotals) -> str:
    if totals.method == "recorded":
        return _tr("recorded vote")
    if totals.method == "without_vote":
        return _tr("without a vote")
    return _tr("not stated")


class ShiftChart(QWidget):
    """Horizontal bars, one per kind of shift ("abstaining → against": 3)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: list[tuple[str, int]] = []
        self.colours: Colours = LIGHT
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 26 * max(1, len(self._counts)))

    def set_states(self, states: tuple[StateVote, ...]) -> None:
        counts = shift_counts(states)
        self._counts = [
            (f"{vote_word(a)} → {vote_word(b)}", n)
            for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        ]
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        painter.setPen(QColor(c.text))
        fm = painter.fontMetrics()
        if not self._counts:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("No State changed its vote.")
            )
            painter.end()
            return
        label_w = max(fm.horizontalAdvance(t) for t, _ in self._counts) + 16
        top = 8
        bar_h = max(fm.height() + 6, 22)
        most = max(n for _, n in self._counts)
        room = max(40, self.width() - label_w - 60)
        for text, n in self._counts:
            painter.setPen(QColor(c.text))
            painter.drawText(
                QRectF(0, top, label_w - 8, bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            width = room * n / most
            painter.fillRect(QRectF(label_w, top + 3, width, bar_h - 6), QColor(c.moved_marker))
            painter.drawText(
                QRectF(label_w + width + 6, top, 50, bar_h), Qt.AlignmentFlag.AlignVCenter, str(n)
            )
            top += bar_h + 4
        painter.end()


class VotesPanel(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours: Colours = LIGHT
        self.totals_left = QLabel()
        self.totals_right = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        for label in (self.totals_left, self.totals_right):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_tr("States whose vote changed"))
        self.chart = ShiftChart()

        self.totals_grid = QLabel()
        self.totals_grid.setTextFormat(Qt.TextFormat.RichText)
        totals = QHBoxLayout()
        totals.addWidget(self.totals_grid)
        totals.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(self.table, 3)
        chart_box = QVBoxLayout()
        chart_title = QLabel("<b>" + _tr("Shifts") + "</b>")
        chart_box.addWidget(chart_title)
        chart_box.addWidget(self.chart)
        chart_box.addStretch(1)
        lower.addLayout(chart_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(totals)
        layout.addWidget(self.summary)
        self.totals_left.hide()  # kept for the plain-text form (tests, accessibility)
        self.totals_right.hide()
        layout.addLayout(lower, 1)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [_tr("State"), _tr("Earlier vote"), _tr("Later vote"), _tr("Change")]
        )
        if comparison is None:
            self.totals_left.clear()
            self.totals_right.clear()
            self.summary.clear()
            self.totals_grid.clear()
            self.chart.set_states(())
            return
        votes = comparison.votes
        for label, side, totals in (
            (self.totals_left, comparison.left, votes.left),
            (self.totals_right, comparison.right, votes.right),
        ):
            label.setText(f"<b>{side.label}</b><br>{totals_text(totals)}")
        self.totals_grid.setText(totals_table_html(comparison))
        language = comparison.right.language
        changed = votes.changes
        parts = [
            _tr("{n} States changed their vote").format(n=len(votes.shifted)),
            _tr("{n} named only in the earlier vote").format(n=len(votes.only_left)),
            _tr("{n} named only in the later vote").format(n=len(votes.only_right)),
        ]
        if votes.method_changed:
            parts.append(_tr("the adoption method changed"))
        self.summary.setText("; ".join(parts) + ".")
        order = {"yes": 0, "abstain": 1, "no": 2, None: 3}
        for s in changed:
            name = state_name(s.state, language)
            if s.left is not None and s.right is not None:
                rank, kind = 0, _tr("vote changed")
            elif s.right is None:
                rank, kind = 1, _tr("only in the earlier vote")
            else:
                rank, kind = 2, _tr("only in the later vote")
            items = [
                QStandardItem(name),
                QStandardItem(vote_word(s.left)),
                QStandardItem(vote_word(s.right)),
                QStandardItem(kind),
            ]
            items[0].setData(name.casefold(), SORT_ROLE)
            items[0].setToolTip(s.state)
            items[1].setData(order.get(s.left, 3), SORT_ROLE)
            items[2].setData(order.get(s.right, 3), SORT_ROLE)
            items[1].setData(s.left, VOTE_ROLE)
            items[2].setData(s.right, VOTE_ROLE)
            # Changed votes first, then by name: what a delegate looks for first.
            items[3].setData(f"{rank}{name.casefold()}", SORT_ROLE)
            if rank == 0:
                font = items[0].font()
                font.setBold(True)
                for item in items:
                    item.setFont(font)
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        self.chart.set_states(votes.states)

    def listed_codes(self) -> list[tuple[str, str | None, str | None]]:
        """(ISO3, earlier vote, later vote) of every State in the table, in its current order."""
        return [
            (
                self.proxy.index(r, 0).data(Qt.ItemDataRole.ToolTipRole),
                self.proxy.index(r, 1).data(VOTE_ROLE),
                self.proxy.index(r, 2).data(VOTE_ROLE),
            )
            for r in range(self.proxy.rowCount())
        ]

    def listed_states(self) -> list[tuple[str, str, str]]:
        """(State, earlier, later) as shown, in the table's current order."""
        return [
            (
                self.proxy.index(r, 0).data(),
                self.proxy.index(r, 1).data(),
                self.proxy.index(r, 2).data(),
            )
            for r in range(self.proxy.rowCount())
        ]
