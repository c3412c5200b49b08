"""Pick a loader by the file's content (magic bytes) first, its suffix second."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resolution_compare.core.errors import InputError


@dataclass(frozen=True)
class LoadedText:
    """Text extracted from a file, plus what the parser should know about it."""

    text: str
    format: str  # "txt", "pdf", "docx"
    warnings: tuple[str, ...] = ()


def load_text(path: Path) -> LoadedText:
    """Read ``path`` and return its text; raise InputError with a user message."""
    from resolution_compare.loaders import txt

    if not path.exists():
        raise InputError(f"{path.name}: file not found")
    if path.is_dir():
        raise InputError(f"{path.name}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    return LoadedText(text=txt.decode_text(data, path.name), format="txt")
