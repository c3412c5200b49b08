"""Right-to-left PDF lines in reading order (QA B7): neutrals, numbers, Latin symbols, brackets.

The QA inputs (/work/qa/variants/pdf-arabic) and held-out variants made by
tests/tools/make_pdf_variants.py (kind "arabic": other texts, faces, sizes, widths) against
the .txt each was made from; then the reordering on synthetic glyphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.loaders.pdf_bidi import embedding_levels
from resolution_compare.loaders.pdf_lines import Glyph, Page, page_lines

DATA = Path(__file__).resolve().parent.parent / "data" / "qa-variants" / "pdf-arabic"
# Qt's text layer maps the lam-alef glyphs wrongly (QA report): these words cannot match.
LAM_ALEF_WORDS = ("الأساسية", "الإنمائية", "الأعمال", "ولاية")


def _texts(path: Path) -> list[str]:
    return [p.text for p in rc.load(path).paragraphs]


@pytest.mark.parametrize(
    ("pdf", "txt"),
    [
        # QA B7: "2015،", "2030"،", "(A/80/295)،" and "(A/80/295)؛" ; 3 PP, not 4.
        ("ga-mixed-latin-numbers-right72.pdf", "ar-ga-mixed.txt"),
        # QA B7: "2024،" after a line wrap.
        ("ga-ocean-no-lamalef-noto-sans.pdf", "ar-ga-ocean.txt"),
        # held out: "80/18 (A/RES/80/18)،", «…2030»، "GEM 2024/5،", "4 و6", Naskh 11 pt.
        ("ar-education-Noto-Naskh-Arabic-11pt-r100-un.pdf", "ar-education.txt"),
        # held out: the same in Noto Sans Arabic 10 pt, other line breaks.
        ("ar-education-Noto-Sans-Arabic-10pt-r150-un.pdf", "ar-education.txt"),
        # held out: DejaVu Sans 10 pt, block paragraphs, wide right margin.
        ("ar-education-DejaVu-Sans-10pt-r180-block.pdf", "ar-education.txt"),
    ],
)
def test_an_arabic_pdf_reads_as_the_text_it_was_made_from(pdf: str, txt: str) -> None:
    expected, got = _texts(DATA / txt), _texts(DATA / pdf)
    assert len(got) == len(expected)
    wrong = [
        (e, g)
        for e, g in zip(expected, got, strict=True)
        if e != g and not any(word in e for word in LAM_ALEF_WORDS)
    ]
    assert wrong == []


def test_the_qa_symbol_in_brackets_stays_whole() -> None:
    resolution = rc.load(DATA / "ga-mixed-latin-numbers-right72.pdf")
    kinds = [p.kind for p in resolution.paragraphs]
    assert kinds.count("preambular") == 3
    assert kinds.count("operative") == 4
    text = "\n".join(p.text for p in resolution.paragraphs)
    for piece in ("2015،", '2030"،', "(A/80/295)،", "(A/80/295)؛", "2030؛"):
        assert piece in text


def test_levels_are_read_from_python_bidi() -> None:
    # The levels come from python-bidi's debug form: a change of that form must fail here.
    assert embedding_levels("نص A/80 نص") == [1, 1, 1, 2, 2, 2, 2, 1, 1, 1]
    assert embedding_levels("") == []


def _printed(line: str, size: float = 10.0) -> list[Glyph]:
    """Glyphs of ``line`` given in PRINTED order (left to right), half an em wide, a space
    leaving a gap; the stream runs from the right, as pdfium's does in Arabic, with a space
    character before the glyph left of each gap."""
    glyphs: list[Glyph] = []
    x = 100.0
    for ch in line:
        if ch == " ":
            x += 0.4 * size
            glyphs[-1].space_before = True
            continue
        glyphs.append(Glyph(ch, x, 500.0, x + 0.5 * size, 507.0, 0, size=size))
        x += 0.52 * size
    for k, g in enumerate(reversed(glyphs)):
        g.index = 2 * k
    return glyphs


@pytest.mark.parametrize(
    ("printed", "reading"),
    [
        # a number before Arabic punctuation: "،" printed left of the number
        ("، 2015 ربمتبس", "سبتمبر 2015 ،"),
        # several left-to-right runs and brackets: "(" printed right of the symbol is ")"
        ("،(A/RES/80/18) 80/18 رارقلا", "القرار 80/18 (A/RES/80/18)،"),
        # a Latin name with a space and a year: one left-to-right run
        ("،GEM 2024/5 ريرقت", "تقرير GEM 2024/5،"),
        # two numbers apart: each its own run, read right to left
        ("6و 4 نيب", "بين 4 و6"),
    ],
)
def test_a_printed_right_to_left_line_is_put_in_reading_order(printed: str, reading: str) -> None:
    lines = page_lines(Page(595.0, 842.0, _printed(printed)))
    assert [line.text.replace(" ", "") for line in lines] == [reading.replace(" ", "")]
    assert lines[0].rtl
