"""Comparison → HTML (one template) → PDF via QTextDocument + QPdfWriter.

``export_report`` is the one entry point; the CLI (``resolution-compare report``) and the
app's File ▸ Export report… both call it. The file appears all at once or not at all: the
report is built in memory, written to a temporary file in the target folder, then renamed
over the target, so a failed export neither leaves a half file nor destroys an older one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from resolution_compare import __version__
from resolution_compare.core.comparison import Comparison
from resolution_compare.core.errors import InputError

FORMATS = ("pdf", "html")
PAPERS = ("a4", "letter")

__all__ = [
    "FORMATS",
    "PAPERS",
    "check_report_options",
    "export_report",
    "generated_line",
    "render_report",
    "write_atomically",
]


def write_atomically(output: Path, data: bytes) -> None:
    """Write ``data`` to ``output`` through a temporary file in the same folder + os.replace.

    Raises InputError (one line) when the folder cannot be written.
    """
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{output.name}: folder {folder} does not exist")
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.", suffix=".part")
    except OSError as err:
        raise InputError(
            f"{output.name}: cannot write in folder {folder} ({err.strerror})"
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, output)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(err, OSError):
            raise InputError(
                f"{output.name}: cannot write the report ({err.strerror or err})"
            ) from None
        raise


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
) -> bytes:
    """The report file's bytes (PDF or UTF-8 HTML), built entirely in memory."""
    from resolution_compare.report.html import render_html

    check_report_options(fmt, paper)
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
        footer_left=generated_line(generated),
        title=f"{left} → {right}: comparison",
    )
    return html_to_pdf(page_html, decor, paper)


def export_report(
    result: Comparison,
    output: Path,
    fmt: str = "pdf",
    changes_only: bool = False,
    paper: str = "a4",
) -> None:
    """Write the comparison report to ``output`` as a PDF (default) or a standalone HTML."""
    output = Path(output)
    data = render_report(result, fmt, changes_only, paper)
    write_atomically(output, data)
