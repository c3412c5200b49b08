"""The architecture's one-way dependencies hold: core and loaders never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).parent.parent / "resolution_compare"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


PURE = [*sorted((PKG / "core").rglob("*.py")), *sorted((PKG / "loaders").rglob("*.py"))]
PURE += [PKG / "workflow.py", PKG / "cli.py", PKG / "console.py", PKG / "console_compare.py"]
PURE += [PKG / "workflow_history.py", PKG / "console_history.py", PKG / "history_cli.py"]


@pytest.mark.parametrize("path", PURE, ids=lambda p: str(p.relative_to(PKG)))
def test_pure_layers_do_not_import_qt(path: Path) -> None:
    # core/, loaders/, the workflow and the CLI must work without Qt at import time.
    bad = {n for n in _imports(path) if n.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize(
    "path", sorted(p for p in PKG.rglob("*.py") if "gui" not in p.parts), ids=str
)
def test_only_gui_imports_qtwidgets(path: Path) -> None:
    assert "PySide6.QtWidgets" not in _imports(path)


def test_core_does_not_import_outer_layers() -> None:
    # Dependencies point one way: core knows nothing of loaders, report, gui or cli.
    for path in (PKG / "core").rglob("*.py"):
        outer = {
            n
            for n in _imports(path)
            if n.startswith("resolution_compare.")
            and n.split(".")[1] in {"loaders", "report", "gui", "cli", "workflow"}
        }
        assert not outer, f"{path.name} imports {outer}"
