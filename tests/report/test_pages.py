"""The page painter of the PDF and the printout (report/pages.py): rows split between lines,
the header row on every grid page, the change marks drawn, the votes flowing on."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium

from resolution_compare.core.comparison import (
    Comparison,
    DiffSegment,
    Row,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.palette import LIGHT
from resolution_compare.report import export_report
from tests.report.helpers import long_comparison, pdf_pages, redline_comparison, resolution


def _one_row(row: Row) -> Comparison:
    side = resolution("A/RES/1", "en", {}, "x.txt")
    empty = VoteTotals(None, None, None, None)
    return Comparison(side, side, (row,), VoteComparison(empty, empty), Summary())


def test_a_paragraph_longer_than_a_page_is_split_between_lines(tmp_path: Path) -> None:
    words = [f"w{n:04d}" for n in range(3000)]  # about five pages of one column
    text = " ".join(words)
    row = Row(("OP1",), ("OP1",), "modified", (DiffSegment("=", text), DiffSegment("+", " end")))
    out = tmp_path / "long.pdf"
    export_report(_one_row(row), out)
    pages = pdf_pages(out)
    grid_pages = [p for p in pages if re.search(r"w\d{4}", p)]
    assert len(grid_pages) >= 3
    # Every word printed, each once per side, none lost or doubled at a page break (pdfium
    # may glue a cell's first word to the margin's text beside it: find the words by shape).
    printed = Counter(re.findall(r"w\d{4}", "\n".join(grid_pages)))
    assert printed == Counter({word: 2 for word in words})
    for page in grid_pages:
        assert "Paragraph" in page  # the header row repeats
        assert "OP1" in page  # a continued row names its paragraph again


def test_every_grid_page_starts_with_the_header_row(tmp_path: Path) -> None:
    out = tmp_path / "rows.pdf"
    export_report(long_comparison(150), out)
    pages = pdf_pages(out)
    grid_pages = [p for p in pages if "Paragraph number" in p]
    assert len(grid_pages) > 5
    for page in grid_pages:
        body = page.split("\n", 2)[-1]  # below the running head
        assert body.lstrip().startswith("Paragraph"), body[:80]
    numbers = [n for n in range(1, 151) if f"Paragraph number {n} of" in "\n".join(pages)]
    assert numbers == list(range(1, 151))  # every row, in order, none lost


def _has_line(path: Path, page_index: int, colour: str, length: int) -> bool:
    """Whether a page, rendered at 4×, holds a horizontal run of ``length`` pixels of exactly
    ``colour`` (a struck-through or underlined word: a line; glyph strokes are short)."""
    value = colour.lstrip("#")
    pixel = bytes((int(value[4:6], 16), int(value[2:4], 16), int(value[0:2], 16)))
    pdf = pdfium.PdfDocument(str(path))
    try:
        bitmap = pdf[page_index].render(scale=4)
        data = bytes(bitmap.buffer)
        step = bitmap.n_channels
    finally:
        pdf.close()
    pattern = (pixel + b"\xff" * (step - 3)) * length
    found = data.find(pattern)
    while found >= 0 and found % step:  # a match must start on a pixel boundary
        found = data.find(pattern, found + 1)
    return found >= 0


def test_struck_and_underlined_words_are_drawn_in_the_palette(tmp_path: Path) -> None:
    marked = Row(
        ("OP99",),
        ("OP99",),
        "modified",
        (
            DiffSegment("=", "Decides "),
            DiffSegment("-", "to consider the question"),
            DiffSegment("+", "to examine the matter thoroughly"),
            DiffSegment("=", " at its next session;"),
        ),
    )
    filler = long_comparison(40)  # the marked row lands on a later page than the legend
    out = tmp_path / "marks.pdf"
    export_report(replace(filler, rows=(*filler.rows, marked)), out)
    pages = pdf_pages(out)
    grid_page = next(i for i, p in enumerate(pages) if "Decides" in p)
    assert "struck through" not in pages[grid_page]  # no legend there to match instead
    # A strike-through or underline is one long horizontal line in the text colour; glyph
    # strokes are a few pixels. The light backgrounds fill the whole words.
    for colour in (LIGHT.deleted_fg, LIGHT.inserted_fg, LIGHT.deleted_bg, LIGHT.inserted_bg):
        assert _has_line(out, grid_page, colour, 120), colour


def test_votes_continue_on_the_last_grid_page(tmp_path: Path) -> None:
    out = tmp_path / "redline.pdf"
    export_report(redline_comparison(), out)
    pages = pdf_pages(out)
    last_rows = max(i for i, p in enumerate(pages) if "OP10" in p)
    assert "Vote shifts" in pages[last_rows]  # no page of its own when there is room
    assert pages[0].count("Paragraphs side by side") == 0  # the grid starts a new page
