"""Load the versions of a series from files and folders, and build their history.

Used by the CLI (``resolution-compare history``), the app and the tests alike. No Qt.

What is read: every file given, and in each folder given the files the app reads (.txt,
.pdf, .docx) — not hidden ones, not subfolders, not a link that leads out of the folder,
nothing that is not a regular file (a FIFO would block, a device never end), nothing the
user may not read, and no folder with more than ``limits.MAX_FOLDER_ENTRIES`` entries (a
download folder given by mistake is refused, not listed for minutes). The same file
reached twice (given twice, or through a link) is taken once. A file given by name that
does not exist is an error; a file that cannot be read as a resolution (damaged, scanned,
over a limit, not a resolution) is named in a warning and left out, like the texts
:mod:`history_select` leaves out.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from resolution_compare.core import limits
from resolution_compare.core.comparison import CompareOptions
from resolution_compare.core.errors import InputError
from resolution_compare.core.history import MAX_VERSIONS, History
from resolution_compare.core.history_build import build_history
from resolution_compare.core.model import Resolution
from resolution_compare.loaders.registry import display_name
from resolution_compare.workflow import load_resolution

# What a folder is searched for: the formats the app reads (the loaders sniff the content).
FOLDER_SUFFIXES = frozenset({".txt", ".pdf", ".docx"})

# progress(done, total, what): ``what`` names the file being read or the step compared.
# It may raise (e.g. when the user cancels) to stop the work.
HistoryProgress = Callable[[int, int, str], None]


def _folder_files(folder: Path, warnings: list[str]) -> list[Path]:
    """The readable document files directly in ``folder``, by name."""
    try:
        root = folder.resolve(strict=True)
        entries = []
        with os.scandir(folder) as scan:
            for entry in scan:  # never a whole download folder: stop past the limit
                entries.append(entry)
                if len(entries) > limits.MAX_FOLDER_ENTRIES:
                    raise InputError(
                        f"{display_name(folder)}: the folder holds more than "
                        f"{limits.MAX_FOLDER_ENTRIES:,} entries — choose the files instead"
                    )
        entries.sort(key=lambda e: e.name)
    except OSError as exc:
        raise InputError(
            f"{display_name(folder)}: the folder cannot be read ({exc.strerror or exc})"
        ) from None
    found: list[Path] = []
    other = 0
    for entry in entries:
        name = display_name(Path(entry.name))
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink():
                target = path.resolve(strict=True)
                if target.parent != root and root not in target.parents:
                    warnings.append(f"{name}: a link to outside the folder; skipped")
                    continue
                mode = target.stat().st_mode
            else:
                mode = entry.stat(follow_symlinks=False).st_mode
        except OSError:
            warnings.append(f"{name}: cannot be reached (a broken link?); skipped")
            continue
        if stat.S_ISDIR(mode):
            continue  # subfolders are not read
        if not stat.S_ISREG(mode):
            warnings.append(f"{name}: not a regular file; skipped")
            continue
        if path.suffix.lower() not in FOLDER_SUFFIXES:
            other += 1
            continue
        if not os.access(path, os.R_OK):
            warnings.append(f"{name}: permission denied; skipped")
            continue
        found.append(path)
    if other:
        noun = "file" if other == 1 else "files"
        warnings.append(f"{display_name(folder)}: {other} {noun} not .txt, .pdf or .docx; not read")
    return found


def history_sources(paths: Sequence[Path]) -> tuple[list[tuple[Path, bool]], list[str]]:
    """(file, came from a folder) for every file to read, each file once; and warnings.

    Raises InputError for a path that does not exist, and for more than MAX_VERSIONS files.
    """
    warnings: list[str] = []
    found: list[tuple[Path, bool]] = []
    for path in paths:
        path = Path(path)
        name = display_name(path)
        if path.is_dir():
            found.extend((p, True) for p in _folder_files(path, warnings))
        elif not path.exists() and not path.is_symlink():
            raise InputError(f"{name}: file not found (moved or deleted?)")
        else:
            found.append((path, False))
    unique: list[tuple[Path, bool]] = []
    seen: dict[tuple[int, int], Path] = {}
    for path, in_folder in found:
        try:
            info = path.stat()
        except OSError:
            unique.append((path, in_folder))  # the loader says why it cannot be read
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            first = seen[key]
            warnings.append(
                f"{display_name(path)}: given twice; taken once"
                if first == path
                else f"{display_name(path)}: the same file as {display_name(first)}; taken once"
            )
            continue
        seen[key] = path
        unique.append((path, in_folder))
    if len(unique) > MAX_VERSIONS:
        raise InputError(f"{len(unique)} files: a history takes at most {MAX_VERSIONS} versions")
    return unique, warnings


def load_history(
    paths: Sequence[Path],
    options: CompareOptions | None = None,
    progress: HistoryProgress | None = None,
) -> History:
    """Read the files (and folders) and build the history of the versions found.

    Raises InputError (one line) when a named file is missing, when more than MAX_VERSIONS
    files are given, or when fewer than two versions can be read.
    """
    sources, warnings = history_sources(paths)
    total = 2 * len(sources) - 1  # every file read, then every step compared
    texts: list[Resolution] = []
    for done, (path, _in_folder) in enumerate(sources):
        if progress is not None:
            progress(done, total, f"reading {display_name(path)}")
        try:
            texts.append(load_resolution(path))
        except InputError as exc:
            warnings.append(f"{exc}; left out")

    def step_done(done: int, steps: int) -> None:
        if progress is not None:
            progress(len(sources) + done, len(sources) + steps, "comparing versions")

    try:
        history = build_history(texts, options, step_done)
    except InputError as exc:
        if not warnings:
            raise
        # Say why versions are missing: the files left out are the reason.
        raise InputError(f"{exc}; {'; '.join(warnings)}") from None
    return replace(history, warnings=(*warnings, *history.warnings))
