"""The app's settings: one typed schema with defaults, stored as JSON in the config folder."""

from __future__ import annotations

import binascii
import contextlib
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from resolution_compare.gui.storage import config_dir, read_json_object, write_json_atomic

SETTINGS_FILE = "settings.json"
# Qt's saved geometry/state is well under 1 KB; longer values are not ours.
_MAX_BLOB_CHARS = 16 * 1024
# PATH_MAX on Linux; longer or NUL-carrying folder names cannot be opened anyway.
_MAX_FOLDER_CHARS = 4096
ThemeChoice = Literal["system", "light", "dark"]
RowFilter = Literal["all", "changes", "operative"]
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10


@dataclass
class Settings:
    """Everything the app remembers between runs. Unknown or mistyped keys fall back to defaults."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    show_routine: bool = True
    theme: ThemeChoice = "system"
    row_filter: RowFilter = "all"
    # Base64 of QMainWindow.saveGeometry()/saveState() (kept for older settings files;
    # the window now uses window_places).
    geometry: str = ""
    window_state: str = ""
    last_folder: str = ""
    # Per screen (gui/geometry.py screen_key): {"x", "y", "width", "height", "maximized"}.
    window_places: dict[str, Any] = field(default_factory=dict)
    zoom: int = 100  # text size of the comparison, percent (Ctrl++ / Ctrl+- / Ctrl+0)
    paper: str = ""  # "a4" / "letter"; "" = from the locale
    export_format: str = "pdf"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        defaults = cls()
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            value = raw.get(f.name, getattr(defaults, f.name))
            if not isinstance(value, type(getattr(defaults, f.name))):
                value = getattr(defaults, f.name)
            values[f.name] = value
        if values["theme"] not in ("system", "light", "dark"):
            values["theme"] = defaults.theme
        if values["row_filter"] not in ("all", "changes", "operative"):
            values["row_filter"] = defaults.row_filter
        if isinstance(values["zoom"], bool) or not ZOOM_MIN <= values["zoom"] <= ZOOM_MAX:
            values["zoom"] = defaults.zoom
        if values["paper"] not in ("", "a4", "letter"):
            values["paper"] = defaults.paper
        if values["export_format"] not in ("pdf", "html"):
            values["export_format"] = defaults.export_format
        for blob in ("geometry", "window_state"):
            if not _is_base64(values[blob]):
                values[blob] = ""
        folder = values["last_folder"]
        if len(folder) > _MAX_FOLDER_CHARS or "\x00" in folder:
            values["last_folder"] = ""
        return cls(**values)


def _is_base64(value: str) -> bool:
    """True for "" and for strict base64 of reasonable length (what saveGeometry gives)."""
    if len(value) > _MAX_BLOB_CHARS:
        return False
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return False
    return True


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings() -> Settings:
    raw = read_json_object(settings_path())
    return Settings() if raw is None else Settings.from_dict(raw)


def save_settings(settings: Settings) -> None:
    # A read-only config folder must not stop the app; the settings just do not persist.
    with contextlib.suppress(OSError):
        write_json_atomic(settings_path(), settings.to_dict())
