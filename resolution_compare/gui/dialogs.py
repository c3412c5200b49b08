"""Every modal dialog the app opens goes through this module, so tests can patch it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = "Resolutions (*.txt *.pdf *.docx);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def choose_files(parent: QWidget | None, folder: str = "") -> list[Path]:
    """Ask for files to compare (two: a pair; three or more: a history); [] when cancelled."""
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


HISTORY_EXPORTS = (
    ("PDF report (*.pdf)", "pdf"),
    ("HTML report (*.html)", "html"),
    ("Provisions grid, CSV (*.csv)", "provisions"),
    ("Vote matrix, CSV (*.csv)", "votes"),
)


def choose_history_export(parent: QWidget | None, suggested: str) -> tuple[Path, str] | None:
    """Where to save a history export, and what: "pdf", "html", "provisions" or "votes"."""
    filters = ";;".join(_tr(text) for text, _ in HISTORY_EXPORTS)
    name, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export the history"), suggested, filters
    )
    if not name:
        return None
    path = Path(name)
    kind = next((k for text, k in HISTORY_EXPORTS if _tr(text) == chosen), "pdf")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        kind = "html"
    elif suffix == ".pdf":
        kind = "pdf"
    elif suffix != ".csv":
        path = path.with_suffix(".csv" if kind in ("provisions", "votes") else f".{kind}")
    elif kind not in ("provisions", "votes"):
        kind = "provisions"
    return path, kind
