"""`python -m resolution_compare` runs the command-line interface."""

from resolution_compare.cli import main

raise SystemExit(main())
