"""Every dialog the app opens goes through this module, so tests can patch it.

Modal ones (files, export, print, messages) block; the Help pages are non-modal windows,
one per page, reused when asked for again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.gui.export_dialog import ExportChoice, ExportDialog

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


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def choose_export(parent: QWidget | None, proposal: ExportChoice) -> ExportChoice | None:
    """The export dialog, filled with ``proposal``; None when cancelled."""
    dialog = ExportDialog(parent, proposal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def choose_printer(parent: QWidget | None, paper: str) -> QPrinter | None:
    """The system print dialog on a landscape ``paper`` page; the configured printer or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print comparison report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def show_page(parent: QWidget, key: str, title: str, page_html: str) -> QDialog:
    """A non-modal window showing ``page_html`` (Help pages); one per ``key``, reused."""
    name = f"helpPage-{key}"
    dialog = parent.findChild(QDialog, name)
    if dialog is None:
        dialog = QDialog(parent)
        dialog.setObjectName(name)
        browser = QTextBrowser(dialog)
        browser.setObjectName("pageText")
        browser.setOpenExternalLinks(False)  # nothing leaves the machine, not even a click
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(620, 520)
    dialog.setWindowTitle(title)
    browser = dialog.findChild(QTextBrowser, "pageText")
    assert browser is not None
    browser.setHtml(page_html)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen has no window stacking
        dialog.raise_()
    return dialog


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
