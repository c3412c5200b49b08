"""The History view: provisions × versions, and the vote matrix as a heatmap.

Tab "Provisions": one row per provision (the latest version's order, dropped ones where
they last stood), one column per version (year and symbol); a cell shows the paragraph
id(s), the step's mark and the verb tier, coloured by step. A click — or Enter on the
current cell — asks for that step's side-by-side comparison. Arrow keys move; Ctrl+F
filters the provisions by their text in any version.
Tab "Votes": every State × version (Y / N / A by colour, "not listed" shaded), sortable
by State or by number of shifts; the current State's shifts are listed beside.

Signals: ``cellActivated(int provision, int version)`` — indexes into the History.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.core.comparison import VOTE_WORDS
from resolution_compare.core.countries import state_name
from resolution_compare.core.history import STEP_MARKS, STEP_WORDS, History
from resolution_compare.gui.find_bar import FindBar
from resolution_compare.gui.history_model import (
    SORT_ROLE,
    ProvisionGridModel,
    VoteMatrixModel,
    cell_description,
    step_colour,
    vote_colour,
)
from resolution_compare.gui.theme import LIGHT, Colours
from resolution_compare.i18n import INTERFACE_LANGUAGE

_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HistoryTable(QTableView):
    """A table that reports Enter on its current cell and Ctrl+wheel as zoom steps.

    Subclassed rather than watched with an event filter: a Python event filter is called
    while Qt destroys the widgets at exit, after its Python side is gone (a crash).

    Signals: ``enterPressed(QModelIndex)``, ``zoomRequested(int steps)``.
    """

    enterPressed = Signal(QModelIndex)
    zoomRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS:
            self.enterPressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomRequested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class HistoryPage(QWidget):
    cellActivated = Signal(int, int)
    zoomRequested = Signal(int)  # Ctrl+wheel steps; the window owns the one text-size setting

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.history: History | None = None
        self.colours: Colours = LIGHT
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.grid_model = ProvisionGridModel(self)
        self.grid = HistoryTable()
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.setAccessibleName(self.tr("Provisions across the versions"))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Never elided: Qt elides a two-line heading as one line ("200…txt" at 30 versions,
        # the year cut). Columns are made as wide as their widest line (_fit_columns); when
        # they do not all fit, the grid scrolls sideways.
        self.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.find_bar = FindBar()
        self.find_bar.edit.setPlaceholderText(self.tr("Show the provisions containing…"))
        self.find_bar.hide()

        self.votes_model = VoteMatrixModel(self)
        self.votes_proxy = QSortFilterProxyModel(self)
        self.votes_proxy.setSourceModel(self.votes_model)
        self.votes_proxy.setSortRole(SORT_ROLE)
        self.votes = HistoryTable()
        self.votes.setModel(self.votes_proxy)
        self.votes.setSortingEnabled(True)
        self.votes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.votes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.votes.verticalHeader().setVisible(False)
        self.votes.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.votes.horizontalHeader().setMinimumSectionSize(44)
        self.votes.setAccessibleName(self.tr("Votes of every State in every version"))
        self.sort_choice = QComboBox()
        self.sort_choice.addItems([self.tr("State"), self.tr("Number of shifts")])
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.shifts = QLabel()
        self.shifts.setWordWrap(True)
        self.shifts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shifts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shifts.setMinimumWidth(260)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._provisions_tab(), self.tr("Provisions"))
        self.tabs.addTab(self._votes_tab(), self.tr("Votes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()
        self._update_legend()

    def _provisions_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.legend)
        box.addWidget(self.grid, 1)
        box.addWidget(self.detail)
        box.addWidget(self.find_bar)
        return tab

    def _votes_tab(self) -> QWidget:
        tab = QWidget()
        sort_row = QHBoxLayout()
        sort_row.addWidget(QLabel(self.tr("Sort by:")))
        sort_row.addWidget(self.sort_choice)
        sort_row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.shifts, 1)
        lower = QHBoxLayout()
        lower.addWidget(self.votes, 3)
        lower.addLayout(side, 1)
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(sort_row)
        box.addWidget(self.totals)
        box.addLayout(lower, 1)
        return tab

    def _connect_signals(self) -> None:
        self.grid.clicked.connect(self._activate)
        self.grid.enterPressed.connect(self._activate)
        self.grid.zoomRequested.connect(self.zoomRequested)
        self.votes.zoomRequested.connect(self.zoomRequested)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current)
        self.votes.selectionModel().currentChanged.connect(self._on_vote_current)
        self.sort_choice.currentIndexChanged.connect(self._sort_votes)
        self.find_bar.edit.textChanged.connect(self.grid_model.set_filter)
        self.find_bar.findRequested.connect(lambda text, _forward: self.grid_model.set_filter(text))
        self.find_bar.closed.connect(lambda: self.grid_model.set_filter(""))

    # --- content --------------------------------------------------------------------------
    def set_history(self, history: History) -> None:
        self.history = history
        self.grid_model.set_history(history)
        self.votes_model.set_history(history)
        self.title.setText(self._title(history))
        self.summary.setText(self._summary(history))
        notes = history.warnings
        self.notes.setVisible(bool(notes))
        self.notes.setText("⚠ " + "  ·  ".join(notes) if notes else "")
        self.totals.setText(self._totals(history))
        self._fit_columns()
        self.grid.resizeRowsToContents()
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.votes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)  # long names are elided; the tooltip has the code
        header.setSectionResizeMode(
            len(history.versions) + 1, QHeaderView.ResizeMode.ResizeToContents
        )
        self._sort_votes(self.sort_choice.currentIndex())
        self.shifts.setText(self.tr("Choose a State to list its shifts."))
        self.detail.setText(
            self.tr("Click a cell (or press Enter) to open that step's comparison.")
        )
        if self.grid_model.rowCount() and self.grid_model.columnCount():
            last = self.grid_model.columnCount() - 1
            self.grid.setCurrentIndex(self.grid_model.index(0, last))

    def _title(self, history: History) -> str:
        first, last = history.versions[0], history.versions[-1]
        return self.tr("History: {a} → {b} — {n} versions, {y0}–{y1}").format(
            a=first.label,
            b=last.label,
            n=len(history.versions),
            y0=first.year or "?",
            y1=last.year or "?",
        )

    def _summary(self, history: History) -> str:
        c = history.summary
        return self.tr(
            "{n} provisions: {r} reworded since they first appeared, {d} not in the latest "
            "version, {b} returned after a gap; operative verbs changed: {v}; States whose "
            "vote moved: {s}."
        ).format(
            n=c.provisions,
            r=c.reworded,
            d=c.not_in_latest,
            b=c.returned,
            v=c.verb_changes,
            s=c.states_moved,
        )

    def _totals(self, history: History) -> str:
        parts = []
        for i, version in enumerate(history.versions):
            t = history.votes.totals[i]
            if t.yes is None and t.no is None and t.abstain is None:
                value = self.tr("no recorded vote")
            else:
                value = "–".join("?" if n is None else str(n) for n in (t.yes, t.no, t.abstain))
            parts.append(f"{version.year or version.label}: {value}")
        return self.tr("Totals (in favour–against–abstaining): ") + "  ·  ".join(parts)

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.grid_model.colours = colours
        self.votes_model.colours = colours
        self.grid.viewport().update()
        self.votes.viewport().update()
        self._update_legend()

    def _update_legend(self) -> None:
        c = self.colours
        items = []
        for step in STEP_MARKS:
            background = step_colour(step, c) or c.base_bg
            items.append(
                f"<span style='background:{background}; color:{c.text}'>&nbsp;"
                f"{STEP_MARKS[step]}&nbsp;</span>&nbsp;{html.escape(self.tr(STEP_WORDS[step]))}"
            )
        votes = "&nbsp;&nbsp;".join(
            f"<span style='background:{vote_colour(v, c)}'>&nbsp;{letter}&nbsp;</span>&nbsp;"
            f"{html.escape(self.tr(VOTE_WORDS[v]))}"
            for v, letter in (("yes", "Y"), ("no", "N"), ("abstain", "A"), (None, "·"))
        )
        self.legend.setText(
            "&nbsp;&nbsp;".join(items)
            + "&nbsp;&nbsp;—&nbsp;"
            + html.escape(self.tr("the number is the verb's tier (0 declaratory … 5 decision)"))
        )
        self.legend.setToolTip(self.tr("Votes tab: ") + votes.replace("&nbsp;", " "))

    # --- interaction ----------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            provision = self.grid_model.provision_index(index.row())
            self.cellActivated.emit(provision, index.column())

    def _on_grid_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.history is None or not current.isValid():
            return
        provision = self.history.provisions[self.grid_model.provision_index(current.row())]
        self.detail.setText(cell_description(self.history, provision, current.column()))

    def _sort_votes(self, choice: int) -> None:
        if self.history is None:
            return
        if choice == 1:
            column = len(self.history.versions) + 1
            self.votes.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        else:
            self.votes.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _on_vote_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.history is None or not current.isValid():
            return
        row = self.votes_proxy.mapToSource(current).row()
        self.shifts.setText(self.shift_text(row))

    def shift_text(self, row: int) -> str:
        """The shifts of the State in matrix row ``row`` (source order), as rich text."""
        assert self.history is not None
        state = self.history.votes.states[row]
        name = html.escape(state_name(state.state, INTERFACE_LANGUAGE))
        if not state.shifts:
            return f"<b>{name}</b><br>" + self.tr(
                "No change of position between the versions in which it is listed."
            )
        lines = []
        for s in state.shifts:
            a, b = self.history.versions[s.earlier], self.history.versions[s.later]
            lines.append(
                f"{html.escape(VOTE_WORDS[s.before])} ({html.escape(a.year or a.label)}) → "
                f"<b>{html.escape(VOTE_WORDS[s.after])}</b> ({html.escape(b.year or b.label)})"
            )
        return f"<b>{name}</b><br>" + "<br>".join(lines)

    def select_state(self, code: str) -> bool:
        """Make ``code``'s row current in the votes tab (False when it is not in the matrix)."""
        for row in range(self.votes_proxy.rowCount()):
            source = self.votes_proxy.mapToSource(self.votes_proxy.index(row, 0))
            if self.votes_model.state_at(source.row()) == code:
                self.tabs.setCurrentIndex(1)
                self.votes.setCurrentIndex(self.votes_proxy.index(row, 0))
                return True
        return False

    def select_cell(self, provision: int, version: int) -> None:
        row = self.grid_model.row_of(provision)
        if row is not None:
            self.tabs.setCurrentIndex(0)
            index = self.grid_model.index(row, version)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)

    def set_text_size(self, points: float) -> None:
        """Text size of both tables, in points (the window's zoom setting applied to its font)."""
        for view in (self.grid, self.votes):
            font = view.font()
            font.setPointSizeF(points)
            view.setFont(font)
            view.horizontalHeader().setFont(font)
            view.verticalHeader().setFont(font)
        self._fit_columns()
        self.grid.resizeRowsToContents()
        self.votes.resizeRowsToContents()

    def _fit_columns(self) -> None:
        """Every version's column at least as wide as its heading's longest line (year,
        symbol or file name) and its widest cell, at the current text size."""
        model = self.grid_model
        header = self.grid.horizontalHeader()
        heading = header.fontMetrics()
        cells = self.grid.fontMetrics()
        widest = 0
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max([widest, *(heading.horizontalAdvance(line) for line in text.split("\n"))])
            for row in range(model.rowCount()):
                widest = max(widest, cells.horizontalAdvance(str(model.index(row, column).data())))
        header.setMinimumSectionSize(max(64, widest + 18))  # padding and the grid line

    def open_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.find_bar.open_bar()
