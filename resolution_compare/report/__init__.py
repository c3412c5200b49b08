"""Comparison → HTML (one template) → PDF via QTextDocument + QPdfWriter.

``export_report`` is the one entry point; the CLI (``resolution-compare report``) and the
app's File ▸ Export report… both call it. The file appears all at once or not at all: the
report is built in memory, written to a temporary file in the target folder, then renamed
over the target, so a failed export neither leaves a half file nor destroys an older one
(the one writer: :func:`resolution_compare.core.files.write_atomically`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resolution_compare import __version__
from resolution_compare.core.comparison import Comparison
from resolution_compare.core.errors import InputError
from resolution_compare.core.files import check_output, output_format, write_atomically

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from resolution_compare.report.pdf import PageDecor

FORMATS = ("pdf", "html")
PAPERS = ("a4", "letter")

__all__ = [
    "FORMATS",
    "PAPERS",
    "check_report_options",
    "export_report",
    "format_for_output",
    "generated_line",
    "print_report",
    "render_report",
    "write_atomically",
]


REPORT_EXTENSIONS = {".pdf": "pdf", ".html": "html", ".htm": "html"}


def format_for_output(output: Path, requested: str | None = None) -> str:
    """The report format for ``output``: its extension decides, ``requested`` must agree.

    "r.pdf" → "pdf", "r.html"/"r.htm" → "html". Raises InputError (one line) for a name
    without an extension ("r": name it r.pdf), another extension ("r.docx") or a
    ``requested`` format that contradicts the extension (the rule of every writer:
    :func:`resolution_compare.core.files.output_format`).
    """
    return output_format(output, REPORT_EXTENSIONS, requested, what="a report")


def check_report_options(fmt: str, paper: str) -> None:
    """Raise InputError (one line) for a format or paper size the reports do not have."""
    if fmt not in FORMATS:
        raise InputError(f"report format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if paper not in PAPERS:
        raise InputError(f"paper {paper!r}: expected one of {', '.join(PAPERS)}")


def generated_line(generated: datetime) -> str:
    """The page footer of every report: when, and by which version."""
    stamp = generated.strftime("%Y-%m-%d %H:%M UTC")
    return f"Generated {stamp} · Resolution Compare {__version__}"


def render_report(
    result: Comparison,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
    generated: datetime | None = None,
    operative_only: bool = False,
    in_given_order: bool = True,
) -> bytes:
    """The report file's bytes (PDF or UTF-8 HTML), built entirely in memory.

    ``changes_only`` leaves unchanged paragraphs out, ``operative_only`` the preamble; both
    say how many they left out. Raises InputError for an unknown format or paper.
    """
    from resolution_compare.report.html import render_html, report_sections

    check_report_options(fmt, paper)
    generated = generated or datetime.now(UTC)
    options = {"operative_only": operative_only, "in_given_order": in_given_order}
    if fmt == "html":
        return render_html(result, changes_only, generated=generated, **options).encode("utf-8")

    from resolution_compare.report.pdf import sections_to_pdf

    # Qt's CSS engine takes one family: the family list goes in through QFont.setFamilies.
    sections = report_sections(result, changes_only, generated, font_css="", **options)
    return sections_to_pdf(sections, page_decor(result, generated), paper)


def page_decor(result: Comparison, generated: datetime) -> PageDecor:
    """Header (both symbols), footer (date, version) and document title of every page."""
    from resolution_compare.report.html import document_label
    from resolution_compare.report.pdf import PageDecor

    left, right = document_label(result.left), document_label(result.right)
    return PageDecor(
        header_left=f"{left}  →  {right}",
        header_right="Resolution Compare: comparison report",
        footer_left=generated_line(generated),
        title=f"{left} → {right}: comparison",
    )


def print_report(
    result: Comparison,
    printer: QPagedPaintDevice,
    changes_only: bool = False,
    operative_only: bool = False,
    in_given_order: bool = True,
) -> int:
    """Print the report on ``printer`` (a configured QPrinter); returns the page count.

    The same sections and the same page painter as the PDF export, so paper and PDF agree;
    the paper, orientation and margins are the printer's (set in the print dialog). May
    run off the UI thread (Qt allows painting on a QPrinter in any thread). Raises OSError
    when the printer cannot be opened.
    """
    from resolution_compare.report.html import report_sections
    from resolution_compare.report.pdf import ensure_gui_application, print_sections

    ensure_gui_application()
    generated = datetime.now(UTC)
    sections = report_sections(
        result,
        changes_only,
        generated,
        font_css="",
        operative_only=operative_only,
        in_given_order=in_given_order,
    )
    return print_sections(printer, sections, page_decor(result, generated))


def export_report(
    result: Comparison,
    output: Path,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
    operative_only: bool = False,
    in_given_order: bool = True,
    inputs: Iterable[Path] = (),
) -> None:
    """Write the comparison report to ``output`` as a PDF (default) or a standalone HTML.

    ``inputs`` (the compared files) are never overwritten; the target is checked before the
    report is built, so a refusal is immediate (see :mod:`resolution_compare.core.files`).
    """
    output = Path(output)
    inputs = tuple(inputs)
    check_output(output, inputs)
    data = render_report(
        result,
        fmt,
        changes_only,
        paper,
        operative_only=operative_only,
        in_given_order=in_given_order,
    )
    write_atomically(output, data, inputs, what="the report")
