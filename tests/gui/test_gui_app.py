"""``resolution-compare open … --screenshot`` renders, saves and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

DATA = Path(__file__).parent.parent / "data"


def run_open(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # run_app must choose offscreen by itself
    env["RESOLUTION_COMPARE_CONFIG_DIR"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "resolution_compare", "open", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize(
    ("args", "size"),
    [
        (["--sample", "--size", "900x640"], (900, 640)),  # the comparison
        (["--sample", "--view", "votes", "--size", "900x640"], (900, 640)),  # the votes tab
        (["--size", "1000x700"], (1000, 700)),  # no files: the start page
    ],
    ids=["comparison", "votes", "start"],
)
def test_screenshot_is_written(tmp_path: Path, args: list[str], size: tuple[int, int]) -> None:
    png = tmp_path / "shot.png"
    done = run_open(*args, "--screenshot", str(png), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == size


def test_screenshot_of_a_bad_pair_exits_2_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "shot.png"
    done = run_open(
        str(empty), str(DATA / "hrc-res-44-11-en.txt"), "--screenshot", str(png), tmp_path=tmp_path
    )
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and "empty.txt" in lines[0]
    assert png.exists()  # the window with its banner is still captured


def test_one_file_opens_the_app_waiting_for_the_later_version(tmp_path: Path) -> None:
    # "Compare with…" in a file manager hands over one file: it becomes the earlier version.
    png = tmp_path / "one.png"
    done = run_open(str(DATA / "hrc-res-35-3-en.txt"), "--screenshot", str(png), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert QImage(str(png)).width() > 0


def test_no_display_gives_one_line_not_an_abort(tmp_path: Path) -> None:
    # Without a display (and no --screenshot) Qt would abort with a page of plugin errors.
    if not sys.platform.startswith("linux"):
        pytest.skip("DISPLAY only decides this on Linux")
    done = run_open("--sample", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no display found" in done.stderr
