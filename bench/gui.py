"""Benchmark (not a test): how fast the window shows a comparison, and whether it ever freezes.

Run: python bench/gui.py [--repeat N]

1. Process start to rows painted (median of N): `open A B --screenshot x.png` — the process
   starts, loads and compares both files, lays out the rows on screen, grabs the window and
   exits — for the sample pair (target < 500 ms), two official 15-page PDFs (A/C.3/80/L.20 →
   A/RES/80/190, target < 1.5 s) and the largest accepted pair (970 paragraphs a side,
   target < 1.5 s); beside the floors measured in the same run: `python -c pass` and a
   process that starts Qt, shows an empty main window and grabs it. Each screenshot is
   checked to show rows (the paragraph pane is not blank).
2. The event loop while the largest pair is on screen: a 2 ms probe timer records the
   longest gap between its ticks — the longest time the window could not respond — while
   the background measures the rows, while the view is scrolled a screen at a time to the
   end and dragged to 20 far positions, and during a jump to the last change (target: no
   gap over 50 ms); and whether that jump scrolled the row into view.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RESOLUTION_COMPARE_CONFIG_DIR", tempfile.mkdtemp(prefix="rc-bench-cfg-"))

from common import (  # type: ignore[import-not-found]
    largest_pair,
    official_pdf_pair,
    process_env,
    process_ms,
    python_floor_ms,
    scaled,
    verdict,
)

QT_WINDOW_FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1400, 900); w.show(); app.processEvents()
w.grab().save(sys.argv[1], "PNG")
"""


def shows_rows(png: Path) -> bool:
    """Whether the paragraph pane of a screenshot holds text: the middle of the window has
    dark (text) pixels in more than a few rows. A blank pane is a few flat colours."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        return False
    dark_rows = 0
    x0, x1 = image.width() // 4, image.width() * 9 // 10
    for y in range(image.height() // 4, image.height() * 9 // 10, 3):
        if any(image.pixelColor(x, y).lightness() < 100 for x in range(x0, x1, 3)):
            dark_rows += 1
    return dark_rows > 20


class HandlerClock:
    """The longest CPU time (this thread) of one call of the view's paint or lazy-layout
    handlers:
    the work the window itself does between events, apart from the other jobs the shared
    machine runs meanwhile (which the loop probe's wall-clock gaps include)."""

    def __init__(self) -> None:
        from resolution_compare.gui import comparison_view, lazy_rows

        self.longest = 0.0
        for name in ("measure_visible", "_measure_slice", "relayout_anchored"):
            original = getattr(lazy_rows.LazyRowLayout, name)
            setattr(lazy_rows.LazyRowLayout, name, self._timed(original))
        view_class = comparison_view.ComparisonView
        view_class.paintEvent = self._timed(view_class.paintEvent)  # type: ignore[method-assign]

    def _timed(self, original):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.longest = max(self.longest, time.thread_time() - start)

        return timed

    def take(self) -> float:
        longest, self.longest = self.longest, 0.0
        return longest * 1000


class LoopProbe:
    """The longest gap between ticks of a 2 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest * 1000


def run_loop(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)


def event_loop_figures(left: Path, right: Path) -> None:
    from PySide6.QtCore import QModelIndex

    from resolution_compare.gui.app import make_application
    from resolution_compare.gui.main_window import MainWindow

    make_application()
    clock = HandlerClock()
    window = MainWindow()
    window.persist_settings = False
    window.set_size(1400, 900)
    window.show()
    done: list[int] = []
    window.comparisonShown.connect(lambda _c: done.append(1))
    window.compare_paths(left, right)
    while not done:
        run_loop(0.01)
    view = window.page.view
    probe = LoopProbe()

    clock.take()
    probe.start()
    started = time.perf_counter()
    while view.lazy.pending() and time.perf_counter() - started < 30:
        run_loop(0.02)
    measuring = probe.stop()
    background = time.perf_counter() - started
    rows = window.rows_model.rowCount()
    print(
        f"  background measuring of {rows} rows: {background:.1f} s; longest event-loop gap "
        f"{measuring:.0f} ms (target < 50: {verdict(measuring, 50)}); longest handler "
        f"{clock.take():.0f} ms CPU"
    )

    view.delegate().clear_cache()  # scroll over rows measured on the way, the worst case
    view.lazy.restart()
    view.lay_out_visible()
    bar = view.verticalScrollBar()
    probe.start()
    value = 0
    while value < bar.maximum():
        value += view.viewport().height()
        bar.setValue(value)
        run_loop(0.005)
    for k in range(20):
        bar.setValue(bar.maximum() * ((k * 7) % 20) // 20)
        run_loop(0.005)
    scrolling = probe.stop()
    print(
        f"  scrolling it a screen at a time to the end, then 20 far drags: longest "
        f"event-loop gap {scrolling:.0f} ms (target < 50: {verdict(scrolling, 50)}); longest "
        f"handler {clock.take():.0f} ms CPU"
    )

    view.delegate().clear_cache()
    view.lazy.restart()
    view.lay_out_visible()
    bar.setValue(0)
    run_loop(0.05)
    clock.take()
    probe.start()
    window.page.step_change(forward=False, from_start=True)  # the last change
    run_loop(0.05)
    jump = probe.stop()
    current: QModelIndex = view.currentIndex()
    rect = view.visualRect(current)
    seen = current.isValid() and rect.intersects(view.viewport().rect())
    print(
        f"  jump to the last change (row {current.row() + 1} of {rows}): longest event-loop "
        f"gap {jump:.0f} ms; longest handler {clock.take():.0f} ms CPU; the row on screen: "
        f"{'yes' if seen else 'NO'}"
    )
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rc-bench-gui-"))
    env = process_env()
    from resolution_compare.resources import sample_pair

    pairs = {"sample pair": (sample_pair(), 500)}
    pdfs = official_pdf_pair()
    if pdfs is not None:
        pairs["two official 15-page PDFs"] = (pdfs, 1500)
    largest = largest_pair(folder)
    pairs["largest accepted pair"] = (largest, 1500)

    print("1. Process start to rows painted (`open A B --screenshot`, median ms)")
    floor = python_floor_ms(args.repeat)
    shot = folder / "floor.png"
    qt_floor = process_ms([sys.executable, "-c", QT_WINDOW_FLOOR, shot], args.repeat, env)
    print(f"  floor: python -c pass {floor:.0f}; Qt empty window shown and grabbed {qt_floor:.0f}")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    for name, ((left, right), target) in pairs.items():
        png = folder / f"{name.split()[0]}.png"
        command = [sys.executable, "-m", "resolution_compare", "open", left, right]
        command += ["--screenshot", png, "--size", "1400x900"]
        repeat = args.repeat if target < 1000 else max(3, args.repeat // 2)
        ms = process_ms(command, repeat, env)
        rows = "shows rows" if shows_rows(png) else "BLANK PANE"
        print(
            f"  {name}: {ms:.0f} (target < {target}: {verdict(ms, target)}; "
            f"{scaled(ms, floor)}); screenshot {rows}"
        )
    del app

    print("2. The event loop with the largest accepted pair on screen")
    # A fresh process: the QGuiApplication above cannot become a QApplication.
    subprocess.run(
        [sys.executable, __file__, "--loop", str(largest[0]), str(largest[1])], env=env, check=True
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--loop":
        event_loop_figures(Path(sys.argv[2]), Path(sys.argv[3]))
        raise SystemExit(0)
    raise SystemExit(main())
