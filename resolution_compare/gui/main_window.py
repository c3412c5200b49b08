"""The main window: start page, the comparison (paragraphs and votes tabs), or the history
of a series (gui/history_controller.py: three or more files, or a folder).

Signals:
  ``comparisonShown(object)`` — a new Comparison is on screen (tests and --screenshot wait for it);
  ``loadFailed(str)`` — loading or comparing failed; the message is in the banner;
  ``exportFinished(str)`` — a report was written (its path);
  ``printFinished(int)`` — a report was printed (its page count).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QPalette,
    QScreen,
)
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
from resolution_compare.core.sides import language_roles, side_roles
from resolution_compare.gui import dialogs, geometry
from resolution_compare.gui.actions import ACTIONS, MENU_TITLES, build_actions
from resolution_compare.gui.comparison_page import ComparisonPage
from resolution_compare.gui.history_controller import HistoryController, opens_history
from resolution_compare.gui.jobs import PairResult, SideLoadError, load_and_compare
from resolution_compare.gui.recent import add_recent, load_recent
from resolution_compare.gui.report_actions import ReportActions
from resolution_compare.gui.rows_model import RowFilter
from resolution_compare.gui.settings import (
    Settings,
    load_settings,
    save_settings,
)
from resolution_compare.gui.start_page import StartPage
from resolution_compare.gui.theme import colours_for, palette_for, toolbar_css
from resolution_compare.gui.view_actions import ViewActions
from resolution_compare.gui.worker import BackgroundRunner

# Actions that mean nothing until a comparison is on screen.
NEEDS_COMPARISON = (
    "export",
    "print",
    "copy",
    "find",
    "find_next",
    "find_previous",
    "swap",
    "next_change",
    "previous_change",
    "first_change",
    "last_change",
    "show_votes",
    "show_paragraphs",
    "filter_all",
    "filter_changes",
    "filter_operative",
    "show_routine",
)


def screen_info(screen: QScreen) -> tuple[str, geometry.Rect]:
    """A screen's settings key and its available area (without panels and docks)."""
    area = screen.availableGeometry()
    rect = geometry.Rect(area.x(), area.y(), area.width(), area.height())
    return geometry.screen_key(screen.name(), rect), rect


def current_screen() -> tuple[str, geometry.Rect]:
    """The screen the window opens on: the one under the mouse."""
    return screen_info(QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen())


def screen_of(widget: QWidget) -> tuple[str, geometry.Rect]:
    """The screen a shown window is on (where it is remembered when it closes)."""
    return screen_info(widget.screen())


class MainWindow(ReportActions, ViewActions, QMainWindow):
    comparisonShown = Signal(object)
    loadFailed = Signal(str)
    exportFinished = Signal(str)
    printFinished = Signal(int)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or load_settings()
        self.comparison: Comparison | None = None
        self.left_path: Path | None = None
        self.right_path: Path | None = None
        self.shown_paths: tuple[Path | None, Path | None] = (None, None)
        # False after Swap sides: without adoption dates the sides are then left/right.
        self.in_given_order = True
        self._pending_order = True
        # False for a screenshot run: the user's settings (theme, window place) stay as they were.
        self.persist_settings = True
        self._system_palette: QPalette | None = None
        self.runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Resolution Compare"))
        self._build_widgets()
        self.history_ctl = HistoryController(self)
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
        self.toolbar = toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for spec in ACTIONS:
            action = self.actions_by_name[spec.name]
            menus[spec.menu].addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)
            if spec.separator:
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
        self.view.zoomRequested.connect(self._zoom_by)
        self.history_ctl.page.zoomRequested.connect(self._zoom_by)
        self.page.filterNeeded.connect(self._set_filter)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._apply_theme)
        self.stack.currentChanged.connect(self._update_enabled)

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
        self._apply_zoom()
        self.place_window()
        self._apply_theme()

    def place_window(self) -> None:
        """Size and place the window for the screen it opens on (gui/geometry.py)."""
        key, available = current_screen()
        place = geometry.restore_place(self.settings.window_places, key, available)
        r = place.rect
        self.setGeometry(r.x, r.y, r.width, r.height)
        self._open_maximized = place.maximized

    def set_size(self, width: int, height: int) -> None:
        """An explicit size (``open --size``, tests): not maximised, whatever the screen."""
        self._open_maximized = False
        self.resize(width, height)

    def show(self) -> None:
        if getattr(self, "_open_maximized", False):
            self._open_maximized = False
            self.showMaximized()
            return
        super().show()

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
        self.toolbar.setStyleSheet(toolbar_css(colours))
        self.history_ctl.set_colours(colours)
        self.banner_box.setStyleSheet(
            f"background: {colours.banner_bg}; color: {colours.banner_fg};"
        )

    def _update_enabled(self, *_page: int) -> None:
        # The pair's actions work on the comparison page only: on the History grid or the
        # start page they would act on a page that is not shown (QA D10).
        has = self.comparison is not None and self.stack.currentWidget() is self.page
        for name in NEEDS_COMPARISON:
            self.actions_by_name[name].setEnabled(has)
        self.actions_by_name["history_view"].setEnabled(self.history_ctl.history is not None)
        if self.history_ctl.is_current():
            # The History view exports and finds for itself; the pair's actions stay off.
            for name in ("export", "find"):
                self.actions_by_name[name].setEnabled(True)
            self.actions_by_name["print"].setEnabled(False)

    def update_actions(self) -> None:
        """Enable the actions that apply to what is on screen."""
        self._update_enabled()

    # --- loading ----------------------------------------------------------------------------
    def options(self) -> CompareOptions:
        return CompareOptions(
            ignore_case=self.settings.ignore_case,
            ignore_punctuation=self.settings.ignore_punctuation,
        )

    def compare_paths(
        self, left: Path, right: Path, auto_order: bool = False, in_given_order: bool = True
    ) -> None:
        """Load and compare off the UI thread; the current comparison stays until it succeeds.

        ``in_given_order`` False says LEFT is not known to be the earlier version (Swap sides).
        """
        self.left_path, self.right_path = left, right
        self._pending_order = in_given_order
        self.start_page.set_files(left, right)
        self.progress.show()
        self.status_label.setText(
            self.tr("Comparing {a} and {b}…").format(a=left.name, b=right.name)
        )
        options = self.options()

        def job() -> PairResult | SideLoadError:
            try:
                return load_and_compare(left, right, options, auto_order)
            except SideLoadError as err:
                return err  # handed back whole: the window needs to know which side failed

        self.runner.run(job, self._on_compared, self._on_failed)

    def _on_compared(self, result: PairResult | SideLoadError) -> None:
        if isinstance(result, SideLoadError):
            self._on_failed(str(result), result.side)
            return
        self.progress.setVisible(self.runner.busy())
        self.left_path, self.right_path = result.left, result.right
        self.shown_paths = (result.left, result.right)
        self.in_given_order = self._pending_order
        self.start_page.set_files(result.left, result.right)
        self.hide_banner()
        notes: tuple[str, ...] = ()
        if _same_file(result.left, result.right):
            notes = (self.tr("The same file is on both sides: there is nothing to compare."),)
        self.show_comparison(result.comparison, notes)
        if self.persist_settings:  # a screenshot run leaves the recent list as it was
            self.start_page.set_recent(add_recent(result.left, result.right))
        note = self.tr(" (put in date order)") if result.swapped else ""
        self.status_label.setText(
            self.tr("Compared {a} → {b}").format(a=result.left.name, b=result.right.name) + note
        )
        self.comparisonShown.emit(result.comparison)

    def _on_failed(self, message: str, side: str | None = None) -> None:
        self.progress.setVisible(self.runner.busy())
        self.status_label.clear()
        if self.comparison is not None:
            # Keep what is on screen, and point both sides back at the files it shows.
            self.left_path, self.right_path = self.shown_paths
        elif side == "L":
            self.left_path = None  # a file that could not be read is not "chosen"
        elif side == "R":
            self.right_path = None
        else:
            self.left_path = self.right_path = None
        self.start_page.set_files(self.left_path, self.right_path)
        self.show_banner(self.tr("Could not open: {m}").format(m=message))
        self.loadFailed.emit(message)

    def show_comparison(self, comparison: Comparison, notes: tuple[str, ...] = ()) -> None:
        self.comparison = comparison
        # Show the page first: rows are laid out once, at the width they will be seen at.
        self.stack.setCurrentWidget(self.page)
        roles = language_roles(comparison.left, comparison.right) or side_roles(
            comparison.left, comparison.right, self.in_given_order
        )
        self.page.set_comparison(comparison, roles, notes)
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
        if opens_history(paths):
            self.history_ctl.open_paths(paths)
            return
        if len(paths) >= 2:
            self.compare_paths(paths[0], paths[1], auto_order=True)
            if len(paths) > 2:
                self.show_banner(self.tr("Only the first two files are compared."))
            return
        self._set_side(side, paths[0])

    def _set_side(self, side: str, path: Path) -> None:
        left, right = (path, self.right_path) if side == "L" else (self.left_path, path)
        if left is not None and right is not None:
            self.compare_paths(left, right, in_given_order=self.in_given_order)
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
        if opens_history(paths):
            self.history_ctl.open_paths(paths)
        elif len(paths) >= 2:
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
        self._update_enabled()

    def show_history_view(self) -> None:
        self.history_ctl.show()

    def swap_sides(self) -> None:
        if self.comparison is None or not (self.left_path and self.right_path):
            return
        self.compare_paths(self.right_path, self.left_path, in_given_order=not self.in_given_order)

    def copy(self) -> None:
        if self.comparison is not None:
            self.page.copy()

    def _set_filter(self, row_filter: RowFilter) -> None:
        self.settings.row_filter = row_filter
        self.actions_by_name[f"filter_{row_filter}"].setChecked(True)
        self.page.set_filter(row_filter)
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
        if self.history_ctl.is_current():
            self.history_ctl.reload()
        elif self.comparison is not None and self.left_path and self.right_path:
            self.compare_paths(self.left_path, self.right_path, in_given_order=self.in_given_order)

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

    # --- navigation (the page does the work) ------------------------------------------------
    def current_source_row(self) -> int | None:
        return self.page.current_source_row()

    def jump_to_row(self, source: int) -> None:
        self.page.jump_to_row(source)

    def _step_change(self, forward: bool, from_start: bool = False) -> None:
        if not self.page.step_change(forward, from_start):
            self.status_label.setText(self.page.no_change_text())

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
        if self.history_ctl.is_current():
            self.history_ctl.page.open_find()
            return
        # Ctrl+F on the Votes tab finds a State; elsewhere, words in the paragraphs.
        if self.stack.currentWidget() is not self.page:
            return
        self.find_bar.open_bar()

    def find_next(self) -> None:
        self.page.find_text(self.find_bar.edit.text(), True)

    def find_previous(self) -> None:
        self.page.find_text(self.find_bar.edit.text(), False)

    # --- persistence ------------------------------------------------------------------------
    def remember_place(self) -> None:
        """Store the window's normal geometry and maximised state for its current screen."""
        key, _area = screen_of(self)
        normal = self.normalGeometry()
        place = geometry.WindowPlace(
            geometry.Rect(normal.x(), normal.y(), normal.width(), normal.height()),
            self.isMaximized(),
        )
        self.settings.window_places = {**self.settings.window_places, key: place.to_dict()}

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist_settings:
            self.remember_place()
            save_settings(self.settings)
        # A history still loading stops at its next version (its callbacks would reach
        # widgets being deleted), then the window waits for the job to end.
        if self.history_ctl.loading():
            self.history_ctl.cancel()
        self.runner.wait(5000)
        super().closeEvent(event)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False
