"""Characters → lines on the QA pass's PDF variants (B5 word spaces, B6 raised markers).

The QA inputs (/work/qa/variants) and held-out variants from tests/tools/make_pdf_variants.py
(other faces, sizes, italics, marker sizes) are compared with the .txt each was made from:
nothing may change. Then the two rules on synthetic glyphs, where each can fail alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.loaders.pdf_lines import Glyph, Page, page_lines

DATA = Path(__file__).resolve().parent.parent / "data" / "qa-variants"


@pytest.mark.parametrize(
    ("pdf", "txt"),
    [
        # QA B5: Qt writes no space characters; the f's overhang ate "of the"'s gap.
        ("pdf-layouts/of-the-Noto-Serif-10pt.pdf", "pdf-layouts/of-the.txt"),
        # held out: justified italic Noto Serif 9 pt ("brief of", "Raj and", "if taken").
        ("pdf-layouts/ws-Noto-Serif-9pt-just-italic.pdf", None),
        # held out: condensed italic sans 9 pt, the narrowest word spaces of the set.
        ("pdf-layouts/ws-DejaVu-Sans-Condensed-9pt-italic.pdf", None),
        # QA B6: "areas;¹" — the last line has only x-height letters.
        (
            "official-pdf/marker-after-xheight-line-10pt.pdf",
            "official-pdf/marker-after-xheight-line.txt",
        ),
        # held out: 12 pt text, 7 pt markers, "cases,¹²" inside a line, "use.⁷" alone.
        ("official-pdf/mk-DejaVu-Sans-12pt-sup7.pdf", None),
        # held out: 9 pt Noto Serif with 5 pt markers.
        ("official-pdf/mk-Noto-Serif-9pt-sup5.pdf", None),
    ],
)
def test_a_pdf_variant_reads_as_the_text_it_was_made_from(pdf: str, txt: str | None) -> None:
    source = DATA / (txt or pdf.replace(".pdf", ".txt"))
    result = rc.compare(rc.load(source), rc.load(DATA / pdf))
    changed = [(row.left, row.status) for row in result.rows if row.status != "unchanged"]
    assert changed == []
    assert result.summary.footnotes_changed == 0


def _word(text: str, x: float, y: float, size: float, index: int, advance: float) -> list[Glyph]:
    glyphs = []
    for k, ch in enumerate(text):
        left = x + k * 0.5 * size
        glyphs.append(Glyph(ch, left, y, left + 0.5 * size, y + 0.7 * size, index + k, size=size))
    return glyphs


def _line_text(glyphs: list[Glyph]) -> list[str]:
    return [line.raw for line in page_lines(Page(595.0, 842.0, glyphs))]


@pytest.mark.parametrize(
    ("ink_gap", "advance_gap", "expected"),
    [
        (0.21, 0.26, "of the"),  # an f's overhang: the ink gap is short, the advance gap a space
        (0.16, 0.13, "ofthe"),  # justification tracking pdfium took for a space ("see king")
        (0.25, 0.0, "of the"),  # no advance measured: the ink gap alone decides, as before
    ],
)
def test_a_generated_space_is_a_word_space_by_its_advance_gap(
    ink_gap: float, advance_gap: float, expected: str
) -> None:
    size = 10.0
    first = _word("of", 72.0, 700.0, size, 0, 0.0)
    second = _word("the", first[-1].right + ink_gap * size, 700.0, size, 2, 0.0)
    second[0].soft_space = True
    second[0].advance_gap = advance_gap * size
    assert _line_text(first + second) == [expected]


def test_a_raised_marker_after_x_height_letters_joins_their_row() -> None:
    # "areas;" has no ascender: ink 0.55 em high; the 7 pt marker raised 0.38 em overlaps it
    # by less than half its height, yet it stands on that line's baseline.
    glyphs = []
    for k, ch in enumerate("areas;"):
        left = 72.0 + 5.0 * k
        glyphs.append(Glyph(ch, left, 594.4, left + 5.0, 599.9, k, size=10.0))
    marker = Glyph("1", 104.2, 598.3, 106.8, 603.6, 6, line_break_before=True, size=7.0)
    assert _line_text([*glyphs, marker]) == ["areas;1"]


def test_a_small_line_above_a_line_with_a_gap_stays_a_line() -> None:
    # An 8 pt line whose baseline stands a full line above the 10 pt line is not a marker.
    small = [
        Glyph(ch, 72.0 + 4.0 * k, 612.0, 76.0 + 4.0 * k, 617.6, k, size=8.0)
        for k, ch in enumerate("12")
    ]
    body = [
        Glyph(ch, 80.0 + 5.0 * k, 600.0, 85.0 + 5.0 * k, 605.5, 10 + k, size=10.0)
        for k, ch in enumerate("areas")
    ]
    assert _line_text(small + body) == ["12", "areas"]
