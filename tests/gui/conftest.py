"""GUI fixtures: a main window with default settings (config isolated by tests/conftest.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from resolution_compare.gui.app import make_application
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.gui.settings import Settings


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    make_application()
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.set_size(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # A history still loading is cancelled and waited for, and the test's garbage collected
    # here, on the UI thread: a collection that happens to run on the next test's worker
    # thread would destroy Qt objects off their thread (seen as a rare crash in the suite).
    if w.history_ctl.loading():
        w.history_ctl.cancel()
    w.runner.wait(60000)
    gc.collect()


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_files(target: QWidget, *paths: Path, x: float | None = None) -> None:
    """Deliver a real QDropEvent carrying file URLs to ``target``."""
    mime = file_mime(*paths)
    pos = QPointF(x if x is not None else target.width() / 2, target.height() / 2)
    event = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt drops a synthetic Drop event that no drag preceded, so call the handler directly.
    target.dropEvent(event)
