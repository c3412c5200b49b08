"""Line-end hyphens in PDFs decided as printed: QA variants and a held-out set, each PDF
compared with the text it was made from (every row must be unchanged)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc

DATA = Path(__file__).resolve().parents[1] / "data"
QA = DATA / "qa-variants" / "pdf-line-end-hyphen"
HELD_OUT = DATA / "hyphen-heldout"

PAIRS = [
    # health-care, life-saving, under-represented, re-establish, by-products, set-up kept
    (QA / "en-compounds-dictionary-joined.pdf", QA / "en-compounds-dictionary-joined.txt"),
    # "2026-⏎2030", "paragraphs 4-⏎7": a range keeps its hyphen and gets no space
    (QA / "en-numeric-ranges.pdf", QA / "en-numeric-ranges.txt"),
    # a draft with both: under-represented, life-saving kept; afford|able, imple|mentation joined
    (QA / "en-realistic-mixed.pdf", QA / "en-realistic-mixed.txt"),
    # teórico-prácticos, económico-social kept (Spanish hyphenates -o compounds only)
    (QA / "es-compounds.pdf", QA / "es-compounds.txt"),
    # pré|sente, inter|nationale, auto|rités, co|ordination joined
    (QA / "fr-syllables-prefix-like.pdf", QA / "fr-syllables-prefix-like.txt"),
    # automatic hyphenation: Cultura|les, fon|dos, gobier|nos joined
    (QA / "sweep" / "es-water-w150.pdf", QA / "sweep" / "es-water.txt"),
    (QA / "sweep" / "fr-water-w190.pdf", QA / "sweep" / "fr-water.txt"),
    # held out: real texts, fonts, sizes and widths the rules were not designed on
    *[(pdf, HELD_OUT / f"{pdf.name[:2]}-heldout.txt") for pdf in sorted(HELD_OUT.glob("*.pdf"))],
]


@pytest.mark.parametrize(("pdf", "txt"), PAIRS, ids=[p.name for p, _ in PAIRS])
def test_pdf_reads_as_the_text_it_was_made_from(pdf: Path, txt: Path) -> None:
    result = rc.compare(rc.load(txt), rc.load(pdf))
    changed = [
        (r.left, r.right, [d.text for d in r.diff if d.op != "="])
        for r in result.rows
        if r.status != "unchanged"
    ]
    assert not changed
    assert len(result.left.paragraphs) == len(result.right.paragraphs)


def test_held_out_set_is_there() -> None:
    # Guard against a test that silently runs on nothing.
    assert len([p for p in PAIRS if p[0].parent == HELD_OUT]) >= 5
