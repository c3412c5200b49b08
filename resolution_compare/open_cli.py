"""``resolution-compare open [FILE...] [--sample] [--view V] [--screenshot PNG]``.

The arguments are checked before any window opens, with the CLI's contract (one line on
stderr, exit 2), so that nothing is silently ignored or written where it must not be:

- ``--sample`` opens the bundled pair: files given with it are refused, not ignored;
- ``--view`` must fit what is opened: ``comparison``/``votes`` need a pair (two files or
  ``--sample``), ``history``/``history-votes`` a history (three or more files, or a
  folder); ``start``, ``legend`` and ``shortcuts`` fit everything;
- ``--screenshot`` goes through the one writer's checks (core/files.py): a ``.png`` name, a
  folder that exists, not a device or a folder, and never one of the files opened (also
  through a link, or a file of a folder given) — checked here, before the app starts, and
  again when the image is written.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence
from pathlib import Path

from resolution_compare.core.errors import InputError

SCREENSHOT_EXTENSIONS = {".png": "png"}

# What each --view needs: "pair", "history" or nothing (None: every kind of opening).
VIEW_NEEDS: dict[str, str | None] = {
    "start": None,
    "legend": None,
    "shortcuts": None,
    "comparison": "pair",
    "votes": "pair",
    "history": "history",
    "history-votes": "history",
}
_NEEDS_TEXT = {
    "pair": "two files or --sample",
    "history": "three or more files, or a folder",
}


def opened_kind(files: Sequence[Path], sample: bool) -> str:
    """What ``open`` shows: "pair", "history", "one" (a file waiting for the later
    version) or "start"."""
    if sample:
        return "pair"
    if len(files) >= 3 or any(p.is_dir() for p in files):
        return "history"
    return {0: "start", 1: "one", 2: "pair"}[len(files)]


def check_open_arguments(files: Sequence[Path], sample: bool, view: str | None) -> str:
    """The kind of opening (see :func:`opened_kind`); InputError for arguments that do not
    fit together."""
    if sample and files:
        raise InputError("--sample opens the bundled pair: give no files with it")
    kind = opened_kind(files, sample)
    needs = VIEW_NEEDS.get(view or "start")
    if needs is not None and needs != kind:
        raise InputError(f"--view {view} needs {_NEEDS_TEXT[needs]}")
    return kind


def opened_files(files: Sequence[Path], sample: bool) -> list[Path]:
    """Every file the app will read: the sample pair, the files given, the files of the
    folders given (those a screenshot must never replace)."""
    if sample:
        from resolution_compare.resources import sample_pair

        return list(sample_pair())
    found = [p for p in files if not p.is_dir()]
    folders = [p for p in files if p.is_dir()]
    if folders:
        from resolution_compare.workflow_history import history_sources

        # A folder the app cannot read is named by the app; nothing of it is written over.
        with contextlib.suppress(InputError):
            found += [path for path, _ in history_sources(folders)[0]]
    return found


def check_screenshot(screenshot: Path, inputs: Sequence[Path]) -> None:
    """InputError (one line) when the screenshot cannot or must not be written there."""
    from resolution_compare.core.files import check_output, output_format

    check_output(screenshot, inputs)  # an input as target: the first thing to say
    output_format(screenshot, SCREENSHOT_EXTENSIONS, what="a screenshot")


def run_open(args: argparse.Namespace, size: tuple[int, int] | None) -> int:
    """Check the arguments, then open the app (gui/app.py run_app)."""
    files = [p for p in (args.left, args.right, *(args.more or [])) if p is not None]
    check_open_arguments(files, args.sample, args.view)
    inputs = opened_files(files, args.sample)
    if args.screenshot is not None:
        check_screenshot(args.screenshot, inputs)

    from resolution_compare.gui.app import run_app

    return run_app(
        left=args.left,
        right=args.right,
        sample=args.sample,
        screenshot=args.screenshot,
        size=size,
        view=args.view,
        theme=args.theme,
        more=args.more,
        protect=inputs,
    )
