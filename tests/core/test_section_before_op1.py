"""A section heading between the preamble and operative paragraph 1 (omnibus resolutions such
as oceans and the law of the sea start section I there) opens a section; it is no preambular
paragraph (QA variants, official-pdf)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.parser import parse_text

OFFICIAL = Path(__file__).resolve().parents[1] / "data" / "qa-variants" / "official-pdf"
BODY = """The General Assembly,

Recalling its resolution 64/292 of 28 July 2010,

Noting with concern the situation,

{heading}

1. Reaffirms the right;

2. Calls upon all States to act;

II. Follow-up

3. Decides to continue its consideration of the question.
"""


@pytest.mark.parametrize("name", ["A_C.3_80_L.71.pdf", "A_RES_80_251.pdf"])
def test_heading_before_op1_in_a_pdf(name: str) -> None:
    parsed = rc.load(OFFICIAL / name)
    kinds = [p.kind for p in parsed.paragraphs]
    assert kinds == ["preambular"] * 5 + ["operative"] * 6
    sections = [p.section.heading if p.section else None for p in parsed.paragraphs[5:]]
    assert sections == ["General principles"] * 3 + ["Follow-up"] * 3


def test_section_after_op1_still_read() -> None:
    parsed = rc.load(OFFICIAL / "control-section-after-op1-draft.pdf")
    sections = [p.section.heading if p.section else None for p in parsed.paragraphs[5:]]
    assert sections == [None] + ["General principles"] * 2 + ["Follow-up"] * 3


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("I. General principles", "I"),  # label and heading on one line
        ("I\n\nGeneral principles", "I"),  # label alone, heading on the next block
    ],
)
def test_heading_before_op1_in_text(heading: str, label: str) -> None:
    parsed = parse_text(BODY.format(heading=heading))
    kinds = [p.kind for p in parsed.paragraphs]
    assert kinds == ["preambular", "preambular", "operative", "operative", "operative"]
    assert [p.section.label if p.section else None for p in parsed.paragraphs] == [
        None,
        None,
        label,
        label,
        "II",
    ]
