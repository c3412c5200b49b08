"""Comparison → HTML (one template) → PDF via QTextDocument + QPdfWriter."""

from __future__ import annotations

from pathlib import Path

from resolution_compare.core.comparison import Comparison


def export_report(
    result: Comparison,
    output: Path,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
) -> None:
    raise NotImplementedError("report export is not built yet")
