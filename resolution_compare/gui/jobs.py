"""The slow work the window hands to the worker: load a pair (in order) and compare it.

Plain Python (no Qt), so it is easy to test and to time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.comparison import CompareOptions, Comparison
from resolution_compare.core.document_date import document_day
from resolution_compare.core.errors import InputError
from resolution_compare.core.model import Resolution
from resolution_compare.workflow import load_resolution


@dataclass(frozen=True)
class PairResult:
    comparison: Comparison
    left: Path
    right: Path
    swapped: bool  # True when the files were put in date order


def is_later(a: Resolution, b: Resolution) -> bool | None:
    """True when ``a`` is known to be later than ``b``; None when the documents do not say."""
    date_a, date_b = document_day(a), document_day(b)
    if date_a and date_b:
        return date_a > date_b
    same_body = a.header.body == b.header.body
    if a.header.session is not None and b.header.session is not None and same_body:
        return a.header.session > b.header.session
    return None


class SideLoadError(InputError):
    """A file of the pair could not be read; ``side`` says which ("L" or "R")."""

    def __init__(self, side: str, message: str) -> None:
        super().__init__(message)
        self.side = side


def load_and_compare(
    left: Path, right: Path, options: CompareOptions, auto_order: bool = False
) -> PairResult:
    """Load both files and compare them; with ``auto_order`` the earlier one goes left.

    Raises SideLoadError (an InputError) naming the side whose file could not be read.
    """
    try:
        a = load_resolution(left)
    except InputError as err:
        raise SideLoadError("L", str(err)) from None
    try:
        b = load_resolution(right)
    except InputError as err:
        raise SideLoadError("R", str(err)) from None
    swapped = False
    if auto_order and is_later(a, b):
        a, b, left, right = b, a, right, left
        swapped = True
    return PairResult(compare_resolutions(a, b, options), left, right, swapped)
