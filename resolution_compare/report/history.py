"""The history report (PDF or HTML) and the CSV exports of its two grids.

``export_history_report`` and ``export_history_csv`` are the entry points of the CLI
(``resolution-compare history … -o``) and of the window's export. Every file is written
atomically (temporary file, then rename), like the pair report.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resolution_compare.core.errors import InputError
from resolution_compare.core.files import check_output
from resolution_compare.core.history import History
from resolution_compare.report import check_report_options, generated_line, write_atomically
from resolution_compare.report.history_csv import provisions_csv, votes_csv

if TYPE_CHECKING:  # Qt only when a PDF is made
    from resolution_compare.report.pdf import PageDecor

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

    from resolution_compare.report.pdf import PageDecor

    title = history_title(history)
    decor = PageDecor(
        header_left=title,
        header_right="Resolution Compare: history report",
        footer_left=generated_line(generated),
        title=f"History: {title}",
    )
    return _history_pdf(history, generated, decor, paper)


_WORDING_MARK = "<p>@@wording@@</p>"


def _history_pdf(history: History, generated: datetime, decor: PageDecor, paper: str) -> bytes:
    """The PDF: the front matter and the votes as documents, "Wording step by step" as the
    pair report's grids (report/pages.py), so a provision's heading stays with its rows, a
    step continued on the next page repeats its ids, and no line is painted twice."""
    from resolution_compare.report.history_html import (
        NO_WORDING_CHANGE,
        WORDING_LEGEND,
        render_history_html,
        wording_sections,
    )
    from resolution_compare.report.pages import GridBlock, HtmlBlock
    from resolution_compare.report.pdf import blocks_to_pdf, split_document

    # Qt's CSS engine takes one family: the family list goes in through QFont.setFamilies.
    html = render_history_html(history, generated, font_css="", wording=_WORDING_MARK)
    head, body, tail = split_document(html)
    front, back = body.split(_WORDING_MARK, 1)
    # The votes start a page of their own (new_page), not through CSS in a block's middle.
    back = back.replace(' style="page-break-before: always"', "", 1)
    sections = wording_sections(history)
    blocks: list[HtmlBlock | GridBlock] = [HtmlBlock(front)]
    if not sections:
        blocks.append(HtmlBlock(WORDING_LEGEND + NO_WORDING_CHANGE))
    for n, section in enumerate(sections):
        blocks.append(HtmlBlock((WORDING_LEGEND if n == 0 else "") + section.intro))
        blocks.append(GridBlock(section))
    blocks.append(HtmlBlock(back, new_page=True))
    return blocks_to_pdf(blocks, head, tail, decor, paper)


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
