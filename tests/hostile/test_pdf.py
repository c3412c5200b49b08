"""Hostile PDFs: pdfium's work in C is bounded from outside (loaders/pdf_guard.py).

A page whose content inflates to 800 MB made the app peak at 1.7 GB; a page drawing a
million paths took 9.6 s. The extraction now runs in a child process with a memory and a
CPU limit, and the pages' objects are counted. Each PDF is written here byte by byte.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders import load_text, pdf, pdf_guard
from tests.hostile.harness import assert_clean_refusal, assert_within_bounds, run_cli
from tests.hostile.pdf_files import inflating_pdf, pages_pdf, paragraphs_page, text_lines
from tests.test_hostile_input import encrypted_pdf, text_pdf

CORPUS = Path("/work/shared/corpus/un-pdf")
linux_only = pytest.mark.skipif(
    not pdf_guard.worker_available(), reason="the PDF worker process runs on Linux only"
)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "inflates.pdf"
    path.write_bytes(inflating_pdf(800))  # 3.6 MB on disk, 800 MB of page content
    return path


@linux_only
def test_page_content_inflating_to_800_mb_is_refused_within_bounds(
    bomb: Path, tmp_path: Path
) -> None:
    for args in (["parse", bomb], ["compare", bomb, text_pdf_path(tmp_path)]):
        run = run_cli(*args, tmp_path=tmp_path)
        assert_clean_refusal(run, "needs more than")


def text_pdf_path(folder: Path) -> Path:
    path = folder / "good.pdf"
    path.write_bytes(text_pdf())
    return path


def test_a_million_drawn_paths_are_refused_quickly(tmp_path: Path) -> None:
    # 50 KB of PDF, 1 000 000 path objects on one page (9.6 s before, most of it walking
    # them in Python): counted as the page loads and refused
    content = text_lines(["The Human Rights Council,"]) + b"\n" + b"10 10 m 100 10.5 l S\n" * 10**6
    path = tmp_path / "paths.pdf"
    path.write_bytes(pages_pdf([content]))
    assert_clean_refusal(run_cli("parse", path, tmp_path=tmp_path), "drawing objects")


def test_objects_are_counted_across_pages(tmp_path: Path) -> None:
    # ten pages of 100 000 paths each: the document's total is what counts
    page = text_lines(["Recalling its resolutions,"]) + b"\n" + b"10 10 m 100 10.5 l S\n" * 100_000
    path = tmp_path / "pages.pdf"
    path.write_bytes(pages_pdf([page] * 10))
    with pytest.raises(InputError, match="drawing objects"):
        load_text(path)
    assert limits.MAX_PDF_OBJECTS < 10 * 100_000


def test_largest_accepted_pdf_is_read_within_bounds(tmp_path: Path) -> None:
    # 500 pages (the page limit) of resolution-like lines, just under the text limit
    line = "the human rights of all and international solidarity among all peoples and"
    per_page = limits.MAX_TEXT_CHARS // limits.MAX_PDF_PAGES // (len(line) + 1) - 3
    pages = [
        paragraphs_page(
            [
                [f"Recalling its resolution {n}/1 on", *[line] * (per_page // 2), "its work,"],
                [f"Noting its resolution {n}/2 on", *[line] * (per_page // 2), "its work,"],
            ]
        )
        for n in range(limits.MAX_PDF_PAGES)
    ]
    path = tmp_path / "long.pdf"
    path.write_bytes(pages_pdf(pages))
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert run.status == 0, run.stderr
    assert_within_bounds(run)


@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("*.pdf"))[:4] if CORPUS.is_dir() else [], ids=lambda p: p.name
)
def test_guarded_extraction_equals_in_process(path: Path) -> None:
    # the worker changes where pdfium runs, never what it reads
    data = path.read_bytes()
    assert pdf_guard.extract_pdf_guarded(data, path.name) == pdf.extract_pdf(data, path.name)


def test_refusals_of_the_engine_pass_through() -> None:
    # the child's own one-line messages reach the user unchanged
    with pytest.raises(InputError, match="password-protected"):
        pdf_guard.extract_pdf_guarded(encrypted_pdf(), "locked.pdf")


@linux_only
def test_cpu_limit_stops_a_looping_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfium looping on a crafted file: the child is stopped by its CPU limit
    def spin(data: bytes, name: str) -> None:
        while True:
            pass

    monkeypatch.setattr(pdf_guard, "PDF_CPU_SECONDS", 1)
    monkeypatch.setattr(pdf, "extract_pdf", spin)
    with pytest.raises(InputError, match=r"takes more than 1 s of processing"):
        pdf_guard.extract_pdf_guarded(text_pdf(), "loop.pdf")


@linux_only
def test_memory_limit_stops_an_allocating_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    # an allocation past the child's limit fails there; the parent never sees the memory
    def allocate(data: bytes, name: str) -> None:
        bytearray(2 * pdf_guard.PDF_MEMORY_BYTES)

    monkeypatch.setattr(pdf, "extract_pdf", allocate)
    with pytest.raises(InputError, match="needs more than"):
        pdf_guard.extract_pdf_guarded(text_pdf(), "big.pdf")


@linux_only
def test_engine_crash_is_a_message_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfium aborting (its answer to a failed allocation) kills only the child
    def crash(data: bytes, name: str) -> None:
        os.kill(os.getpid(), signal.SIGABRT)

    monkeypatch.setattr(pdf, "extract_pdf", crash)
    with pytest.raises(InputError, match="damaged or hostile"):
        pdf_guard.extract_pdf_guarded(text_pdf(), "crash.pdf")


def test_threads_load_pdfs_at_the_same_time() -> None:
    # the app loads both sides from worker threads: forks and the PDF lock must not deadlock
    data = text_pdf()
    expected = pdf.extract_pdf(data, "x.pdf")
    results: list[object] = []

    def load() -> None:
        for _ in range(5):
            results.append(pdf_guard.extract_pdf_guarded(data, "x.pdf"))

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)
    assert results == [expected] * 20


def test_a_32000_glyph_word_is_laid_out_in_time(tmp_path: Path) -> None:
    # one Tj of 3 000 000 letters (pdfium keeps 32 767): the compound-word scan of the page
    # layout rescanned the word from every letter (21 s before)
    content = b"BT /F1 1 Tf 10 10 Td (" + b"a" * 3_000_000 + b") Tj ET"
    path = tmp_path / "glyphs.pdf"
    path.write_bytes(pages_pdf([content]))
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert run.status in (0, 2), run.stderr
    assert_within_bounds(run)


@pytest.mark.parametrize("ending", [b"-", b"a-a-a-", b"a- a- "], ids=["dash", "compound", "split"])
def test_thousands_of_hyphen_ended_lines_are_joined_in_time(tmp_path: Path, ending: bytes) -> None:
    # one block of 3 000 lines each ending with a hyphen: the rejoining searched the whole
    # growing block on every line (11 s before)
    lines = b"\n".join(
        b"BT /F1 10 Tf 72 %d Td (Recalling x" % (750 - (i % 60) * 12) + ending + b") Tj ET"
        for i in range(3000)
    )
    path = tmp_path / "hyphens.pdf"
    path.write_bytes(pages_pdf([lines]))
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert run.status in (0, 2), run.stderr
    assert_within_bounds(run)


def test_the_app_loads_pdfs_through_the_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    # the window loads from a worker thread of a Qt process: the fork, the pipe and the
    # PDF lock must work there too (and the page model come back whole)
    from resolution_compare.gui.app import make_application
    from resolution_compare.gui.main_window import MainWindow
    from resolution_compare.gui.settings import Settings

    folder = Path(__file__).resolve().parents[1] / "data" / "un-pdf"
    make_application()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.compare_paths(folder / "A_RES_79_7.pdf", folder / "A_RES_80_4.pdf")
    assert window.comparison is not None
    assert window.comparison.right.header.symbol == "A/RES/80/4"
    assert window.comparison.right.footnotes  # the page model's footnotes came through
    window.runner.wait(10000)
