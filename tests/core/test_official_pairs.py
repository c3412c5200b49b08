"""Official PDF pairs compare as a delegate expects (tests/data/un-pdf/README.md)."""

from __future__ import annotations

import pytest

import resolution_compare as rc
from tests.loaders.gold import PDF_DIR

IDENTICAL = [
    ("A_80_L.6.pdf", "A_RES_80_4.pdf"),
    ("A_80_L.18.pdf", "A_RES_80_112.pdf"),
    ("A_C.5_80_L.19.pdf", "A_RES_80_234.pdf"),
    ("A_C.6_80_L.19.pdf", "A_RES_80_165.pdf"),
]


@pytest.mark.parametrize(("draft", "adopted"), IDENTICAL, ids=lambda n: n)
def test_draft_and_adopted_text_word_for_word_the_same(draft: str, adopted: str) -> None:
    # Only the masthead differs: every paragraph (and footnote) row is unchanged.
    result = rc.compare(rc.load(PDF_DIR / draft), rc.load(PDF_DIR / adopted))
    changed = [(r.left, r.right, r.status) for r in result.rows if r.status != "unchanged"]
    assert changed == []
    assert len(result.rows) == len(result.left.compared_paragraphs)


def test_cuba_embargo_79_7_to_80_4_shows_only_its_calendar_updates() -> None:
    result = rc.compare(rc.load(PDF_DIR / "A_RES_79_7.pdf"), rc.load(PDF_DIR / "A_RES_80_4.pdf"))
    changed = {r.right[0]: r for r in result.rows if r.status != "unchanged"}
    # OP5 moves "its eightieth session" to "its eighty-first session" on the printed pages
    # too (the issue lists OP4 only); it is a calendar update like the others.
    assert set(changed) == {"PP6", "PP8", "OP1", "OP4", "OP5"}
    assert changed["OP5"].routine_only
    inserted = {k: "".join(s.text for s in r.diff if s.op == "+") for k, r in changed.items()}
    deleted = {k: "".join(s.text for s in r.diff if s.op == "-") for k, r in changed.items()}
    assert "79/7 of 30 October 2024" in inserted["PP6"]
    # The year's resolution joins the list (how the word diff cuts it is issue 12's).
    assert "78/7 and 79/7" in changed["PP8"].right_text
    assert "79/7" not in changed["PP8"].left_text
    assert "resolution 78/7" in changed["OP1"].left_text
    assert "resolution 79/7" in changed["OP1"].right_text
    assert "eightieth" in deleted["OP4"] and "eighty-first" in inserted["OP4"]


def test_sponsor_shift_between_two_drafts() -> None:
    # A/C.3/80/L.24 (Mauritania) → its amendment A/C.3/80/L.65 (20 States): every State of
    # the later list joined, Mauritania is not on it; by State, names as printed.
    result = rc.compare(
        rc.load(PDF_DIR / "A_C.3_80_L.24.pdf"), rc.load(PDF_DIR / "A_C.3_80_L.65.pdf")
    )
    assert result.sponsors is not None
    assert result.sponsors.withdrawn == ("Mauritania",)
    assert len(result.sponsors.joined) == 20
    assert "United Kingdom of Great Britain and Northern Ireland" in result.sponsors.joined
    assert result.to_dict()["sponsors"]["joined"][0] == "Bulgaria"


def test_no_sponsor_shift_for_adopted_texts() -> None:
    # An adopted resolution names no sponsors (Header.sponsors is None): nothing to compare.
    result = rc.compare(rc.load(PDF_DIR / "A_80_L.6.pdf"), rc.load(PDF_DIR / "A_RES_80_4.pdf"))
    assert result.sponsors is None


def test_a_list_of_resolutions_summarised_in_place_is_one_rewritten_provision() -> None:
    # A/C.2/80/L.12 → A/RES/80/123 PP1 (QA D11): "Recalling its resolutions 58/203 of 23
    # December 2003, … and 79/197 of 19 December 2024," became "Recalling its resolution
    # 79/197 of 19 December 2024 and its previous resolutions on external debt
    # sustainability and development,". Same place, same lead, the same latest resolution:
    # one rewritten row (side by side, no verdict), not a deletion and an insertion.
    result = rc.compare(
        rc.load(PDF_DIR / "A_C.2_80_L.12.pdf"), rc.load(PDF_DIR / "A_RES_80_123.pdf")
    )
    (pp1,) = [r for r in result.rows if "PP1" in r.left or "PP1" in r.right]
    assert (pp1.left, pp1.right, pp1.status) == (("PP1",), ("PP1",), "rewritten")
    assert pp1.uncertain and pp1.lead is None and not pp1.flags
    assert "79/197 of 19 December 2024" in pp1.left_text
    assert pp1.right_text.startswith("Recalling its resolution 79/197 of 19 December 2024")
    assert result.summary.unchanged == 62  # nothing else moved
