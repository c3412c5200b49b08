"""The comparison page: change list | headings + side-by-side view + overview; votes tab;
the find bar under both tabs.

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
from resolution_compare.gui.header_panel import (
    HeaderPanel,
    document_note_lines,
    role_words,
    routine_hidden_only_text,
)
from resolution_compare.gui.navigator import ChangeList, OverviewStrip, change_group
from resolution_compare.gui.row_text import change_counts
from resolution_compare.gui.rows_model import ComparisonRowsModel, RowFilter
from resolution_compare.gui.theme import Colours
from resolution_compare.gui.votes_panel import VotesPanel
from resolution_compare.i18n import n_

PARAGRAPHS_TAB, VOTES_TAB = 0, 1


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
        self.roles: tuple[str, str] = ("earlier", "later")
        self.notes: tuple[str, ...] = ()

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
        self.splitter.setSizes([260, 1090])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("Paragraphs"))
        self.tabs.addTab(self.votes_panel, self.tr("Votes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.tabs, 1)
        # Under both tabs: it finds words in the paragraphs, or a State in the votes.
        layout.addWidget(self.find_bar)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.change_list.rowActivated.connect(self.jump_to_row)
        self.overview.rowActivated.connect(self.jump_to_row)
        self.find_bar.findRequested.connect(self.find_text)
        self.find_bar.closed.connect(self._find_closed)
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- content --------------------------------------------------------------------------
    def set_comparison(
        self,
        comparison: Comparison,
        roles: tuple[str, str] = ("earlier", "later"),
        notes: tuple[str, ...] = (),
    ) -> None:
        """Show a new comparison from its top: no old scroll position, no old selection."""
        self.comparison = comparison
        self.roles = roles
        self.notes = notes
        self.view.clear_text_selection()
        self.rows_model.set_comparison(comparison)
        self.view.refresh()
        self._update_texts()
        self.change_list.set_comparison(comparison, self.rows_model.show_routine)
        self.overview.set_rows(comparison.rows, self.rows_model.show_routine)
        self.overview.set_current(None)
        self.votes_panel.set_comparison(comparison, roles)
        self.view.scrollToTop()
        self.view.lay_out_visible()  # the first paint shows measured rows

    def _update_texts(self) -> None:
        comparison = self.comparison
        self.header_panel.set_comparison(
            comparison, self.rows_model.show_routine, self.roles, self.notes
        )
        self.view.side_words = (role_words(self.roles[0]), role_words(self.roles[1]))
        self.view.empty_text = self._empty_text()

    def _empty_text(self) -> str:
        """What the view says when the filter leaves no row."""
        if self.comparison is None:
            return ""
        if self.rows_model.row_filter == "changes":
            if self.routine_hidden():
                return routine_hidden_only_text()
            if document_note_lines(self.comparison):
                return self.tr("No paragraph changed; a footnote of the headings did (above).")
            return self.tr("No changes: the two texts say the same.")
        if self.rows_model.row_filter == "operative":
            return self.tr("Neither text has an operative paragraph.")
        return self.tr("Neither text has a paragraph.")

    def set_filter(self, row_filter: RowFilter) -> None:
        """Apply a row filter. The current row stays in view when the filter keeps it;
        otherwise the view starts at the top (never at the old scroll position)."""
        current = self.current_source_row()
        self.view.clear_text_selection()
        self.rows_model.set_filter(row_filter)
        self.view.empty_text = self._empty_text()
        if current is not None and self.rows_model.visible_row(current) is not None:
            self.jump_to_row(current)
        else:
            self.view.scrollToTop()

    def routine_hidden(self) -> int:
        """How many rows only hold routine changes that are hidden now."""
        if self.comparison is None:
            return 0
        return change_counts(self.comparison.rows, self.rows_model.show_routine)["routine_hidden"]

    def no_change_text(self) -> str:
        """What the status bar says when no change is left to step to."""
        return routine_hidden_only_text() if self.routine_hidden() else self.tr("No changes.")

    def set_show_routine(self, show: bool) -> None:
        self.rows_model.set_show_routine(show)
        self.view.empty_text = self._empty_text()
        self.view.refresh()
        if self.comparison is not None:
            self._update_texts()
            self.change_list.set_comparison(self.comparison, show)
            self.overview.set_rows(self.comparison.rows, show)

    def set_colours(self, colours: Colours) -> None:
        self.view.set_colours(colours)
        self.overview.set_colours(colours)
        self.votes_panel.set_colours(colours)

    def set_text_size(self, point_size: float) -> None:
        self.view.set_text_size(point_size)
        self.header_panel.set_label_width(self.view.zone_widths()[0])

    # --- navigation -----------------------------------------------------------------------
    def current_source_row(self) -> int | None:
        index = self.view.currentIndex()
        return self.rows_model.source_index(index.row()) if index.isValid() else None

    def jump_to_row(self, source: int) -> None:
        """Select comparison row ``source`` and bring it into view with its top showing:
        the ids and badges are at the top of a row, so a row taller than the view is
        shown from its top, a shorter one in the middle of the view."""
        visible = self.rows_model.visible_row(source)
        if visible is None:
            self.filterNeeded.emit("all")
            visible = self.rows_model.visible_row(source)
            if visible is None:
                return
        self.tabs.setCurrentIndex(PARAGRAPHS_TAB)
        index = self.rows_model.index(visible, 0)
        self.view.setCurrentIndex(index)
        # Every row has a position (gui/lazy_rows.py); the target is measured before the
        # scroll, and the rows it brings on screen right after it.
        self.view.executeDelayedItemsLayout()
        self.view.delegate().exact_height(
            source, self.rows_model.row_at(visible), self.view.viewport().width()
        )
        self.view.lazy.relayout_anchored()
        tall = self.view.visualRect(index).height() > self.view.viewport().height()
        hint = QAbstractItemView.ScrollHint
        self.view.scrollTo(index, hint.PositionAtTop if tall else hint.PositionAtCenter)
        self.view.lay_out_visible()

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

    # --- find and copy ----------------------------------------------------------------------
    def votes_tab_shown(self) -> bool:
        return self.tabs.currentIndex() == VOTES_TAB

    def _tab_changed(self, _index: int) -> None:
        # The find bar's words mean something else on the other tab.
        self.find_bar.edit.setPlaceholderText(
            self.tr("Find a State (name or code)")
            if self.votes_tab_shown()
            else self.tr("Find in both versions")
        )
        if self.find_bar.isVisible():
            self.find_text(self.find_bar.edit.text(), True)

    def _find_closed(self) -> None:
        self.view.set_highlight("")
        self.votes_panel.set_find("")

    def find_text(self, query: str, forward: bool) -> None:
        if self.votes_tab_shown():
            count = self.votes_panel.set_find(query)
            status = n_(count, "{n} State", "{n} States") if count else self.tr("Not found")
            self.find_bar.status.setText(status if query else "")
            return
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
        self.find_bar.status.setText(n_(count, "{n} paragraph matches", "{n} paragraphs match"))
        self.jump_to_row(model.source_index(found))

    def copy(self) -> str:
        """Edit ▸ Copy: the selected States on the Votes tab, else the view's selection."""
        if self.votes_tab_shown():
            return self.votes_panel.copy_selection()
        return self.view.copy_selection()
