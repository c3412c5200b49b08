"""The grid cells' HTML read back as runs (what the PDF painter draws) and the CSS as rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.report.cell_markup import Run, cell_runs, css_rules, pixels
from resolution_compare.report.html import report_sections
from resolution_compare.report.html_rows import escape_text, row_cells
from resolution_compare.resources import sample_pair
from resolution_compare.workflow import compare_files
from tests.report.helpers import long_comparison, redline_comparison

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    ("markup", "runs"),
    [
        # plain text, entities decoded as html.escape wrote them
        ("A &amp; B &lt;b&gt;", [Run("A & B <b>")]),
        # a change and a line break keep their classes and order
        (
            'Calls <span class="del">upon</span><br>States',
            [Run("Calls "), Run("upon", ("del",)), Run("\n"), Run("States")],
        ),
        # nested classes, outermost first (the margin's notes)
        (
            'OP1<br><span class="note">moved<br><span class="stronger">▲ stronger</span></span>',
            [
                Run("OP1"),
                Run("\n"),
                Run("moved", ("note",)),
                Run("\n", ("note",)),
                Run("▲ stronger", ("note", "stronger")),
            ],
        ),
        # the inline tags a footnote or a title uses
        (
            "<sup>1</sup> <b>x</b><i>y</i>",
            [Run("1", ("sup",)), Run(" "), Run("x", ("b",)), Run("y", ("i",))],
        ),
    ],
)
def test_cell_runs(markup: str, runs: list[Run]) -> None:
    assert cell_runs(markup) == runs


@pytest.mark.parametrize("markup", ["<table>x</table>", "<img src=x>", "a</span>"])
def test_markup_outside_the_subset_is_refused(markup: str) -> None:
    # A tag the painter does not know would lose its styling on paper: fail loudly instead.
    with pytest.raises(ValueError):
        cell_runs(markup)


def test_document_text_with_markup_characters_comes_back_literally() -> None:
    text = 'Notes that <b>bold</b> & <script>x</script> "stay" text;\nnext line'
    runs = cell_runs(escape_text(text))
    assert "".join(r.text for r in runs) == text
    assert all(r.classes == () for r in runs)


def _comparisons():  # type: ignore[no-untyped-def]
    yield redline_comparison()
    yield long_comparison(12)
    yield compare_files(*sample_pair())
    yield compare_files(
        DATA / "chinese-word-diff" / "earlier.txt", DATA / "chinese-word-diff" / "later.txt"
    )
    arabic = DATA / "constructed" / "constructed-ar-hrc-44-11.txt"
    yield compare_files(arabic, arabic)


def test_every_cell_of_real_reports_is_in_the_subset() -> None:
    # Everything html_rows writes into a cell must be drawable by the page painter, and the
    # painter must draw the same words the HTML export shows.
    count = 0
    for result in _comparisons():
        for row in result.rows:
            for cell in row_cells(row):
                runs = cell_runs(cell.html)
                assert "".join(r.text for r in runs).replace("\n", "") or not cell.html
                count += 1
        header = report_sections(result).paragraphs.header
        for cell in header:
            cell_runs(cell.html)
    assert count > 100


def test_css_rules_and_lengths() -> None:
    rules = css_rules(
        "body { font-size: 12px; color: #111; }\ntd.a, .b { color: red; }\n.b { font-weight: bold }"
    )
    assert rules["body"] == {"font-size": "12px", "color": "#111"}
    assert rules["td.a"] == {"color": "red"}
    assert rules[".b"] == {"color": "red", "font-weight": "bold"}
    assert pixels("11px", 12) == 11 and pixels("1em", 12) == 12 and pixels(None, 4) == 4
