"""The chart of the Votes tab: one bar per kind of shift, drawn with QPainter.

Real changes of position ("abstaining → against") come first, in the strong colour;
membership turnover (a State named in one vote only: not a member of the Council that
year, or absent) follows, in a muted colour, under its own heading — the two never mix.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from resolution_compare.core.comparison import VOTE_WORDS, StateVote
from resolution_compare.gui.theme import LIGHT, Colours


def _tr(text: str) -> str:
    return QCoreApplication.translate("votes", text)


def vote_word(vote: str | None) -> str:
    return _tr(VOTE_WORDS.get(vote, str(vote)))


def shift_counts(states: tuple[StateVote, ...]) -> Counter[tuple[str | None, str | None]]:
    return Counter((s.left, s.right) for s in states if s.changed)


class Bar(NamedTuple):
    text: str  # "abstaining → against"
    count: int
    real: bool  # a change of position (True) or membership turnover (False)


def chart_bars(states: tuple[StateVote, ...]) -> list[Bar]:
    """Changes of position first (most frequent first), then one-vote-only entries."""
    counts = shift_counts(states)

    def order(item: tuple[tuple[str | None, str | None], int]) -> tuple[bool, int, str]:
        (a, b), n = item
        real = a is not None and b is not None
        return (not real, -n, f"{a}{b}")

    return [
        Bar(f"{vote_word(a)} → {vote_word(b)}", n, a is not None and b is not None)
        for (a, b), n in sorted(counts.items(), key=order)
    ]


class ShiftChart(QWidget):
    """Horizontal bars, one per kind of shift ("abstaining → against": 3)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.colours: Colours = LIGHT
        self.empty_text = _tr("No State changed its vote.")
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    @property
    def _counts(self) -> list[tuple[str, int]]:
        """(label, count) of every bar, in drawing order."""
        return [(b.text, b.count) for b in self._bars]

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, 80 + 26 * max(1, len(self._bars)))

    def set_states(self, states: tuple[StateVote, ...]) -> None:
        self._bars = chart_bars(states)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        painter.setPen(QColor(c.text))
        fm = painter.fontMetrics()
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        label_w = max(fm.horizontalAdvance(b.text) for b in self._bars) + 16
        bar_h = max(fm.height() + 6, 22)
        most = max(b.count for b in self._bars)
        room = max(40, self.width() - label_w - 60)
        top = 4.0
        heading = None
        for bar in self._bars:
            title = _tr("Changed position") if bar.real else _tr("Named in one vote only")
            if title != heading:
                heading = title
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor(c.text if bar.real else c.dim_text))
                painter.drawText(
                    QRectF(0, top, self.width(), bar_h), Qt.AlignmentFlag.AlignVCenter, title
                )
                font.setBold(False)
                painter.setFont(font)
                top += bar_h
            painter.setPen(QColor(c.text if bar.real else c.dim_text))
            painter.drawText(
                QRectF(0, top, label_w - 8, bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
            width = room * bar.count / most
            colour = c.stronger_marker if bar.real else c.dim_text
            painter.fillRect(QRectF(label_w, top + 3, width, bar_h - 6), QColor(colour))
            painter.drawText(
                QRectF(label_w + width + 6, top, 50, bar_h),
                Qt.AlignmentFlag.AlignVCenter,
                str(bar.count),
            )
            top += bar_h + 4
        painter.end()
