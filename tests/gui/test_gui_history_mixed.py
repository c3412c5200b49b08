"""A folder holding several different resolutions, in the window and on the command line
(QA D5): said at once, the other texts named; nothing but different resolutions is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resolution_compare import cli
from resolution_compare.gui.main_window import MainWindow

PDF = Path(__file__).parent.parent / "data" / "un-pdf"
CUBA = ["A_RES_78_7", "A_RES_79_7", "A_RES_80_4"]
OTHERS = ["A_C.3_80_L.20", "A_RES_80_1"]


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name in names:
        shutil.copy(PDF / f"{name}.pdf", folder / f"{name}.pdf")
    return folder


def test_the_window_says_the_folder_holds_several_resolutions(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = folder_of(tmp_path, CUBA + OTHERS)
    with qtbot.waitSignal(window.history_ctl.historyShown, timeout=60000) as shown:
        window.history_ctl.open_paths([folder])
    assert [v.label for v in shown.args[0].versions] == ["A/RES/78/7", "A/RES/79/7", "A/RES/80/4"]
    notes = window.history_ctl.page.notes
    assert notes.isVisible()
    assert "the 5 texts are 3 different resolutions" in notes.text()
    assert "A_C.3_80_L.20.pdf" in notes.text() and "A_RES_80_1.pdf" in notes.text()


def test_the_window_refuses_a_folder_of_different_resolutions(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = folder_of(tmp_path, ["A_C.1_80_L.44", "A_C.3_80_L.20", "A_RES_80_4"])
    with qtbot.waitSignal(window.history_ctl.historyFailed, timeout=60000):
        window.history_ctl.open_paths([folder])
    assert window.banner_box.isVisible()
    assert "3 different resolutions, not versions of one text" in window.banner.text()


def test_the_command_line_says_it_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = folder_of(tmp_path, CUBA + OTHERS)
    assert cli.main(["history", str(folder), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "note: the 5 texts are 3 different resolutions" in out
    for name in OTHERS:
        assert f"note: {name}.pdf" in out
    for name in OTHERS:
        (folder / f"{name}.pdf").rename(tmp_path / f"{name}.pdf")
    (folder / "A_RES_79_7.pdf").unlink()
    (folder / "A_RES_80_4.pdf").unlink()
    shutil.copy(PDF / "A_C.1_80_L.44.pdf", folder)
    assert cli.main(["history", str(folder), *map(str, tmp_path.glob("*.pdf"))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "different resolutions, not versions of one text" in err
