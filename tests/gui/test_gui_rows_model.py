"""The Qt model over comparison rows, and the text/HTML it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from resolution_compare.core.comparison import DiffSegment, Row
from resolution_compare.gui.row_text import badges, label_html, row_label, side_html
from resolution_compare.gui.rows_model import ROW_ROLE, ComparisonRowsModel
from resolution_compare.gui.theme import DARK, LIGHT
from tests.gui.fixtures import ROWS, sample_comparison


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ComparisonRowsModel()
    model.set_comparison(sample_comparison())
    qtmodeltester.check(model)
    model.set_filter("changes")
    qtmodeltester.check(model)


def test_model_rows_and_roles() -> None:
    model = ComparisonRowsModel()
    assert model.rowCount() == 0
    model.set_comparison(sample_comparison())
    assert model.rowCount() == len(ROWS)
    assert model.index(2, 0).data(ROW_ROLE) is ROWS[2]
    assert model.index(2, 0).data(Qt.ItemDataRole.DisplayRole).startswith("OP1 → OP2")
    assert model.is_operative(2) and not model.is_operative(0)


@pytest.mark.parametrize(
    ("row_index", "label"),
    [
        (0, "PP1"),  # same id on both sides
        (1, "OP4 → OP1"),  # moved and renumbered
        (4, "OP2 → —"),  # deleted
        (5, "— → OP4"),  # inserted
    ],
)
def test_row_labels(row_index: int, label: str) -> None:
    assert row_label(ROWS[row_index]) == label


def test_split_row_shows_both_ids() -> None:
    row = Row(("OP3",), ("OP3", "OP4"), "split", (DiffSegment("=", "x"),))
    assert row_label(row) == "OP3 → OP3 + OP4"
    assert any("split: OP3 → OP3 + OP4" in text for _, text in badges(row))


def test_badges_name_the_verb_change_flags_and_moves() -> None:
    texts = [text for _, text in badges(ROWS[2])]
    assert texts[0] == "▲ stronger: Encourages → Urges"
    assert any("hedge removed" in t and "where appropriate" in t for t in texts)
    assert [text for _, text in badges(ROWS[1])] == ["↕ moved from OP4"]
    assert "▲ stronger" in label_html(ROWS[2], LIGHT)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_changes_carry_a_decoration_as_well_as_a_colour(colours) -> None:  # type: ignore[no-untyped-def]
    left = side_html(ROWS[2], "L", colours, show_routine=True)
    right = side_html(ROWS[2], "R", colours, show_routine=True)
    assert "line-through" in left and "Encourages" in left and "Urges" not in left
    assert "underline" in right and "Urges" in right and "Encourages" not in right
    assert colours.deleted_fg in left and colours.inserted_fg in right


def test_routine_changes_are_dimmed_or_shown_plain() -> None:
    dimmed = side_html(ROWS[3], "R", LIGHT, show_routine=True)
    assert LIGHT.dim_text in dimmed and "forty-seventh" in dimmed
    plain = side_html(ROWS[3], "R", LIGHT, show_routine=False)
    assert "<span" not in plain and "forty-seventh" in plain


def test_gap_side_is_empty_and_text_is_escaped() -> None:
    assert side_html(ROWS[5], "L", LIGHT, True) == ""
    row = Row(("P1",), ("P1",), "unchanged", (DiffSegment("=", "a <b> & c\n(a) d"),))
    assert side_html(row, "L", LIGHT, True) == "a &lt;b&gt; &amp; c<br>(a) d"


def test_rows_keep_both_sides_aligned_at_the_taller_height(window) -> None:  # type: ignore[no-untyped-def]
    long_text = "Requests the Secretary-General to report on the implementation. " * 12
    row = Row(
        ("OP1",), ("OP1",), "modified", (DiffSegment("=", "Short."), DiffSegment("+", long_text))
    )
    delegate = window.view.itemDelegate()
    tall = delegate.row_height(99, row, 1000)
    short = delegate.row_height(
        98, Row(("OP1",), ("OP1",), "unchanged", (DiffSegment("=", "Short."),)), 1000
    )
    assert tall > 3 * short
    assert delegate.row_height(99, row, 600) > tall  # narrower window: more lines


def test_rewritten_uncertain_row_and_footnotes_are_shown() -> None:
    # Issue 12: a rewritten provision is named, an uncertain pairing is marked (and carries
    # no verdict), and a footnote that changed is shown under each side's text.
    from resolution_compare.core.comparison import FootnoteChange
    from resolution_compare.gui.row_text import status_text

    note = FootnoteChange(
        "1",
        "1",
        "changed",
        (DiffSegment("-", "A/HRC/58/47"), DiffSegment("+", "A/HRC/55/43"), DiffSegment("=", ".")),
    )
    row = Row(
        ("OP4",),
        ("OP14",),
        "rewritten",
        (DiffSegment("=", "Requests "), DiffSegment("-", "a"), DiffSegment("+", "b")),
        uncertain=True,
        footnotes=(note,),
    )
    assert status_text(row) == "rewritten"
    kinds = [kind for kind, _ in badges(row)]
    assert "uncertain" in kinds
    assert any("footnote changed: 1 → 1" in text for _, text in badges(row))
    left, right = side_html(row, "L", LIGHT, True), side_html(row, "R", LIGHT, True)
    assert "<sup>1</sup>" in left and "A/HRC/58/47" in left and "A/HRC/55/43" not in left
    assert "<sup>1</sup>" in right and "A/HRC/55/43" in right and "A/HRC/58/47" not in right
    assert "uncertain pairing" in label_html(row, LIGHT)
