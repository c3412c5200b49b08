"""Colours and fonts. Light/dark follows the system unless the user picked one.

Changes always carry a decoration as well as a colour (deleted = strikethrough,
inserted = underline) so they read for colour-blind users and in print.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

FONT_FAMILIES = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "DejaVu Sans"]


@dataclass(frozen=True)
class Colours:
    dark: bool
    text: str
    dim_text: str
    deleted_fg: str
    deleted_bg: str
    inserted_fg: str
    inserted_bg: str
    gap_bg: str
    gap_hatch: str
    modified_marker: str
    inserted_marker: str
    deleted_marker: str
    moved_marker: str
    stronger: str
    weaker: str
    badge_bg: str
    current_bg: str
    banner_bg: str
    banner_fg: str
    grid: str
    base_bg: str
    window_bg: str
    find_bg: str


LIGHT = Colours(
    dark=False,
    text="#1b1b1b",
    dim_text="#7a7a7a",
    deleted_fg="#a3161a",
    deleted_bg="#fde2e1",
    inserted_fg="#0f6b2f",
    inserted_bg="#dcf5e3",
    gap_bg="#f3f3f3",
    gap_hatch="#dcdcdc",
    modified_marker="#c98a00",
    inserted_marker="#2e9e50",
    deleted_marker="#d23b3b",
    moved_marker="#5b6ee1",
    stronger="#8a1c7c",
    weaker="#1d5fa8",
    badge_bg="#eef0f6",
    current_bg="#e3ecfb",
    banner_bg="#fff1d6",
    banner_fg="#5c3b00",
    grid="#e2e2e2",
    base_bg="#ffffff",
    window_bg="#efefef",
    find_bg="#ffe066",
)

DARK = Colours(
    dark=True,
    text="#e8e8e8",
    dim_text="#9a9a9a",
    deleted_fg="#ff9b9b",
    deleted_bg="#4a1f22",
    inserted_fg="#8be0a4",
    inserted_bg="#173d25",
    gap_bg="#2a2a2a",
    gap_hatch="#3a3a3a",
    modified_marker="#e0a92e",
    inserted_marker="#4cc46f",
    deleted_marker="#f06262",
    moved_marker="#8d9cff",
    stronger="#e08ad4",
    weaker="#84b6f0",
    badge_bg="#33363d",
    current_bg="#2c3a52",
    banner_bg="#4a3a12",
    banner_fg="#ffe6a8",
    grid="#3a3a3a",
    base_bg="#1e1f22",
    window_bg="#2b2d30",
    find_bg="#e0b84a",
)


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
        (role.Highlight, colours.moved_marker),
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
