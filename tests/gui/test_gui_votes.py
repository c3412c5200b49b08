"""The votes tab: States only in one vote, changed votes, totals, chart."""

from __future__ import annotations

from pathlib import Path

from resolution_compare.gui.main_window import MainWindow
from resolution_compare.gui.votes_panel import shift_counts, totals_text
from tests.gui.fixtures import VOTES, sample_comparison

DATA = Path(__file__).parent.parent / "data"


def compare(qtbot, window: MainWindow, left: Path, right: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        window.compare_paths(left, right)
    window.show_votes_tab()


def test_votes_view_lists_states_named_in_only_one_vote(qtbot, window: MainWindow) -> None:
    compare(qtbot, window, DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    listed = window.votes_panel.listed_codes()
    # Albania voted against 35/3 and was not a member for 44/11; Afghanistan the other way.
    assert ("ALB", "no", None) in listed
    assert ("AFG", None, "yes") in listed
    # Mexico abstained on 44/11 and is not in the 35/3 vote.
    assert ("MEX", None, "abstain") in listed
    # Germany voted against both times: listed too, after every State whose entry changed.
    assert listed[-1][1] == listed[-1][2]
    assert ("DEU", "no", "no") in listed
    kept = [code for code, a, b in listed if a == b]
    assert listed.index(("DEU", "no", "no")) >= len(listed) - len(kept)


def test_votes_view_shows_an_abstention_that_became_a_no(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    original = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    edited = original.replace(
        "recorded vote of 31 to 15, with 1 abstention",
        "recorded vote of 31 to 16, with no abstention",
    ).replace("Spain, and Ukraine Abstaining: Mexico]", "Spain, Ukraine and Mexico]")
    assert edited.count("Mexico") == 1 and edited != original
    changed = tmp_path / "hrc-res-44-11-en-edited.txt"
    changed.write_text(edited, encoding="utf-8")
    compare(qtbot, window, DATA / "hrc-res-44-11-en.txt", changed)
    listed = window.votes_panel.listed_codes()
    assert listed[0] == ("MEX", "abstain", "no")  # the one change of position comes first
    assert all(a == b for _, a, b in listed[1:])  # then the States that kept their vote
    assert "abstaining → against" in window.votes_panel.chart._counts[0][0]


def test_votes_panel_from_a_known_comparison(window: MainWindow) -> None:
    window.show_comparison(sample_comparison())
    panel = window.votes_panel
    assert sorted(code for code, _, _ in panel.listed_codes()) == ["AFG", "ALB", "DEU", "MEX"]
    assert "32 in favour, 15 against, 0 abstaining" in panel.totals_left.text()
    assert "1 State changed its vote" in panel.summary.text()
    # Sorting by the later vote puts "in favour" first.
    panel.table.sortByColumn(2, panel.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert panel.listed_codes()[0][0] == "AFG"


def test_shift_counts_and_totals_text() -> None:
    counts = shift_counts(VOTES.states)
    assert counts[("abstain", "no")] == 1 and ("no", "no") not in counts
    assert totals_text(VOTES.right) == "31 in favour, 15 against, 1 abstaining"
