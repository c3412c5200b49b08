"""Benchmark (not a test): the report, by renderer and as a whole command.

Run: python bench/report.py [--repeat N] [--quick]

1. Renderers on the same comparisons (median of N, render only, the comparison computed
   beforehand): the chosen one — the grid painted cell by cell with QTextLayout
   (report/pages.py) — beside the options measured for issue 17: Qt's rich text with the
   whole report as one QTextDocument (the old path), the same tuned with one table per row,
   and, when installed (not dependencies of the app: `pip install fpdf2 reportlab
   uharfbuzz` in a scratch venv), fpdf2 and reportlab drawing the same grid.
   Pairs: the sample (35/3 → 44/11), the largest accepted pair (970 real paragraphs a side,
   5 % edited) and the same with every paragraph edited (about one word in ten).
2. The command a user runs, start to exit (median of N): `report --sample -o x.pdf`
   (target < 250 ms) and `report` of the largest accepted pair (target < 1.5 s), beside the
   floor: `python -c pass` and a process that only starts Qt's GUI module and application.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import (  # type: ignore[import-not-found]
    largest_pair,
    median_ms,
    process_env,
    process_ms,
    python_floor_ms,
    scaled,
    verdict,
)

QT_FLOOR = (
    "from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument; QGuiApplication([])"
)


def rich_text_pdf(result, per_row: bool) -> bytes:  # type: ignore[no-untyped-def]
    """The old path: the whole report HTML laid out and paged by one QTextDocument."""
    from datetime import UTC, datetime

    from resolution_compare.report import page_decor
    from resolution_compare.report.html import render_html
    from resolution_compare.report.pdf import html_to_pdf

    generated = datetime.now(UTC)
    html = render_html(result, generated=generated, font_css="")
    if per_row:  # tuned: one small table per row instead of one table of every row
        table = '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        html = html.replace("</tr>\n<tr>", "</tr></table>\n" + table + "<tr>")
    return html_to_pdf(html, page_decor(result, generated))


def _grid_runs(result):  # type: ignore[no-untyped-def]
    from resolution_compare.report.cell_markup import cell_runs
    from resolution_compare.report.html_rows import row_cells

    for row in result.rows:
        yield [cell_runs(cell.html) for cell in row_cells(row)]


def fpdf2_pdf(result) -> bytes:  # type: ignore[no-untyped-def]
    """fpdf2 drawing the grid only (no front matter): a lower bound of what it would cost."""
    from fpdf import FPDF

    font = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
    pdf = FPDF(orientation="L", format="A4")
    for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdf.add_font("Noto", style, font.replace("Regular", name))
    pdf.set_font("Noto", size=9)
    pdf.add_page()
    with pdf.table(col_widths=(14, 43, 43), markdown=True) as table:
        table.row(["Paragraph", "earlier", "later"])
        for cells in _grid_runs(result):
            texts = []
            for runs in cells:
                parts = []
                for run in runs:
                    mark = "--" if "del" in run.classes else "__" if "ins" in run.classes else ""
                    parts.append(f"{mark}{run.text}{mark}")
                texts.append("".join(parts))
            table.row(texts)
    return bytes(pdf.output())


def reportlab_pdf(result) -> bytes:  # type: ignore[no-untyped-def]
    """reportlab (platypus) drawing the grid only, as a Table of Paragraphs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(TTFont("Noto", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"))
    style = ParagraphStyle("cell", fontName="Noto", fontSize=9, leading=11)
    data = [["Paragraph", "earlier", "later"]]
    for cells in _grid_runs(result):
        row = []
        for runs in cells:
            parts = []
            for run in runs:
                text = escape(run.text).replace("\n", "<br/>")
                if "del" in run.classes:
                    text = f"<strike>{text}</strike>"
                elif "ins" in run.classes:
                    text = f"<u>{text}</u>"
                parts.append(text)
            row.append(Paragraph("".join(parts), style))
        data.append(row)
    out = io.BytesIO()
    width = landscape(A4)[0] - 144
    SimpleDocTemplate(out, pagesize=landscape(A4)).build(
        [Table(data, colWidths=[width * 0.14, width * 0.43, width * 0.43], repeatRows=1)]
    )
    return out.getvalue()


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="skip the slow peers")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from resolution_compare.qtcompat import keep_none_alive
    from resolution_compare.report import render_report
    from resolution_compare.resources import sample_pair
    from resolution_compare.workflow import compare_files

    keep_none_alive()
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    folder = Path(tempfile.mkdtemp(prefix="rc-bench-report-"))
    largest = largest_pair(folder)
    pairs = {
        "sample pair": sample_pair(),
        "largest accepted pair (970 a side, 5 % edited)": largest,
        "largest, every paragraph edited": largest_pair(folder, every_paragraph_edited=True),
    }
    print("1. Renderers (render only; median ms)")
    for name, (left, right) in pairs.items():
        result = compare_files(left, right)
        render_report(result)  # warm-up: fonts, first layout
        chosen = median_ms(lambda r=result: render_report(r), args.repeat)
        pages = render_report(result).count(b"/Type /Page\n")
        figures = [f"QTextLayout cells (chosen) {chosen:.0f} ({pages} pages)"]
        slow = args.quick and result.rows and len(result.rows) > 100
        repeat = 1 if len(result.rows) > 100 else args.repeat
        if not slow:
            for label, per_row in (("rich text, one table (old)", False), ("per-row tables", True)):
                ms = median_ms(lambda r=result, p=per_row: rich_text_pdf(r, p), repeat)
                figures.append(f"{label} {ms:.0f} ({ms / chosen:.1f}×)")
            for label, module, job in (
                ("fpdf2 grid only", "fpdf", fpdf2_pdf),
                ("reportlab grid only", "reportlab", reportlab_pdf),
            ):
                if _installed(module):
                    try:
                        ms = median_ms(lambda r=result, j=job: j(r), 1)
                    except Exception as err:  # a peer's own limit is a finding, not a crash
                        figures.append(f"{label} failed ({str(err)[:60]})")
                        continue
                    figures.append(f"{label} {ms:.0f} ({ms / chosen:.1f}×)")
                else:
                    figures.append(f"{label}: not installed")
        print(f"  {name}, {len(result.rows)} rows: " + "; ".join(figures))

    print("2. The command, start to exit (median ms)")
    env = process_env()
    floor = python_floor_ms(args.repeat)
    qt_floor = process_ms([sys.executable, "-c", QT_FLOOR], args.repeat, env)
    out = folder / "r.pdf"
    command = [sys.executable, "-m", "resolution_compare", "report"]
    sample = process_ms([*command, "--sample", "-o", out], args.repeat, env)
    big = process_ms([*command, *largest, "-o", out], max(3, args.repeat // 2), env)
    print(f"  floor: python -c pass {floor:.0f}; python + Qt GUI started {qt_floor:.0f}")
    print(
        f"  report --sample: {sample:.0f} (target < 250: {verdict(sample, 250)}; "
        f"{scaled(sample, floor)})"
    )
    print(
        f"  report of the largest accepted pair: {big:.0f} (target < 1500: "
        f"{verdict(big, 1500)}; {scaled(big, floor)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
