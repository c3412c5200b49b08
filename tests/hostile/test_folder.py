"""A folder as input: links out of it, FIFOs, thousands of files, unreadable entries.

``history FOLDER`` and a folder dropped on the app read it through
:func:`resolution_compare.loaders.folder.list_folder`; each hostile folder is made here.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.folder import MAX_NOTES, list_folder

DATA = Path(__file__).resolve().parents[1] / "data"
TEXT = (DATA / "hrc-res-44-11-en.txt").read_bytes()


def _series(folder: Path, *names: str) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(TEXT)


def test_documents_are_listed_in_name_order(tmp_path: Path) -> None:
    _series(
        tmp_path / "s", "b-2020.txt", "a-2017.pdf", "c-2023.docx", "notes.xlsx", "~$c-2023.docx"
    )
    listing = list_folder(tmp_path / "s")
    assert [p.name for p in listing.files] == ["a-2017.pdf", "b-2020.txt", "c-2023.docx"]
    assert listing.notes == ()  # other files and Office lock files are not worth a note


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    # a link to /etc/passwd or to a file elsewhere is not read; a link inside is read once
    _series(tmp_path / "s", "a.txt")
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(TEXT)
    (tmp_path / "s" / "out.txt").symlink_to(outside)
    (tmp_path / "s" / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "s" / "same.txt").symlink_to(tmp_path / "s" / "a.txt")
    (tmp_path / "s" / "up.txt").symlink_to(Path("..") / "elsewhere.txt")
    listing = list_folder(tmp_path / "s")
    assert [p.name for p in listing.files] == ["a.txt"]  # "same.txt" is a.txt again
    assert sorted(n.split(":")[0] for n in listing.notes) == ["out.txt", "passwd.txt", "up.txt"]
    assert all("link out of the folder" in n for n in listing.notes)


def test_fifos_sockets_and_devices_are_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    _series(folder, "a.txt")
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.pdf"))
    server.close()
    (folder / "null.txt").symlink_to("/dev/null")  # a device, and out of the folder
    (folder / "dir.txt").mkdir()  # a folder with a document's name
    start = time.monotonic()
    listing = list_folder(folder)
    assert time.monotonic() - start < 5  # the FIFO was not opened (it would block)
    assert [p.name for p in listing.files] == ["a.txt"]
    notes = " | ".join(listing.notes)
    assert "pipe.txt: a named pipe" in notes and "sock.pdf: a socket" in notes
    assert "null.txt" in notes


def test_thousands_of_files_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    for n in range(limits.MAX_FOLDER_ENTRIES + 1):
        (folder / f"f{n}.txt").touch()
    with pytest.raises(InputError, match="more than 1,000 entries"):
        list_folder(folder)


def test_unreadable_entries_are_named_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as root chmod does not bite: the OS's refusal is simulated for one entry
    folder = tmp_path / "s"
    _series(folder, "a.txt", "secret.txt")
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if str(path).endswith("secret.txt"):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    listing = list_folder(folder)
    assert [p.name for p in listing.files] == ["a.txt"]
    assert listing.notes == ("secret.txt: permission denied — not read",)


def test_many_skipped_entries_are_counted_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    _series(folder, "a.txt")
    for n in range(MAX_NOTES + 5):
        os.mkfifo(folder / f"p{n:02}.txt")
    listing = list_folder(folder)
    assert len(listing.notes) == MAX_NOTES + 1
    assert listing.notes[-1] == "and 5 more entries not read"


@pytest.mark.parametrize("kind", ["missing", "file", "name-with-newline"])
def test_not_a_folder_is_one_line(tmp_path: Path, kind: str) -> None:
    target = tmp_path / ("gone" if kind == "missing" else "x\nfile.txt")
    if kind != "missing":
        target.write_bytes(TEXT)
    with pytest.raises(InputError) as caught:
        list_folder(target)
    assert "\n" not in str(caught.value)
