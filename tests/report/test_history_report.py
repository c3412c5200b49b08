"""The history report (HTML and PDF) and the CSV grids, on real texts of the series."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import resolution_compare as rc
from resolution_compare.core.history import History
from resolution_compare.core.model import Header, Meeting
from resolution_compare.report.history import export_history_report, render_history_report
from resolution_compare.report.history_csv import provisions_csv, votes_csv
from resolution_compare.report.history_html import render_history_html
from tests.report.helpers import flat, pdf_pages

DATA = Path(__file__).resolve().parent.parent / "data"
WHEN = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)


@cache
def three() -> History:
    return rc.history([rc.load(DATA / f"hrc-res-{s}-en.txt") for s in ("35-3", "41-5", "44-11")])


def test_html_sections_and_cells() -> None:
    html = render_history_html(three(), WHEN)
    for heading in ("Summary", "Provisions across the versions", "Wording step by step", "Votes"):
        assert f">{heading}</h2>" in html
    # The renewal is back in 2020 (returned cell); the report paragraph weakened there.
    assert '<td class="step s-returned">OP10 ↺ 5</td>' in html
    assert '<span class="weaker">▼ weaker</span> <i>Welcomes</i> → <i>Takes note</i>' in html
    assert "(tier 1 → 1, lower within the tier)" in html
    # Its word diff, drawn by the pair report's own row renderer.
    assert '<span class="del">Welcomes</span>' in html
    assert '<span class="ins">Takes note of</span>' in html
    assert "<b>Mexico</b>: abstaining (2018) → abstaining" not in html  # no shift 2017-2020
    assert '<td class="v-abstain">A</td>' in html and '<td class="v-none">·</td>' in html
    assert "Generated 2025-01-02 03:04 UTC" in html


def test_every_class_the_wording_uses_is_styled() -> None:
    # QA (second pass) N1: the style block kept a literal "$palette_css", so struck and
    # underlined words printed plain black in the PDF and the HTML.
    import re

    html = render_history_html(three(), WHEN)
    assert "$" not in html.split("</style>")[0]
    style = html.split("<style>")[1].split("</style>")[0]
    used = set(re.findall(r'<span class="([\w-]+)">', html))
    assert {"del", "ins", "weaker"} <= used
    for cls in used - {"note"}:
        assert re.search(rf"\.{cls} \{{[^}}]*(color|decoration)", style), cls
    assert "<!--" not in html


def test_a_dropped_provision_is_headed_as_dropped() -> None:
    # QA pass 3: the wording section headed a dropped OP10 "OP10 — …" like the current OP10
    # and said "wording last changed 2014" of a provision that was only dropped.
    series = rc.history(
        [rc.load(DATA / f"hrc-res-{s}-en.txt") for s in ("17-6", "26-6", "35-3", "44-11")]
    )
    html = render_history_html(series, WHEN)
    dropped = [p for p in series.provisions if not p.cells[-1].present and p.changes]
    assert dropped
    for provision in dropped:
        assert f"<h3>({provision.label}) — " in html
        last = series.versions[provision.last_present].year
        assert f"last in {last}, dropped in " in html
    current = [p for p in series.provisions if p.cells[-1].present and p.changes]
    assert all(f"<h3>{p.label} — " in html for p in current)


def test_wide_series_is_paged_by_versions() -> None:
    base = rc.load(DATA / "hrc-res-35-3-en.txt")
    other = rc.load(DATA / "hrc-res-44-11-en.txt")
    versions = [
        replace(
            base if k % 2 else other,
            source=f"v{k}.txt",
            meeting=Meeting(k, f"{1995 + k}-07-01"),
        )
        for k in range(23)
    ]
    html = render_history_html(rc.history(versions), WHEN)
    grid = html.split("Provisions across the versions")[1].split("Wording step by step")[0]
    assert grid.count('<table class="history"') == 3  # 10 + 10 + 3 versions
    votes = html.split(">Votes</h2>")[1]
    assert votes.count('<table class="history"') == 2  # 16 + 7 versions


def test_document_text_prints_literally() -> None:
    h = three()
    first = h.versions[0]
    odd = replace(
        first,
        resolution=replace(
            first.resolution,
            header=Header(symbol="A/HRC/RES/<b>35</b>/3 & co", adopted=first.date),
        ),
    )
    html = render_history_html(replace(h, versions=(odd, *h.versions[1:])), WHEN)
    assert "A/HRC/RES/&lt;b&gt;35&lt;/b&gt;/3 &amp; co" in html
    assert "<b>35</b>" not in html


def test_pdf(tmp_path: Path) -> None:
    out = tmp_path / "history.pdf"
    export_history_report(three(), out, "pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 4
    text = flat(" ".join(pages))
    assert "History: hrc-res-35-3-en.txt → hrc-res-44-11-en.txt (3 versions)" in text
    assert "Takes note of the report" in text
    assert f"Page 1 of {len(pages)}" in flat(pages[0])
    assert render_history_report(three(), "html", generated=WHEN).startswith(b"<!DOCTYPE html>")


def test_csv_grids() -> None:
    h = three()
    grid = list(csv.reader(io.StringIO(provisions_csv(h))))
    assert grid[0][5:8] == [
        "2017 hrc-res-35-3-en.txt paragraphs",
        "2017 hrc-res-35-3-en.txt step",
        "2017 hrc-res-35-3-en.txt tier",
    ]
    renewal = next(r for r in grid if r[1] == "OP10")
    assert renewal[5:] == ["OP9", "first", "5", "", "absent", "", "OP10", "returned", "5"]
    votes = list(csv.reader(io.StringIO(votes_csv(h))))
    mexico = next(r for r in votes if r[0] == "MEX")
    assert mexico == ["MEX", "Mexico", "0", "", "abstain", "abstain"]


def test_csv_cells_never_run_as_formulas() -> None:
    # A lead comes from the document: one that a spreadsheet would evaluate stays text.
    later = rc.load(DATA / "hrc-res-44-11-en.txt")
    op1 = later.paragraph("OP1")
    doctored = replace(op1, lead="=SUM(A1)", text="=SUM(A1)" + op1.text[len(op1.lead or "") :])
    paragraphs = tuple(doctored if p.id == "OP1" else p for p in later.paragraphs)
    h = rc.history([rc.load(DATA / "hrc-res-41-5-en.txt"), replace(later, paragraphs=paragraphs)])
    rows = list(csv.reader(io.StringIO(provisions_csv(h))))
    leads = [r[2] for r in rows]
    assert "'=SUM(A1)" in leads and "=SUM(A1)" not in leads


def test_pdf_wording_headings_stay_with_their_rows(tmp_path: Path) -> None:
    # QA pass 3: a provision's heading and a step's heading alone at a page's foot, and the
    # line before a page break painted again (invisibly) at the next page's top.
    import re

    series = rc.history([rc.load(p) for p in sorted(DATA.glob("hrc-res-*-en.txt"))])
    out = tmp_path / "h.pdf"
    export_history_report(series, out)
    pages = pdf_pages(out)
    heading = re.compile(
        r"(: (wording changed|dropped|rewritten|returned after a gap)|— .*: first in)"
    )
    for number, text in enumerate(pages, 1):
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("Generated")]
        assert not heading.search(lines[-1]), (number, lines[-1])
    words = " ".join(pages)
    assert "dropped in" in words and "Wording step by step" in words
