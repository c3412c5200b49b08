"""Item 21: Quick start stays two commands, with the system packages right under them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import require_fonts

ROOT = Path(__file__).parent.parent
# Needed only by the test suite (PDF checks) and the real-X screenshots, not by the app.
TEST_ONLY = {"poppler-utils", "xvfb", "xauth"}


def quick_start() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text[
        text.index("## Quick start") : text.index("\n## ", text.index("## Quick start") + 5)
    ]


def test_quick_start_is_two_commands_then_the_system_packages() -> None:
    section = quick_start()
    before, note = section.split("**System packages.**")
    commands = re.findall(r"```bash\n(.*?)```", before, re.S)
    assert len(commands) == 2
    assert all(len(c.strip().splitlines()) == 1 for c in commands)
    assert "resolution-compare open --sample" in commands[0]
    assert "pytest" in commands[1]
    assert "apt-get install" in note and "dnf install" in note and "macOS" in note


def test_the_apt_line_is_what_ci_installs_for_the_app() -> None:
    note = quick_start().split("**System packages.**")[1]
    apt = re.search(r"apt-get install ([^\n`]+)", note)
    assert apt is not None
    readme_packages = set(apt.group(1).split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    loop = ci[ci.index("for pkg in") : ci.index("; do")]
    ci_packages = set(re.findall(r"[a-z0-9][a-z0-9.+-]+[0-9a-z]", loop.replace("for pkg in", "")))
    assert readme_packages == ci_packages - TEST_ONLY


def test_a_missing_font_skips_with_the_package_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QFontDatabase

    monkeypatch.delenv("RESOLUTION_COMPARE_REQUIRE_FONTS", raising=False)
    # A machine without the CJK fonts (this one may have them).
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: ["DejaVu Sans"]))
    with pytest.raises(pytest.skip.Exception, match="Noto Sans CJK SC: fonts-noto-cjk"):
        require_fonts("Noto Sans CJK SC")
    # In CI (.ci/run sets the variable) the same test fails instead of skipping.
    monkeypatch.setenv("RESOLUTION_COMPARE_REQUIRE_FONTS", "1")
    with pytest.raises(pytest.fail.Exception, match="No Such Font Family 42"):
        require_fonts("No Such Font Family 42")
