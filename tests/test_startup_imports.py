"""What `parse` and `compare` import: only what the command uses (issue 17, start-up time).

Each case runs the real command line in a fresh interpreter and lists ``sys.modules`` after
it. Qt alone costs ~100 ms to import and importlib.metadata (with the email package) 30–40 ms:
neither may be paid by a command that prints text or JSON. The figures behind the rule are
printed by ``python bench/startup.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LEFT, RIGHT = DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt"

PROBE = """
import contextlib, io, json, sys
from resolution_compare.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main(sys.argv[1:])
json.dump({"status": status, "modules": sorted(sys.modules)}, sys.stderr)
"""

# Never imported by a text command: the GUI toolkit, the report, the app's settings, the PDF
# and Word libraries (for a .txt pair), and importlib.metadata (the version is a constant).
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "resolution_compare.gui",
    "resolution_compare.report",
    "platformdirs",
    "pypdfium2",
    "bidi",
    "docx",
    "lxml",
    "importlib.metadata",
    "email",
)


def imported_by(*argv: str) -> list[str]:
    """The module names loaded after ``resolution-compare argv…`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=ROOT,  # this checkout's package, not an installed one
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    modules: list[str] = report["modules"]
    return modules


def _forbidden(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]


@pytest.mark.parametrize(
    "argv",
    [
        ("parse", str(LEFT)),  # readable outline
        ("parse", str(LEFT), "--json"),  # resolution@1 JSON
        ("compare", str(LEFT), str(RIGHT), "--json"),  # comparison@1 JSON
        ("compare", str(LEFT), str(RIGHT), "--no-color"),  # terminal report
        ("--version",),
    ],
)
def test_text_commands_import_no_qt_no_metadata(argv: tuple[str, ...]) -> None:
    if argv == ("--version",):
        # argparse's version action exits before the probe can list the modules.
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "resolution_compare", "--version"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        modules = [line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()]
        assert out.stdout.startswith("resolution-compare ")
    else:
        modules = imported_by(*argv)
    assert _forbidden(modules) == []


def test_the_version_is_the_constant() -> None:
    import resolution_compare
    from resolution_compare._version import __version__

    assert resolution_compare.__version__ == __version__
    assert __version__.count(".") == 2 and "checkout" not in __version__


def test_pyproject_takes_the_version_from_the_constant() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert "version" not in project["project"]
    assert project["tool"]["hatch"]["version"]["path"] == "resolution_compare/_version.py"


def test_a_text_pair_loads_no_pdf_or_word_loader() -> None:
    modules = imported_by("compare", str(LEFT), str(RIGHT), "--json")
    assert "resolution_compare.loaders.pdf" not in modules
    assert "resolution_compare.loaders.docx" not in modules
    assert "diff_match_patch" in modules  # the probe saw the comparison really run
