"""`resolution-compare history FILE... [--json] [-o report] [--provisions-csv/--votes-csv]`."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from resolution_compare import cli

DATA = Path(__file__).parent / "data"
SERIES = [
    DATA / f"hrc-res-{s}-en.txt" for s in ("7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11")
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["history", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_terminal_summary(capsys: pytest.CaptureFixture[str]) -> None:
    # Given in reverse: the summary reads in date order.
    code, out, err = run(capsys, *map(str, reversed(SERIES)))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "History of 7 versions (English)"
    assert lines[1].startswith("   1  2008-03-27  hrc-res-7-5-en.txt  11 paragraphs")
    assert "recorded vote 34–13–0" in lines[1]
    # The renewal: from 2008 (its sub-paragraphs reworded in 2011, dropped in 2014), absent
    # in 2018 and 2019, back in 2020 (grid marks, one per version).
    renewal = next(line for line in lines if line.startswith("  OP10 "))
    assert "●    ✎    ✎    ═    ·    ·    ↺" in renewal and "Decides" in renewal
    assert (
        "  2020  OP9 → OP9: Welcomes → Takes note  ▼ weaker, tier 1 → 1, lower within the tier"
        in lines
    )
    assert "  Mexico: in favour (2014) → abstaining (2018)" in lines
    assert "\x1b[" not in out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *map(str, SERIES), "--json")
    data = json.loads(out)
    assert code == 0 and data["schema"] == "resolution-compare/history@1"
    assert [v["source"] for v in data["versions"]] == [p.name for p in SERIES]
    renewal = next(p for p in data["provisions"] if p["cells"][-1]["paragraph"] == "OP10")
    # The renewal since 2008: its 2014 step dropped the sub-paragraphs (a)-(f).
    assert [c["step"] for c in renewal["cells"]][2:] == [
        "modified",
        "unchanged",
        "absent",
        "absent",
        "returned",
    ]


def test_folder_report_and_csv(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qapp,  # type: ignore[no-untyped-def]  # the PDF needs Qt: pytest-qt's app, for later GUI tests
) -> None:
    folder = tmp_path / "series"
    folder.mkdir()
    for path in SERIES:
        shutil.copy(path, folder / path.name)
    report, provisions, votes = tmp_path / "h.pdf", tmp_path / "p.csv", tmp_path / "v.csv"
    code, out, err = run(
        capsys,
        str(folder),
        "-o",
        str(report),
        "--provisions-csv",
        str(provisions),
        "--votes-csv",
        str(votes),
    )
    assert code == 0 and err == ""
    assert out.splitlines() == [f"wrote {report}", f"wrote {provisions}", f"wrote {votes}"]
    assert report.read_bytes().startswith(b"%PDF-")
    with votes.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["iso3", "state", "shifts", "2008 hrc-res-7-5-en.txt"]
    mexico = next(r for r in rows if r[0] == "MEX")
    assert mexico[1:] == ["Mexico", "1", "yes", "yes", "yes", "", "abstain", "abstain", "abstain"]
    with provisions.open(encoding="utf-8-sig") as f:
        grid = list(csv.reader(f))
    assert len(grid) == 1 + 37 and grid[0][:5] == [
        "provision",
        "label",
        "lead",
        "first",
        "last_changed",
    ]


def test_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "h.html"
    code, _, _ = run(capsys, *map(str, SERIES[-3:]), "-o", str(report))
    html = report.read_text(encoding="utf-8")
    assert code == 0 and html.startswith("<!DOCTYPE html>")
    assert "Welcomes</i> → <i>Takes note</i>" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # a named file that is not there
        (["{a}", "{tmp}/missing.txt"], "missing.txt: file not found"),
        # one version is no history
        (["{a}"], "at least two versions"),
        # the report would overwrite a version being read
        (["{a}", "{b}", "-o", "{b}"], "is one of the versions read"),
        # a report is a PDF or an HTML file
        (["{a}", "{b}", "-o", "{tmp}/h.docx"], "a report is written as .pdf or .html, not"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SERIES[0], a)
    shutil.copy(SERIES[1], b)
    before = b.read_bytes()
    filled = [x.format(a=a, b=b, tmp=tmp_path) for x in args]
    code, out, err = run(capsys, *filled)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
    assert b.read_bytes() == before


def test_more_than_thirty_versions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = []
    for k in range(31):
        target = tmp_path / f"v{k:02}.txt"
        shutil.copy(SERIES[k % len(SERIES)], target)
        names.append(str(target))
    code, _, err = run(capsys, *names)
    assert code == 2
    assert err == "resolution-compare: 31 files: a history takes at most 30 versions\n"


def test_a_draft_and_its_resolution_of_one_year_get_columns_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # QA pass 2 N6: A/80/L.6 and A/RES/80/4 (both 2025) were headed "2025 2025".
    pdfs = [DATA / "un-pdf" / f"{n}.pdf" for n in ("A_RES_78_7", "A_RES_79_7", "A_80_L.6")]
    code, out, _ = run(capsys, *map(str, pdfs), str(DATA / "un-pdf" / "A_RES_80_4.pdf"))
    assert code == 0
    lines = out.splitlines()
    assert any(line.split() == ["1", "2", "3", "4"] for line in lines)
    assert not any(line.split() == ["2023", "2024", "2025", "2025"] for line in lines)
