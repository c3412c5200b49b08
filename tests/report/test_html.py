"""The HTML export: one standalone file from the same template as the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resolution_compare.core.comparison import (
    Comparison,
    DiffSegment,
    Row,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.palette import LIGHT
from resolution_compare.report import export_report
from resolution_compare.report.html import render_html
from resolution_compare.report.html_rows import row_ids
from tests.report.helpers import redline_comparison, resolution


def one_row(text: str, language: str = "en") -> Comparison:
    row = Row(("OP1",), ("OP1",), "modified", (DiffSegment("=", text), DiffSegment("+", " new")))
    side = resolution("A/RES/1", language, {}, "a.txt")
    empty = VoteTotals(None, None, None, None)
    return Comparison(side, side, (row,), VoteComparison(empty, empty), Summary())


def test_html_export_is_standalone_utf8(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    export_report(redline_comparison(), out, fmt="html")
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page
    assert "<style>" in page  # CSS inline
    assert not re.search(r"<link|src=|https?://", page)  # nothing fetched from anywhere
    assert "A/HRC/RES/35/3" in page and "A/HRC/RES/44/11" in page


def test_markup_in_paragraph_is_escaped() -> None:
    page = render_html(one_row("Notes <b>bold</b> & <script>alert(1)</script>"))
    assert "Notes &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page and "<script>" not in page


def test_inserted_and_deleted_words_have_colour_and_decoration() -> None:
    page = render_html(redline_comparison())
    assert '<span class="ins">deliberately </span>' in page
    assert '<span class="del">Encourages</span>' in page
    assert '<span class="ins-routine">forty-seventh</span>' in page  # routine: lighter
    css = page[page.index("<style>") : page.index("</style>")]
    # The app's palette (one palette for window and report), with a second cue each.
    assert re.search(rf"\.del \{{[^}}]*color: {LIGHT.deleted_fg};[^}}]*line-through", css)
    assert re.search(rf"\.ins \{{[^}}]*color: {LIGHT.inserted_fg};[^}}]*underline", css)
    assert re.search(rf"\.stronger \{{[^}}]*color: {LIGHT.stronger};", css)
    assert re.search(rf"\.weaker \{{[^}}]*color: {LIGHT.weaker};", css)


def test_the_html_export_carries_no_internal_comments() -> None:
    # The HTML file goes to other delegations as is: no notes about our template inside.
    page = render_html(redline_comparison())
    assert "<!--" not in page


@pytest.mark.parametrize(
    ("text", "language", "rtl"),
    [
        ("نص", "ar", True),  # Arabic cells are right to left
        ("texte", "fr", False),  # French left to right
        ("中文", "zh", False),  # Chinese left to right
        # the direction comes from the paragraph's text, not the document's language
        ("A/HRC/RES/44/11 Human rights", "ar", False),
        ("1 - يقرر", "en", True),  # digits are neutral: the first letter decides
    ],
)
def test_rtl_cells(text: str, language: str, rtl: bool) -> None:
    page = render_html(one_row(text, language))
    assert ('dir="rtl"' in page) is rtl


@pytest.mark.parametrize(
    ("left", "right", "label"),
    [
        (("OP7",), ("OP9",), "OP7 → OP9"),  # renumbered
        (("OP2",), ("OP2",), "OP2"),  # same id
        (("OP3",), ("OP3", "OP4"), "OP3 → OP3, OP4"),  # split
        (("OP3", "OP4"), ("OP3",), "OP3, OP4 → OP3"),  # merged
        ((), ("OP10",), "— → OP10"),  # inserted
        (("PP2",), (), "PP2 → —"),  # deleted
    ],
)
def test_row_ids(left: tuple[str, ...], right: tuple[str, ...], label: str) -> None:
    assert row_ids(Row(left, right, "modified", ())) == label


def test_changes_only_counts_hidden_rows() -> None:
    page = render_html(redline_comparison(), changes_only=True)
    assert "1 unchanged paragraph not shown." in page
    assert "Recalling its resolution 35/3," not in page
    full = render_html(redline_comparison())
    assert "Recalling its resolution 35/3," in full and "not shown" not in full


def test_unrecognised_vote_names_are_shown() -> None:
    from dataclasses import replace

    from resolution_compare.core.model import VoteRecord

    result = redline_comparison()
    right = replace(result.right, vote=VoteRecord(method="recorded", unresolved=("Atlantis <X>",)))
    page = render_html(replace(result, right=right))
    assert "Names not recognised in the later vote: Atlantis &lt;X&gt;." in page
    assert "Names not recognised in the earlier vote" not in page


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("a & b", "a &amp; b"),  # ampersand
        ("<i>x</i>", "&lt;i&gt;x&lt;/i&gt;"),  # tags print as text
        ("line\nnext", "line<br>next"),  # sub-paragraph line breaks kept
        ("form\x0cfeed\x00", "formfeed"),  # control characters dropped
        ("bad \udc80 byte", "bad \ufffd byte"),  # lone surrogate replaced
        ('say "yes"', 'say "yes"'),  # quotes need no escaping in text
    ],
)
def test_escape_text(text: str, printed: str) -> None:
    from resolution_compare.report.html_rows import escape_text

    assert escape_text(text) == printed


def test_surrogate_in_paragraph_exports(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    export_report(one_row("bad \udc80 byte"), out, fmt="html")
    assert "bad \ufffd byte" in out.read_text(encoding="utf-8")


def test_vote_shifts_grouped_position_changes_first() -> None:
    from dataclasses import replace

    from resolution_compare.core.comparison import StateVote

    result = redline_comparison()
    states = (
        StateVote("USA", "no", "yes"),  # changed position
        StateVote("AFG", None, "yes"),  # joined the vote (new member)
        StateVote("ALB", "no", None),  # left it
    )
    page = render_html(replace(result, votes=replace(result.votes, states=states)))
    # Joining or leaving the Council is not a change of vote: only the USA changed.
    assert (
        "States whose vote changed (1):</b> <b>United States of America</b> "
        "(against → in favour)." in page
    )
    assert "Listed in one vote only (2;" in page
    assert "Afghanistan (not listed → in favour)" in page
    table = page[page.index("Earlier vote</th>") :]
    assert table.index("Changed position (1)") < table.index("Listed in one vote only (2)")
    assert table.index("Afghanistan") < table.index("Albania")  # by name inside a group


@pytest.mark.parametrize(
    ("direction", "shown"),
    [
        ("stronger", "▲ stronger"),  # e.g. Encourages → Urges
        ("weaker", "▼ weaker"),  # e.g. Decides → Invites
        ("changed", "◆ changed"),  # different verb, no order in the tier (Requests → Recommends)
    ],
)
def test_lead_direction_marks(direction: str, shown: str) -> None:
    from dataclasses import replace

    from resolution_compare.core.comparison import LeadChange

    result = redline_comparison()
    row = replace(result.rows[2], lead=LeadChange("Old", "New", 3, 2, direction))  # type: ignore[arg-type]
    page = render_html(replace(result, rows=(row,)))
    summary = page[page.index("Operative language") : page.index("Hedges")]
    assert shown in summary and "<i>Old</i> → <i>New</i>" in summary
    assert f"Operative language:</b> 1 {direction}." in summary


def test_same_lead_is_not_listed() -> None:
    from dataclasses import replace

    from resolution_compare.core.comparison import LeadChange

    result = redline_comparison()
    row = replace(result.rows[2], lead=LeadChange("Urges", "Urges", 4, 4, "same"))
    page = render_html(replace(result, rows=(row,)))
    assert "no change of lead verb strength" in page


def test_comparison_notes_are_printed_escaped() -> None:
    from dataclasses import replace

    page = render_html(replace(redline_comparison(), warnings=("b.txt: count <mismatch> & more",)))
    assert "<b>Notes:</b>" in page
    assert "b.txt: count &lt;mismatch&gt; &amp; more" in page


def test_rewritten_uncertain_and_footnotes_in_the_report() -> None:
    # Issue 12: the report names rewritten rows and uncertain pairings, and prints a changed
    # footnote under each side's paragraph (shared/cases/footnote-change).
    from resolution_compare.core.comparison import DiffSegment, FootnoteChange, Row
    from resolution_compare.report.html_rows import render_row

    note = FootnoteChange(
        "1",
        "1",
        "changed",
        (DiffSegment("-", "A/HRC/58/47"), DiffSegment("+", "A/HRC/55/43"), DiffSegment("=", ".")),
    )
    row = Row(("OP1",), ("OP1",), "modified", (DiffSegment("=", "Takes note;"),), footnotes=(note,))
    html = render_row(row, "en", "en")
    assert "footnote changed" in html
    assert html.count("<sup>1</sup>") == 2
    assert '<span class="del">A/HRC/58/47</span>' in html
    assert '<span class="ins">A/HRC/55/43</span>' in html
    rewritten = Row(
        ("OP4",),
        ("OP14",),
        "rewritten",
        (DiffSegment("-", "a"), DiffSegment("+", "b")),
        uncertain=True,
    )
    html = render_row(rewritten, "en", "en")
    assert "rewritten" in html and "uncertain pairing: no verdict" in html


@pytest.mark.parametrize(
    ("pair", "general_assembly"),
    [
        (("un-pdf/A_RES_79_7.pdf", "un-pdf/A_RES_80_4.pdf"), True),
        (("chinese-word-diff/earlier.txt", "chinese-word-diff/later.txt"), False),  # HRC
    ],
)
def test_no_vote_is_explained_only_for_the_general_assembly(
    pair: tuple[str, str], general_assembly: bool
) -> None:
    # QA pass 2 N4: the General Assembly's reason was printed for Council texts too.
    import resolution_compare as rc

    data = Path(__file__).resolve().parent.parent / "data"
    html = render_html(rc.compare(*(rc.load(data / name) for name in pair)))
    assert "No vote in either text." in html
    assert ("General Assembly resolutions do not print the vote" in html) is general_assembly


def test_the_order_warning_is_printed_once() -> None:
    # QA pass 2 N5: under the documents' table and again under "Notes:".
    import resolution_compare as rc

    data = Path(__file__).resolve().parent.parent / "data"
    later, earlier = (rc.load(data / f"hrc-res-{s}-en.txt") for s in ("44-11", "35-3"))
    result = rc.compare(later, earlier)
    assert any("is later than the right" in w for w in result.warnings)
    assert render_html(result).count("is later than the right") == 1
