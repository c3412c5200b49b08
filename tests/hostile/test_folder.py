"""A series read from a folder, and its report written: the same rules as a pair.

``history FOLDER -o …`` reads the folder through workflow_history (one level, no link out,
nothing that is not a regular file) and writes through the one writer (core/files.py).
Each hostile folder is made here.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from resolution_compare import cli
from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.workflow_history import history_sources
from tests.test_workflow_history import _copy_series

SERIES = ["35-3", "38-2", "41-5"]


def _series(folder: Path) -> list[Path]:
    return _copy_series(folder, SERIES)


def _history(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    status = cli.main(["history", *map(str, args)])
    return status, capsys.readouterr().err


def test_thousands_of_entries_are_refused_at_once(tmp_path: Path) -> None:
    # a download folder given by mistake: refused before anything is read or even listed whole
    folder = tmp_path / "downloads"
    folder.mkdir()
    for n in range(limits.MAX_FOLDER_ENTRIES + 1):
        (folder / f"f{n}.txt").touch()
    start = time.monotonic()
    with pytest.raises(InputError, match="more than 1,000 entries"):
        history_sources([folder])
    assert time.monotonic() - start < 5


def test_sockets_devices_and_pipes_are_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    _series(folder)
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.pdf"))
    server.close()
    (folder / "zero.txt").symlink_to("/dev/zero")  # a device, through a link out
    sources, warnings = history_sources([folder])
    assert [p.name for p, _ in sources] == [f"hrc-res-{n}-en.txt" for n in SERIES]
    joined = " | ".join(warnings)
    assert "pipe.txt: not a regular file" in joined and "sock.pdf: not a regular file" in joined
    assert "zero.txt" in joined


def test_unreadable_entries_are_named_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as root chmod does not bite: the OS's refusal of one entry is simulated
    folder = tmp_path / "s"
    _series(folder)
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if str(path).endswith("41-5-en.txt"):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    sources, warnings = history_sources([folder])
    assert [p.name for p, _ in sources] == ["hrc-res-35-3-en.txt", "hrc-res-38-2-en.txt"]
    assert "hrc-res-41-5-en.txt: permission denied; skipped" in warnings


@pytest.mark.parametrize("how", ["member-of-folder", "hard-link", "device", "fifo"])
def test_history_report_never_overwrites_a_version_or_a_device(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, how: str
) -> None:
    folder = tmp_path / "s"
    versions = _series(folder)
    before = [p.read_bytes() for p in versions]
    if how == "member-of-folder":  # a version read from the folder, named as the report
        target = versions[1].with_suffix(".txt")
    elif how == "hard-link":
        target = tmp_path / "report.html"
        os.link(versions[0], target)
    elif how == "device":
        target = Path("/dev/null")
    else:
        target = tmp_path / "report.html"
        os.mkfifo(target)
    status, err = _history(capsys, folder, "-o", target, "--format", "html")
    assert status == 2 and len(err.splitlines()) == 1, err
    assert [p.read_bytes() for p in versions] == before


def test_history_exports_refuse_a_version_before_any_work(tmp_path: Path) -> None:
    # the app's History export and `history -o` pass the versions read to the one writer
    from resolution_compare.report.history import export_history_csv, export_history_report
    from resolution_compare.workflow_history import load_history

    versions = _series(tmp_path / "s")
    history = load_history(versions)
    before = versions[0].read_bytes()
    with pytest.raises(InputError, match="one of the files being compared"):
        export_history_report(history, versions[0], "html", inputs=versions)
    with pytest.raises(InputError, match="one of the files being compared"):
        export_history_csv(history, versions[0], "votes", inputs=versions)
    assert versions[0].read_bytes() == before
    export_history_csv(history, tmp_path / "votes.csv", "votes", inputs=versions)
    assert (tmp_path / "votes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
