"""Small JSON files in the config folder: atomic writes, corrupt files moved aside.

Settings and recent comparisons both live here. A write goes to a temporary file in the
same folder and is renamed over the old one (os.replace), so a crash never leaves half a
file. A file that cannot be read as the JSON object we expect is renamed to
``<name>.corrupt`` (kept for the user) and the caller starts from defaults.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Resolution Compare"
APP_AUTHOR = "Resolution Compare"


def config_dir() -> Path:
    """The folder for settings and recent files; env RESOLUTION_COMPARE_CONFIG_DIR wins."""
    override = os.environ.get("RESOLUTION_COMPARE_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def write_json_atomic(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(value, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def read_json_object(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when missing or corrupt (a corrupt file is moved aside)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        value = None
    if not isinstance(value, dict):
        move_aside(path)
        return None
    return value


def move_aside(path: Path) -> Path | None:
    """Rename a bad file to ``<name>.corrupt`` (never deleting an older backup's content)."""
    backup = path.with_name(path.name + ".corrupt")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.corrupt{n}")
    try:
        os.replace(path, backup)
    except OSError:
        return None
    return backup
