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


def edited_44_11(tmp_path: Path, against: int, list_end: str) -> Path:
    """44/11 with Mexico's abstention moved into the "against" list (ending ``list_end``)."""
    original = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    edited = original.replace(
        "recorded vote of 31 to 15, with 1 abstention",
        f"recorded vote of 31 to {against}, with no abstention",
    ).replace("Spain, and Ukraine Abstaining: Mexico]", list_end)
    assert edited.count("Mexico") == 1 and edited != original
    changed = tmp_path / "hrc-res-44-11-en-edited.txt"
    changed.write_text(edited, encoding="utf-8")
    return changed


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
    changed = edited_44_11(tmp_path, 16, "Spain, Ukraine and Mexico]")
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


def test_kept_votes_are_listed_and_the_show_box_filters(qtbot, window: MainWindow) -> None:
    compare(qtbot, window, DATA / "hrc-res-17-6-en.txt", DATA / "hrc-res-26-6-en.txt")
    panel = window.votes_panel
    listed = panel.listed_codes()
    kept = [code for code, a, b in listed if a == b]
    # China voted in favour of both 17/6 and 26/6: it is listed, after every changed entry.
    assert ("CHN", "yes", "yes") in listed
    assert [code for code, _, _ in listed[-len(kept) :]] == kept
    panel.set_show("kept")
    assert panel.listed_codes() and all(a == b for _, a, b in panel.listed_codes())
    panel.set_show("one_side")
    assert all(None in (a, b) for _, a, b in panel.listed_codes())
    panel.set_show("changed")
    assert panel.listed_codes() == []  # nobody in both votes changed position
    panel.set_show("all")
    assert len(panel.listed_codes()) == len(listed)
    assert "States kept their vote" in panel.summary.text()


def test_changes_of_position_come_before_turnover_in_table_and_chart(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    # 44/11 against itself with Mexico moved from abstaining to against and Albania added.
    changed = edited_44_11(tmp_path, 17, "Spain, Ukraine, Albania and Mexico]")
    compare(qtbot, window, DATA / "hrc-res-44-11-en.txt", changed)
    panel = window.votes_panel
    listed = panel.listed_codes()
    assert listed[:2] == [("MEX", "abstain", "no"), ("ALB", None, "no")]
    bars = panel.chart.bars
    assert [(b.text, b.count, b.real) for b in bars] == [
        ("abstaining → against", 1, True),
        ("not listed → against", 1, False),
    ]


def test_find_in_the_votes_tab_by_name_or_code(qtbot, window: MainWindow) -> None:
    compare(qtbot, window, DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    assert window.tabs.currentIndex() == 1
    window.actions_by_name["find"].trigger()  # Ctrl+F on the Votes tab
    assert window.find_bar.isVisible()
    assert "State" in window.find_bar.edit.placeholderText()
    window.find_bar.edit.setText("mexi")
    window.find_next()
    assert window.votes_panel.listed_codes() == [("MEX", None, "abstain")]
    assert window.find_bar.status.text() == "1 State"
    window.find_bar.edit.setText("DEU")  # an ISO code
    window.find_next()
    assert [code for code, _, _ in window.votes_panel.listed_codes()] == ["DEU"]
    window.find_bar.edit.setText("Atlantis")
    window.find_next()
    assert window.find_bar.status.text() == "Not found"
    window.find_bar.close_bar()
    assert len(window.votes_panel.listed_codes()) > 60  # closing the bar lists every State again
    # Back on the Paragraphs tab the same bar finds words again.
    window.show_paragraphs_tab()
    window.find_bar.open_bar()
    window.find_bar.edit.setText("solidarity")
    window.find_next()
    assert window.current_source_row() is not None


def test_copy_on_the_votes_tab_copies_the_selected_states(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    compare(qtbot, window, DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt")
    window.votes_panel.set_find("Mexico")
    window.actions_by_name["copy"].trigger()
    assert (
        QGuiApplication.clipboard().text()
        == "Mexico\tnot listed\tabstaining\tonly in the later vote"
    )


def test_a_text_without_a_vote_says_so(qtbot, window: MainWindow) -> None:
    # General Assembly resolutions never print the vote.
    compare(
        qtbot,
        window,
        DATA / "ga-res-80-4-en_extract-v1.0.0.md",
        DATA / "ga-res-80-4-en_extract-v1.3.0.md",
    )
    panel = window.votes_panel
    assert panel.body.currentWidget() is panel.no_vote
    assert "No vote in either text" in panel.no_vote.text()
    assert "no vote in this text" in panel.totals_grid.text()
    assert "unknown" not in panel.totals_grid.text() and "?" not in panel.totals_grid.text()
    assert "no vote in either text" in window.header_panel.summary_plain


def test_one_side_without_a_vote_does_not_list_every_state_as_turnover(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    text = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    cut = text[: text.index("[Adopted by a recorded vote")]
    no_vote = tmp_path / "hrc-res-44-11-no-vote.txt"
    no_vote.write_text(cut, encoding="utf-8")
    compare(qtbot, window, no_vote, DATA / "hrc-res-44-11-en.txt")
    panel = window.votes_panel
    kinds = {panel.proxy.index(r, 3).data() for r in range(panel.proxy.rowCount())}
    assert kinds == {"no vote in the earlier text"}
    assert panel.chart.bars == [] and "Only one of the texts has a vote" in panel.chart.empty_text
    assert "no vote in the earlier text" in window.header_panel.summary_plain
    assert "in one vote only" not in window.header_panel.summary_plain


def test_two_drafts_show_the_states_that_joined_or_left_the_sponsors(window: MainWindow) -> None:
    from dataclasses import replace

    import resolution_compare as rc

    draft = rc.load(DATA / "un-pdf" / "A_C.3_80_L.20.pdf")
    sponsors = draft.header.sponsors
    assert sponsors is not None and "Andorra" in sponsors and "Uruguay" in sponsors
    # The revised draft: Andorra withdrew, Kenya joined.
    revised = replace(
        draft,
        source="revised.pdf",
        header=replace(draft.header, sponsors=(*sponsors[1:], "Kenya")),
    )
    panel = window.votes_panel
    panel.set_comparison(rc.compare(draft, revised))
    assert not panel.sponsors.isHidden()
    text = panel.sponsors.text()
    assert "Joined as sponsors (1):</b> Kenya." in text
    assert "Left the sponsors (1):</b> Andorra." in text
    assert f"earlier {len(sponsors)} sponsors, later {len(sponsors)} sponsors" in text
    # An adopted text prints no sponsor list: nothing to compare, the section is hidden.
    panel.set_comparison(rc.compare(draft, rc.load(DATA / "un-pdf" / "A_RES_80_190.pdf")))
    assert panel.sponsors.isHidden()
