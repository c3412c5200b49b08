"""The history report (PDF or HTML) and the CSV exports of its two grids.

``export_history_report`` and ``export_history_csv`` are the entry points of the CLI
(``resolution-compare history … -o``) and of the window's export. Every file is written
atomically (temporary file, then rename), like the pair report.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from resolution_compare.core.errors import InputError
from resolution_compare.core.files import check_output
from resolution_compare.core.history import History
from resolution_compare.report import check_report_options, generated_line, write_atomically
from resolution_compare.report.history_csv import provisions_csv, votes_csv

__all__ = ["export_history_csv", "export_history_report", "render_history_report"]


def render_history_report(
    history: History,
    fmt: str = "pdf",
    paper: str = "a4",
    generated: datetime | None = None,
) -> bytes:
    """The history report's bytes (PDF or UTF-8 HTML), built entirely in memory."""
    from resolution_compare.report.history_html import history_title, render_history_html

    check_report_options(fmt, paper)
    generated = generated or datetime.now(UTC)
    if fmt == "html":
        return render_history_html(history, generated).encode("utf-8")

    from resolution_compare.report.pdf import PageDecor, html_to_pdf

    title = history_title(history)
    decor = PageDecor(
        header_left=title,
        header_right="Resolution Compare: history report",
        footer_left=generated_line(generated),
        title=f"History: {title}",
    )
    # Qt's CSS engine takes one family: the family list goes in through QFont.setFamilies.
    return html_to_pdf(render_history_html(history, generated, font_css=""), decor, paper)


def export_history_report(
    history: History,
    output: Path,
    fmt: str = "pdf",
    paper: str = "a4",
    inputs: Iterable[Path] = (),
) -> None:
    """Write the history report to ``output`` as a PDF (default) or a standalone HTML.

    ``inputs`` (the versions' files) are never overwritten (core/files.py)."""
    inputs = tuple(inputs)
    check_output(Path(output), inputs)  # before the work
    data = render_history_report(history, fmt, paper)
    write_atomically(Path(output), data, inputs, what="the report")


def export_history_csv(
    history: History, output: Path, grid: str, inputs: Iterable[Path] = ()
) -> None:
    """Write one grid as CSV: ``grid`` "provisions" (lineages) or "votes" (vote matrix);
    never over one of ``inputs``."""
    if grid == "provisions":
        text = provisions_csv(history)
    elif grid == "votes":
        text = votes_csv(history)
    else:
        raise InputError(f"grid {grid!r}: expected provisions or votes")
    # With a byte-order mark, spreadsheet programs read the accents right.
    write_atomically(Path(output), text.encode("utf-8-sig"), inputs, what="the CSV file")
