"""Routine changes look routine everywhere (QA D17): a grey tick in the change strip, not the
orange of a substantive modification; greyed words on a grey background, so that a strike
that falls on a horizontal stroke (a deleted Chinese 一) still shows that something changed."""

from __future__ import annotations

from pathlib import Path

import resolution_compare as rc
from resolution_compare.core.comparison import DiffSegment
from resolution_compare.gui.row_text import side_html, strip_kind
from resolution_compare.palette import LIGHT, kind_colour
from resolution_compare.report.html import render_html

DATA = Path(__file__).parent.parent / "data" / "un-pdf"


def routine_rows():  # type: ignore[no-untyped-def]
    # A/RES/79/7 → A/RES/80/4: the year's resolution joins the lists, the session moves on.
    result = rc.compare(rc.load(DATA / "A_RES_79_7.pdf"), rc.load(DATA / "A_RES_80_4.pdf"))
    rows = [r for r in result.rows if r.routine_only and not r.moved]
    assert rows, "the calendar updates of the Cuba texts are routine"
    return result, rows


def test_routine_rows_are_ticked_grey() -> None:
    _result, rows = routine_rows()
    for row in rows:
        assert strip_kind(row) == "routine"
        assert kind_colour(LIGHT, strip_kind(row)) == LIGHT.routine_marker
    assert LIGHT.routine_marker != LIGHT.modified_marker


def test_routine_words_have_a_background_in_the_window_and_the_report() -> None:
    result, rows = routine_rows()
    background = f"background-color:{LIGHT.routine_bg}"
    for side in ("L", "R"):
        assert background in side_html(rows[0], side, LIGHT, show_routine=True)
    assert f"background-color: {LIGHT.routine_bg}" in render_html(result)


def test_a_struck_one_keeps_a_visible_cue() -> None:
    # The shared case chinese-word-diff, OP2: 第六十一届 → 第六十四届 (routine or not, the
    # deleted 一 is never only a strike on its own stroke).
    from resolution_compare.core.comparison import Row

    row = Row(
        left=("OP2",),
        right=("OP2",),
        status="modified",
        diff=(
            DiffSegment("=", "第六十"),
            DiffSegment("-", "一", routine=True),
            DiffSegment("+", "四", routine=True),
            DiffSegment("=", "届"),
        ),
    )
    assert row.routine_only
    html = side_html(row, "L", LIGHT, show_routine=True)
    struck = html[html.index("<span") : html.index("一")]
    assert "line-through" in struck and "background-color" in struck
