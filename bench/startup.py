"""Benchmark (not a test): what a command costs from start to exit, and the engine in process.

Run: python bench/startup.py [--repeat N]

1. `compare A B --json` on the typical pair (35/3 → 44/11) as a whole process, median of N
   (target < 80 ms), beside `python -c pass` (the floor: the interpreter alone) and
   `git diff --no-index --word-diff` of the same two files (a native word diff), and the
   import of the modules the command needs without doing anything (`-X importtime` total).
2. The same pair loaded (read + parsed) and compared in process, median of N after one
   warm-up (target < 15 ms), beside difflib.SequenceMatcher over the two word lists.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (  # type: ignore[import-not-found]
    DATA,
    median_ms,
    process_env,
    process_ms,
    python_floor_ms,
    scaled,
    verdict,
)

LEFT, RIGHT = DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt"


def import_ms(env: dict[str, str]) -> float:
    """Total import time of `compare`'s modules (-X importtime, cumulative of the top ones)."""
    code = "import resolution_compare.cli, resolution_compare.workflow"
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    total = 0
    for line in out.splitlines():
        if "|" not in line or "resolution_compare" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line.split("|"))
        if name.startswith("resolution_compare") and not name.startswith(" "):
            top_level = line.split("|")[2]
            if len(top_level) - len(top_level.lstrip()) == 1:  # imported by the script itself
                total += int(cumulative)
    return total / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    env = process_env()

    print("1. `compare --json`, the typical pair, start to exit (median ms)")
    floor = python_floor_ms(args.repeat)
    command = [sys.executable, "-m", "resolution_compare", "compare", LEFT, RIGHT, "--json"]
    compare = process_ms(command, args.repeat, env)
    git = shutil.which("git")
    peer = "git not installed"
    if git:
        # Exit status 1 means "the files differ": not an error here.
        word_diff = [git, "diff", "--no-index", "--word-diff", LEFT, RIGHT]
        peer_ms = process_ms(["sh", "-c", " ".join(map(str, word_diff)) + " || true"], args.repeat)
        peer = f"{peer_ms:.0f}"
    imports = median_ms(lambda: import_ms(env), 3)
    print(
        f"  compare --json {compare:.0f} (target < 80: {verdict(compare, 80)}; "
        f"{scaled(compare, floor)}); python -c pass {floor:.0f}; git diff --word-diff {peer}; "
        f"of which importing the package {imports:.0f} (median of 3)"
    )

    print("2. Load + compare in process (median ms)")
    import resolution_compare as rc

    rc.compare(rc.load(LEFT), rc.load(RIGHT))  # warm-up: tables, regexes
    ms = median_ms(lambda: rc.compare(rc.load(LEFT), rc.load(RIGHT)), args.repeat)
    a = LEFT.read_text("utf-8").split()
    b = RIGHT.read_text("utf-8").split()
    base = median_ms(
        lambda: difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes(), args.repeat
    )
    print(
        f"  typical pair load + compare {ms:.1f} (target < 15: {verdict(ms, 15)}; "
        f"{scaled(ms, floor)}); difflib over the word lists {base:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
