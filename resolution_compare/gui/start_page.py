"""The start screen: two drop targets, recent comparisons, the sample.

Signals (StartPage):
  ``filesDropped(str side, list paths)`` — files dropped on a target ("L" earlier, "R" later);
  ``chooseRequested(str side)`` — the target's "Choose…" button;
  ``recentChosen(str left, str right)``; ``sampleRequested()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.gui.comparison_view import dropped_paths
from resolution_compare.gui.recent import RecentPair
from resolution_compare.gui.theme import LIGHT, Colours

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DropTarget(QFrame):
    """A big box that takes one file (or two: then both sides are filled)."""

    filesDropped = Signal(list)
    chooseRequested = Signal()

    def __init__(self, title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropTarget")
        self.setAcceptDrops(True)
        self.setMinimumSize(300, 190)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.file_label = QLabel(self.tr("Drop a .txt, .pdf or .docx file here"))
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.chooseRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.file_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._hover = False
        self.colours: Colours = LIGHT
        self._restyle()

    def set_file(self, path: Path | None) -> None:
        if path is None:
            self.file_label.setText(self.tr("Drop a .txt, .pdf or .docx file here"))
        else:
            self.file_label.setText(f"<b>{path.name}</b>")
            self.file_label.setToolTip(str(path))

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self._restyle()

    def _restyle(self) -> None:
        c = self.colours
        border = c.stronger_marker if self._hover else c.dim_text
        background = c.current_bg if self._hover else c.badge_bg
        self.setStyleSheet(
            f"#dropTarget {{ border: 2px dashed {border}; border-radius: 12px;"
            f" background: {background}; }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
            self._hover = True
            self._restyle()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hover = False
        self._restyle()

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover = False
        self._restyle()
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit([str(p) for p in paths])


class StartPage(QWidget):
    filesDropped = Signal(str, list)
    chooseRequested = Signal(str)
    recentChosen = Signal(str, str)
    sampleRequested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Compare two versions of a resolution"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Drop the earlier version on the left and the later one on the right — or drop "
                "both "
                "at once and they are put in order. Drop three or more versions, or a folder, to "
                "see the history of a series. Files stay on this computer."
            )
        )
        hint.setWordWrap(True)
        self.earlier = DropTarget(self.tr("Earlier version"))
        self.later = DropTarget(self.tr("Later version"))
        self.sample_button = QPushButton(self.tr("Open sample comparison (HRC 35/3 → 44/11)"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent comparisons"))
        self.recent.setMaximumHeight(220)
        # Long folders are cut in the middle, not scrolled: the file names stay readable.
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_title = QLabel("<b>" + self.tr("Recent comparisons") + "</b>")

        targets = QHBoxLayout()
        targets.setSpacing(24)
        targets.addWidget(self.earlier, 1)
        arrow = QLabel("→")
        arrow_font = arrow.font()
        arrow_font.setPointSizeF(arrow_font.pointSizeF() * 2.5)
        arrow.setFont(arrow_font)
        targets.addWidget(arrow)
        targets.addWidget(self.later, 1)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)

        inner = QVBoxLayout()
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(hint)
        inner.addSpacing(6)
        inner.addLayout(targets)
        inner.addLayout(sample_row)
        inner.addSpacing(8)
        inner.addWidget(self.recent_title)
        inner.addWidget(self.recent)
        inner.addStretch(1)
        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(1000)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addStretch(1)
        outer.addWidget(box, 6)
        outer.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.earlier.filesDropped.connect(lambda paths: self.filesDropped.emit("L", paths))
        self.later.filesDropped.connect(lambda paths: self.filesDropped.emit("R", paths))
        self.earlier.chooseRequested.connect(lambda: self.chooseRequested.emit("L"))
        self.later.chooseRequested.connect(lambda: self.chooseRequested.emit("R"))
        self.sample_button.clicked.connect(self.sampleRequested)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemDoubleClicked.connect(self._on_recent)

    def set_files(self, left: Path | None, right: Path | None) -> None:
        self.earlier.set_file(left)
        self.later.set_file(right)

    def set_recent(self, pairs: list[RecentPair]) -> None:
        self.recent.clear()
        for pair in pairs:
            item = QListWidgetItem(pair.label)
            item.setToolTip(f"{pair.left}\n{pair.right}")
            item.setData(PAIR_ROLE, [str(pair.left), str(pair.right)])
            self.recent.addItem(item)
        if not pairs:
            item = QListWidgetItem(self.tr("None yet — your comparisons will be listed here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def set_colours(self, colours: Colours) -> None:
        self.earlier.set_colours(colours)
        self.later.set_colours(colours)

    def _on_recent(self, item: QListWidgetItem) -> None:
        pair = item.data(PAIR_ROLE)
        if pair:
            self.recentChosen.emit(pair[0], pair[1])
