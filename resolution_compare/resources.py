"""The one way to reach runtime data (samples, icons, language tables, templates).

In an installed wheel the top-level ``resources/`` folder is shipped as
``resolution_compare/resources``; in a checkout (or an editable install) it sits beside the
package; in a PyInstaller bundle the spec puts it at ``resolution_compare/resources``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any


@cache
def resources_root() -> Path:
    inside = Path(__file__).resolve().parent / "resources"
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    raise FileNotFoundError("resources folder not found; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("lang", "en.json")``."""
    return resources_root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


@cache
def read_json(*parts: str) -> Any:
    """Parsed JSON of a resource file (cached: treat the result as read-only)."""
    return json.loads(read_text(*parts))


def sample_pair() -> tuple[Path, Path]:
    """The bundled sample: HRC 35/3 (2017) → 44/11 (2020), English."""
    return (
        resource_path("samples", "hrc-res-35-3-en.txt"),
        resource_path("samples", "hrc-res-44-11-en.txt"),
    )
