"""A History step in the window: its exports never write over a file of the series (QA D7),
and the actions and the status line follow the page shown, not the step visited (QA D10)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from resolution_compare.gui import dialogs
from resolution_compare.gui.export_dialog import ExportChoice
from resolution_compare.gui.main_window import NEEDS_COMPARISON, MainWindow

DATA = Path(__file__).parent.parent / "data"
# The Cuba embargo texts of three years: a real series of official PDFs.
CUBA = [DATA / "un-pdf" / f"A_RES_{s}.pdf" for s in ("78_7", "79_7", "80_4")]
SERIES = [DATA / f"hrc-res-{s}-en.txt" for s in ("35-3", "38-2", "41-5", "44-11")]
# Actions of the pair's page that mean nothing on the History grid.
PAIR_ONLY = ("swap", "next_change", "previous_change", "filter_changes", "show_routine", "copy")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_history(qtbot, window: MainWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.history_ctl.historyShown, timeout=60000):
        window.history_ctl.open_paths(paths)


def open_last_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Open the step into the latest version of its first provision present there."""
    history = window.history_ctl.history
    assert history is not None
    last = len(history.versions) - 1
    provision = next(i for i, p in enumerate(history.provisions) if p.cells[last].since == last - 1)
    with qtbot.waitSignal(window.history_ctl.stepShown, timeout=30000):
        window.history_ctl.open_step(provision, last)
    assert window.stack.currentWidget() is window.comparison_page


@pytest.mark.parametrize("victim", [0, 2], ids=["earliest", "latest"])
def test_export_from_a_step_refuses_a_file_of_the_series(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, victim: int
) -> None:
    # QA D7: folder of official PDFs → a step → Ctrl+E onto one of the PDFs replaced it.
    folder = tmp_path / "cubaseries"
    folder.mkdir()
    for pdf in CUBA:
        shutil.copy(pdf, folder / pdf.name)
    target = folder / CUBA[victim].name  # also one that is not in the step shown
    before = digest(target)
    open_history(qtbot, window, [folder])
    open_last_step(qtbot, window)
    choice = ExportChoice(target, "pdf", "a4", changes_only=False, operative_only=False)
    monkeypatch.setattr(dialogs, "choose_export", lambda parent, proposal: choice)
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: window.banner_box.isVisible(), timeout=30000)
    assert "is one of the files being compared" in window.banner.text()
    assert digest(target) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in CUBA)


def test_export_from_a_step_writes_elsewhere(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The protection refuses only the series' files: another name is written.
    open_history(qtbot, window, SERIES)
    open_last_step(qtbot, window)
    target = tmp_path / "step.html"
    choice = ExportChoice(target, "html", "a4", changes_only=True, operative_only=False)
    monkeypatch.setattr(dialogs, "choose_export", lambda parent, proposal: choice)
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.actions_by_name["export"].trigger()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_pair_actions_follow_the_page_shown(qtbot, window: MainWindow) -> None:
    # QA D10: after a step, back on the grid, Swap/Next/filters were enabled and did nothing.
    open_history(qtbot, window, SERIES)
    for name in PAIR_ONLY:
        assert not window.actions_by_name[name].isEnabled(), name
    open_last_step(qtbot, window)
    for name in NEEDS_COMPARISON:
        assert window.actions_by_name[name].isEnabled(), name
    assert "a step of the history" in window.status_label.text()
    window.actions_by_name["history_view"].trigger()
    assert window.stack.currentWidget() is window.history_ctl.page
    for name in PAIR_ONLY:
        assert not window.actions_by_name[name].isEnabled(), name
    assert window.actions_by_name["export"].isEnabled()  # the history's own export
    assert window.actions_by_name["find"].isEnabled()  # and its own find
    # The status line speaks of the history now, not of the step.
    assert window.status_label.text().startswith("History of 4 versions")
    # The start page: nothing of the pair's either.
    window.actions_by_name["start_page"].trigger()
    for name in NEEDS_COMPARISON:
        assert not window.actions_by_name[name].isEnabled(), name
