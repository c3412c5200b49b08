"""Start the app (placeholder until the window lands)."""

from __future__ import annotations

from pathlib import Path


def run_app(
    left: Path | None = None,
    right: Path | None = None,
    sample: bool = False,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    view: str | None = None,
) -> int:
    raise NotImplementedError("the window is not built yet")
