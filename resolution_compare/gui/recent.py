"""Recent comparisons (pairs of files), newest first, stored in the config folder."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from resolution_compare.gui.storage import config_dir, read_json_object, write_json_atomic

RECENT_FILE = "recent.json"
MAX_RECENT = 10
_MAX_LOOKED_AT = 10 * MAX_RECENT
# PATH_MAX on Linux (Windows and macOS allow less): a longer entry is not a real file.
_MAX_PATH_CHARS = 4096


@dataclass(frozen=True)
class RecentPair:
    left: Path
    right: Path

    @property
    def label(self) -> str:
        # The folder tells apart pairs with the same file names (drafts in several folders).
        folder = self.left.parent
        with contextlib.suppress(ValueError):
            folder = Path("~") / folder.relative_to(Path.home())
        return f"{self.left.name}  →  {self.right.name}    ({folder})"

    def exists(self) -> bool:
        """Both files are still there; False (never an error) for names the OS refuses."""
        try:
            return self.left.is_file() and self.right.is_file()
        except (OSError, ValueError):  # a 300-character name, a NUL byte: not reopenable
            return False


def recent_path() -> Path:
    return config_dir() / RECENT_FILE


def load_recent() -> list[RecentPair]:
    raw = read_json_object(recent_path())
    if raw is None:
        return []
    pairs: list[RecentPair] = []
    items = raw.get("pairs")
    if not isinstance(items, list):
        return []
    # A hand-edited list may hold thousands of entries: only the first few are looked at.
    for item in items[:_MAX_LOOKED_AT]:
        if (
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(p, str) and p and len(p) <= _MAX_PATH_CHARS for p in item)
        ):
            pair = RecentPair(Path(item[0]), Path(item[1]))
            if pair.exists():  # files moved or deleted since: nothing to reopen
                pairs.append(pair)
                if len(pairs) == MAX_RECENT:
                    break
    return pairs


def add_recent(left: Path, right: Path) -> list[RecentPair]:
    """Put the pair first (once) and save; returns the new list."""
    pair = RecentPair(left.resolve(), right.resolve())
    pairs = [pair] + [p for p in load_recent() if p != pair]
    pairs = pairs[:MAX_RECENT]
    with contextlib.suppress(OSError):
        write_json_atomic(recent_path(), {"pairs": [[str(p.left), str(p.right)] for p in pairs]})
    return pairs
