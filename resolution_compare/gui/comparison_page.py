"""The comparison page: change list | headings + side-by-side view + overview; votes tab.

Owns the row model and the navigation over it (current row, next/previous change, find),
so the main window only wires actions to it.

Signals: ``filterNeeded(str)`` — a jump targets a row the current filter hides; the window
switches to "all" (it owns the filter setting) and the jump is retried.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.core.comparison import Comparison
from resolution_compare.gui.comparison_view import ComparisonView
from resolution_compare.gui.find_bar import FindBar, find_row
from resolution_compare.gui.header_panel import HeaderPanel
from resolution_compare.gui.navigator import ChangeList, OverviewStrip, change_group
from resolution_compare.gui.rows_model import ComparisonRowsModel
from resolution_compare.gui.theme import Colours
from resolution_compare.gui.votes_panel import VotesPanel


class ComparisonPage(QWidget):
    filterNeeded = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows_model = ComparisonRowsModel(self)
        self.view = ComparisonView()
        self.view.setModel(self.rows_model)
        self.header_panel = HeaderPanel()
        self.change_list = ChangeList()
        self.overview = OverviewStrip()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.votes_panel = VotesPanel()
        self.comparison: Comparison | None = None

        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(2)
        columns.addWidget(self.view, 1)
        columns.addWidget(self.overview)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        # The document headings sit right above the columns they describe.
        middle_layout.addWidget(self.header_panel)
        middle_layout.addLayout(columns, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.change_list)
        self.splitter.addWidget(middle)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 1090])
        paragraphs = QWidget()
        p_layout = QVBoxLayout(paragraphs)
        p_layout.setContentsMargins(0, 0, 0, 0)
        p_layout.addWidget(self.splitter, 1)
        p_layout.addWidget(self.find_bar)
        self.tabs = QTabWidget()
        self.tabs.addTab(paragraphs, self.tr("Paragraphs"))
        self.tabs.addTab(self.votes_panel, self.tr("Votes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.change_list.rowActivated.connect(self.jump_to_row)
        self.overview.rowActivated.connect(self.jump_to_row)
        self.find_bar.findRequested.connect(self.find_text)
        self.find_bar.closed.connect(lambda: self.view.set_highlight(""))

    # --- content --------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.rows_model.set_comparison(comparison)
        self.view.refresh()
        self.header_panel.set_comparison(comparison)
        self.change_list.set_comparison(comparison, self.rows_model.show_routine)
        self.overview.set_rows(comparison.rows, self.rows_model.show_routine)
        self.votes_panel.set_comparison(comparison)

    def set_show_routine(self, show: bool) -> None:
        self.rows_model.set_show_routine(show)
        self.view.refresh()
        if self.comparison is not None:
            self.change_list.set_comparison(self.comparison, show)
            self.overview.set_rows(self.comparison.rows, show)

    def set_colours(self, colours: Colours) -> None:
        self.view.set_colours(colours)
        self.overview.colours = colours
        self.overview.update()
        self.votes_panel.chart.colours = colours

    # --- navigation -----------------------------------------------------------------------
    def current_source_row(self) -> int | None:
        index = self.view.currentIndex()
        return self.rows_model.source_index(index.row()) if index.isValid() else None

    def jump_to_row(self, source: int) -> None:
        visible = self.rows_model.visible_row(source)
        if visible is None:
            self.filterNeeded.emit("all")
            visible = self.rows_model.visible_row(source)
            if visible is None:
                return
        self.tabs.setCurrentIndex(0)
        index = self.rows_model.index(visible, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.rows_model.source_index(current.row()) if current.isValid() else None
        self.overview.set_current(source)

    def step_change(self, forward: bool, from_start: bool = False) -> bool:
        """Select the next (or previous) change, wrapping round; False when there is none."""
        model = self.rows_model
        changes = [i for i in model.change_rows() if model.visible_row(i) is not None]
        if not changes:
            return False
        current = None if from_start else self.current_source_row()
        if current is None:
            target = changes[0] if forward else changes[-1]
        elif forward:
            target = next((i for i in changes if i > current), changes[0])
        else:
            target = next((i for i in reversed(changes) if i < current), changes[-1])
        self.jump_to_row(target)
        return True

    def show_first_language_change(self) -> None:
        """Select the first change of operative language (head verb, hedge), if any."""
        if self.comparison is None:
            return
        for i, row in enumerate(self.comparison.rows):
            if change_group(row) == "language":
                self.jump_to_row(i)
                return

    def find_text(self, query: str, forward: bool) -> None:
        model = self.rows_model
        texts = [
            model.row_at(i).left_text + "\n" + model.row_at(i).right_text
            for i in range(model.rowCount())
        ]
        index = self.view.currentIndex()
        start = index.row() if index.isValid() else (-1 if forward else 0)
        self.view.set_highlight(query)
        found = find_row(texts, query, start, forward)
        if found is None:
            self.find_bar.status.setText(self.tr("Not found") if query else "")
            return
        count = sum(query.casefold() in t.casefold() for t in texts)
        self.find_bar.status.setText(self.tr("{n} paragraphs match").format(n=count))
        self.jump_to_row(model.source_index(found))
