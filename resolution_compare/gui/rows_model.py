"""A thin Qt list model over ``Comparison.rows``, with the row filter applied.

One list item per visible comparison row. The delegate asks for the row through
``ROW_ROLE``; ``DisplayRole`` gives a plain-text summary (accessibility, find, tests).
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from resolution_compare.core.comparison import Comparison, Row
from resolution_compare.core.row_kinds import operative_rows
from resolution_compare.gui.row_text import is_change, row_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
RowFilter = Literal["all", "changes", "operative"]
AnyIndex = QModelIndex | QPersistentModelIndex


class ComparisonRowsModel(QAbstractListModel):
    """Rows of one comparison, filtered ("all", "changes", "operative")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._visible: list[int] = []
        self._filter: RowFilter = "all"
        self._show_routine = True
        self._operative: frozenset[int] = frozenset()

    # --- state -------------------------------------------------------------------------
    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def show_routine(self) -> bool:
        return self._show_routine

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._operative = operative_rows(comparison) if comparison is not None else frozenset()
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = row_filter
        self._visible = self._compute_visible()
        self.endResetModel()

    def set_show_routine(self, show: bool) -> None:
        if show == self._show_routine:
            return
        self.beginResetModel()
        self._show_routine = show
        self._visible = self._compute_visible()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        if self._comparison is None:
            return []
        rows = self._comparison.rows
        if self._filter == "changes":
            return [i for i, r in enumerate(rows) if is_change(r, self._show_routine)]
        if self._filter == "operative":
            return [i for i in range(len(rows)) if i in self._operative]
        return list(range(len(rows)))

    # --- lookups -----------------------------------------------------------------------
    def is_operative(self, source_index: int) -> bool:
        return source_index in self._operative

    def source_index(self, visible_row: int) -> int:
        return self._visible[visible_row]

    def visible_row(self, source_index: int) -> int | None:
        """The list row showing comparison row ``source_index``, None when filtered out."""
        try:
            return self._visible.index(source_index)
        except ValueError:
            return None

    def row_at(self, visible_row: int) -> Row:
        assert self._comparison is not None
        return self._comparison.rows[self._visible[visible_row]]

    def change_rows(self) -> list[int]:
        """Source indices of the rows that count as changes (for next/previous)."""
        if self._comparison is None:
            return []
        return [i for i, r in enumerate(self._comparison.rows) if is_change(r, self._show_routine)]

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid():
            return 0
        return len(self._visible)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row_label(row)}: {row.left_text} | {row.right_text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_label(row)
        if role == ROW_ROLE:
            return row
        if role == SOURCE_INDEX_ROLE:
            return self._visible[index.row()]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
