"""Run every benchmark of issue 17 in one run (not a test), each figure beside its peer.

Run: python bench/all.py [--quick]

startup.py (compare --json beside python -c pass and git diff --word-diff; the pair in
process beside difflib), compare.py (the engine at scale, the stress paragraph and the
largest accepted pair, every paragraph edited, beside difflib), report.py (the renderers
side by side; report commands beside their floors) and gui.py (process start to rows painted
beside an empty Qt window; the event loop while the largest pair is measured, scrolled and
jumped through). The machine is shared: every figure is a median, and the floors are
measured in the same run so that a loaded machine shows in them too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no slow peers")
    args = parser.parse_args()
    runs = [
        ("startup.py", ["--repeat", "7" if args.quick else "21"]),
        ("compare.py", ["--repeat", "5" if args.quick else "21"]),
        ("report.py", ["--repeat", "3" if args.quick else "5", *(["--quick"] * args.quick)]),
        ("gui.py", ["--repeat", "3" if args.quick else "5"]),
    ]
    status = 0
    for script, extra in runs:
        print(f"== {script}", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / script), *extra], check=False)
        status = status or done.returncode
        print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
