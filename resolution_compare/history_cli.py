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

CSV_EXTENSIONS = {".csv": "csv"}


def _formats(args: argparse.Namespace) -> str | None:
    """The report's format (None without -o); the CSV files' names checked too: the
    extension decides, as for ``report`` (core/files.py output_format)."""
    from resolution_compare.core.files import output_format
    from resolution_compare.report import format_for_output

    for csv in (args.provisions_csv, args.votes_csv):
        if csv is not None:
            output_format(csv, CSV_EXTENSIONS, what="a CSV file")
    return format_for_output(args.output, args.format) if args.output is not None else None


def _check_outputs(args: argparse.Namespace) -> tuple[list[Path], list[Path]]:
    """The files to write, refused when one would overwrite a version being read; and the
    versions' files (never written over)."""
    from resolution_compare.core.files import check_output, path_for_message
    from resolution_compare.workflow_history import history_sources

    outputs = [p for p in (args.output, args.provisions_csv, args.votes_csv) if p is not None]
    inputs = {p.resolve() for p in args.files if p.is_file()}
    for output in outputs:
        if output.resolve() in inputs:
            raise InputError(
                f"{path_for_message(output)}: is one of the versions read; choose another name"
            )
    if len({o.resolve() for o in outputs}) != len(outputs):
        raise InputError("the report and the CSV files need different names")
    sources: list[Path] = []
    if outputs:
        # The same writer's checks as a pair's report: a file of a folder given, a hard link
        # to a version, a target that is not a regular file (/dev/null, a FIFO).
        sources = [path for path, _ in history_sources(args.files)[0]]
        for output in outputs:
            check_output(output, sources)
    return outputs, sources


def run_history(args: argparse.Namespace, options: CompareOptions) -> int:
    from resolution_compare.workflow_history import load_history

    if args.format is not None and args.output is None:
        raise InputError("--format says how to write -o FILE: give -o with it")
    # Before the (slower) reading: an input as output, then `-o h.txt --format pdf`.
    outputs, inputs = _check_outputs(args)
    fmt = _formats(args)
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
            export_history_report(history, args.output, fmt, args.paper, inputs)
            print(f"wrote {args.output}")
        for path, grid in ((args.provisions_csv, "provisions"), (args.votes_csv, "votes")):
            if path is not None:
                export_history_csv(history, path, grid, inputs)
                print(f"wrote {path}")
    return 0
