"""``resolution-compare open A B C … --screenshot`` opens the History view, saves, exits 0."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui.test_gui_app import run_open

DATA = Path(__file__).parent.parent / "data"
SERIES = [str(DATA / f"hrc-res-{s}-en.txt") for s in ("35-3", "38-2", "41-5", "44-11")]


@pytest.mark.parametrize("view", ["history", "history-votes"])
def test_history_screenshot_and_a_clean_exit(tmp_path: Path, view: str) -> None:
    # Exit status 0, not a crash while Qt takes the window down (a Python event filter
    # there once made most runs end with SIGSEGV).
    png = tmp_path / "shot.png"
    done = run_open(
        *SERIES, "--view", view, "--size", "1000x700", "--screenshot", str(png), tmp_path=tmp_path
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1000, 700)


def test_a_folder_opens_the_history(tmp_path: Path) -> None:
    folder = tmp_path / "series"
    folder.mkdir()
    for name in SERIES:
        shutil.copy(name, folder)
    png = tmp_path / "shot.png"
    done = run_open(str(folder), "--screenshot", str(png), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert png.exists()
