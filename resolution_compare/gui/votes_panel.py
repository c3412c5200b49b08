"""The votes tab: totals side by side, every State with its vote on both sides (a sortable,
filterable table) and a chart of the shifts (gui/votes_chart.py).

The table lists the States that changed position first, then those named in one vote only
(membership turnover or absence), then those that kept their vote; the "Show" box and the
find bar (Ctrl+F: a State's name or ISO code) narrow it. A text that prints no vote (General
Assembly texts never do) says so instead of showing an empty table.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.core.comparison import Comparison, StateVote, VoteComparison, VoteTotals
from resolution_compare.core.countries import state_name
from resolution_compare.gui.sponsors_view import sponsors_html
from resolution_compare.gui.theme import LIGHT, Colours
from resolution_compare.gui.votes_chart import ShiftChart, shift_counts, vote_word
from resolution_compare.i18n import INTERFACE_LANGUAGE, n_

__all__ = ["VotesPanel", "shift_counts", "totals_text", "vote_word"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VOTE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
# Table order and the "Show" box: what a delegate looks for first comes first.
KINDS = ("changed", "one_side", "kept")
SHOW_CHOICES = (
    ("all", "All States"),
    ("changed", "Changed position"),
    ("one_side", "Named in one vote only"),
    ("kept", "Kept their vote"),
)
VOTE_HEADERS = {
    "earlier": "Earlier vote",
    "later": "Later vote",
    "left": "Left vote",
    "right": "Right vote",
}


def vote_header(role: str) -> str:
    """ "Earlier vote", "Left vote"…; for two language versions the language: "French"."""
    return _tr(VOTE_HEADERS[role]) if role in VOTE_HEADERS else _tr(role)


def _tr(text: str) -> str:
    return QCoreApplication.translate("votes", text)


def has_vote(totals: VoteTotals) -> bool:
    """False for a text that prints no vote at all (neither a recorded vote nor "without")."""
    return totals.method is not None or totals.yes is not None


def totals_text(totals: VoteTotals) -> str:
    if totals.method == "without_vote":
        return _tr("adopted without a vote")
    if not has_vote(totals):
        return _tr("no vote in this text")

    def n(x: int | None) -> str:
        return "?" if x is None else str(x)

    return _tr("{yes} in favour, {no} against, {abstain} abstaining").format(
        yes=n(totals.yes), no=n(totals.no), abstain=n(totals.abstain)
    )


def method_text(totals: VoteTotals) -> str:
    if totals.method == "recorded":
        return _tr("recorded vote")
    if totals.method == "without_vote":
        return _tr("without a vote")
    return _tr("no vote in this text")


def totals_table_html(comparison: Comparison, roles: tuple[str, str]) -> str:
    """Both sides' totals side by side, with the difference."""
    left, right = comparison.votes.left, comparison.votes.right

    def cell(x: int | None) -> str:
        return "—" if x is None else str(x)

    def delta(a: int | None, b: int | None) -> str:
        if a is None or b is None or a == b:
            return ""
        return f"{b - a:+d}"

    head = "<tr><th></th>" + "".join(
        f"<th align='right'>{html.escape(side.label)}<br>"
        f"<span style='font-weight:normal'>{html.escape(vote_header(role))}</span></th>"
        for side, role in ((comparison.left, roles[0]), (comparison.right, roles[1]))
    )
    body = [
        f"{head}<th></th></tr>",
        f"<tr><td>{_tr('Adoption')}</td><td align='right'>{html.escape(method_text(left))}</td>"
        f"<td align='right'>{html.escape(method_text(right))}</td><td></td></tr>",
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
    return f"<table cellspacing='0' cellpadding='4'>{''.join(body)}</table>"


def state_kind(state: StateVote) -> str:
    """ "changed" (position moved), "one_side" (named in one vote only) or "kept"."""
    if not state.changed:
        return "kept"
    if state.left is not None and state.right is not None:
        return "changed"
    return "one_side"


def kind_text(state: StateVote, votes: VoteComparison, roles: tuple[str, str]) -> str:
    kind = state_kind(state)
    if kind == "changed":
        return _tr("vote changed")
    if kind == "kept":
        return _tr("same vote")
    missing_side, role = (votes.right, roles[1]) if state.right is None else (votes.left, roles[0])
    if not has_vote(missing_side):
        return _tr("no vote in the {side} text").format(side=_tr(role))
    if missing_side.method == "without_vote":
        return _tr("{side} text adopted without a vote").format(side=_tr(role))
    present = roles[0] if state.right is None else roles[1]
    return _tr("only in the {side} vote").format(side=_tr(present))


def summary_line(comparison: Comparison) -> str:
    """The counts above the table: the same numbers as the header and the terminal."""
    votes, summary = comparison.votes, comparison.summary
    parts = [
        n_(summary.vote_changes, "{n} State changed its vote", "{n} States changed their vote"),
        n_(
            summary.states_in_one_vote,
            "{n} State named in one vote only",
            "{n} States named in one vote only",
        ),
        n_(
            sum(1 for s in votes.states if not s.changed),
            "{n} State kept its vote",
            "{n} States kept their vote",
        ),
    ]
    if votes.method_changed:
        parts.append(_tr("the adoption method changed"))
    return "; ".join(parts) + "."


class StateFilter(QSortFilterProxyModel):
    """Rows of one kind ("all" for every kind) whose name or ISO code holds the find text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = "all"
        self.needle = ""

    def set_kind(self, kind: str) -> None:
        self._change_filter(kind, self.needle)

    def set_needle(self, text: str) -> None:
        self._change_filter(self.kind, text.strip().casefold())

    def _change_filter(self, kind: str, needle: str) -> None:
        # Qt 6.9 added begin/endFilterChange (around the change); older Qt 6 re-filters
        # with invalidateRowsFilter afterwards.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self.kind, self.needle = kind, needle
        if modern:
            self.endFilterChange()
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        first = model.index(source_row, 0, source_parent)
        if self.kind != "all" and first.data(KIND_ROLE) != self.kind:
            return False
        if not self.needle:
            return True
        name = str(first.data()).casefold()
        code = str(first.data(Qt.ItemDataRole.ToolTipRole)).casefold()
        return self.needle in name or self.needle == code


class VotesPanel(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.colours: Colours = LIGHT
        self.totals_left = QLabel()
        self.totals_right = QLabel()
        self.totals_left.hide()  # kept for the plain-text form (tests, accessibility)
        self.totals_right.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sponsors = QLabel()  # two drafts: who joined or left the sponsors
        self.sponsors.setWordWrap(True)
        self.sponsors.setTextFormat(Qt.TextFormat.RichText)
        self.sponsors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sponsors.hide()
        self.no_vote = QLabel()
        self.no_vote.setWordWrap(True)
        self.no_vote.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = StateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(_tr("States and their votes"))
        self.show_box = QComboBox()
        for key, text in SHOW_CHOICES:
            self.show_box.addItem(_tr(text), key)
        self.show_box.setAccessibleName(_tr("Show"))
        self.chart = ShiftChart()
        self.totals_grid = QLabel()
        self.totals_grid.setTextFormat(Qt.TextFormat.RichText)

        totals = QHBoxLayout()
        totals.addWidget(self.totals_grid)
        totals.addStretch(1)
        show_row = QHBoxLayout()
        show_row.addWidget(QLabel(_tr("Show:")))
        show_row.addWidget(self.show_box)
        show_row.addStretch(1)
        table_box = QVBoxLayout()
        table_box.addLayout(show_row)
        table_box.addWidget(self.table, 1)
        chart_box = QVBoxLayout()
        chart_box.addWidget(QLabel("<b>" + _tr("Shifts") + "</b>"))
        chart_box.addWidget(self.chart)
        chart_box.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(table_box, 3)
        lower.addLayout(chart_box, 2)
        lower_widget = QWidget()
        lower_widget.setLayout(lower)
        # Either the table and chart, or the sentence saying there is no vote to show.
        self.body = QStackedWidget()
        self.body.addWidget(lower_widget)
        self.body.addWidget(self.no_vote)
        layout = QVBoxLayout(self)
        layout.addLayout(totals)
        layout.addWidget(self.summary)
        layout.addWidget(self.sponsors)
        layout.addWidget(self.body, 1)
        self.show_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.show_box.currentData()))
        )

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.chart.colours = colours
        self.chart.update()

    def set_comparison(
        self, comparison: Comparison | None, roles: tuple[str, str] = ("earlier", "later")
    ) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [_tr("State"), vote_header(roles[0]), vote_header(roles[1]), _tr("Change")]
        )
        self._set_sponsors(comparison)
        if comparison is None:
            for label in (self.totals_left, self.totals_right, self.summary, self.totals_grid):
                label.clear()
            self.chart.set_states(())
            return
        votes = comparison.votes
        for label, side, totals in (
            (self.totals_left, comparison.left, votes.left),
            (self.totals_right, comparison.right, votes.right),
        ):
            label.setText(f"<b>{html.escape(side.label)}</b><br>{totals_text(totals)}")
        self.totals_grid.setText(totals_table_html(comparison, roles))
        if not has_vote(votes.left) and not has_vote(votes.right):
            self.summary.clear()
            self.no_vote.setText(
                _tr(
                    "No vote in either text. General Assembly resolutions do not print the "
                    "vote (it is in the meeting record), and a text adopted without a vote "
                    "has none."
                )
            )
            self.body.setCurrentWidget(self.no_vote)
            self.chart.set_states(())
            return
        self.body.setCurrentIndex(0)
        self.summary.setText(summary_line(comparison))
        # State names in the interface's language, whatever the texts' (QA D14).
        language = INTERFACE_LANGUAGE
        for state in votes.states:
            self.model.appendRow(self._row_items(state, votes, roles, language))
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        one_missing = not (has_vote(votes.left) and has_vote(votes.right))
        self.chart.empty_text = (
            _tr("Only one of the texts has a vote.")
            if one_missing
            else _tr("No State changed its vote.")
        )
        self.chart.set_states(() if one_missing else votes.states)

    def _set_sponsors(self, comparison: Comparison | None) -> None:
        sponsors = comparison.sponsors if comparison is not None else None
        self.sponsors.setVisible(sponsors is not None)
        self.sponsors.setText(sponsors_html(sponsors) if sponsors is not None else "")

    def _row_items(
        self, state: StateVote, votes: VoteComparison, roles: tuple[str, str], language: str
    ) -> list[QStandardItem]:
        name = state_name(state.state, language)
        kind = state_kind(state)
        order = {"yes": 0, "abstain": 1, "no": 2, None: 3}
        items = [
            QStandardItem(name),
            QStandardItem(vote_word(state.left)),
            QStandardItem(vote_word(state.right)),
            QStandardItem(kind_text(state, votes, roles)),
        ]
        items[0].setData(name.casefold(), SORT_ROLE)
        items[0].setToolTip(state.state)
        items[0].setData(kind, KIND_ROLE)
        items[1].setData(order.get(state.left, 3), SORT_ROLE)
        items[2].setData(order.get(state.right, 3), SORT_ROLE)
        items[1].setData(state.left, VOTE_ROLE)
        items[2].setData(state.right, VOTE_ROLE)
        # Changed position first, then one vote only, then kept; by name within each.
        items[3].setData(f"{KINDS.index(kind)}{name.casefold()}", SORT_ROLE)
        if kind == "changed":
            font = items[0].font()
            font.setBold(True)
            for item in items:
                item.setFont(font)
        for item in items:
            item.setEditable(False)
        return items

    # --- find, show, copy -----------------------------------------------------------------
    def set_show(self, kind: str) -> None:
        keys = [key for key, _ in SHOW_CHOICES]
        self.show_box.setCurrentIndex(keys.index(kind))

    def set_find(self, text: str) -> int:
        """Narrow the table to States whose name contains ``text`` or whose code is ``text``;
        selects the first one. Returns how many are listed."""
        self.proxy.set_needle(text)
        count = self.proxy.rowCount()
        if text and count:
            self.table.selectRow(0)
            self.table.scrollTo(self.proxy.index(0, 0))
        return count

    def copy_selection(self) -> str:
        """The selected rows (all listed rows when none is selected) as tab-separated text."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            rows = list(range(self.proxy.rowCount()))
        lines = ["\t".join(str(self.proxy.index(r, c).data()) for c in range(4)) for r in rows]
        text = "\n".join(lines)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def listed_codes(self) -> list[tuple[str, str | None, str | None]]:
        """(ISO3, earlier vote, later vote) of every State listed, in the table's order."""
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
