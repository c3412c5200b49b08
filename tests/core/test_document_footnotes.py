"""Footnotes on no paragraph — the title, a heading, a draft's sponsor list — are compared
too (QA variants A2): a changed note there is shown in the JSON, the terminal, the report and
the window header, and counted, never lost because no row holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.console_compare import format_comparison
from resolution_compare.report.html import render_html

CASES = Path(__file__).resolve().parent.parent / "data" / "qa-variants" / "footnote-change"
UN_PDF = Path(__file__).resolve().parent.parent / "data" / "un-pdf"


@pytest.mark.parametrize(
    ("case", "old", "new"),
    [
        (
            "en-asterisk-title-note-changed",
            "The present text reflects oral revisions.",
            "The present text reflects the oral revisions of the sponsors.",
        ),
        (
            "draft-sponsors",
            "State not a member of the Human Rights Council.",
            "Non-member State of the Human Rights Council.",
        ),
    ],
)
def test_a_changed_note_on_the_headings_is_shown(case: str, old: str, new: str) -> None:
    result = rc.compare(rc.load(CASES / f"{case}-a.txt"), rc.load(CASES / f"{case}-b.txt"))
    assert {r.status for r in result.rows} == {"unchanged"}
    (note,) = result.document_footnotes
    assert (note.left, note.right, note.status) == ("*", "*", "changed")
    assert (note.left_text, note.right_text) == (old, new)
    assert result.summary.footnotes_changed == 1
    data = result.to_dict()
    assert data["document_footnotes"][0]["status"] == "changed"
    assert data["summary"]["footnotes_changed"] == 1
    assert "Footnotes on the title, the headings or the sponsors:" in format_comparison(result)
    assert "Footnotes on the title, the headings or the sponsors:" in render_html(result)


def test_a_drafts_sponsor_note_is_not_a_change_in_the_adopted_text() -> None:
    # A/80/L.18 → A/RES/80/112: the adopted text prints no sponsors, so the draft's note on
    # them went with the list; nothing else differs.
    result = rc.compare(rc.load(UN_PDF / "A_80_L.18.pdf"), rc.load(UN_PDF / "A_RES_80_112.pdf"))
    assert result.document_footnotes == ()
    assert result.summary.footnotes_changed == 0


def test_between_two_drafts_a_sponsor_note_that_went_is_removed() -> None:
    # A/C.3/80/L.24 ("On behalf of … the Group of African States") → its amendment L.65.
    result = rc.compare(
        rc.load(UN_PDF / "A_C.3_80_L.24.pdf"), rc.load(UN_PDF / "A_C.3_80_L.65.pdf")
    )
    assert [(n.left, n.right, n.status) for n in result.document_footnotes] == [
        ("*", None, "removed")
    ]
