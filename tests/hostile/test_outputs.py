"""Outputs: nothing the user did not ask to replace is ever overwritten or half-written.

The report (CLI and app) and the settings go through one writer
(:mod:`resolution_compare.core.files`); these cases attack it through the command line, the
way a tired delegate or a hostile path would.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from resolution_compare import cli
from resolution_compare.core.errors import InputError
from resolution_compare.core.files import check_output, read_regular_file, write_atomically
from tests.hostile.harness import assert_clean_refusal, run_cli

DATA = Path(__file__).resolve().parents[1] / "data"
EARLIER = DATA / "hrc-res-35-3-en.txt"
LATER = DATA / "hrc-res-44-11-en.txt"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Writable copies of a real pair."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(EARLIER.read_bytes())
    new.write_bytes(LATER.read_bytes())
    return old, new


def _report(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    status = cli.main(["report", *map(str, args)])
    return status, capsys.readouterr().err


def test_output_that_is_an_input_is_refused(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    # `report old.txt new.txt -o new.txt` (refused by its extension now) and the same with
    # a PDF version named as the report: the input survives, exit 2, one line
    old, new = pair
    before = new.read_bytes()
    run = run_cli("report", old, new, "-o", new, tmp_path=tmp_path)
    assert_clean_refusal(run, "new.txt")
    assert new.read_bytes() == before
    pdf = tmp_path / "A_RES_80_4.pdf"
    pdf.write_bytes(_a_real_pdf())
    before = pdf.read_bytes()
    run = run_cli("report", old, pdf, "-o", pdf, tmp_path=tmp_path)
    assert_clean_refusal(run, "one of the files being compared")
    assert pdf.read_bytes() == before


def _a_real_pdf() -> bytes:
    from tests.test_hostile_input import text_pdf

    return text_pdf()


@pytest.mark.parametrize("how", ["symlink", "hardlink", "relative"])
def test_output_that_reaches_an_input_another_way_is_refused(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    pair: tuple[Path, Path],
    how: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the same file through a link, another hard link, or a different spelling of its path
    old, new = pair
    before = old.read_bytes()
    if how == "symlink":
        target = tmp_path / "report.html"
        target.symlink_to(old)
    elif how == "hardlink":
        target = tmp_path / "report.html"
        os.link(old, target)
    else:  # another spelling of a PDF version's path
        old = tmp_path / "draft.pdf"
        old.write_bytes(_a_real_pdf())
        before = old.read_bytes()
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path / "sub")
        target = Path("..") / "sub" / ".." / old.name
    status, err = _report(
        capsys, old, new, "-o", target, "--format", "pdf" if how == "relative" else "html"
    )
    assert status == 2
    assert "one of the files being compared" in err and len(err.splitlines()) == 1
    assert old.read_bytes() == before


@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "socket"])
def test_output_that_is_not_a_regular_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pair: tuple[Path, Path], kind: str
) -> None:
    # the rename would replace /dev/null (as root), a pipe or a folder's entry
    if kind == "device":
        target = Path("/dev/null")
    elif kind == "fifo":
        target = tmp_path / "pipe.pdf"
        os.mkfifo(target)
    elif kind == "socket":
        import socket

        target = tmp_path / "s.pdf"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    else:
        target = tmp_path / "folder.pdf"
        target.mkdir()
    mode = target.lstat().st_mode
    status, err = _report(capsys, *pair, "-o", target)
    assert status == 2
    assert "not a regular file" in err and len(err.splitlines()) == 1
    assert target.lstat().st_mode == mode  # still what it was
    assert not stat.S_ISREG(os.stat(target).st_mode)


def test_a_link_to_a_report_is_written_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pair: tuple[Path, Path]
) -> None:
    # a link into a shared folder stays a link; the report lands where it points
    real = tmp_path / "shared" / "report.html"
    real.parent.mkdir()
    real.write_text("old report")
    link = tmp_path / "report.html"
    link.symlink_to(real)
    status, _ = _report(capsys, *pair, "-o", link)
    assert status == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_report_follows_the_umask(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    pair: tuple[Path, Path],
    umask: int,
    expected: int,
) -> None:
    # exported files get the user's normal permissions, not the temporary file's 0600
    out = tmp_path / "report.html"
    previous = os.umask(umask)
    try:
        status, _ = _report(capsys, *pair, "-o", out)
    finally:
        os.umask(previous)
    assert status == 0
    assert stat.S_IMODE(out.stat().st_mode) == expected


def test_overwritten_report_keeps_its_mode(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pair: tuple[Path, Path]
) -> None:
    # a report the user made group-readable (0640) stays 0640 when exported again
    out = tmp_path / "report.html"
    out.write_text("old")
    out.chmod(0o640)
    status, _ = _report(capsys, *pair, "-o", out)
    assert status == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8") != "old"


def test_full_disk_exits_2_and_the_old_report_survives(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    pair: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ENOSPC in the middle of the write: exit 2, one line, old file intact, no temp file left
    out = tmp_path / "report.html"
    out.write_text("old report")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    status, err = _report(capsys, *pair, "-o", out)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert status == 2
    assert "No space left on device" in err and len(err.splitlines()) == 1
    assert out.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt", "report.html"]


def test_refusal_comes_before_the_work(
    tmp_path: Path, pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a refused target costs no comparison (the user learns at once, not after 10 s)
    from resolution_compare import workflow

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("compared before checking the output")

    monkeypatch.setattr(workflow, "compare_files", never)
    assert cli.main(["report", *map(str, pair), "-o", str(pair[0])]) == 2


def test_writer_refuses_inputs_and_keeps_old_bytes(tmp_path: Path) -> None:
    # the writer itself, as the app's export and `history -o` use it
    source = tmp_path / "draft.txt"
    source.write_text("draft")
    with pytest.raises(InputError, match="one of the files being compared"):
        write_atomically(source, b"report", inputs=[source])
    assert source.read_text() == "draft"
    assert check_output(tmp_path / "new.pdf", [source]) == (tmp_path / "new.pdf").resolve()


def test_reader_refuses_fifo_and_large_file_without_reading(tmp_path: Path) -> None:
    # the bounded reader of the app's own files: a FIFO never blocks, a large file is not read
    fifo = tmp_path / "recent.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="named pipe"):
        read_regular_file(fifo, 1024)
    sparse = tmp_path / "settings.json"
    with sparse.open("wb") as handle:
        handle.truncate(1024**3)  # 1 GB, sparse: costs no disk
    with pytest.raises(OSError, match="larger than"):
        read_regular_file(sparse, 1024)


def test_app_export_onto_a_compared_file_is_refused(
    qtbot, tmp_path: Path, pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # the app's File ▸ Export report… goes through the same writer: choosing one of the
    # compared files as the report's name leaves it intact and says why in the banner
    from resolution_compare.gui import dialogs
    from resolution_compare.gui.app import make_application
    from resolution_compare.gui.main_window import MainWindow
    from resolution_compare.gui.settings import Settings

    old, new = pair
    before = new.read_bytes()
    make_application()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.comparisonShown, timeout=20000):
        window.compare_paths(old, new)
    from resolution_compare.gui.export_dialog import ExportChoice

    choice = ExportChoice(new, "pdf", "a4", changes_only=False, operative_only=False)
    monkeypatch.setattr(dialogs, "choose_export", lambda parent, proposal: choice)
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: window.banner_box.isVisibleTo(window), timeout=20000)
    assert "one of the files being compared" in window.banner.text()
    assert new.read_bytes() == before
    window.runner.wait(10000)
