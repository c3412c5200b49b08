"""Every action of the main window, with its shortcut, in one table.

The window builds its QActions from ``ACTIONS`` and connects each to the method named by
``handler``; a test checks that all shortcuts parse and none collides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    shortcut: str  # portable text ("Ctrl+O"); "" = none
    handler: str  # method name on the main window
    menu: str  # "file", "edit", "view", "go", "help"
    toolbar: bool = False
    checkable: bool = False
    tip: str = ""
    # Further keys for the same action ("Ctrl+=" beside "Ctrl++": the + key needs Shift on
    # many layouts). Listed in Help ▸ Keyboard shortcuts like the main one.
    alternates: tuple[str, ...] = ()
    separator: bool = False  # a menu separator after this action


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open",
        "&Open…",
        "Ctrl+O",
        "open_files_dialog",
        "file",
        True,
        tip="Choose two versions to compare, or three or more for their history",
    ),
    ActionSpec("open_sample", "Open &sample comparison", "", "open_sample", "file"),
    ActionSpec(
        "export",
        "&Export report…",
        "Ctrl+E",
        "export_report",
        "file",
        True,
        tip="Save the comparison as a PDF or HTML report",
    ),
    ActionSpec(
        "print",
        "&Print…",
        "Ctrl+P",
        "print_report",
        "file",
        tip="Print the comparison report",
    ),
    ActionSpec(
        "start_page", "Start &page", "Ctrl+Shift+H", "show_start_page", "file", separator=True
    ),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "close", "file"),
    ActionSpec(
        "copy",
        "&Copy",
        "Ctrl+C",
        "copy",
        "edit",
        tip="Copy the selected words, or the whole current row",
        separator=True,
    ),
    ActionSpec(
        "find",
        "&Find…",
        "Ctrl+F",
        "show_find",
        "edit",
        True,
        tip="Find text in both versions, or a State in the Votes tab",
    ),
    ActionSpec("find_next", "Find &next", "F3", "find_next", "edit"),
    ActionSpec("find_previous", "Find pre&vious", "Shift+F3", "find_previous", "edit"),
    ActionSpec(
        "swap",
        "&Swap sides",
        "Ctrl+Shift+S",
        "swap_sides",
        "edit",
        True,
        tip="Swap the earlier and later versions",
        separator=True,
    ),
    ActionSpec("filter_all", "&All paragraphs", "Ctrl+1", "filter_all", "view", checkable=True),
    ActionSpec(
        "filter_changes", "&Changes only", "Ctrl+2", "filter_changes", "view", checkable=True
    ),
    ActionSpec(
        "filter_operative", "&Operative only", "Ctrl+3", "filter_operative", "view", checkable=True
    ),
    ActionSpec(
        "show_routine",
        "Show &routine changes",
        "Ctrl+R",
        "toggle_routine",
        "view",
        checkable=True,
        tip="Session numbers, years and symbols that change every renewal",
    ),
    ActionSpec("ignore_case", "Ignore &case", "", "toggle_ignore_case", "view", checkable=True),
    ActionSpec(
        "ignore_punctuation",
        "Ignore &punctuation",
        "",
        "toggle_ignore_punctuation",
        "view",
        checkable=True,
        separator=True,
    ),
    ActionSpec(
        "zoom_in",
        "Zoom &in",
        "Ctrl++",
        "zoom_in",
        "view",
        tip="Larger text in the comparison (also Ctrl+wheel)",
        alternates=("Ctrl+=",),
    ),
    ActionSpec("zoom_out", "Zoom &out", "Ctrl+-", "zoom_out", "view", tip="Smaller text"),
    ActionSpec("zoom_reset", "&Normal size", "Ctrl+0", "zoom_reset", "view", separator=True),
    ActionSpec(
        "theme_system", "Theme: follow the &system", "", "theme_system", "view", checkable=True
    ),
    ActionSpec("theme_light", "Theme: &light", "", "theme_light", "view", checkable=True),
    ActionSpec(
        "theme_dark", "Theme: &dark", "", "theme_dark", "view", checkable=True, separator=True
    ),
    ActionSpec("show_paragraphs", "&Paragraphs tab", "Ctrl+Shift+P", "show_paragraphs_tab", "view"),
    ActionSpec("show_votes", "&Votes tab", "Ctrl+Shift+V", "show_votes_tab", "view"),
    ActionSpec(
        "next_change",
        "&Next change",
        "Alt+Down",
        "next_change",
        "go",
        True,
        tip="Next change (Alt+Down)",
    ),
    ActionSpec(
        "previous_change",
        "&Previous change",
        "Alt+Up",
        "previous_change",
        "go",
        True,
        tip="Previous change (Alt+Up)",
    ),
    ActionSpec(
        "history_view",
        "&History of the series",
        "Ctrl+Shift+Y",
        "show_history_view",
        "go",
        True,
        tip="Back to the history: every version side by side (Ctrl+Shift+Y)",
    ),
    ActionSpec("first_change", "&First change", "Alt+Home", "first_change", "go"),
    ActionSpec("last_change", "&Last change", "Alt+End", "last_change", "go"),
    ActionSpec("guide", "Short &guide", "F1", "show_guide", "help", tip="How to read a comparison"),
    ActionSpec(
        "legend", "&Legend", "", "show_legend", "help", tip="What the colours and marks mean"
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard shortcuts",
        "Ctrl+/",
        "show_shortcuts",
        "help",
        separator=True,
    ),
    ActionSpec("about", "&About Resolution Compare", "", "show_about", "help"),
)

MENU_TITLES = {"file": "&File", "edit": "&Edit", "view": "&View", "go": "&Go", "help": "&Help"}


def build_actions(
    parent: QWidget, handler_for: Callable[[str], Callable[..., object]]
) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("actions", spec.text), parent)
        action.setObjectName(spec.name)
        if spec.shortcut:
            keys = [QKeySequence(k) for k in (spec.shortcut, *spec.alternates)]
            action.setShortcuts(keys)
        if spec.tip:
            action.setToolTip(QCoreApplication.translate("actions", spec.tip))
            action.setStatusTip(QCoreApplication.translate("actions", spec.tip))
        action.setCheckable(spec.checkable)
        handler = handler_for(spec.handler)
        if spec.checkable:
            action.triggered.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[spec.name] = action
    return actions


def plain_text(spec: ActionSpec) -> str:
    """The action's menu text without the mnemonic "&" and the trailing "…"."""
    return spec.text.replace("&", "").rstrip("…")


def shortcuts_table() -> list[tuple[str, str]]:
    """(action, shortcut) for the README / help, in menu order."""
    return [(plain_text(spec), spec.shortcut) for spec in ACTIONS if spec.shortcut]


def native_keys(spec: ActionSpec) -> list[str]:
    """The action's keys as this platform writes them ("Ctrl+O"; "⌘O" on macOS)."""
    return [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in (spec.shortcut, *spec.alternates)
        if k
    ]
