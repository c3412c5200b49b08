"""Two language versions of one text in the window (QA D14, display part): the sides are
called by their languages, not "earlier/later", and the State names of the Votes tab are
in the interface's language (English), whatever the texts' language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from resolution_compare.gui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data"
EN, FR = DATA / "hrc-res-44-11-en.txt", DATA / "hrc-res-44-11-fr.txt"


def compare(qtbot, window: MainWindow, left: Path, right: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        window.compare_paths(left, right)


def test_a_language_pair_is_labelled_by_language(qtbot, window: MainWindow) -> None:
    compare(qtbot, window, EN, FR)
    header = window.header_panel
    assert "English version" in header.left.text()
    assert "French version" in header.right.text()
    for text in (header.left.text(), header.right.text()):
        assert "Earlier" not in text and "Later" not in text
    table = window.votes_panel.table.model()
    headers = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[1:3] == ["English", "French"]


def test_state_names_are_in_the_interfaces_language(qtbot, window: MainWindow) -> None:
    # The French text's vote lists "Allemagne", "Arménie", "Autriche": the English window
    # names them Germany, Armenia, Austria (and sorts them by those names).
    compare(qtbot, window, FR, EN)
    names = [name for name, _a, _b in window.votes_panel.listed_states()]
    assert "Germany" in names and "Armenia" in names and "Austria" in names
    assert not {"Allemagne", "Arménie", "Autriche"} & set(names)


def test_two_years_in_one_language_keep_earlier_and_later(qtbot, window: MainWindow) -> None:
    compare(qtbot, window, DATA / "hrc-res-35-3-en.txt", EN)
    assert "Earlier version" in window.header_panel.left.text()
    assert "Later version" in window.header_panel.right.text()
