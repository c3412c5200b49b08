"""Qt's own messages when the app runs from the command line: quiet when harmless, one line
and exit status 2 when Qt cannot start at all.

Qt prints "This plugin does not support propagateSizeHints()" for every window shown on the
offscreen platform (``open --screenshot``): noise, dropped. When the platform plugin cannot
load — on Linux usually missing xcb libraries, or no display — Qt prints a page of hints
(the one about libxcb-cursor0 is often wrong, see stack-notes.md §1) and aborts the process.
Instead the handler says in one line what failed, naming the missing library when the
plugin itself can tell us, and exits with status 2 like any other bad start.

Installed only by ``run_app`` (the CLI path): pytest-qt installs its own handler in tests.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qInstallMessageHandler

# Messages that say nothing a user can act on.
HARMLESS = ("propagateSizeHints",)
SYSTEM_PACKAGES_HINT = "see “System packages” under Quick start in the README"

_platform_notes: list[str] = []


def platform_name() -> str:
    """The platform Qt will try first: QT_QPA_PLATFORM, else xcb on Linux with a display."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if chosen:
        return chosen
    if sys.platform.startswith("linux"):
        return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"
    return ""


def missing_library(platform: str) -> str | None:
    """The shared library the platform plugin cannot find ("libxcb-icccm.so.4"), if any.

    Loading the plugin the way Qt does (dlopen) gives the loader's own message, which names
    the first missing dependency.
    """
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / f"libq{platform}.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as err:
        text = str(err)
        if ": cannot open shared object file" in text:
            return text.split(": cannot open shared object file")[0].rsplit(": ", 1)[-1]
        return text
    return None


def fatal_line(message: str) -> str:
    """The one line printed instead of Qt's abort."""
    if "platform plugin" in message or _platform_notes:
        platform = platform_name() or "default"
        missing = missing_library(platform) if platform else None
        if missing:
            reason = f"the system library {missing} is missing"
        elif any("could not connect to display" in n for n in _platform_notes):
            display = os.environ.get("DISPLAY", "")
            reason = f"cannot connect to the display {display!r}".replace("''", "(none)")
        elif any("Could not find the Qt platform plugin" in n for n in _platform_notes):
            reason = "Qt has no such platform plugin"
        else:
            reason = "it could not be initialised"
        return (
            f"cannot start the window: Qt's platform plugin {platform!r} failed ({reason}); "
            f"{SYSTEM_PACKAGES_HINT}, or use `resolution-compare report` without a display"
        )
    first = message.strip().splitlines()[0] if message.strip() else "Qt stopped"
    return f"cannot start the window: {first}"


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(h in message for h in HARMLESS):
        return
    category = context.category or ""
    if kind == QtMsgType.QtFatalMsg:
        sys.stderr.write(f"resolution-compare: {fatal_line(message)}\n")
        sys.stderr.flush()
        os._exit(2)
    if category.startswith("qt.qpa"):
        # Kept for the one-line diagnosis should Qt give up; shown only if it does not.
        _platform_notes.append(message)
        if "platform plugin" in message or "connect to display" in message:
            return
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
        sys.stderr.write(f"Qt: {message}\n")


def install() -> None:
    """Route Qt's messages through the handler above (call before the QApplication exists)."""
    qInstallMessageHandler(_handler)
