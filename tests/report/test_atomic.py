"""A failed export leaves neither a half file nor a damaged older report."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resolution_compare.core.errors import InputError
from resolution_compare.report import export_report, pdf
from tests.report.helpers import long_comparison, redline_comparison

OLD = b"%PDF-old report that must survive"


def old_report(folder: Path) -> Path:
    out = folder / "report.pdf"
    out.write_bytes(OLD)
    return out


def test_painting_fails_mid_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = old_report(tmp_path)
    real_paint = pdf.paint_page_decor
    painted: list[int] = []

    def paint_then_fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        painted.append(1)
        if len(painted) == 3:
            raise RuntimeError("disk on fire")
        return real_paint(*args, **kwargs)

    monkeypatch.setattr(pdf, "paint_page_decor", paint_then_fail)
    with pytest.raises(RuntimeError):
        export_report(long_comparison(100), out)
    assert len(painted) == 3  # really failed in the middle, after two pages
    assert out.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"]


def test_write_fails_mid_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = old_report(tmp_path)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, stream):  # type: ignore[no-untyped-def]
            self.stream = stream

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(InputError, match="No space left on device"):
        export_report(redline_comparison(), out)
    assert out.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"]


def test_rename_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = old_report(tmp_path)

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError, match=r"report\.pdf: cannot write the report"):
        export_report(redline_comparison(), out, fmt="html")
    assert out.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"]


def test_success_replaces_old_file(tmp_path: Path) -> None:
    out = old_report(tmp_path)
    export_report(redline_comparison(), out)
    assert out.read_bytes().startswith(b"%PDF-1.")
    assert sorted(os.listdir(tmp_path)) == ["report.pdf"]


def test_missing_folder_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"report\.pdf: folder .* does not exist"):
        export_report(redline_comparison(), tmp_path / "nowhere" / "report.pdf")


def test_folder_is_a_file_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(InputError, match="does not exist"):
        export_report(redline_comparison(), tmp_path / "afile" / "report.pdf")


def test_unwritable_folder_is_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod does not stop writes: refuse the temp file instead.
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError) as caught:
        export_report(redline_comparison(), tmp_path / "report.pdf")
    message = str(caught.value)
    # The path as given, whole: two outputs of one name in different folders stay apart.
    assert message.startswith(f"{tmp_path / 'report.pdf'}: cannot write in folder {tmp_path} (")
    assert "Permission denied" in message and "\n" not in message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fmt": "docx"}, "report format 'docx'"),  # unknown format
        ({"paper": "a3"}, "paper 'a3'"),  # unknown paper
    ],
)
def test_bad_options_are_input_errors(tmp_path: Path, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        export_report(redline_comparison(), tmp_path / "r.pdf", **kwargs)  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())
