"""Benchmark (not a test): load + parse time per page of the official UN PDFs.

Run: python bench/pdf_load.py [--repeat N]
For every PDF of tests/data/un-pdf, times ``resolution_compare.load`` in process (page
model + parser, best of N) and poppler's ``pdftotext -layout`` on the same file in the same
run (whole process, best of N), and prints milliseconds per page for each, the median and
the worst over the files, and their ratio. Target: under 20 ms a page (a 500-page PDF in
10 s); goal: within 5× of pdftotext. Exit status 1 when the median misses the target.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PDFS = sorted((ROOT / "tests" / "data" / "un-pdf").glob("*.pdf"))
TARGET_MS_PER_PAGE = 20.0


def _best(run: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    import pypdfium2

    import resolution_compare as rc

    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    poppler = shutil.which("pdftotext")
    rc.load(PDFS[0])  # warm up: imports, language tables, word lists
    ours, theirs = [], []
    print(f"{'file':24} {'pages':>5} {'ours ms/p':>10} {'pdftotext ms/p':>15} {'ratio':>6}")
    for path in PDFS:
        pages = len(pypdfium2.PdfDocument(path))
        mine = _best(lambda p=path: rc.load(p), repeat) * 1000 / pages
        ours.append(mine)
        line = f"{path.name:24} {pages:5d} {mine:10.1f}"
        if poppler:
            cmd = [poppler, "-layout", str(path), "-"]
            other = _best(lambda c=cmd: subprocess.run(c, capture_output=True, check=True), repeat)
            other = other * 1000 / pages
            theirs.append(other)
            line += f" {other:15.1f} {mine / other:6.1f}"
        print(line)
    median, worst = statistics.median(ours), max(ours)
    print(f"ours: median {median:.1f} ms/page, worst {worst:.1f} ms/page")
    if theirs:
        their_median = statistics.median(theirs)
        print(
            f"pdftotext -layout: median {their_median:.1f} ms/page, worst {max(theirs):.1f}; "
            f"ratio of medians {median / their_median:.1f}x (goal within 5x)"
        )
    ok = median < TARGET_MS_PER_PAGE
    print("OK: under 20 ms a page" if ok else "SLOW: over 20 ms a page (median)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
