"""File ▸ Export report…: where, which format, which paper, which paragraphs.

The pure helpers (suggested name, extension and format from what was typed, paper from the
locale) are tested on their own; the dialog only gathers the choice. It is opened through
gui/dialogs.py like every modal dialog, so GUI tests patch that module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resolution_compare.report.paper import default_paper

EXTENSIONS = {".pdf": "pdf", ".html": "html", ".htm": "html"}
FILTERS = {"pdf": "PDF report (*.pdf)", "html": "HTML report (*.html *.htm)"}
# Characters that are not allowed (or are awkward) in file names on Windows, macOS or Linux.
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose in the export dialog."""

    path: Path
    fmt: str  # "pdf" or "html"
    paper: str  # "a4" or "letter"
    changes_only: bool
    operative_only: bool


def _name_parts(label: str) -> list[str]:
    """A symbol's parts ("A/HRC/RES/56/4" → A, HRC, RES, 56, 4); a file name's stem."""
    if "/" in label:
        return [p for p in re.split(r"[/\s]+", label.strip()) if p]
    return [Path(label).stem] if label.strip() else []


def suggested_report_name(left: str, right: str, fmt: str = "pdf") -> str:
    """A file name from both documents' symbols (or file names), e.g.
    ("A/HRC/RES/56/4", "A/HRC/RES/59/8") → "A-HRC-RES-56-4_vs_59-8.pdf".

    The part the two symbols share ("A/HRC/RES/") is written once.
    """
    a, b = _name_parts(left), _name_parts(right)
    shared = 0
    while shared < min(len(a), len(b)) - 1 and a[shared] == b[shared]:
        shared += 1
    first = "-".join(a) or "earlier"
    second = "-".join(b[shared:]) or "later"
    stem = _UNSAFE.sub("-", f"{first}_vs_{second}").strip("-.")
    return f"{stem}.{fmt}"


def report_path_and_format(typed: str, chosen_fmt: str) -> tuple[Path, str]:
    """The path to write and its format from what was typed and the format picked.

    An extension the user typed (.pdf, .html, .htm) decides the format; without one (or
    with another, e.g. "draft 56.4") the picked format's extension is added.
    """
    path = Path(typed.strip())
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is not None:
        return path, fmt
    return path.with_name(path.name + f".{chosen_fmt}"), chosen_fmt


def format_from_filter(selected_filter: str) -> str:
    """ "HTML report (*.html *.htm)" → "html"; anything else → "pdf"."""
    return "html" if "*.htm" in selected_filter else "pdf"


def locale_paper() -> str:
    """A4 or Letter from the user's locale (Letter in the Americas' Letter countries)."""
    return default_paper(QLocale.territoryToCode(QLocale().territory()))


class ExportDialog(QDialog):
    """Save-as line with Browse…, format, paper and the two paragraph options."""

    def __init__(self, parent: Any, choice: ExportChoice) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Export comparison report"))
        self.path_edit = QLineEdit(str(choice.path))
        self.path_edit.setAccessibleName(_tr("File name"))
        self.browse = QPushButton(_tr("Browse…"))
        self.format_box = QComboBox()
        self.format_box.addItem(_tr("PDF"), "pdf")
        self.format_box.addItem(_tr("HTML (one file, opens in any browser)"), "html")
        self.format_box.setCurrentIndex(0 if choice.fmt == "pdf" else 1)
        self.paper_box = QComboBox()
        self.paper_box.addItem(_tr("A4"), "a4")
        self.paper_box.addItem(_tr("Letter"), "letter")
        self.paper_box.setCurrentIndex(0 if choice.paper == "a4" else 1)
        self.changes_only = QCheckBox(_tr("Changes only (leave unchanged paragraphs out)"))
        self.changes_only.setChecked(choice.changes_only)
        self.operative_only = QCheckBox(_tr("Operative part only (leave the preamble out)"))
        self.operative_only.setChecked(choice.operative_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        where = QWidget()
        where_layout = QHBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        where_layout.addWidget(self.path_edit, 1)
        where_layout.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(_tr("Save as:"), where)
        form.addRow(_tr("Format:"), self.format_box)
        form.addRow(_tr("Paper (PDF):"), self.paper_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.changes_only)
        layout.addWidget(self.operative_only)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textEdited.connect(self._path_edited)
        self._format_changed()

    def _fmt(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self, *_args: object) -> None:
        fmt = self._fmt()
        self.paper_box.setEnabled(fmt == "pdf")
        # Keep the extension in step with the format, so what is shown is what is written.
        text = self.path_edit.text()
        path = Path(text)
        if text and EXTENSIONS.get(path.suffix.lower(), fmt) != fmt:
            self.path_edit.setText(str(path.with_suffix(f".{fmt}")))

    def _path_edited(self, text: str) -> None:
        fmt = EXTENSIONS.get(Path(text).suffix.lower())
        if fmt is not None and fmt != self._fmt():
            self.format_box.setCurrentIndex(0 if fmt == "pdf" else 1)

    def _browse(self) -> None:
        fmt = self._fmt()
        filters = ";;".join(_tr(FILTERS[f]) for f in ("pdf", "html"))
        name, selected = QFileDialog.getSaveFileName(
            self,
            _tr("Export comparison report"),
            self.path_edit.text(),
            filters,
            _tr(FILTERS[fmt]),
        )
        if name:
            self.set_path(name, format_from_filter(selected))

    def set_path(self, typed: str, filter_fmt: str | None = None) -> None:
        """Take a name from the file dialog (or a test): extension or filter picks the format."""
        path, fmt = report_path_and_format(typed, filter_fmt or self._fmt())
        self.format_box.setCurrentIndex(0 if fmt == "pdf" else 1)
        self.path_edit.setText(str(path))

    def choice(self) -> ExportChoice:
        path, fmt = report_path_and_format(self.path_edit.text(), self._fmt())
        return ExportChoice(
            path=path,
            fmt=fmt,
            paper=str(self.paper_box.currentData()),
            changes_only=self.changes_only.isChecked(),
            operative_only=self.operative_only.isChecked(),
        )
