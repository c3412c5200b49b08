"""The main window: start page, or the comparison (paragraphs and votes tabs).

Signals:
  ``comparisonShown(object)`` — a new Comparison is on screen (tests and --screenshot wait for it);
  ``loadFailed(str)`` — loading or comparing failed; the message is in the banner;
  ``exportFinished(str)`` — a report was written (its path).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resolution_compare import resources
from resolution_compare.core.comparison import CompareOptions, Comparison
from resolution_compare.gui import dialogs
from resolution_compare.gui.actions import ACTIONS, MENU_TITLES, build_actions
from resolution_compare.gui.comparison_page import ComparisonPage
from resolution_compare.gui.jobs import PairResult, load_and_compare
from resolution_compare.gui.recent import add_recent, load_recent
from resolution_compare.gui.rows_model import RowFilter
from resolution_compare.gui.settings import Settings, load_settings, save_settings
from resolution_compare.gui.start_page import StartPage
from resolution_compare.gui.theme import colours_for, palette_for
from resolution_compare.gui.worker import BackgroundRunner


class MainWindow(QMainWindow):
    comparisonShown = Signal(object)
    loadFailed = Signal(str)
    exportFinished = Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        self.comparison: Comparison | None = None
        self.left_path: Path | None = None
        self.right_path: Path | None = None
        self._shown_paths: tuple[Path | None, Path | None] = (None, None)
        self._system_palette: QPalette | None = None
        self.runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Resolution Compare"))
        self._build_widgets()
        self.actions_by_name = build_actions(self, lambda name: getattr(self, name))
        self._build_menus_and_toolbar()
        self._connect_signals()
        self._apply_settings()
        self.start_page.set_recent(load_recent())
        self._update_enabled()

    # --- construction ---------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_close = QToolButton()
        self.banner_close.setText("✕")
        self.banner_close.setToolTip(self.tr("Dismiss"))
        self.banner_box = QWidget()
        banner_layout = QHBoxLayout(self.banner_box)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.banner, 1)
        banner_layout.addWidget(self.banner_close)
        self.banner_box.hide()

        self.start_page = StartPage()
        self.page = ComparisonPage()
        self.comparison_page = self.page
        # Short names for the page's parts (tests and handlers use them).
        self.rows_model = self.page.rows_model
        self.view = self.page.view
        self.tabs = self.page.tabs
        self.change_list = self.page.change_list
        self.overview = self.page.overview
        self.find_bar = self.page.find_bar
        self.votes_panel = self.page.votes_panel
        self.header_panel = self.page.header_panel

        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner_box)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_menus_and_toolbar(self) -> None:
        menus = {key: self.menuBar().addMenu(self.tr(title)) for key, title in MENU_TITLES.items()}
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for spec in ACTIONS:
            action = self.actions_by_name[spec.name]
            menus[spec.menu].addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)
            if spec.name in ("start_page", "swap", "ignore_punctuation", "theme_dark"):
                menus[spec.menu].addSeparator()
        toolbar.addSeparator()
        group = QActionGroup(self)
        for name in ("filter_all", "filter_changes", "filter_operative"):
            group.addAction(self.actions_by_name[name])
            toolbar.addAction(self.actions_by_name[name])
        toolbar.addSeparator()
        toolbar.addAction(self.actions_by_name["show_routine"])
        themes = QActionGroup(self)
        for name in ("theme_system", "theme_light", "theme_dark"):
            themes.addAction(self.actions_by_name[name])

    def _connect_signals(self) -> None:
        self.banner_close.clicked.connect(self.hide_banner)
        self.start_page.filesDropped.connect(self._on_files_dropped)
        self.start_page.chooseRequested.connect(self._choose_side)
        self.start_page.recentChosen.connect(lambda a, b: self.compare_paths(Path(a), Path(b)))
        self.start_page.sampleRequested.connect(self.open_sample)
        self.view.filesDropped.connect(self._on_files_dropped)
        self.page.filterNeeded.connect(self._set_filter)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)

    def _apply_settings(self) -> None:
        s = self.settings
        a = self.actions_by_name
        a["show_routine"].setChecked(s.show_routine)
        a["ignore_case"].setChecked(s.ignore_case)
        a["ignore_punctuation"].setChecked(s.ignore_punctuation)
        a[f"filter_{s.row_filter}"].setChecked(True)
        a[f"theme_{s.theme}"].setChecked(True)
        self.rows_model.set_filter(s.row_filter)
        self.page.set_show_routine(s.show_routine)
        if s.geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(s.geometry)))
        else:
            self.resize(1400, 900)
        self._apply_theme()

    def _apply_theme(self, *_args: Any) -> None:
        colours = colours_for(self.settings.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self.settings.theme == "system":
                if self._system_palette is not None:
                    app.setPalette(self._system_palette)
            else:
                if self._system_palette is None:
                    self._system_palette = app.palette()
                app.setStyle("Fusion")
                app.setPalette(palette_for(colours))
        self.page.set_colours(colours)
        self.start_page.set_colours(colours)
        self.banner_box.setStyleSheet(
            f"background: {colours.banner_bg}; color: {colours.banner_fg};"
        )

    def _update_enabled(self) -> None:
        has = self.comparison is not None
        for name in (
            "export",
            "find",
            "find_next",
            "find_previous",
            "next_change",
            "previous_change",
            "first_change",
            "last_change",
            "show_votes",
            "show_paragraphs",
            "filter_all",
            "filter_changes",
            "filter_operative",
        ):
            self.actions_by_name[name].setEnabled(has)
        self.actions_by_name["swap"].setEnabled(bool(self.left_path or self.right_path))

    # --- loading ----------------------------------------------------------------------------
    def options(self) -> CompareOptions:
        return CompareOptions(
            ignore_case=self.settings.ignore_case,
            ignore_punctuation=self.settings.ignore_punctuation,
        )

    def compare_paths(self, left: Path, right: Path, auto_order: bool = False) -> None:
        """Load and compare off the UI thread; the current comparison stays until it succeeds."""
        self.left_path, self.right_path = left, right
        self.start_page.set_files(left, right)
        self.progress.show()
        self.status_label.setText(
            self.tr("Comparing {a} and {b}…").format(a=left.name, b=right.name)
        )
        options = self.options()
        self.runner.run(
            lambda: load_and_compare(left, right, options, auto_order),
            self._on_compared,
            self._on_failed,
        )

    def _on_compared(self, result: PairResult) -> None:
        self.progress.setVisible(self.runner.busy())
        self.left_path, self.right_path = result.left, result.right
        self._shown_paths = (result.left, result.right)
        self.start_page.set_files(result.left, result.right)
        self.hide_banner()
        self.show_comparison(result.comparison)
        self.start_page.set_recent(add_recent(result.left, result.right))
        note = self.tr(" (put in date order)") if result.swapped else ""
        self.status_label.setText(
            self.tr("Compared {a} → {b}").format(a=result.left.name, b=result.right.name) + note
        )
        self.comparisonShown.emit(result.comparison)

    def _on_failed(self, message: str) -> None:
        self.progress.setVisible(self.runner.busy())
        self.status_label.clear()
        if self.comparison is not None:
            # Keep what is on screen, and point both sides back at the files it shows.
            self.left_path, self.right_path = self._shown_paths
            self.start_page.set_files(self.left_path, self.right_path)
        self.show_banner(self.tr("Could not open: {m}").format(m=message))
        self.loadFailed.emit(message)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        # Show the page first: rows are laid out once, at the width they will be seen at.
        self.stack.setCurrentWidget(self.page)
        self.page.set_comparison(comparison)
        self.setWindowTitle(
            self.tr("{a} → {b} — Resolution Compare").format(
                a=comparison.left.label, b=comparison.right.label
            )
        )
        self._update_enabled()

    def show_banner(self, message: str) -> None:
        self.banner.setText("⚠ " + message)
        self.banner_box.show()

    def hide_banner(self) -> None:
        self.banner_box.hide()

    def _on_files_dropped(self, side: str, names: list[str]) -> None:
        paths = [Path(n) for n in names]
        if len(paths) >= 2:
            self.compare_paths(paths[0], paths[1], auto_order=True)
            if len(paths) > 2:
                self.show_banner(self.tr("Only the first two files are compared."))
            return
        self._set_side(side, paths[0])

    def _set_side(self, side: str, path: Path) -> None:
        left, right = (path, self.right_path) if side == "L" else (self.left_path, path)
        if left is not None and right is not None:
            self.compare_paths(left, right)
        else:
            self.left_path, self.right_path = left, right
            self.start_page.set_files(left, right)
            self._update_enabled()

    def _choose_side(self, side: str) -> None:
        title = (
            self.tr("Choose the earlier version")
            if side == "L"
            else self.tr("Choose the later version")
        )
        path = dialogs.choose_file(self, title, self.settings.last_folder)
        if path is not None:
            self.settings.last_folder = str(path.parent)
            self._set_side(side, path)

    # --- actions (names are used by the ACTIONS table) --------------------------------------
    def open_files_dialog(self) -> None:
        paths = dialogs.choose_files(self, self.settings.last_folder)
        if not paths:
            return
        self.settings.last_folder = str(paths[0].parent)
        if len(paths) >= 2:
            self.compare_paths(paths[0], paths[1], auto_order=True)
        else:
            self._set_side("R" if self.left_path and not self.right_path else "L", paths[0])

    def open_sample(self) -> None:
        left, right = resources.sample_pair()
        self.compare_paths(left, right)

    def show_start_page(self) -> None:
        self.start_page.set_recent(load_recent())
        self.stack.setCurrentWidget(self.start_page)
        self.tabs.setCurrentIndex(0)

    def export_report(self) -> None:
        if self.comparison is None:
            return
        comparison = self.comparison
        suggested = str(Path(self.settings.last_folder or Path.home()) / "comparison-report.pdf")
        path = dialogs.choose_report_path(self, suggested)
        if path is None:
            return
        fmt = "html" if path.suffix.lower() in (".html", ".htm") else "pdf"
        changes_only = self.rows_model.row_filter == "changes"
        inputs = [p for p in (self.left_path, self.right_path) if p is not None]

        def job() -> Path:
            from resolution_compare.report import export_report

            export_report(comparison, path, fmt, changes_only, "a4", inputs)
            return path

        self.progress.show()
        self.runner.run(job, self._on_exported, self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        self.progress.setVisible(self.runner.busy())
        self.status_label.setText(self.tr("Report saved: {p}").format(p=str(path)))
        self.exportFinished.emit(str(path))

    def _on_export_failed(self, message: str) -> None:
        self.progress.setVisible(self.runner.busy())
        self.show_banner(self.tr("Could not export the report: {m}").format(m=message))

    def swap_sides(self) -> None:
        if self.left_path and self.right_path:
            self.compare_paths(self.right_path, self.left_path)
        else:
            self.left_path, self.right_path = self.right_path, self.left_path
            self.start_page.set_files(self.left_path, self.right_path)

    def _set_filter(self, row_filter: RowFilter) -> None:
        current = self.current_source_row()
        self.settings.row_filter = row_filter
        self.actions_by_name[f"filter_{row_filter}"].setChecked(True)
        self.rows_model.set_filter(row_filter)
        if current is not None and self.rows_model.visible_row(current) is not None:
            self.jump_to_row(current)
        save_settings(self.settings)

    def filter_all(self, _checked: bool = True) -> None:
        self._set_filter("all")

    def filter_changes(self, _checked: bool = True) -> None:
        self._set_filter("changes")

    def filter_operative(self, _checked: bool = True) -> None:
        self._set_filter("operative")

    def toggle_routine(self, checked: bool) -> None:
        self.settings.show_routine = checked
        self.page.set_show_routine(checked)
        save_settings(self.settings)

    def _toggle_option(self, name: str, checked: bool) -> None:
        setattr(self.settings, name, checked)
        save_settings(self.settings)
        if self.comparison is not None and self.left_path and self.right_path:
            self.compare_paths(self.left_path, self.right_path)

    def toggle_ignore_case(self, checked: bool) -> None:
        self._toggle_option("ignore_case", checked)

    def toggle_ignore_punctuation(self, checked: bool) -> None:
        self._toggle_option("ignore_punctuation", checked)

    def _set_theme(self, theme: str) -> None:
        if theme in ("system", "light", "dark"):
            self.settings.theme = theme  # type: ignore[assignment]
        self._apply_theme()
        save_settings(self.settings)

    def theme_system(self, _checked: bool = True) -> None:
        self._set_theme("system")

    def theme_light(self, _checked: bool = True) -> None:
        self._set_theme("light")

    def theme_dark(self, _checked: bool = True) -> None:
        self._set_theme("dark")

    def show_paragraphs_tab(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_votes_tab(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_about(self) -> None:
        from resolution_compare import __version__

        dialogs.show_info(
            self,
            self.tr("About Resolution Compare"),
            self.tr(
                "Resolution Compare {v}\nCompares two versions of a UN resolution. Works offline: "
                "no file leaves this computer."
            ).format(v=__version__),
        )

    # --- navigation (the page does the work) ------------------------------------------------
    def current_source_row(self) -> int | None:
        return self.page.current_source_row()

    def jump_to_row(self, source: int) -> None:
        self.page.jump_to_row(source)

    def _step_change(self, forward: bool, from_start: bool = False) -> None:
        if not self.page.step_change(forward, from_start):
            self.status_label.setText(self.tr("No changes."))

    def next_change(self) -> None:
        self._step_change(True)

    def previous_change(self) -> None:
        self._step_change(False)

    def first_change(self) -> None:
        self._step_change(True, from_start=True)

    def last_change(self) -> None:
        self._step_change(False, from_start=True)

    def show_first_language_change(self) -> None:
        self.page.show_first_language_change()

    def show_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self.page.find_text(self.find_bar.edit.text(), True)

    def find_previous(self) -> None:
        self.page.find_text(self.find_bar.edit.text(), False)

    # --- persistence ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        save_settings(self.settings)
        self.runner.wait(5000)
        super().closeEvent(event)
