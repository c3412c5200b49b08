"""Every modal dialog the app opens goes through this module, so tests can patch it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = "Resolutions (*.txt *.pdf *.docx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def choose_files(parent: QWidget | None, folder: str = "") -> list[Path]:
    """Ask for one or two files to compare; empty list when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, _tr("Open resolutions to compare"), folder, _tr(FILE_FILTER)
    )
    return [Path(n) for n in names]


def choose_file(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, _tr(FILE_FILTER))
    return Path(name) if name else None


def choose_report_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save the report; the suffix (.pdf/.html) picks the format."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Export comparison report"),
        suggested,
        _tr("PDF report (*.pdf);;HTML report (*.html)"),
    )
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)
