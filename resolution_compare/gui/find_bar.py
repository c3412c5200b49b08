"""The find bar (Ctrl+F): a query box with next/previous; searches both sides' text.

Signals: ``findRequested(str text, bool forward)``, ``closed()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    findRequested = Signal(str, bool)
    closed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in both versions"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Find"))
        self.status = QLabel()
        previous = QToolButton()
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        following = QToolButton()
        following.setText("▼")
        following.setToolTip(self.tr("Next match (F3)"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.edit.returnPressed.connect(lambda: self.findRequested.emit(self.edit.text(), True))
        following.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), True))
        previous.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), False))
        close.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)


def find_row(texts: list[str], query: str, start: int, forward: bool) -> int | None:
    """Index of the next text (after ``start``, wrapping) containing ``query``, ignoring case."""
    needle = query.casefold()
    if not needle or not texts:
        return None
    n = len(texts)
    for step in range(1, n + 1):
        i = (start + step) % n if forward else (start - step) % n
        if needle in texts[i].casefold():
            return i
    return None
