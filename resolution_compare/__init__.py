"""Resolution Compare: compare two versions of a UN resolution.

The library API is three functions::

    import resolution_compare as rc
    left = rc.load("hrc-res-35-3-en.txt")
    right = rc.load("hrc-res-44-11-en.txt")
    result = rc.compare(left, right)
    print(result.to_json())
    series = rc.history([rc.load(p) for p in paths])  # every version side by side

All are pure Python (no Qt). Bad input raises :class:`InputError` with a message
fit to show a user.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from resolution_compare._version import __version__
from resolution_compare.core.errors import InputError

if TYPE_CHECKING:
    from resolution_compare.core.comparison import CompareOptions, Comparison
    from resolution_compare.core.history import History
    from resolution_compare.core.model import Resolution

__all__ = ["InputError", "__version__", "compare", "history", "load"]


def load(path: str | Path) -> Resolution:
    """Read a .txt, .pdf or .docx file and parse it into a :class:`Resolution`."""
    from resolution_compare.workflow import load_resolution

    return load_resolution(Path(path))


def compare(
    left: Resolution, right: Resolution, options: CompareOptions | None = None
) -> Comparison:
    """Align and diff two parsed resolutions (earlier version left, later right)."""
    from resolution_compare.core.compare import compare_resolutions

    return compare_resolutions(left, right, options)


def history(resolutions: Sequence[Resolution], options: CompareOptions | None = None) -> History:
    """Every version of a series side by side: provisions across versions, votes (History).

    Versions are put in date order; texts that are not resolutions, second copies and
    versions in another language than most are left out with a warning. Raises InputError
    for more than 30 versions or fewer than two.
    """
    from resolution_compare.core.history_build import build_history

    return build_history(resolutions, options)
