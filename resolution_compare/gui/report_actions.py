"""File ▸ Export report… and File ▸ Print…, for the main window (a mixin).

Both hand the work to the window's background runner and render through the one report
renderer (resolution_compare.report): the same HTML and page painter for the PDF, the HTML
file and the printer. The dialogs are opened through gui/dialogs.py (patched in tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resolution_compare.gui import dialogs
from resolution_compare.gui.export_dialog import ExportChoice, locale_paper, suggested_report_name
from resolution_compare.gui.settings import save_settings

if TYPE_CHECKING:
    from resolution_compare.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ReportActions(_Base):
    """Export and print handlers; expects the MainWindow's attributes and signals."""

    def export_proposal(self) -> ExportChoice:
        """What the export dialog starts with: a name from the symbols, the last folder,
        the last format and paper (the locale's paper the first time), the current filter."""
        assert self.comparison is not None
        fmt = self.settings.export_format
        name = suggested_report_name(self.comparison.left.label, self.comparison.right.label, fmt)
        folder = Path(self.settings.last_folder or Path.home())
        row_filter = self.rows_model.row_filter
        return ExportChoice(
            path=folder / name,
            fmt=fmt,
            paper=self.settings.paper or locale_paper(),
            changes_only=row_filter == "changes",
            operative_only=row_filter == "operative",
        )

    def export_report(self) -> None:
        if self.history_ctl.is_current():
            self.history_ctl.export()  # the History view has its own report and CSV exports
            return
        if self.comparison is None:
            return
        comparison, in_order = self.comparison, self.in_given_order
        # Never written over: the pair's files, and those of a history whose step is shown
        # (a step has no pair of its own: QA D7).
        pair = [p for p in (self.left_path, self.right_path, *self.shown_paths) if p]
        history_files = self.history_ctl.input_files
        choice = dialogs.choose_export(self, self.export_proposal())
        if choice is None:
            return
        self.settings.last_folder = str(choice.path.parent)
        self.settings.export_format = choice.fmt
        self.settings.paper = choice.paper
        save_settings(self.settings)

        def job() -> Path:
            from resolution_compare.report import export_report

            inputs = [*pair, *history_files()]
            export_report(
                comparison,
                choice.path,
                choice.fmt,
                choice.changes_only,
                choice.paper,
                operative_only=choice.operative_only,
                in_given_order=in_order,
                inputs=inputs,
            )
            return choice.path

        self.progress.show()
        self.runner.run(job, self._on_exported, self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        self.progress.setVisible(self.runner.busy())
        self.status_label.setText(self.tr("Report saved: {p}").format(p=str(path)))
        self.exportFinished.emit(str(path))

    def _on_export_failed(self, message: str) -> None:
        self.progress.setVisible(self.runner.busy())
        self.show_banner(self.tr("Could not export the report: {m}").format(m=message))

    def print_report(self) -> None:
        """File ▸ Print…: the system print dialog, then the report renderer on the printer."""
        if self.comparison is None:
            return
        printer = dialogs.choose_printer(self, self.settings.paper or locale_paper())
        if printer is None:
            return
        comparison, in_order = self.comparison, self.in_given_order
        row_filter = self.rows_model.row_filter

        def job() -> int:
            from resolution_compare.report import print_report

            return print_report(
                comparison,
                printer,
                changes_only=row_filter == "changes",
                operative_only=row_filter == "operative",
                in_given_order=in_order,
            )

        self.progress.show()
        self.runner.run(job, self._on_printed, self._on_print_failed)

    def _on_printed(self, pages: int) -> None:
        self.progress.setVisible(self.runner.busy())
        self.status_label.setText(self.tr("Sent to the printer ({n} pages).").format(n=pages))
        self.printFinished.emit(pages)

    def _on_print_failed(self, message: str) -> None:
        self.progress.setVisible(self.runner.busy())
        self.show_banner(self.tr("Could not print: {m}").format(m=message))
