"""Items 6 and 8: File ▸ Print… through the system dialog and the report renderer; the export
dialog (paper, changes only, operative only, a name from the symbols, extensions, filters)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from resolution_compare.gui import dialogs
from resolution_compare.gui.export_dialog import (
    ExportChoice,
    ExportDialog,
    format_from_filter,
    report_path_and_format,
    suggested_report_name,
)
from resolution_compare.gui.main_window import MainWindow
from resolution_compare.report.paper import default_paper
from tests.gui.fixtures import sample_comparison

DATA = Path(__file__).parent.parent / "data"


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def test_print_goes_through_the_print_dialog_and_the_report_renderer(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_comparison(sample_comparison())
    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def fake_print_dialog(parent: object, paper: str) -> QPrinter:
        # What QPrintDialog hands back once the user pressed Print: a configured printer
        # (here Qt's PDF printer, so the pages can be read back).
        asked.append(paper)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    monkeypatch.setattr(dialogs, "choose_printer", fake_print_dialog)
    assert window.actions_by_name["print"].shortcut().toString() == "Ctrl+P"
    with qtbot.waitSignal(window.printFinished, timeout=20000) as done:
        window.actions_by_name["print"].trigger()
    assert asked and done.args[0] >= 1
    text = pdf_text(out)
    # The report's content: title, both symbols, the redline words, the page footer.
    assert "A/HRC/RES/35/3" in text and "A/HRC/RES/44/11" in text
    assert "Calls upon all States to cooperate" in text
    assert f"Page 1 of {done.args[0]}" in text


def test_cancelling_the_print_dialog_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_comparison(sample_comparison())
    monkeypatch.setattr(dialogs, "choose_printer", lambda parent, paper: None)
    window.actions_by_name["print"].trigger()
    assert not window.runner.busy()


@pytest.mark.parametrize(
    ("left", "right", "name"),
    [
        ("A/HRC/RES/56/4", "A/HRC/RES/59/8", "A-HRC-RES-56-4_vs_59-8.pdf"),  # the example
        ("A/HRC/RES/35/3", "A/HRC/35/L.20/Rev.1", "A-HRC-RES-35-3_vs_35-L.20-Rev.1.pdf"),
        ("A/RES/78/7", "A/C.3/80/L.20", "A-RES-78-7_vs_C.3-80-L.20.pdf"),  # little shared
        ("hrc-res-35-3-en.txt", "draft 2.docx", "hrc-res-35-3-en_vs_draft-2.pdf"),  # no symbols
    ],
)
def test_suggested_name_comes_from_the_symbols(left: str, right: str, name: str) -> None:
    assert suggested_report_name(left, right) == name


@pytest.mark.parametrize(
    ("typed", "chosen", "path", "fmt"),
    [
        ("/tmp/report", "pdf", "/tmp/report.pdf", "pdf"),  # typed without an extension
        ("/tmp/report", "html", "/tmp/report.html", "html"),  # ... with HTML picked
        ("/tmp/report.html", "pdf", "/tmp/report.html", "html"),  # the extension decides
        ("/tmp/report.HTM", "pdf", "/tmp/report.HTM", "html"),  # in any case
        ("/tmp/res 56.4", "pdf", "/tmp/res 56.4.pdf", "pdf"),  # a dot is not an extension
    ],
)
def test_extension_added_and_format_from_extension(
    typed: str, chosen: str, path: str, fmt: str
) -> None:
    assert report_path_and_format(typed, chosen) == (Path(path), fmt)


def test_html_chosen_by_the_file_dialog_filter(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert format_from_filter("HTML report (*.html *.htm)") == "html"
    assert format_from_filter("PDF report (*.pdf)") == "pdf"
    dialog = ExportDialog(None, ExportChoice(Path("/tmp/a.pdf"), "pdf", "a4", False, False))
    qtbot.addWidget(dialog)
    dialog.set_path("/tmp/report", "html")  # typed "report" with the HTML filter
    choice = dialog.choice()
    assert (choice.path, choice.fmt) == (Path("/tmp/report.html"), "html")
    assert not dialog.paper_box.isEnabled()  # paper means nothing for HTML


def test_export_dialog_options(qtbot) -> None:  # type: ignore[no-untyped-def]
    proposal = ExportChoice(Path("/tmp/x_vs_y.pdf"), "pdf", "letter", True, False)
    dialog = ExportDialog(None, proposal)
    qtbot.addWidget(dialog)
    assert dialog.choice() == proposal  # what was proposed is what is shown
    dialog.operative_only.setChecked(True)
    dialog.changes_only.setChecked(False)
    dialog.paper_box.setCurrentIndex(0)
    dialog.format_box.setCurrentIndex(1)  # HTML: the extension follows
    choice = dialog.choice()
    assert choice == ExportChoice(Path("/tmp/x_vs_y.html"), "html", "a4", False, True)


@pytest.mark.parametrize(
    ("territory", "paper"),
    [("US", "letter"), ("CA", "letter"), ("MX", "letter"), ("CH", "a4"), ("FR", "a4"), ("", "a4")],
)
def test_default_paper_follows_the_country(territory: str, paper: str) -> None:
    assert default_paper(territory) == paper


def test_the_export_proposal_and_the_written_report(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_comparison(sample_comparison())
    window.actions_by_name["filter_operative"].trigger()
    window.settings.last_folder = str(tmp_path)
    seen: list[ExportChoice] = []

    def user(parent: object, proposal: ExportChoice) -> ExportChoice:
        seen.append(proposal)
        return ExportChoice(tmp_path / "ops.html", "html", "a4", False, True)

    monkeypatch.setattr(dialogs, "choose_export", user)
    with qtbot.waitSignal(window.exportFinished, timeout=20000):
        window.actions_by_name["export"].trigger()
    proposal = seen[0]
    assert proposal.path == tmp_path / "A-HRC-RES-35-3_vs_44-11.pdf"
    assert proposal.operative_only and not proposal.changes_only  # from the current filter
    page = (tmp_path / "ops.html").read_text(encoding="utf-8")
    assert "Calls upon all States" in page  # operative
    assert "Recalling its resolution 32/9" not in page  # preambular: left out, and said so
    assert "1 preambular paragraph not shown" in page
    assert window.settings.export_format == "html"  # remembered for next time
