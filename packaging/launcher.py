"""Entry script of the frozen app: the ``resolution-compare`` command, plus file arguments.

With no arguments it opens the app (the GUI); with a subcommand it works headless. Desktops
hand files over without a subcommand (macOS "Open With" through argv emulation, a dropped file
on the executable), so arguments that do not start with a subcommand or an option mean
``open <files>``.
"""

import argparse
import sys

from resolution_compare.cli import build_parser, main


def with_subcommand(argv: list[str]) -> list[str]:
    parser = build_parser()
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    if argv and argv[0] not in commands and not argv[0].startswith("-"):
        return ["open", *argv]
    return argv


if __name__ == "__main__":
    sys.exit(main(with_subcommand(sys.argv[1:])))
