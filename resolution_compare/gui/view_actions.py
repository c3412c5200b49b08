"""View ▸ zoom and tabs, and the Help pages, for the main window (a mixin).

The handlers named in the ACTIONS table (gui/actions.py) that only change how the window
shows things: the text size (one setting for the comparison and the History view), the
comparison's tabs, and the Help pages (opened through gui/dialogs.py, patched in tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resolution_compare.gui import dialogs
from resolution_compare.gui import help as help_pages
from resolution_compare.gui.settings import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, save_settings
from resolution_compare.gui.theme import app_font, colours_for

if TYPE_CHECKING:
    from resolution_compare.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ViewActions(_Base):
    """Zoom, tab and Help handlers; expects the MainWindow's attributes."""

    # --- zoom -------------------------------------------------------------------------------
    def _apply_zoom(self) -> None:
        size = app_font().pointSizeF() * self.settings.zoom / 100
        self.page.set_text_size(size)
        self.history_ctl.page.set_text_size(size)

    def _zoom_by(self, steps: int) -> None:
        zoom = self.settings.zoom + steps * ZOOM_STEP
        self.settings.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self._apply_zoom()
        self.status_label.setText(self.tr("Text size {z}%").format(z=self.settings.zoom))
        save_settings(self.settings)

    def zoom_in(self) -> None:
        self._zoom_by(1)

    def zoom_out(self) -> None:
        self._zoom_by(-1)

    def zoom_reset(self) -> None:
        self._zoom_by((100 - self.settings.zoom) // ZOOM_STEP)

    def show_paragraphs_tab(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_votes_tab(self) -> None:
        self.tabs.setCurrentIndex(1)

    # --- help -------------------------------------------------------------------------------
    def show_guide(self) -> None:
        dialogs.show_page(self, "guide", self.tr("Short guide"), help_pages.guide_html())

    def show_legend(self) -> None:
        colours = colours_for(self.settings.theme)
        dialogs.show_page(self, "legend", self.tr("Legend"), help_pages.legend_page_html(colours))

    def show_shortcuts(self) -> None:
        dialogs.show_page(
            self, "shortcuts", self.tr("Keyboard shortcuts"), help_pages.shortcuts_html()
        )

    def show_about(self) -> None:
        from resolution_compare import __version__

        dialogs.show_page(
            self, "about", self.tr("About Resolution Compare"), help_pages.about_html(__version__)
        )
