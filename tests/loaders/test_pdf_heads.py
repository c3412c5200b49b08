"""A running head printed on one later page only, without a rule (QA finding B8).

The QA inputs (alternating-title-head, feet-higher-page-n-of-m, date-head-page2-no-rule) and
held-out variants (``held-head-*``, made by tests/tools/make_head_variants.py: other texts,
faces, sizes, A5 pages, heads carrying the symbol, a French date stamp, the title's words or
only a smaller size) must read as the texts they were made from, the head in no paragraph.
Controls: a section heading set smaller than the body at the top of a page, and a
paragraph's last line at the top of a page, stay in the body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.loaders.pdf import _read_pages
from resolution_compare.loaders.pdf_heads import FirstPage, unruled_head
from resolution_compare.loaders.pdf_lines import Line
from resolution_compare.loaders.pdf_page import TOP_BAND, split_pages

DATA = Path(__file__).resolve().parent.parent / "data" / "qa-variants"
BLOCKS = DATA / "pdf-block-paragraphs"


@pytest.mark.parametrize(
    ("pdf", "txt", "head"),
    [
        ("alternating-title-head.pdf", "en-water.txt", "Right to water: draft resolution"),
        ("feet-higher-page-n-of-m.pdf", "en-water.txt", "draft resolution (version 2)"),
        ("date-head-page2-no-rule.pdf", "en-water.txt", "14 March 2026, 18:00"),
        # held out
        ("held-head-en-short-symbol-NotoSerif-10-left-y64.pdf", "en-short.txt", "advance"),
        ("held-head-fr-water-date-NotoSerif-12-center-y40.pdf", "fr-water.txt", "10:30"),
        ("held-head-en-oceans-title-DejaVuSans-10-left-y40.pdf", "en-oceans.txt", "— draft"),
        (
            "held-head-en-oceans-plain-LiberationSerif-12-center-y64.pdf",
            "en-oceans.txt",
            "not for circulation",
        ),
    ],
)
def test_a_head_on_one_later_page_is_no_body_text(pdf: str, txt: str, head: str) -> None:
    document = rc.load(BLOCKS / pdf)
    assert not any(head in p.text for p in document.paragraphs)
    comparison = rc.compare(rc.load(BLOCKS / txt), document)
    assert [r.status for r in comparison.rows if r.status != "unchanged" or r.moved] == []
    zones = split_pages(_read_pages((BLOCKS / pdf).read_bytes(), pdf))
    assert any(head in line.raw for z in zones[1:] for line in z.head)


def test_a_smaller_section_heading_opening_a_page_stays_in_the_body() -> None:
    # "I. General principles" set 11 pt bold over 12 pt text, first on its page after the
    # running head: it stands inside the text block, where the other pages' text begins.
    pdf = DATA / "official-pdf" / "A_C.3_80_L.71-12pt.pdf"
    zones = split_pages(_read_pages(pdf.read_bytes(), pdf.name))
    body = [line.raw for z in zones for line in z.body]
    assert "I. General principles" in body
    assert not any("General principles" in line.raw for z in zones for line in z.head)


def _line(text: str, baseline: float, size: float = 10.0, x0: float = 72.0) -> Line:
    return Line(
        text, [], x0, 500.0, baseline + 0.75 * size, baseline, size, False, 2, 0, x0=x0, x1=500.0
    )


def test_a_paragraphs_last_line_at_the_top_of_a_page_is_no_head() -> None:
    # Body text 10 pt on a 12.5 pt pitch, paragraphs 6 pt apart; the page opens with the
    # last line of a paragraph that carries a date and the title's words.
    first = FirstPage(frozenset({"A/80/L.27"}), frozenset({"oceans", "fisheries"}), 12.5)
    top = 780.0
    lines = [_line("oceans and fisheries of 12 March 2024;", top)]
    y = top - 18.5
    for k in range(12):
        lines.append(_line(f"line {k} of a paragraph", y, x0=108.0 if k % 4 == 0 else 72.0))
        y -= 18.5 if k % 4 == 3 else 12.5
    assert unruled_head(lines, 842.0, TOP_BAND, first, block_top=760.0) == []
    # The same line set 8 pt, 30 pt above the text: a head.
    head = _line("Oceans and fisheries, 12 March 2024", top + 12.0, size=8.0)
    assert unruled_head([head, *lines[1:]], 842.0, TOP_BAND, first, 760.0) == [head]
