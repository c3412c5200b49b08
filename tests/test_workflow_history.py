"""Reading a series from files and folders (workflow_history): what is read, what is not."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from resolution_compare.core.errors import InputError
from resolution_compare.core.history import MAX_VERSIONS
from resolution_compare.workflow_history import history_sources, load_history

DATA = Path(__file__).parent / "data"
SERIES = ["7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11"]


def _copy_series(folder: Path, names: list[str] = SERIES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for s in names:
        target = folder / f"hrc-res-{s}-en.txt"
        shutil.copy(DATA / target.name, target)
        out.append(target)
    return out


def test_folder_of_the_series(tmp_path: Path) -> None:
    folder = tmp_path / "series"
    _copy_series(folder)
    # What a real folder of downloads holds besides the texts: the labels, a hidden file,
    # a subfolder, a link to a file elsewhere, a link to a text inside, and a FIFO.
    shutil.copy(DATA / "hrc-res-7-5-en.json", folder / "hrc-res-7-5-en.json")
    (folder / ".~lock.hrc-res-7-5-en.txt#").write_text("lock", encoding="utf-8")
    (folder / "old").mkdir()
    shutil.copy(DATA / "hrc-res-44-11-fr.txt", folder / "old" / "hrc-res-44-11-fr.txt")
    outside = tmp_path / "elsewhere.txt"
    shutil.copy(DATA / "hrc-res-44-11-fr.txt", outside)
    (folder / "link-out.txt").symlink_to(outside)
    (folder / "link-in.txt").symlink_to(folder / "hrc-res-35-3-en.txt")
    os.mkfifo(folder / "pipe.txt")
    steps: list[tuple[int, int, str]] = []
    h = load_history([folder], progress=lambda d, t, what: steps.append((d, t, what)))
    assert [v.resolution.source for v in h.versions] == [f"hrc-res-{s}-en.txt" for s in SERIES]
    assert h.warnings[:4] == (
        "link-out.txt: a link to outside the folder; skipped",
        "pipe.txt: not a regular file; skipped",
        "series: 1 file not .txt, .pdf or .docx; not read",
        "link-in.txt: the same file as hrc-res-35-3-en.txt; taken once",
    )
    # Seven files read, six steps compared, in order, ending on the last step.
    assert [d for d, _, _ in steps] == list(range(7)) + list(range(8, 14))
    assert steps[-1][:2] == (13, 13) and steps[0][2] == "reading hrc-res-17-6-en.txt"


def test_files_and_duplicates(tmp_path: Path) -> None:
    a, b, c = _copy_series(tmp_path, ["35-3", "38-2", "41-5"])
    sources, warnings = history_sources([c, a, b, a])
    assert [p for p, _ in sources] == [c, a, b]
    assert warnings == ["hrc-res-35-3-en.txt: given twice; taken once"]


def test_unreadable_and_other_language_files_are_left_out(tmp_path: Path) -> None:
    a, b = _copy_series(tmp_path, ["41-5", "44-11"])
    image = tmp_path / "scan.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    french = tmp_path / "fr.txt"
    shutil.copy(DATA / "hrc-res-44-11-fr.txt", french)
    h = load_history([a, image, french, b])
    assert len(h.versions) == 2
    assert any(
        w.startswith("scan.pdf: is an image (PNG)") and w.endswith("left out") for w in h.warnings
    )
    assert any(w.startswith("fr.txt (A/HRC/RES/44/11): in French") for w in h.warnings)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    (a,) = _copy_series(tmp_path, ["41-5"])
    with pytest.raises(InputError, match=r"missing\.txt: file not found"):
        load_history([a, tmp_path / "missing.txt"])


def test_too_few_versions_say_why(tmp_path: Path) -> None:
    (a,) = _copy_series(tmp_path, ["41-5"])
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_history([a, empty])
    message = str(err.value)
    assert "at least two versions" in message and "empty.txt" in message
    assert "\n" not in message


def test_more_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(MAX_VERSIONS + 1):
        (folder / f"{k:02}.txt").write_text(f"Text {k}", encoding="utf-8")
    read: list[str] = []
    with pytest.raises(InputError, match=f"31 files: a history takes at most {MAX_VERSIONS}"):
        load_history([folder], progress=lambda d, t, what: read.append(what))
    assert read == []
