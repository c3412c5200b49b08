"""Benchmark of history() (not a test; run on demand, prints figures).

    python bench/history.py [--repeat N]

1. The seven English texts of the solidarity series, end to end: load (read + parse) the
   seven files and build the history; median of N runs (target < 1 s), beside the sum of the
   six successive pair comparisons (load + compare) measured in the same run, and the peak
   Python memory of one run (tracemalloc).
2. Thirty versions of about 100 paragraphs: real paragraphs of the corpus, each version
   edited from the one before (5 % of paragraphs: word edits, deletions, insertions, a move)
   and, every third version, four provisions left out that return in the next; history()
   time (median of 3; target < 5 s) beside the sum of the 29 pair comparisons, and the peak
   memory.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

# Measure this checkout, not whichever copy of the package is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The corpus helpers of the pair benchmark: one way to build large inputs.
from common import median_ms  # type: ignore[import-not-found]
from compare import _edited, _joined  # type: ignore[import-not-found]

import resolution_compare as rc
from resolution_compare.core.model import Meeting, Resolution

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TEXTS = ["7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11"]


def _peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _series_of_thirty(rng: random.Random) -> list[Resolution]:
    current = _joined(118)
    versions: list[Resolution] = []
    for k in range(30):
        current = _edited(current, rng)
        paragraphs = current.paragraphs
        if k % 3 == 1:
            # Four provisions left out of this year's text only: ``current``, which the next
            # version is edited from, keeps them, so they return.
            start = rng.randrange(len(paragraphs) - 4)
            paragraphs = paragraphs[:start] + paragraphs[start + 4 :]
        dated = replace(
            current,
            source=f"v{k + 1:02}.txt",
            paragraphs=tuple(
                replace(p, id=f"OP{i + 1}", number=i + 1) for i, p in enumerate(paragraphs)
            ),
            meeting=Meeting(k + 1, f"{1995 + k}-07-01"),
        )
        versions.append(dated)
    return versions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    paths = [DATA / f"hrc-res-{t}-en.txt" for t in TEXTS]

    def seven_history() -> rc.History:
        return rc.history([rc.load(p) for p in paths])

    def seven_pairs() -> None:
        texts = [rc.load(p) for p in paths]
        for a, b in itertools.pairwise(texts):
            rc.compare(a, b)

    seven_history()  # warm the caches (tables, regexes)
    h = median_ms(seven_history, args.repeat) / 1000
    pairs = median_ms(seven_pairs, args.repeat) / 1000
    print(
        f"seven series texts, load + history: {h * 1000:.0f} ms (median of {args.repeat}; "
        f"target < 1 s); load + the 6 pair comparisons: {pairs * 1000:.0f} ms "
        f"(history/pairs {h / pairs:.2f}×); peak memory {_peak_mb(seven_history):.1f} MB"
    )

    versions = _series_of_thirty(random.Random(7))
    n = sum(len(v.paragraphs) for v in versions) / len(versions)
    h30 = median_ms(lambda: rc.history(versions), 3) / 1000

    def thirty_pairs() -> None:
        for a, b in itertools.pairwise(versions):
            rc.compare(a, b)

    pairs30 = median_ms(thirty_pairs, 3) / 1000
    history = rc.history(versions)
    returned = sum(1 for p in history.provisions for c in p.cells if c.step == "returned")
    print(
        f"30 versions of {n:.0f} paragraphs on average: history {h30:.2f} s (median of 3; "
        f"target < 5 s); the 29 pair comparisons {pairs30:.2f} s (history/pairs "
        f"{h30 / pairs30:.2f}×); {len(history.provisions)} provisions, {returned} returns "
        f"after a gap; peak memory {_peak_mb(lambda: rc.history(versions)):.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
