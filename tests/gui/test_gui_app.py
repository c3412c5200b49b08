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
    assert done.stderr == ""  # nothing from Qt either (item 20)
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
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "empty.txt" in lines[0]
    assert png.exists()  # the window with its banner is still captured


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc (Linux)")
def test_a_screenshot_the_app_cannot_write_is_one_line_and_exit_2(tmp_path: Path) -> None:
    # QA D13: exit 1, "x.png: could not write the screenshot" without the program's name.
    # /proc passes the checks made before the app starts (a folder that exists) and refuses
    # the file when the image is written: the in-app path of the one writer.
    done = run_open("--sample", "--screenshot", "/proc/shot.png", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("resolution-compare: /proc/shot.png: cannot write")
    assert done.stderr.count("\n") == 1


def test_a_screenshot_run_leaves_recent_comparisons_alone(tmp_path: Path) -> None:
    # QA D17: screenshot runs were added to Recent comparisons (recent.json).
    png = tmp_path / "shot.png"
    done = run_open(str(DATA / "hrc-res-35-3-en.txt"), str(DATA / "hrc-res-44-11-en.txt"),
                    "--screenshot", str(png), tmp_path=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert png.exists()
    assert not (tmp_path / "config" / "recent.json").exists()


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


@pytest.mark.parametrize(
    ("platform", "display", "reason"),
    [
        ("nosuchplugin", None, "Qt has no such platform plugin"),  # no such plugin at all
        ("xcb", ":97", "cannot connect to the display ':97'"),  # an X server that is not there
    ],
)
def test_a_platform_plugin_that_cannot_start_gives_one_line_and_exit_2(
    tmp_path: Path, platform: str, display: str | None, reason: str
) -> None:
    # Qt would print a page of hints and abort (SIGABRT); the app says it in one line.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM=platform, RESOLUTION_COMPARE_CONFIG_DIR=str(tmp_path / "c"))
    if display:
        env["DISPLAY"] = display
    done = subprocess.run(
        [sys.executable, "-m", "resolution_compare", "open", "--sample"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert reason in done.stderr and "System packages" in done.stderr


def test_a_missing_system_library_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A platform plugin linked against a library the machine lacks, like libqxcb.so without
    # libxcb-icccm4: the message names the library, not Qt's often wrong libxcb-cursor0 hint.
    import shutil

    from resolution_compare.gui import qt_messages

    if not sys.platform.startswith("linux") or shutil.which("cc") is None:
        pytest.skip("builds a small shared library with the system C compiler (Linux)")
    source = tmp_path / "stub.c"
    source.write_text("int resolution_compare_stub(void) { return 0; }\n", encoding="utf-8")
    stub = tmp_path / "libxcb-gone.so.4"
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-Wl,-soname,libxcb-gone.so.4", "-o", str(stub), str(source)],
        check=True,
    )
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-o", str(platforms / "libqfake.so"), str(source),
         "-Wl,--no-as-needed", str(stub)],
        check=True,
    )  # fmt: skip
    stub.unlink()  # the plugin now needs a library that is not installed
    monkeypatch.setattr(qt_messages.QLibraryInfo, "path", lambda _which: str(tmp_path / "plugins"))
    assert qt_messages.missing_library("fake") == "libxcb-gone.so.4"
    monkeypatch.setenv("QT_QPA_PLATFORM", "fake")
    line = qt_messages.fatal_line("This application failed to start because no Qt platform plugin")
    assert "the system library libxcb-gone.so.4 is missing" in line and "\n" not in line
