"""Entry script of the frozen app: the same as the ``resolution-compare`` command.

With no arguments it opens the app (the GUI); with a subcommand it works headless.
"""

import sys

from resolution_compare.cli import main

if __name__ == "__main__":
    sys.exit(main())
