"""Shared fixtures. GUI tests run offscreen; no test touches the user's own settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resolution_compare.qtcompat import keep_none_alive

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# pytest-qt creates the QApplication itself, before the app code could apply this guard.
keep_none_alive()

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point platformdirs' config/data folders at a fresh temp dir for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RESOLUTION_COMPARE_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


FONT_PACKAGES = {
    "Noto Sans CJK SC": "fonts-noto-cjk (Debian/Ubuntu), google-noto-sans-cjk-fonts (Fedora)",
    "Noto Sans": "fonts-noto-core (Debian/Ubuntu), google-noto-sans-fonts (Fedora)",
}


def require_fonts(*families: str) -> None:
    """Skip, saying which font package to install, when a test needs fonts this machine lacks.

    CI installs them (.ci/run sets RESOLUTION_COMPARE_REQUIRE_FONTS=1): there a missing font
    fails the test instead of skipping it, so the check can never silently stop running.
    """
    from PySide6.QtGui import QFontDatabase

    from resolution_compare.report.pdf import ensure_gui_application

    ensure_gui_application()
    installed = set(QFontDatabase.families())
    missing = [f for f in families if f not in installed]
    if not missing:
        return
    needs = "; ".join(f"{f}: {FONT_PACKAGES.get(f, 'install it')}" for f in missing)
    message = f"this test needs fonts that are not installed — {needs}"
    if os.environ.get("RESOLUTION_COMPARE_REQUIRE_FONTS"):
        pytest.fail(message)
    pytest.skip(message)
