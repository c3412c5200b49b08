"""Item 10: the header, the change list, the votes tab and the terminal give the same counts,
with plurals right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resolution_compare.console_compare import format_comparison
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.i18n import n_
from resolution_compare.workflow import compare_files
from tests.gui.fixtures import sample_comparison

DATA = Path(__file__).parent.parent / "data"
PAIRS = [
    ("hrc-res-35-3-en.txt", "hrc-res-44-11-en.txt"),  # the sample: one ▼ weaker verb
    ("hrc-res-17-6-en.txt", "hrc-res-26-6-en.txt"),  # 13 inserted, 3 deleted, ▼ weaker
    ("hrc-res-7-5-en.txt", "hrc-res-35-3-en.txt"),  # three moved paragraphs
    ("hrc-res-26-6-en.txt", "hrc-res-35-3-en.txt"),  # an unchanged paragraph that moved
]


def group_counts(window: MainWindow) -> dict[str, int]:
    tree = window.change_list
    counts = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        title, number = re.fullmatch(r"(.+) \((\d+)\)", item.text(0)).groups()
        assert int(number) == item.childCount()  # the title counts what is listed
        counts[title] = int(number)
    return counts


def header_counts(window: MainWindow) -> dict[str, int]:
    text = window.header_panel.summary_plain
    return {
        word: int(n)
        for n, word in re.findall(r"(\d+) (modified|inserted|deleted|moved|unchanged)", text)
    }


@pytest.mark.parametrize(("left", "right"), PAIRS, ids=lambda p: p)
@pytest.mark.parametrize("show_routine", [True, False], ids=["routine-shown", "routine-hidden"])
def test_header_and_change_list_agree(
    qtbot, window: MainWindow, left: str, right: str, show_routine: bool
) -> None:
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        window.compare_paths(DATA / left, DATA / right)
    window.toggle_routine(show_routine)
    groups = group_counts(window)
    header = header_counts(window)
    for title, word in (
        ("Modified", "modified"),
        ("Inserted", "inserted"),
        ("Deleted", "deleted"),
        ("Moved", "moved"),
    ):
        assert groups.get(title, 0) == header.get(word, 0), (title, groups, header)
    assert window.comparison is not None
    # "unchanged" as the comparison counts it, moved or not (QA pass 2 N3).
    assert header["unchanged"] == window.comparison.summary.unchanged
    if show_routine:
        # ... and the terminal's summary line says the same.
        line = format_comparison(window.comparison).splitlines()[3]
        for word, n in header.items():
            assert f"{n} {word}" in line, (word, line)


def test_routine_rows_leave_both_counts_together(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    before = group_counts(window)["Modified"]
    window.toggle_routine(False)  # row 3 only renumbers a session
    assert group_counts(window)["Modified"] == before - 1 == header_counts(window)["modified"]
    assert "1 routine change hidden" in window.header_panel.summary_plain


def test_vote_counts_and_plurals(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())  # Mexico abstain → no; Albania, Afghanistan
    header = window.header_panel.summary_plain
    assert "1 vote changed" in header and "2 States in one vote only" in header
    assert "1 State changed its vote" in window.votes_panel.summary.text()
    assert "2 States named in one vote only" in window.votes_panel.summary.text()
    assert "1 State kept its vote" in window.votes_panel.summary.text()


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0 votes changed"),
        (1, "1 vote changed"),
        (2, "2 votes changed"),
    ],
)
def test_plural_forms(n: int, text: str) -> None:
    assert n_(n, "{n} vote changed", "{n} votes changed") == text


def test_terminal_and_summary_json_count_the_same_vote_changes() -> None:
    result = compare_files(DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    text = format_comparison(result)
    s = result.summary
    assert f"{s.vote_changes} votes changed" in text
    assert f"{s.states_in_one_vote} States in one vote only" in text
    assert s.vote_changes == len(result.votes.shifted) == 0
    assert s.states_in_one_vote == 68


def test_a_count_never_wraps_inside(window: MainWindow) -> None:
    # At 1366 px the header read "…, 1 / deleted": the label may break a line only
    # between counts, so every count the summary gives is one unbreakable run.
    window.show_comparison(sample_comparison())
    label = window.header_panel.summary.text()
    lines = window.header_panel.summary_plain.split("\n")
    # Paragraph counts first, then the votes (QA pass 3: "14 unchanged" under the vote line
    # read as a number of States).
    assert "unchanged" in lines[1] and "vote" in lines[2], lines
    counts = re.split(r", |  ·  |\n", window.header_panel.summary_plain)
    assert len(counts) >= 4
    for count in counts:
        assert f'<span style="white-space:nowrap">{count}</span>' in label, count


def test_a_sentence_in_the_summary_still_wraps(qtbot, window: MainWindow) -> None:
    # QA pass 2 N2: kept whole, "Only routine calendar updates (hidden — Ctrl+R shows them)."
    # was cut at the column's edge ("Only routine calendar upda").
    pdfs = [DATA / "un-pdf" / f"A_RES_{s}.pdf" for s in ("79_7", "80_4")]
    with qtbot.waitSignal(window.comparisonShown, timeout=30000):
        window.compare_paths(*pdfs)
    window.toggle_routine(False)
    summary = window.header_panel.summary
    assert window.header_panel.summary_plain.startswith("Only routine calendar updates")
    assert 'nowrap">Only' not in summary.text()
    width = summary.width()
    assert summary.heightForWidth(width) > summary.fontMetrics().height() * 4
