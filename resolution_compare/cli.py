"""Command line: ``resolution-compare {parse,compare,report,history,open}``.

Bad input ends with exit status 2 and one line on stderr, never a traceback.
``resolution-compare`` with no arguments opens the app's start screen.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from resolution_compare import __version__
from resolution_compare.core.errors import InputError

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


# Suffixes that make an unknown "-x.txt" argument a file name rather than a mistyped option.
_FILE_SUFFIXES = frozenset({".txt", ".text", ".md", ".pdf", ".docx", ".docm", ".dotx", ".html"})


def _one_line(text: str) -> str:
    from resolution_compare.terminal import for_terminal

    return for_terminal(" ".join(text.split()))


def _dash_file_hint(argv: Sequence[str]) -> str:
    """How to write the first argument that starts with "-" but names a file ("-x.txt")."""
    for index, arg in enumerate(argv):
        if arg == "--":
            return ""
        if len(arg) < 2 or not arg.startswith("-") or arg.startswith("--"):
            continue
        if not (os.path.lexists(arg) or Path(arg).suffix.lower() in _FILE_SUFFIXES):
            continue
        if index and argv[index - 1] in ("-o", "--output"):
            return f"; a file name that starts with '-' is written ./{arg}: -o ./{arg}"
        hint = f"; a file name that starts with '-' goes after '--' or is written ./{arg}"
        if index == len(argv) - 1:  # the example is exact only when nothing follows it
            hint += ": " + shlex.join(["resolution-compare", *argv[:index], "--", arg])
        return hint
    return ""


class _Parser(argparse.ArgumentParser):
    """argparse with the CLI's contract for usage errors: one line on stderr, exit 2."""

    argv: Sequence[str] = ()  # the arguments being parsed, for the "--" hint

    def error(self, message: str) -> NoReturn:
        line = f"resolution-compare: {message} (see {self.prog} --help)"
        line += _dash_file_hint(_Parser.argv)
        self.exit(EXIT_BAD_INPUT, _one_line(line) + "\n")


def _add_compare_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ignore-case", action="store_true", help="treat case changes as equal")
    p.add_argument(
        "--ignore-punctuation", action="store_true", help="treat punctuation changes as equal"
    )
    p.add_argument(
        "--strict-typography",
        action="store_true",
        help="show curly/straight quote, dash and space changes (ignored by default)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resolution-compare",
        description="Compare two versions of a UN resolution.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="show the structure of one resolution")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the resolution@1 JSON")

    p = sub.add_parser("compare", help="compare two versions (earlier first)")
    p.add_argument("left", type=Path, nargs="?")
    p.add_argument("right", type=Path, nargs="?")
    p.add_argument("--sample", action="store_true", help="use the bundled sample pair")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the comparison@1 JSON")
    fmt.add_argument("--text", action="store_true", help="print a readable report (default)")
    p.add_argument("--no-color", action="store_true", help="no colour even on a terminal")
    _add_compare_options(p)

    p = sub.add_parser("report", help="export the comparison as a PDF or HTML report")
    p.add_argument("left", type=Path, nargs="?")
    p.add_argument("right", type=Path, nargs="?")
    p.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    p.add_argument("--format", choices=["pdf", "html"], default=None)
    p.add_argument("--changes-only", action="store_true", help="leave unchanged paragraphs out")
    p.add_argument("--operative-only", action="store_true", help="leave the preamble out")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--sample", action="store_true", help="use the bundled sample pair")
    _add_compare_options(p)

    p = sub.add_parser("history", help="every version of a series side by side")
    p.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="versions (any order) or a folder"
    )
    p.add_argument("--json", action="store_true", help="print the history@1 JSON")
    p.add_argument("-o", "--output", type=Path, help="write the history report (.pdf or .html)")
    p.add_argument("--format", choices=["pdf", "html"], default=None)
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--provisions-csv", type=Path, help="write the provisions grid as CSV")
    p.add_argument("--votes-csv", type=Path, help="write the vote matrix as CSV")
    p.add_argument("--no-color", action="store_true", help="no colour even on a terminal")
    _add_compare_options(p)

    p = sub.add_parser("open", help="open the app (two files: a pair; more, or a folder: history)")
    p.add_argument("left", type=Path, nargs="?")
    p.add_argument("right", type=Path, nargs="?")
    p.add_argument("more", type=Path, nargs="*", help=argparse.SUPPRESS)
    p.add_argument("--sample", action="store_true", help="open the bundled sample pair")
    p.add_argument("--screenshot", type=Path, help="render the window to this PNG and exit")
    p.add_argument("--size", default=None, help="window size for --screenshot, e.g. 1400x900")
    p.add_argument(
        "--view",
        choices=["start", "comparison", "votes", "legend", "shortcuts", "history", "history-votes"],
        default=None,
        help="which view to show first (start, legend and shortcuts fit any opening; "
        "comparison and votes need a pair, history and history-votes a history)",
    )
    p.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        default=None,
        help="colour theme for this run (not saved)",
    )
    return parser


def _options_from(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from resolution_compare.core.comparison import CompareOptions

    return CompareOptions(
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_typography=not args.strict_typography,
    )


def _pair(args: argparse.Namespace) -> tuple[Path, Path]:
    if getattr(args, "sample", False):
        from resolution_compare.resources import sample_pair

        if args.left is not None or args.right is not None:
            raise InputError("--sample compares the bundled pair: give no files with it")

        return sample_pair()
    if args.left is None or args.right is None:
        raise InputError("give two files (earlier version first) or --sample")
    return args.left, args.right


def _run_parse(args: argparse.Namespace) -> int:
    from resolution_compare.workflow import load_resolution

    res = load_resolution(args.file)
    if args.json:
        print(res.to_json())
    else:
        from resolution_compare.console import format_outline

        print(format_outline(res))
    return EXIT_OK


def _run_compare(args: argparse.Namespace) -> int:
    from resolution_compare.workflow import compare_files

    left, right = _pair(args)
    result = compare_files(left, right, _options_from(args))
    if args.json:
        print(result.to_json())
    else:
        from resolution_compare.console_compare import format_comparison

        color = (not args.no_color) and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        print(format_comparison(result, color=color))
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    from resolution_compare.core.files import check_output
    from resolution_compare.report import export_report, format_for_output
    from resolution_compare.workflow import compare_files

    # Checked before the (slower) comparison: never an input as output (the first thing to
    # say), then `-o r`, `-o r.docx` or `--format html -o r.pdf`.
    left, right = _pair(args)
    check_output(args.output, (left, right))
    fmt = format_for_output(args.output, args.format)
    result = compare_files(left, right, _options_from(args))
    export_report(
        result,
        args.output,
        fmt=fmt,
        changes_only=args.changes_only,
        paper=args.paper,
        operative_only=args.operative_only,
        inputs=(left, right),
    )
    print(f"wrote {args.output}")
    return EXIT_OK


def _run_history(args: argparse.Namespace) -> int:
    from resolution_compare.history_cli import run_history

    return run_history(args, _options_from(args))


def _run_open(args: argparse.Namespace) -> int:
    from resolution_compare.open_cli import run_open

    # One file ("Compare with…" from a file manager) opens the app with it as the earlier
    # version, waiting for the later one.
    size = None
    if args.size:
        size = _window_size(args.size)
    return run_open(args, size)


# A window (and its screenshot) between a phone's and a wall of screens: a larger one is an
# image of gigabytes (100000x100000), a value past 32 bits makes Qt raise.
_MIN_SIDE, _MAX_SIDE = 100, 10_000


def _window_size(text: str) -> tuple[int, int]:
    """(width, height) from "1400x900"; InputError for anything else or out of range."""
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.isdigit() and p.isascii() and len(p) <= 6 for p in parts):
        raise InputError(f"--size {text}: expected WIDTHxHEIGHT, e.g. 1400x900")
    width, height = int(parts[0]), int(parts[1])
    if not (_MIN_SIDE <= width <= _MAX_SIDE and _MIN_SIDE <= height <= _MAX_SIDE):
        raise InputError(
            f"--size {text}: width and height go from {_MIN_SIDE} to {_MAX_SIDE:,} pixels"
        )
    return width, height


def _tolerant_streams() -> None:
    """Never die on a terminal that cannot show "é" or "—": replace what it cannot encode."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _terminal_streams() -> None:
    """On a terminal, show control and bidi-control characters instead of obeying them."""
    from resolution_compare.terminal import TerminalStream

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        isatty = getattr(stream, "isatty", None)
        if isatty is not None and isatty() and not isinstance(stream, TerminalStream):
            setattr(sys, name, TerminalStream(stream))


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    _terminal_streams()
    parser = build_parser()
    _Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    command = args.command or "open"
    if args.command is None:
        args = parser.parse_args(["open"])
    runners = {
        "parse": _run_parse,
        "compare": _run_compare,
        "report": _run_report,
        "history": _run_history,
        "open": _run_open,
    }
    from resolution_compare.terminal import GuardedOutput, OutputWriteError

    stdout = sys.stdout
    sys.stdout = GuardedOutput(stdout)  # type: ignore[assignment]
    try:
        code = runners[command](args)
        sys.stdout.flush()  # a full disk shows here, not as Python's noise at exit
        return code
    except (InputError, OutputWriteError) as exc:
        if isinstance(exc, OutputWriteError):
            _discard_output(stdout)
        print(f"resolution-compare: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `resolution-compare compare a b | head`
        _discard_output(stdout)
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("RESOLUTION_COMPARE_DEBUG"):
            raise
        print(
            f"resolution-compare: internal error ({type(exc).__name__}: {_one_line(str(exc))}); "
            "set RESOLUTION_COMPARE_DEBUG=1 for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        sys.stdout = stdout


def _discard_output(stream: object) -> None:
    """After a failed write to the process's own standard output, point it at the null
    device: the exit's final flush would fail again and print a traceback-like warning."""
    real = sys.__stdout__
    if real is None or (stream is not real and getattr(stream, "_stream", None) is not real):
        return  # a stream of the caller's (a test's capture): not ours to redirect
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, real.fileno())
        os.close(null)


def gui_main() -> int:
    """Entry point of the GUI launcher (no console window on Windows)."""
    return main(sys.argv[1:] or ["open"])
