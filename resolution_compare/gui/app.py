"""Start the app: ``run_app`` is what ``resolution-compare open`` calls."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from resolution_compare.core.errors import InputError
from resolution_compare.resources import resource_path


def _needs_offscreen() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def make_application() -> object:
    """The QApplication (created once) with name, icon and font set."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from resolution_compare.gui.theme import app_font
    from resolution_compare.qtcompat import keep_none_alive

    keep_none_alive()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Resolution Compare")
    app.setOrganizationName("Resolution Compare")
    app.setApplicationDisplayName("Resolution Compare")
    # Wayland and desktop docks match the window to the installed .desktop entry by this name.
    app.setDesktopFileName("org.resolutioncompare.app")
    icon = resource_path("icons", "resolution-compare.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setFont(app_font())
    return app


def run_app(
    left: Path | None = None,
    right: Path | None = None,
    sample: bool = False,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    view: str | None = None,
    theme: str | None = None,
    more: list[Path] | None = None,
    protect: Sequence[Path] = (),
) -> int:
    """Open the window (start page, or the comparison of LEFT and RIGHT, or the sample; with
    ``more`` files, or a folder, the history of all of them), on ``view`` once it is shown.

    With ``screenshot`` the window is rendered (offscreen when there is no display), saved
    as PNG once the comparison is on screen, and the function returns 0 (2 when the files
    could not be opened or the image could not be written: one line on stderr); ``view``
    "legend" or "shortcuts" captures that Help page instead of the window. The image goes
    through the one atomic writer, never over one of ``protect`` (the files opened). A
    screenshot run leaves the user's settings and recent comparisons as they were.
    ``theme`` ("light", "dark", "system") overrides the saved theme for this run.
    """
    if _needs_offscreen() and not os.environ.get("QT_QPA_PLATFORM"):
        if screenshot is None:
            # Qt would abort the process with a page of plugin errors; say it in one line.
            raise InputError(
                "no display found (DISPLAY is not set): run the app in a desktop session, "
                "or use --screenshot PNG, or `resolution-compare report` for a PDF"
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from resolution_compare import resources
    from resolution_compare.gui import qt_messages
    from resolution_compare.gui.main_window import MainWindow

    # Before the QApplication: a platform plugin that cannot load becomes one line, exit 2.
    qt_messages.install()
    app = make_application()
    assert isinstance(app, QApplication)
    from resolution_compare.gui.settings import load_settings

    settings = load_settings()
    if theme in ("system", "light", "dark"):
        settings.theme = theme  # type: ignore[assignment]
    window = MainWindow(settings)
    window.persist_settings = screenshot is None
    if size is not None:
        window.set_size(*size)
    pair: tuple[Path, Path] | None = None
    series = [p for p in (left, right, *(more or [])) if p is not None]
    history = not sample and (len(series) >= 3 or any(p.is_dir() for p in series))
    if sample:
        pair = resources.sample_pair()
    elif history:
        pass  # opened below, once the window shows
    elif left is not None and right is not None:
        pair = (left, right)
    elif left is not None:
        window.start_page.set_files(left, None)
        window.left_path = left
    window.show()
    if history:
        window.history_ctl.open_paths(series)
    elif pair is not None:
        # Two files given are put in date order, as two files dropped at once are: the
        # verdicts read left → right (core/sides.py).
        window.compare_paths(*pair, auto_order=not sample)

    def select_view() -> Any:
        """Show ``view``; the widget a screenshot captures."""
        target: Any = window
        if view == "history-votes":
            window.history_ctl.page.tabs.setCurrentIndex(1)
            window.history_ctl.page.select_state("MEX")
        elif view == "votes":
            window.show_votes_tab()
        elif view == "start":
            window.show_start_page()
        elif view in ("legend", "shortcuts"):
            window.show_first_language_change()
            getattr(window, f"show_{view}")()
            target = window.findChild(QDialog, f"helpPage-{view}")
        elif not history:
            window.show_first_language_change()
        return target

    if screenshot is None:
        if view is not None:
            _when_shown(window, history, pair is not None, view, select_view)
        return app.exec()

    outcome = {"code": 0}

    def shoot() -> None:
        try:  # whatever happens, the event loop ends: a screenshot run never hangs
            target = select_view()
            QApplication.processEvents()
            if target is window and window.stack.currentWidget() is window.page:
                window.page.view.lay_out_visible()  # the rows on screen, measured
            write_png(target.grab(), screenshot, protect)
        except InputError as err:
            print(f"resolution-compare: {err}", file=sys.stderr)
            outcome["code"] = 2
        finally:
            app.quit()

    def failed(message: str) -> None:
        print(f"resolution-compare: {message}", file=sys.stderr)
        outcome["code"] = 2
        QTimer.singleShot(50, shoot)

    if history and view != "start":
        window.history_ctl.historyShown.connect(lambda _h: QTimer.singleShot(150, shoot))
        window.history_ctl.historyFailed.connect(failed)
    elif pair is not None and view != "start":
        # No waiting on a timer: the rows on screen are laid out before the grab.
        window.comparisonShown.connect(lambda _c: QTimer.singleShot(0, shoot))
        window.loadFailed.connect(failed)
    else:
        QTimer.singleShot(150, shoot)
    app.exec()
    window.close()
    return outcome["code"]


def _when_shown(
    window: Any, history: bool, pair: bool, view: str, select: Callable[[], Any]
) -> None:
    """Run ``select`` once what was opened is on screen (at once for the start page)."""
    from PySide6.QtCore import QTimer

    if history and view != "start":
        window.history_ctl.historyShown.connect(lambda _h: select())
    elif pair and view != "start":
        window.comparisonShown.connect(lambda _c: select())
    else:
        QTimer.singleShot(0, select)


def write_png(pixmap: Any, path: Path, protect: Sequence[Path] = ()) -> None:
    """Save a QPixmap as PNG through the one atomic writer (core/files.py): never over one of
    ``protect``, never half an image. Raises InputError (one line) when it cannot."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from resolution_compare.core.files import write_atomically

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise InputError(f"{path}: the window could not be rendered as PNG")
    buffer.close()
    write_atomically(path, bytes(data.data()), protect, what="the screenshot")
