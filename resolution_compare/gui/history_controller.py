"""The window's history mode: load a series off the UI thread with progress and Cancel,
show the History view, open a cell's step in the comparison page, export.

The main window owns one ``HistoryController`` and hands it three or more files, or a
folder; everything else about a history lives here, so the window stays about pairs.

Signals: ``historyShown(object)`` — a History is on screen; ``historyFailed(str)`` — loading
failed (the message is in the window's banner); ``stepShown(object)`` — a cell's step
comparison is on screen; ``exported(str)`` — a history report or CSV was written.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QToolButton

from resolution_compare.core.comparison import Comparison
from resolution_compare.core.errors import InputError
from resolution_compare.core.history import MAX_VERSIONS, History
from resolution_compare.core.history_build import step_comparison
from resolution_compare.gui import dialogs
from resolution_compare.gui.history_page import HistoryPage

if TYPE_CHECKING:
    from resolution_compare.gui.main_window import MainWindow


class _Cancelled(Exception):
    """Raised from the progress callback on the worker thread when the user cancels."""


def opens_history(paths: list[Path]) -> bool:
    """Three or more files, or any folder, make a history (two files make a pair)."""
    return len(paths) >= 3 or any(p.is_dir() for p in paths)


class HistoryController(QObject):
    historyShown = Signal(object)
    historyFailed = Signal(str)
    stepShown = Signal(object)
    exported = Signal(str)
    _progressed = Signal(int, int, str)  # emitted on the worker thread, delivered on the UI's

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page = HistoryPage()
        self.history: History | None = None
        self.paths: list[Path] = []
        self._cancel = threading.Event()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading the versions"))
        self.cancel_button.hide()
        window.stack.addWidget(self.page)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.page.cellActivated.connect(self.open_step)
        self.cancel_button.clicked.connect(self.cancel)
        self._progressed.connect(self._on_progress)

    # --- loading ----------------------------------------------------------------------------
    def is_current(self) -> bool:
        return self.window.stack.currentWidget() is self.page and self.history is not None

    def loading(self) -> bool:
        return self.cancel_button.isVisible()

    def open_paths(self, paths: list[Path]) -> None:
        """Load and build the history off the UI thread; the current view stays until done."""
        from resolution_compare.workflow_history import load_history

        self.paths = list(paths)
        self._cancel = threading.Event()
        cancel = self._cancel
        options = self.window.options()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.window.status_label.setText(self.tr("Reading the versions…"))

        def report(done: int, total: int, what: str) -> None:
            if cancel.is_set():
                raise _Cancelled
            self._progressed.emit(done, total, what)

        # Each load answers with its own Cancel flag: a load cancelled and replaced by a
        # newer one must not speak for the newer one.
        self.window.runner.run(
            lambda: load_history(paths, options, report),
            lambda history: self._on_loaded(history, cancel),
            lambda message: self._on_failed(message, cancel),
        )

    def reload(self) -> None:
        """Build the history again (the comparison options changed)."""
        if self.paths:
            self.open_paths(self.paths)

    def cancel(self) -> None:
        self._cancel.set()
        self._finish_loading()
        self.window.status_label.setText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self._cancel.is_set():
            return
        self.progress.show()
        self.cancel_button.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.window.status_label.setText(f"{what}…")

    def _finish_loading(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _settled(self, cancel: threading.Event) -> bool:
        """Whether a finished load still has a say: False for one replaced by a newer load
        (ignored) or cancelled (the status line says so)."""
        if cancel is not self._cancel:
            return False
        self._finish_loading()
        if cancel.is_set():
            self.window.status_label.setText(self.tr("Loading cancelled."))
            return False
        return True

    def _on_loaded(self, history: History, cancel: threading.Event) -> None:
        if not self._settled(cancel):
            return
        self.history = history
        self.window.hide_banner()
        self.page.set_history(history)
        self.show()
        self.historyShown.emit(history)

    def _on_failed(self, message: str, cancel: threading.Event) -> None:
        if not self._settled(cancel):
            return
        self.window.status_label.clear()
        if "at most" in message and str(MAX_VERSIONS) in message:
            message = self.tr("{m} — choose fewer files").format(m=message)
        self.window.show_banner(self.tr("Could not open the history: {m}").format(m=message))
        self.historyFailed.emit(message)

    def show(self) -> None:
        if self.history is None:
            return
        self.window.stack.setCurrentWidget(self.page)
        first, last = self.history.versions[0], self.history.versions[-1]
        self.window.setWindowTitle(
            self.tr("History {a} → {b} — Resolution Compare").format(a=first.label, b=last.label)
        )
        # The status line describes the page shown, not the step visited before (QA D10).
        self.window.status_label.setText(
            self.tr("History of {n} versions. Click a cell to see that step.").format(
                n=len(self.history.versions)
            )
        )
        self.window.update_actions()

    def input_files(self) -> list[Path]:
        """Every file the history was read from (the files of its folders too): no export
        may write over one, also from a step's comparison. Lists the folders: call it off
        the UI thread."""
        from resolution_compare.workflow_history import history_sources

        if not self.paths:
            return []
        try:
            return [p for p, _ in history_sources(self.paths)[0]]
        except InputError:  # a folder gone since: protect what was named
            return list(self.paths)

    # --- a cell's step ----------------------------------------------------------------------
    def open_step(self, provision: int, version: int) -> None:
        """Open the comparison behind a cell on the provision's row."""
        history = self.history
        if history is None:
            return
        chosen = history.provisions[provision]
        cell = chosen.cells[version]
        if cell.since is None:
            self.window.status_label.setText(
                self.tr("Nothing before this: the provision first appears here.")
                if cell.present
                else self.tr("The provision is not in this version yet.")
            )
            return
        stored = cell.since == version - 1

        def job() -> tuple[Comparison, int | None]:
            found = step_comparison(history, chosen, version)
            assert found is not None
            return found

        if stored:
            self._show_step(job(), provision, version)
        else:  # a step across a gap is compared anew: off the UI thread
            self.window.progress.show()
            self.window.runner.run(
                job,
                lambda found: self._show_step(found, provision, version),
                self._on_step_failed,
            )

    def _on_step_failed(self, message: str) -> None:
        self.window.progress.setVisible(self.window.runner.busy())
        self.window.show_banner(self.tr("Could not compare this step: {m}").format(m=message))

    def _show_step(
        self, found: tuple[Comparison, int | None], provision: int, version: int
    ) -> None:
        self.window.progress.setVisible(self.window.runner.busy())
        comparison, row = found
        self.page.select_cell(provision, version)
        # The pair came from the history, not from two chosen files: options toggled now
        # rebuild the history, not some earlier pair.
        self.window.left_path = self.window.right_path = None
        self.window.show_comparison(comparison)
        if row is not None:
            self.window.jump_to_row(row)
        self.window.status_label.setText(
            self.tr("{a} → {b}, a step of the history (Ctrl+Shift+Y goes back to it).").format(
                a=comparison.left.label, b=comparison.right.label
            )
        )
        self.stepShown.emit(comparison)

    # --- export -----------------------------------------------------------------------------
    def export(self) -> None:
        history = self.history
        if history is None:
            return
        folder = Path(self.window.settings.last_folder or Path.home())
        chosen = dialogs.choose_history_export(self.window, str(folder / "history-report.pdf"))
        if chosen is None:
            return
        path, kind = chosen

        def job() -> Path:
            from resolution_compare.report.history import (
                export_history_csv,
                export_history_report,
            )

            inputs = self.input_files()  # never written over
            if kind in ("provisions", "votes"):
                export_history_csv(history, path, kind, inputs)
            else:
                export_history_report(history, path, kind, "a4", inputs)
            return path

        self.window.progress.show()
        self.window.runner.run(job, self._on_exported, self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        self.window.progress.setVisible(self.window.runner.busy())
        self.window.status_label.setText(self.tr("Saved: {p}").format(p=str(path)))
        self.exported.emit(str(path))

    def _on_export_failed(self, message: str) -> None:
        self.window.progress.setVisible(self.window.runner.busy())
        self.window.show_banner(self.tr("Could not export: {m}").format(m=message))

    def set_colours(self, colours: Any) -> None:
        self.page.set_colours(colours)
