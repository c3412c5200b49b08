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

from resolution_compare import __version__
from resolution_compare.core.comparison import Comparison
from resolution_compare.core.errors import InputError
from resolution_compare.core.files import check_output, write_atomically

FORMATS = ("pdf", "html")
PAPERS = ("a4", "letter")

__all__ = ["FORMATS", "PAPERS", "export_report", "render_report", "write_atomically"]


def render_report(
    result: Comparison,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
    generated: datetime | None = None,
) -> bytes:
    """The report file's bytes (PDF or UTF-8 HTML), built entirely in memory."""
    from resolution_compare.report.html import render_html

    if fmt not in FORMATS:
        raise InputError(f"report format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if paper not in PAPERS:
        raise InputError(f"paper {paper!r}: expected one of {', '.join(PAPERS)}")
    generated = generated or datetime.now(UTC)
    if fmt == "html":
        return render_html(result, changes_only, generated).encode("utf-8")

    from resolution_compare.report.html import document_label
    from resolution_compare.report.pdf import PageDecor, html_to_pdf

    left, right = document_label(result.left), document_label(result.right)
    # Qt's CSS engine takes one family: the family list goes in through QFont.setFamilies.
    page_html = render_html(result, changes_only, generated, font_css="")
    decor = PageDecor(
        header_left=f"{left}  →  {right}",
        header_right="Resolution Compare: comparison report",
        footer_left=(
            f"Generated {generated.strftime('%Y-%m-%d %H:%M UTC')} · "
            f"Resolution Compare {__version__}"
        ),
        title=f"{left} → {right}: comparison",
    )
    return html_to_pdf(page_html, decor, paper)


def export_report(
    result: Comparison,
    output: Path,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
    inputs: Iterable[Path] = (),
) -> None:
    """Write the comparison report to ``output`` as a PDF (default) or a standalone HTML.

    ``inputs`` (the compared files) are never overwritten; the target is checked before the
    report is built, so a refusal is immediate (see :mod:`resolution_compare.core.files`).
    """
    output = Path(output)
    inputs = tuple(inputs)
    check_output(output, inputs)
    data = render_report(result, fmt, changes_only, paper)
    write_atomically(output, data, inputs, what="the report")
