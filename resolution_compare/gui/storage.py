"""Small JSON files in the config folder: atomic writes, corrupt files moved aside.

Settings and recent comparisons both live here. A write goes through the one atomic writer
(:func:`resolution_compare.core.files.write_atomically`: temporary file, then rename; the
user's umask; an existing file keeps its mode), so a crash never leaves half a file. A read
opens the file only if it is a regular file (a FIFO would block the app forever) and never
reads more than :data:`MAX_CONFIG_BYTES` (a 1 GB sparse file is not read whole). A file that
cannot be read at all, or not as the JSON object we expect (also one nested so deeply that the
decoder gives up), is renamed to ``<name>.corrupt`` (kept for the user) and the caller starts
from defaults.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from resolution_compare.core.errors import InputError
from resolution_compare.core.files import read_regular_file, write_atomically

APP_NAME = "Resolution Compare"
APP_AUTHOR = "Resolution Compare"
# Settings are a few hundred bytes and the recent list a few KB: 1 MB is far above both.
MAX_CONFIG_BYTES = 1024 * 1024


def config_dir() -> Path:
    """The folder for settings and recent files; env RESOLUTION_COMPARE_CONFIG_DIR wins."""
    override = os.environ.get("RESOLUTION_COMPARE_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def write_json_atomic(path: Path, value: Any) -> None:
    """Write ``value`` as JSON through the atomic writer; OSError when it cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_atomically(path, data, what="the settings")
    except InputError as err:  # callers treat any failure to save as an OSError
        raise OSError(str(err)) from None


def read_json_object(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when missing or corrupt (a corrupt file is moved aside).

    Never blocks (a FIFO is not read), never reads more than :data:`MAX_CONFIG_BYTES`, never
    raises: a file that is not a regular file, too large, unreadable or not a JSON object
    is moved aside as ``<name>.corrupt``.
    """
    try:
        raw = read_regular_file(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):  # not regular, too large, unreadable, NUL in the path
        move_aside(path)
        return None
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        value = None
    if not isinstance(value, dict):
        move_aside(path)
        return None
    return value


def move_aside(path: Path) -> Path | None:
    """Rename a bad file to ``<name>.corrupt`` (never deleting an older backup's content)."""
    backup = path.with_name(path.name + ".corrupt")
    n = 1
    while os.path.lexists(backup):
        n += 1
        backup = path.with_name(f"{path.name}.corrupt{n}")
    try:
        os.replace(path, backup)
    except OSError:
        return None
    return backup
