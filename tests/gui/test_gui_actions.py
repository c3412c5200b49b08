"""The actions table: shortcuts parse, none collides, every handler exists."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from resolution_compare.gui.actions import ACTIONS, shortcuts_table
from resolution_compare.gui.main_window import MainWindow


def test_every_shortcut_parses() -> None:
    for spec in ACTIONS:
        if spec.shortcut:
            seq = QKeySequence(spec.shortcut)
            assert not seq.isEmpty(), spec.name
            assert seq.toString(QKeySequence.SequenceFormat.PortableText) == spec.shortcut, (
                spec.name
            )


def test_shortcuts_and_names_are_unique() -> None:
    keys = [QKeySequence(s.shortcut).toString() for s in ACTIONS if s.shortcut]
    assert len(keys) == len(set(keys))
    names = [s.name for s in ACTIONS]
    assert len(names) == len(set(names))


def test_required_shortcuts() -> None:
    by_name = {s.name: s.shortcut for s in ACTIONS}
    # The shortcuts the issue names.
    assert by_name["swap"] == "Ctrl+Shift+S"
    assert by_name["next_change"] == "Alt+Down"
    assert by_name["previous_change"] == "Alt+Up"
    assert by_name["find"] == "Ctrl+F"
    assert by_name["export"] == "Ctrl+E"


def test_every_handler_is_a_window_method() -> None:
    for spec in ACTIONS:
        assert callable(getattr(MainWindow, spec.handler, None)), spec.handler


def test_window_actions_carry_the_shortcuts(window: MainWindow) -> None:
    for spec in ACTIONS:
        action = window.actions_by_name[spec.name]
        assert action.shortcut() == QKeySequence(spec.shortcut)


def test_shortcuts_table_for_the_readme() -> None:
    table = dict(shortcuts_table())
    assert table["Next change"] == "Alt+Down"
