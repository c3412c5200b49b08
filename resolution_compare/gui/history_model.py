"""Thin Qt table models over a History: the provisions grid and the vote matrix.

``ProvisionGridModel``: one row per provision (the history's order, optionally filtered by a
find text), one column per version; a cell shows its paragraph id(s), the step's mark and
the verb tier, coloured by step. ``VoteMatrixModel``: one row per State; column 0 the
State, then one column per version (a letter, coloured by position; "not listed" shaded),
then the number of shifts; ``SORT_ROLE`` gives what the sort proxy sorts by.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from resolution_compare.core.comparison import VOTE_WORDS
from resolution_compare.core.countries import state_name
from resolution_compare.core.history import (
    STEP_MARKS,
    STEP_WORDS,
    History,
    HistoryCell,
    Provision,
)
from resolution_compare.gui.theme import LIGHT, Colours
from resolution_compare.i18n import INTERFACE_LANGUAGE

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
PROVISION_ROLE = Qt.ItemDataRole.UserRole + 4
AnyIndex = QModelIndex | QPersistentModelIndex
VOTE_LETTERS = {"yes": "Y", "no": "N", "abstain": "A", None: "·"}
_ARROWS = {"stronger": "▲", "weaker": "▼", "changed": "◆", "same": "="}


def step_colour(step: str, colours: Colours) -> str | None:
    """Background of a grid cell: the palette's own colours for insert, change, move, gap."""
    return {
        "first": colours.inserted_bg,
        "modified": colours.banner_bg,
        "rewritten": colours.deleted_bg,
        "returned": colours.current_bg,
        "absent": colours.gap_bg,
    }.get(step)


def vote_colour(vote: str | None, colours: Colours) -> str:
    return {
        "yes": colours.inserted_bg,
        "no": colours.deleted_bg,
        "abstain": colours.banner_bg,
    }.get(vote or "", colours.gap_bg)


def version_heading(history: History, index: int) -> str:
    version = history.versions[index]
    return f"{version.year or '#' + str(index + 1)}\n{version.label}"


def year_labels(history: History) -> list[str]:
    """A narrow column's name for every version: its year ("2020"), "2020 (2)" for the
    second version of a year, "#3" for an undated one. The full label is in the tooltip."""
    labels: list[str] = []
    seen: dict[str, int] = {}
    years = [v.year or f"#{i + 1}" for i, v in enumerate(history.versions)]
    for year in years:
        seen[year] = seen.get(year, 0) + 1
        labels.append(year if years.count(year) == 1 else f"{year} ({seen[year]})")
    return labels


def cell_text(cell: HistoryCell) -> str:
    if not cell.present:
        return STEP_MARKS["absent"]
    tier = "" if cell.tier is None else f" {cell.tier}"
    moved = " ↕" if cell.moved else ""
    return f"{'+'.join(cell.paragraphs)} {STEP_MARKS[cell.step]}{tier}{moved}"


def cell_description(history: History, provision: Provision, index: int) -> str:
    """What a cell means, in a sentence or two (tooltip, status line, accessibility)."""
    cell = provision.cells[index]
    version = history.versions[index]
    where = f"{version.year or '#' + str(index + 1)} ({version.label})"
    if not cell.present:
        if cell.since is None:
            return f"{where}: not yet in the text"
        return f"{where}: absent (last in {history.versions[cell.since].label})"
    ids = ", ".join(cell.paragraphs)
    words = STEP_WORDS[cell.step]
    if cell.since is not None and cell.step not in ("first",):
        words += f" since {history.versions[cell.since].label}"
    parts = [f"{where}: {ids} — {words}"]
    if cell.lead:
        tier = "" if cell.tier is None else f" (tier {cell.tier})"
        parts.append(f"lead: {cell.lead}{tier}")
    change = cell.lead_change
    if change is not None and change.change != "same":
        parts.append(
            f"{_ARROWS.get(change.change, '◆')} {change.change}: {change.left or '—'} → "
            f"{change.right or '—'}"
        )
    if cell.moved:
        parts.append("moved")
    return "; ".join(parts)


def provision_text(history: History, provision: Provision) -> str:
    """Every wording of a provision, for find."""
    texts = []
    for index, cell in enumerate(provision.cells):
        for pid in cell.paragraphs:
            texts.append(history.paragraph(index, pid).text)
    return "\n".join(texts)


class ProvisionGridModel(QAbstractTableModel):
    """Provisions × versions; ``set_filter`` keeps the provisions whose text contains it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.history: History | None = None
        self.colours: Colours = LIGHT
        self._rows: list[int] = []
        self._texts: list[str] = []
        self._filter = ""

    def set_history(self, history: History | None) -> None:
        self.beginResetModel()
        self.history = history
        self._texts = (
            [provision_text(history, p).casefold() for p in history.provisions] if history else []
        )
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text.casefold().strip()
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[int]:
        if self.history is None:
            return []
        return [i for i, text in enumerate(self._texts) if not self._filter or self._filter in text]

    def provision_index(self, row: int) -> int:
        return self._rows[row]

    def row_of(self, provision_index: int) -> int | None:
        try:
            return self._rows.index(provision_index)
        except ValueError:
            return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.history is None:
            return 0
        return len(self.history.versions)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.history is None or not index.isValid() or index.row() >= len(self._rows):
            return None
        provision = self.history.provisions[self._rows[index.row()]]
        if not 0 <= index.column() < len(provision.cells):
            return None
        cell = provision.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_description(self.history, provision, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = step_colour(cell.step, self.colours)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            dim = cell.step in ("absent", "routine")
            return QBrush(QColor(self.colours.dim_text if dim else self.colours.text))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CELL_ROLE:
            return cell
        if role == STEP_ROLE:
            return cell.step
        if role == PROVISION_ROLE:
            return self._rows[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.history is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.history.versions):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return version_heading(self.history, section)
            if role == Qt.ItemDataRole.ToolTipRole:
                res = self.history.versions[section].resolution
                return f"{res.label}\n{res.source}\nadopted {res.adopted or '?'}"
            return None
        if not 0 <= section < len(self._rows):
            return None
        provision = self.history.provisions[self._rows[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            lead = provision.cells[provision.last_present].lead or ""
            return f"{provision.shown_label}  {lead}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return provision.lifespan(lambda i: self.history.versions[i].label)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class VoteMatrixModel(QAbstractTableModel):
    """States × versions; column 0 the State, the last column its number of shifts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.history: History | None = None
        self.colours: Colours = LIGHT
        self._names: list[str] = []
        self._years: list[str] = []

    def set_history(self, history: History | None) -> None:
        self.beginResetModel()
        self.history = history
        states = history.votes.states if history else ()
        language = INTERFACE_LANGUAGE  # State names in the interface's words (QA D14)
        self._names = [state_name(s.state, language) for s in states]
        self._years = year_labels(history) if history else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() or self.history is None:
            return 0
        return len(self.history.votes.states)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.history is None:
            return 0
        return len(self.history.versions) + 2

    def state_at(self, row: int) -> str:
        assert self.history is not None
        return self.history.votes.states[row].state

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.history is None or not index.isValid():
            return None
        states = self.history.votes.states
        if not 0 <= index.row() < len(states):
            return None
        state = states[index.row()]
        column = index.column()
        last = len(self.history.versions) + 1
        if column == 0:
            name = self._names[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return state.state
            if role == SORT_ROLE:
                return name.casefold()
            return None
        if column == last:
            shifts = len(state.shifts)
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return shifts
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if not 1 <= column < last:
            return None
        vote = state.positions[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return VOTE_LETTERS[vote]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            label = self.history.versions[column - 1].label
            return f"{self._names[index.row()]}, {label}: {VOTE_WORDS[vote]}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(vote_colour(vote, self.colours)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(self.colours.dim_text if vote is None else self.colours.text))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return {"yes": 0, "abstain": 1, "no": 2}.get(vote or "", 3)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.history is None or orientation != Qt.Orientation.Horizontal:
            return None
        versions = self.history.versions
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(versions):
            return versions[section - 1].label
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("State")
        if section == len(self.history.versions) + 1:
            return self.tr("Shifts")
        if 1 <= section <= len(self.history.versions):
            return self._years[section - 1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
