"""The PDF report: its text (extracted with pdfium) carries the whole redline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from resolution_compare.core.comparison import (
    Comparison,
    DiffSegment,
    Row,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.report import export_report, render_report
from resolution_compare.report.html_votes import state_display_name
from tests.conftest import require_fonts
from tests.report.helpers import flat, long_comparison, pdf_pages, redline_comparison, resolution


@pytest.fixture(scope="module")
def redline_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("pdf") / "redline.pdf"
    export_report(redline_comparison(), out)
    return pdf_pages(out)


@pytest.mark.parametrize(
    "expected",
    [
        "A/HRC/RES/35/3",  # left symbol (title block and page header)
        "A/HRC/RES/44/11",  # right symbol
        "Human rights and international solidarity",  # title
        "2020-07-16",  # adoption date
        "OP7 → OP9",  # renumbered paragraph ids in the margin
        "OP3 → OP3, OP4",  # split ids
        "OP8 → —",  # deleted paragraph
        "deliberately",  # an inserted word
        "Encourages → Urges",  # the lead verb change in the summary
        "▲ stronger",  # its direction
        "Operative language: 1 stronger.",  # the tally of directions
        "Hedge removed",  # hedge list
        "as appropriate",  # the hedge itself
        "United States of America",  # a State whose vote changed
        "against → in favour",  # how it changed
        "2 modified",  # counts by status, counted from the rows
        "Resolution Compare",  # app name with version in the footer
    ],
)
def test_redline_pdf_text_carries(redline_pdf: list[str], expected: str) -> None:
    assert expected in flat("\n".join(redline_pdf))


def test_state_with_unchanged_vote_is_not_a_shift(redline_pdf: list[str]) -> None:
    text = flat("\n".join(redline_pdf))
    france = state_display_name("FRA", "en")
    assert france not in text
    assert state_display_name("BRA", "en") in text


def test_every_page_has_header_and_page_x_of_y(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    export_report(long_comparison(300), out)
    pages = pdf_pages(out)
    n = len(pages)
    assert n > 5  # a long pair really spans pages
    assert len(pdfium.PdfDocument(str(out))) == n
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page
        assert "A/80/L.1" in page and "A/80/L.1/Rev.1" in page


def test_every_paragraph_id_of_a_long_pair_is_printed(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    export_report(long_comparison(120), out)
    text = "\n".join(pdf_pages(out))
    for n in range(1, 121):
        assert f"OP{n}\n" in text or f"OP{n} " in text, n


def test_changes_only_leaves_unchanged_rows_out_and_says_how_many(tmp_path: Path) -> None:
    out = tmp_path / "changes.pdf"
    export_report(long_comparison(9), out, changes_only=True)
    text = flat("\n".join(pdf_pages(out)))
    assert "6 unchanged paragraphs not shown." in text
    assert "Paragraph number 1 of" not in text  # unchanged
    assert "Paragraph number 3 of" in text  # modified


@pytest.mark.parametrize(
    ("paper", "size_points"),
    [
        ("a4", (842, 595)),  # A4 landscape
        ("letter", (792, 612)),  # US letter landscape
    ],
)
def test_paper_size_landscape(tmp_path: Path, paper: str, size_points: tuple[int, int]) -> None:
    out = tmp_path / "paper.pdf"
    export_report(redline_comparison(), out, paper=paper)
    width, height = pdfium.PdfDocument(str(out))[0].get_size()
    assert (round(width), round(height)) == size_points


def test_paragraph_markup_prints_literally(tmp_path: Path) -> None:
    text = "Notes that <b>bold</b> & <script>x</script> stay text;"
    row = Row(("OP1",), ("OP1",), "unchanged", (DiffSegment("=", text),))
    left = resolution("A/1", "en", {}, "a.txt")
    empty = VoteTotals(None, None, None, None)
    result = Comparison(left, left, (row,), VoteComparison(empty, empty), Summary())
    out = tmp_path / "escape.pdf"
    export_report(result, out)
    assert text in flat("\n".join(pdf_pages(out)))


SCRIPTS = [
    ("fr", "Réaffirme l’importance de la coopération économique"),  # Latin with accents
    ("ru", "Подтверждает важность международной солидарности"),  # Cyrillic
    ("zh", "重申国际团结的重要性"),  # Chinese (Noto Sans CJK SC)
    ("ar", "يؤكد أهمية التضامن الدولي"),  # Arabic, right to left
]


@pytest.mark.parametrize(("language", "sentence"), SCRIPTS)
def test_scripts_render_and_extract(tmp_path: Path, language: str, sentence: str) -> None:
    if language == "zh":
        require_fonts("Noto Sans CJK SC")
    row = Row(
        ("OP1",), ("OP1",), "modified", (DiffSegment("=", sentence), DiffSegment("+", " 2020"))
    )
    side = resolution("A/RES/1", language, {}, f"x-{language}.txt")
    empty = VoteTotals(None, None, None, None)
    result = Comparison(side, side, (row,), VoteComparison(empty, empty), Summary())
    out = tmp_path / f"{language}.pdf"
    export_report(result, out)
    text = "\n".join(pdf_pages(out))
    words = sentence.split()
    found = [w for w in words if w in text or w[::-1] in text]
    # Arabic may come back in visual order; every word must be there one way or the other.
    assert found == words


def test_fonts_are_noto_with_simplified_chinese(tmp_path: Path) -> None:
    require_fonts("Noto Sans CJK SC", "Noto Sans")
    row = Row(("OP1",), ("OP1",), "unchanged", (DiffSegment("=", "重申国际团结 Réaffirme"),))
    side = resolution("A/RES/1", "zh", {}, "zh.txt")
    empty = VoteTotals(None, None, None, None)
    data = render_report(
        Comparison(side, side, (row,), VoteComparison(empty, empty), Summary()),
        generated=datetime(2026, 1, 2, tzinfo=UTC),
    )
    # Font names sit uncompressed in the font dictionaries: SC glyphs, not Qt's JP fallback.
    assert b"/NotoSansCJKsc-" in data
    assert b"NotoSansCJKjp" not in data
    assert b"/NotoSans-Regular" in data


def test_rendering_keeps_none_alive() -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None per void call; a long report
    # makes thousands of them, so rendering must apply the shared guard (qtcompat) first,
    # or the process aborts later ("none_dealloc").
    import sys

    from resolution_compare.report.html import render_html
    from resolution_compare.report.pdf import PageDecor, html_to_pdf

    page = render_html(long_comparison(150))
    html_to_pdf(page, PageDecor("A", "B", "C", "T"))
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39  # the guard's headroom is in place


def test_export_from_a_worker_thread(tmp_path: Path) -> None:
    # The app exports off the UI thread (its worker); Qt must not warn or fail there.
    import threading

    errors: list[BaseException] = []
    out = tmp_path / "threaded.pdf"

    def job() -> None:
        try:
            export_report(redline_comparison(), out)
        except BaseException as err:  # reported to the test thread below
            errors.append(err)

    worker = threading.Thread(target=job)
    worker.start()
    worker.join(60)
    assert not errors
    assert "deliberately" in flat("\n".join(pdf_pages(out)))


def test_undecodable_file_name_exports(tmp_path: Path) -> None:
    # A file name with bytes that are not UTF-8 reaches Python as lone surrogates.
    from dataclasses import replace

    result = redline_comparison()
    left = replace(
        result.left, source="brouillon-\udce9.txt", header=replace(result.left.header, symbol=None)
    )
    out = tmp_path / "r.pdf"
    export_report(replace(result, left=left), out)
    assert "brouillon-\ufffd.txt" in "\n".join(pdf_pages(out))


@pytest.mark.parametrize(
    "pair",
    [
        ("hrc-res-44-11-en.txt", "hrc-res-44-11-fr.txt"),  # "Vote shifts" ended page 6
        ("hrc-res-35-3-en.txt", "hrc-res-44-11-en.txt"),
        ("hrc-res-7-5-en.txt", "hrc-res-44-11-en.txt"),
    ],
)
def test_a_grid_heading_is_on_the_page_of_its_grid(tmp_path: Path, pair: tuple[str, str]) -> None:
    # QA pass 3: the votes heading alone at a page's foot, its table on the next page.
    import resolution_compare as rc

    data = Path(__file__).resolve().parent.parent / "data"
    out = tmp_path / "r.pdf"
    export_report(rc.compare(*(rc.load(data / name) for name in pair)), out)
    pages = pdf_pages(out)
    heading = [i for i, text in enumerate(pages) if "Vote shifts" in text]
    assert len(heading) == 1
    assert "Method" in pages[heading[0]]
