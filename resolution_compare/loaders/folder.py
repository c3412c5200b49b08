"""A folder given as input (``history FOLDER``, a folder dropped on the app): which files to read.

The folder is read one level deep, never following a link out of it, never opening what is
not a regular file (a FIFO would block, a device never end), skipping what cannot be read,
and refusing a folder with more entries than any set of resolution versions has (a home
folder or a download folder dropped by mistake). What is skipped is said, one line each
(at most :data:`MAX_NOTES`, then a count), never silently.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.core.files import kind_of
from resolution_compare.loaders.registry import DOCUMENT_SUFFIXES, display_name

# Skipped files named one by one in the notes; the rest are counted.
MAX_NOTES = 10
# Office lock files ("~$draft.docx") and editors' temporary files are never documents.
_TEMPORARY_PREFIXES = ("~$", ".~lock.")


@dataclass(frozen=True)
class FolderListing:
    """The files to read, sorted by name, and one-line notes on what was skipped."""

    files: tuple[Path, ...]
    notes: tuple[str, ...]


def _inside(target: Path, folder: Path) -> bool:
    try:
        target.relative_to(folder)
    except ValueError:
        return False
    return True


def list_folder(folder: Path) -> FolderListing:
    """The documents in ``folder`` (not its subfolders): .txt, .md, .pdf, .docx and kin.

    Raises InputError when ``folder`` is not a readable folder or holds more than
    :data:`~resolution_compare.core.limits.MAX_FOLDER_ENTRIES` entries.
    """
    folder = Path(folder)
    name = display_name(folder)
    try:
        real = Path(os.path.realpath(folder))
        if not real.is_dir():
            raise InputError(f"{name}: is not a folder")
        entries: list[os.DirEntry[str]] = []
        with os.scandir(real) as scan:
            for entry in scan:
                entries.append(entry)
                if len(entries) > limits.MAX_FOLDER_ENTRIES:
                    raise InputError(
                        f"{name}: the folder holds more than {limits.MAX_FOLDER_ENTRIES:,} "
                        "entries — choose the files to compare instead"
                    )
    except OSError as err:
        raise InputError(f"{name}: the folder cannot be read ({err.strerror or err})") from None
    files: list[Path] = []
    notes: list[str] = []
    seen: set[tuple[int, int]] = set()
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.startswith(_TEMPORARY_PREFIXES) or entry.name.startswith("."):
            continue
        shown = display_name(Path(entry.name))
        if Path(entry.name).suffix.lower() not in DOCUMENT_SUFFIXES:
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                target = Path(os.path.realpath(path))
                if not _inside(target, real):
                    notes.append(f"{shown}: a link out of the folder, not read")
                    continue
            info = os.stat(path)  # follows a link inside the folder
        except OSError as err:
            notes.append(f"{shown}: cannot be read ({err.strerror or err})")
            continue
        if not stat.S_ISREG(info.st_mode):
            if not stat.S_ISDIR(info.st_mode):
                notes.append(f"{shown}: {kind_of(info.st_mode)}, not a file — not read")
            continue
        if not os.access(path, os.R_OK):
            notes.append(f"{shown}: permission denied — not read")
            continue
        if (info.st_dev, info.st_ino) in seen:  # a hard link or a link to a file already listed
            continue
        seen.add((info.st_dev, info.st_ino))
        files.append(path)
    if len(notes) > MAX_NOTES:
        notes = [*notes[:MAX_NOTES], f"and {len(notes) - MAX_NOTES} more entries not read"]
    return FolderListing(tuple(files), tuple(notes))
