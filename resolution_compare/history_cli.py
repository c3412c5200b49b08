"""``resolution-compare history FILE... [--json] [-o report.pdf|.html] [--…-csv FILE]``.

Reads the versions (files and folders), builds the history, then prints the terminal
summary (default), the history@1 JSON (``--json``), or writes the report and the CSV grids
and says where. Bad input raises InputError: the CLI prints one line and exits with 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from resolution_compare.core.comparison import CompareOptions
from resolution_compare.core.errors import InputError

_SUFFIX_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html"}


def _report_format(output: Path, chosen: str | None) -> str:
    if chosen is not None:
        return chosen
    fmt = _SUFFIX_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise InputError(f"{output.name}: a report is .pdf or .html (or give --format)")
    return fmt


def _check_outputs(args: argparse.Namespace) -> list[Path]:
    """The files to write, refused when one would overwrite a version being read."""
    from resolution_compare.core.files import check_output
    from resolution_compare.workflow_history import history_sources

    outputs = [p for p in (args.output, args.provisions_csv, args.votes_csv) if p is not None]
    inputs = {p.resolve() for p in args.files if p.is_file()}
    for output in outputs:
        if output.resolve() in inputs:
            raise InputError(f"{output.name}: is one of the versions read; choose another name")
    if len({o.resolve() for o in outputs}) != len(outputs):
        raise InputError("the report and the CSV files need different names")
    if outputs:
        # The same writer's checks as a pair's report: a file of a folder given, a hard link
        # to a version, a target that is not a regular file (/dev/null, a FIFO).
        sources = [path for path, _ in history_sources(args.files)[0]]
        for output in outputs:
            check_output(output, sources)
    return outputs


def run_history(args: argparse.Namespace, options: CompareOptions) -> int:
    from resolution_compare.workflow_history import load_history

    outputs = _check_outputs(args)
    fmt = _report_format(args.output, args.format) if args.output is not None else None
    history = load_history(args.files, options)
    if args.json:
        print(history.to_json())
    elif not outputs:
        from resolution_compare.console_history import format_history

        color = (not args.no_color) and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        print(format_history(history, color=color))
    if outputs:
        from resolution_compare.report.history import export_history_csv, export_history_report

        for warning in history.warnings:
            print(f"note: {warning}", file=sys.stderr)
        if args.output is not None and fmt is not None:
            export_history_report(history, args.output, fmt, args.paper)
            print(f"wrote {args.output}")
        for path, grid in ((args.provisions_csv, "provisions"), (args.votes_csv, "votes")):
            if path is not None:
                export_history_csv(history, path, grid)
                print(f"wrote {path}")
    return 0
