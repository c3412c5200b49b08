"""The PDF cases of tests/data/cases (shared/cases): other layouts read as printed."""

from __future__ import annotations

from pathlib import Path

import resolution_compare as rc

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


def test_line_end_hyphens_real_ones_stay_syllable_breaks_join() -> None:
    # "rights-based", "non-governmental", "follow-up" keep their hyphen at a line end;
    # "afford-able", "infra-structure", "implementa-tion" are one word: all unchanged.
    folder = CASES / "pdf-line-end-hyphen"
    result = rc.compare(rc.load(folder / "earlier-hyphenated.pdf"), rc.load(folder / "later.txt"))
    assert [r.status for r in result.rows] == ["unchanged"] * len(result.rows)
    text = " ".join(p.text for p in result.left.paragraphs)
    for word in ("rights-based", "non-governmental", "follow-up", "affordable", "implementation"):
        assert word in text


def test_block_style_one_line_paragraphs_keep_their_preamble() -> None:
    folder = CASES / "pdf-block-paragraphs"
    parsed = rc.load(folder / "draft-block-style.pdf")
    kinds = [p.kind for p in parsed.paragraphs]
    assert kinds == ["preambular"] * 4 + ["operative"] * 5
    assert parsed.header.symbol == "A/HRC/RES/58/12"
    result = rc.compare(rc.load(folder / "draft.txt"), parsed)
    assert [r.status for r in result.rows] == ["unchanged"] * 9


def test_arabic_pdf_in_reading_order_one_paragraph_per_printed_paragraph() -> None:
    # The generator mapped the lam-alef ligature back imperfectly ("اإلنسان" for "الإنسان"),
    # so two words may differ; everything else is the .txt, paragraph for paragraph.
    folder = CASES / "pdf-arabic"
    pdf = rc.load(folder / "arabic.pdf")
    txt = rc.load(folder / "arabic.txt")
    assert [p.id for p in pdf.paragraphs] == [p.id for p in txt.paragraphs]
    assert [p.id for p in pdf.paragraphs] == ["PP1", "OP1", "OP2", "OP3"]
    assert pdf.paragraph("OP1").text.startswith("يحث جميع الدول")
    result = rc.compare(txt, pdf)
    changed = [w for r in result.rows for s in r.diff if s.op == "+" for w in s.text.split()]
    assert len(changed) <= 2
