"""Colours and fonts of the window. Light/dark follows the system unless the user picked one.

The colours come from resolution_compare.palette (shared with the report). Changes always
carry a decoration as well as a colour (deleted = strikethrough, inserted = underline) so
they read for colour-blind users and in print.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

# The colours live in the one palette shared with the report; re-exported for the widgets.
from resolution_compare.palette import DARK, LIGHT, Colours

__all__ = ["DARK", "LIGHT", "Colours", "app_font", "colours_for", "palette_for", "toolbar_css"]

FONT_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "DejaVu Sans"]


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colours_for(choice: str) -> Colours:
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def palette_for(colours: Colours) -> QPalette:
    """A whole-application palette, used when the user overrides the system theme."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, colours.window_bg),
        (role.WindowText, colours.text),
        (role.Base, colours.base_bg),
        (role.AlternateBase, colours.gap_bg),
        (role.Text, colours.text),
        (role.Button, colours.window_bg),
        (role.ButtonText, colours.text),
        (role.ToolTipBase, colours.badge_bg),
        (role.ToolTipText, colours.text),
        (role.PlaceholderText, colours.dim_text),
        (role.Highlight, colours.stronger_marker),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(r, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(colours.dim_text))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(colours.dim_text))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(colours.dim_text))
    return palette


def app_font(point_size: float = 10.5) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def toolbar_css(colours: Colours) -> str:
    """Style sheet that makes a checked toolbar toggle plainly different from an unchecked one.

    Fusion's dark palette draws a checked tool button only a shade darker than the bar; a
    filled, bordered button is seen at a glance in both themes.
    """
    return (
        "QToolBar QToolButton:checked {"
        f" background-color: {colours.checked_bg}; border: 1px solid {colours.checked_border};"
        f" border-radius: 3px; color: {colours.text}; }}"
        "QToolBar QToolButton:checked:hover {"
        f" border: 2px solid {colours.checked_border}; }}"
        # Disabled (no comparison yet): the check still shows, but plainly inactive.
        "QToolBar QToolButton:checked:disabled {"
        f" background-color: {colours.window_bg}; border: 1px dashed {colours.dim_text};"
        f" color: {colours.dim_text}; }}"
    )
