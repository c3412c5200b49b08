"""The app's own files: whatever lies in the config folder, the app starts.

Each case plants a hostile settings.json or recent.json (made here), then opens the window:
no exception, no hang (a FIFO), no gigabyte read, bad values dropped, a file that cannot be
read at all moved aside as ``*.corrupt``.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from resolution_compare.gui.recent import load_recent, recent_path
from resolution_compare.gui.settings import Settings, load_settings, settings_path


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _nested(path: Path) -> None:
    _write(path, b"[" * 200_000 + b"]" * 200_000)  # RecursionError in json.loads


def _fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)  # opened for reading, it would block the app forever


def _sparse(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # 1 GB of zeros, no disk used


def _folder(path: Path) -> None:
    path.mkdir(parents=True)


UNREADABLE: list[tuple[str, Callable[[Path], None]]] = [
    ("nested-json", _nested),  # 200 000 levels of nesting
    ("fifo", _fifo),  # a named pipe in place of the file
    ("sparse-1gb", _sparse),  # a 1 GB file
    ("folder", _folder),  # a folder with the file's name
]


@pytest.mark.parametrize(("case", "plant"), UNREADABLE, ids=[c for c, _ in UNREADABLE])
@pytest.mark.parametrize("which", ["settings", "recent"])
def test_unreadable_file_is_moved_aside(
    case: str, plant: Callable[[Path], None], which: str
) -> None:
    path = settings_path() if which == "settings" else recent_path()
    plant(path)
    if which == "settings":
        assert load_settings() == Settings()
    else:
        assert load_recent() == []
    assert not os.path.lexists(path)
    assert os.path.lexists(path.with_name(path.name + ".corrupt"))


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"geometry": "not base64!!"}, "geometry"),  # bad base64 (crashed restoreGeometry)
        ({"geometry": "QUJD" * 100_000}, "geometry"),  # 400 kB: not what Qt saves
        ({"window_state": "%%%"}, "window_state"),  # same for the state
        ({"last_folder": "x" * 10_000}, "last_folder"),  # longer than any real path
        ({"last_folder": "/tmp/a\x00b"}, "last_folder"),  # NUL: no such folder can exist
    ],
)
def test_bad_values_are_dropped(raw: dict[str, str], field: str) -> None:
    _write(settings_path(), json.dumps(raw).encode())
    assert getattr(load_settings(), field) == ""


def test_good_geometry_is_kept() -> None:
    geometry = base64.b64encode(b"\x01\xd9\xd0\xcb" + bytes(60)).decode()
    _write(settings_path(), json.dumps({"geometry": geometry}).encode())
    assert load_settings().geometry == geometry


@pytest.mark.parametrize(
    "entry",
    [
        ["/tmp/" + "x" * 300 + ".txt", "/tmp/b.txt"],  # ENAMETOOLONG on every start
        ["/tmp/a\x00.txt", "/tmp/b.txt"],  # a NUL byte: ValueError from the OS layer
        ["/" + "d/" * 3000 + "a.txt", "/tmp/b.txt"],  # longer than PATH_MAX
        [1, 2],  # not strings
        "a.txt",  # not a pair
    ],
    ids=["300-char-name", "nul", "path-max", "numbers", "string"],
)
def test_bad_recent_entries_are_dropped(tmp_path: Path, entry: object) -> None:
    good = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    for name in good:
        Path(name).write_text("x")
    _write(recent_path(), json.dumps({"pairs": [entry, good]}).encode())
    assert [str(p.left) for p in load_recent()] == [good[0]]


def test_thousands_of_recent_entries_are_cut(tmp_path: Path) -> None:
    # a hand-edited or looping list: only the first entries are looked at, no hang
    missing = [[f"/nowhere/{i}.txt", f"/nowhere/{i}b.txt"] for i in range(50_000)]
    _write(recent_path(), json.dumps({"pairs": missing}).encode())
    assert load_recent() == []


@pytest.mark.parametrize(
    "plant",
    [
        lambda: _write(settings_path(), json.dumps({"geometry": "@@@not-base64"}).encode()),
        lambda: _fifo(recent_path()),
        lambda: _sparse(settings_path()),
        lambda: _nested(settings_path()),
        lambda: _write(
            recent_path(), json.dumps({"pairs": [["/tmp/" + "y" * 300, "/tmp/z"]]}).encode()
        ),
    ],
    ids=["bad-geometry", "fifo-recent", "sparse-settings", "nested-settings", "long-name"],
)
def test_the_app_starts(qtbot, plant: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    from resolution_compare.gui.app import make_application
    from resolution_compare.gui.main_window import MainWindow

    plant()
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_start_page()  # reads the recent list again
    qtbot.waitExposed(window)
    window.close()  # saves the settings: must work after the bad file was set aside
    assert settings_path().is_file()
