"""Load a pair, compare, hand back the result or a clear error.

Used by the CLI, the app and the tests alike. No Qt.
"""

from __future__ import annotations

from pathlib import Path

from resolution_compare.core import limits
from resolution_compare.core.compare import compare_resolutions
from resolution_compare.core.comparison import CompareOptions, Comparison
from resolution_compare.core.errors import InputError
from resolution_compare.core.model import Resolution
from resolution_compare.core.parser import parse_document, parse_text
from resolution_compare.loaders import load_text
from resolution_compare.loaders.registry import display_name

__all__ = ["InputError", "compare_files", "load_resolution"]


def load_resolution(path: Path) -> Resolution:
    """Read and parse one file. Raises InputError (one-line message) on bad input."""
    loaded = load_text(path)
    name = display_name(path)  # no control or bidi characters from a hostile file name
    if loaded.document is not None:  # a PDF: read the page model, not the flattened text
        res = parse_document(loaded.document, source=name, extra_warnings=loaded.warnings)
    else:
        res = parse_text(loaded.text, source=name, extra_warnings=loaded.warnings)
    limits.check_paragraph_count(len(res.paragraphs), name)
    limits.check_paragraph_lengths((len(p.text) for p in res.paragraphs), name)
    return res


def compare_files(left: Path, right: Path, options: CompareOptions | None = None) -> Comparison:
    """Load both files and compare them (left = earlier version)."""
    return compare_resolutions(load_resolution(left), load_resolution(right), options)
