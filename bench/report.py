"""Benchmark (not a test): time the PDF and HTML report export.

Run: python bench/report.py
Targets: the bundled sample pair under 1 s; a 1,000-paragraph pair under 10 s.
Prints, best of 3, the time to render the report of an already computed comparison (the
part this package owns), and the end-to-end time (load + compare + report) for reference.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best_of(runs: int, job: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def long_pair(folder: Path, paragraphs: int) -> tuple[Path, Path]:
    """Two resolution texts of ``paragraphs`` operative paragraphs, every 3rd one edited."""
    sample_left = (ROOT / "resources" / "samples" / "hrc-res-35-3-en.txt").read_text("utf-8")
    head = sample_left.split("1.", 1)[0]
    left_lines, right_lines = [head], [head]
    for n in range(1, paragraphs + 1):
        text = (
            f"{n}. Requests the Independent Expert to continue the work on item {n}, "
            "in cooperation with States and relevant stakeholders, and to report thereon;"
        )
        left_lines.append(text)
        right_lines.append(text.replace("Requests", "Urges") if n % 3 == 0 else text)
    left, right = folder / "left-en.txt", folder / "right-en.txt"
    left.write_text("\n\n".join(left_lines), "utf-8")
    right.write_text("\n\n".join(right_lines), "utf-8")
    return left, right


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from resolution_compare.report import export_report, render_report
    from resolution_compare.resources import sample_pair
    from resolution_compare.workflow import compare_files

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # 990 operative paragraphs after the sample's 10 preambular ones: 1,000 in all, the
        # most a text may have (core/limits.py MAX_PARAGRAPHS).
        pairs = {"sample pair": sample_pair(), "1,000-paragraph pair": long_pair(folder, 990)}
        for name, (left, right) in pairs.items():
            result = compare_files(left, right)
            render_report(result)  # warm-up: fonts, first layout
            pdf = best_of(3, lambda r=result: export_report(r, folder / "r.pdf"))
            html = best_of(3, lambda r=result: export_report(r, folder / "r.html", fmt="html"))
            whole = best_of(
                3, lambda a=left, b=right: export_report(compare_files(a, b), folder / "w.pdf")
            )
            size = (folder / "r.pdf").stat().st_size
            print(
                f"{name}: {len(result.rows)} rows; PDF {pdf:.3f} s ({size // 1024} KB); "
                f"HTML {html:.3f} s; load+compare+PDF {whole:.3f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
