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
