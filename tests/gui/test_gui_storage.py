"""Settings and recent comparisons: round trip, atomic writes, corrupt files moved aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resolution_compare.gui.recent import MAX_RECENT, add_recent, load_recent, recent_path
from resolution_compare.gui.settings import Settings, load_settings, save_settings, settings_path
from resolution_compare.gui.storage import config_dir
from tests.gui.fixtures import sample_comparison


def test_config_dir_honours_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESOLUTION_COMPARE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    assert settings_path().parent == tmp_path / "cfg"


def test_settings_round_trip() -> None:
    assert load_settings() == Settings()  # nothing saved yet: defaults
    changed = Settings(
        ignore_case=True, show_routine=False, theme="dark", row_filter="changes", geometry="AAAA"
    )
    save_settings(changed)
    assert load_settings() == changed
    # Only the final file is left: the temporary file was renamed over it.
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"{ not json",  # truncated or hand-edited
        b"\xff\xfe\x00garbage",  # not UTF-8
        b"[1, 2, 3]",  # JSON but not an object
        b"",  # empty (crash while writing with a non-atomic tool)
    ],
    ids=["broken-json", "binary", "json-list", "empty"],
)
def test_a_corrupt_settings_file_is_kept_aside_and_defaults_are_used(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_settings() == Settings()
    assert not path.exists()
    assert path.with_name("settings.json.corrupt").read_bytes() == content
    save_settings(Settings(theme="light"))  # the app can save again afterwards
    assert load_settings().theme == "light"


def test_a_second_corrupt_file_does_not_overwrite_the_first_backup() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"first")
    load_settings()
    path.write_bytes(b"second")
    load_settings()
    assert path.with_name("settings.json.corrupt").read_bytes() == b"first"
    assert path.with_name("settings.json.corrupt2").read_bytes() == b"second"


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        ({"theme": "purple"}, "theme", "system"),  # unknown theme
        ({"row_filter": 3}, "row_filter", "all"),  # wrong type
        ({"ignore_case": "yes"}, "ignore_case", False),  # a string is not a bool
        ({"show_routine": False, "extra": 1}, "show_routine", False),  # unknown keys ignored
    ],
)
def test_mistyped_values_fall_back_to_defaults(
    raw: dict[str, object], field: str, expected: object
) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps(raw), encoding="utf-8")
    assert getattr(load_settings(), field) == expected


def test_recent_pairs_newest_first_without_duplicates(tmp_path: Path) -> None:
    a, b, c = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt"))
    for path in (a, b, c):
        path.write_text("x", encoding="utf-8")
    add_recent(a, b)
    add_recent(b, c)
    add_recent(a, b)
    assert [(p.left.name, p.right.name) for p in load_recent()] == [
        ("a.txt", "b.txt"),
        ("b.txt", "c.txt"),
    ]
    for i in range(MAX_RECENT + 3):
        (tmp_path / f"x{i}.txt").write_text("x", encoding="utf-8")
        add_recent(tmp_path / f"x{i}.txt", c)
    assert len(load_recent()) == MAX_RECENT


def test_recent_pairs_whose_files_are_gone_are_not_offered(tmp_path: Path) -> None:
    # A pair from a folder since deleted (an unpacked bundle, a moved draft) is not listed,
    # and the folder in the label tells apart same-named pairs from different folders.
    kept, gone = tmp_path / "kept", tmp_path / "gone"
    for folder in (kept, gone):
        folder.mkdir()
        for name in ("a.txt", "b.txt"):
            (folder / name).write_text("x", encoding="utf-8")
    add_recent(gone / "a.txt", gone / "b.txt")
    add_recent(kept / "a.txt", kept / "b.txt")
    assert len(load_recent()) == 2
    assert load_recent()[0].label != load_recent()[1].label
    for name in ("a.txt", "b.txt"):
        (gone / name).unlink()
    assert [p.left.parent.name for p in load_recent()] == ["kept"]


def test_a_corrupt_recent_file_is_kept_aside(tmp_path: Path) -> None:
    path = recent_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"pairs": [["a", ', encoding="utf-8")
    assert load_recent() == []
    assert path.with_name("recent.json.corrupt").exists()
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    add_recent(tmp_path / "a.txt", tmp_path / "b.txt")
    assert len(load_recent()) == 1


def test_window_persists_options_and_geometry(qtbot) -> None:  # type: ignore[no-untyped-def]
    from resolution_compare.gui.app import make_application
    from resolution_compare.gui.main_window import MainWindow

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_size(640, 480)  # inside the 800x800 offscreen screen
    w.show()
    w.actions_by_name["ignore_case"].trigger()
    w.show_comparison(sample_comparison())  # filters and routine apply to a comparison
    w.actions_by_name["show_routine"].trigger()
    w.actions_by_name["filter_changes"].trigger()
    shown_size = w.size()
    w.close()
    saved = load_settings()
    assert (saved.ignore_case, saved.show_routine, saved.row_filter) == (True, False, "changes")
    assert len(saved.window_places) == 1  # one entry, for the one (offscreen) screen
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.actions_by_name["ignore_case"].isChecked()
    assert not again.actions_by_name["show_routine"].isChecked()
    assert again.rows_model.row_filter == "changes"
    assert again.size() == shown_size


def test_theme_choice_persists_and_colours_follow(window) -> None:  # type: ignore[no-untyped-def]
    from resolution_compare.gui.theme import DARK, LIGHT

    window.actions_by_name["theme_dark"].trigger()
    assert load_settings().theme == "dark"
    assert window.view.itemDelegate().colours is DARK
    window.actions_by_name["theme_light"].trigger()
    assert window.view.itemDelegate().colours is LIGHT
    window.actions_by_name["theme_system"].trigger()  # give the shared app its palette back
    assert load_settings().theme == "system"
