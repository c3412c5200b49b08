"""The bad-input contract, for every kind of refusal: one line on stderr, exit 2, in bounds.

Started with issue 8's collection and extended by issue 16 (lying zips, XML too large for
memory, PDF pages that inflate to hundreds of MB or draw a million paths, encrypted Office
files, damaged UTF-32, paragraphs joined from short lines, FIFOs, link loops); the cases of
each kind in depth are in tests/hostile/. Each file is made here (large ones generated,
never stored). For each case,
``parse <file>`` and ``compare <file> <good file>`` must exit with status 2 and exactly one
line on stderr, no traceback, within 10 s and with a peak resident memory under 1 GB.

Memory is checked two ways: RLIMIT_AS caps the child's address space at 1 GB (an
allocation past it fails, so the run cannot end with status 2 and the case fails), and the
child's own peak RSS, from ``os.wait4``, must stay under 1 GB. The cap is workable because
``parse``/``compare`` do not import Qt: measured VmPeak of ``python -m resolution_compare
parse x.pdf`` is about 64 MB (VmHWM about 25 MB).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders import load_text
from tests.hostile.docx_files import document_xml, docx_bytes, lying_docx, numbering_xml
from tests.hostile.docx_files import paragraph as docx_paragraph
from tests.hostile.docx_files import resolution_body as docx_body
from tests.hostile.harness import (
    MB,
    RSS_LIMIT_KB,
    TIME_LIMIT_S,
    Run,
    assert_clean_refusal,
    run_cli,
)
from tests.hostile.pdf_files import inflating_pdf, pages_pdf, text_lines
from tests.hostile.pdf_files import pdf_bytes as _pdf

DATA = Path(__file__).parent / "data"
GOOD = DATA / "hrc-res-44-11-en.txt"


# ----------------------------------------------------------------------------- builders
def _page_pdf(content: bytes, font: bool) -> bytes:
    resources = b"<< /Font << /F1 4 0 R >> >>" if font else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return _pdf(objects)


def text_pdf() -> bytes:
    """One page with a line of real text (a valid, readable PDF)."""
    return _page_pdf(b"BT /F1 12 Tf 72 770 Td (The Human Rights Council,) Tj ET", font=True)


def no_text_pdf() -> bytes:
    """One page with only a drawn rectangle: a PDF without a text layer."""
    return _page_pdf(b"0 0 0 rg 100 100 200 300 re f", font=False)


def encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bytes() -> bytes:
    """A real 1×1 PNG (signature, IHDR, IDAT, IEND)."""
    import struct
    import zlib

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload)
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def write_zip_bomb(path: Path, unpacked: int = 1100 * MB) -> None:
    """A .docx-shaped zip whose document part inflates past 1 GB, streamed (never on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = bytes(MB)
            for _ in range(unpacked // MB):
                part.write(chunk)


def write_big_text(path: Path, size: int) -> None:
    """``size`` bytes of plausible paragraphs, written in chunks."""
    block = ("Recalling its previous resolutions on the question, " * 10 + "\n\n").encode()
    with path.open("wb") as handle:
        written = 0
        while written < size:
            piece = block[: size - written]
            handle.write(piece)
            written += len(piece)


ENGLISH = GOOD.read_text(encoding="utf-8")
THAI = "คณะมนตรีสิทธิมนุษยชน ระลึกถึงข้อมติก่อนหน้านี้ทั้งหมดของคณะมนตรี\n\n" * 40


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it and a word its message must contain."""

    id: str
    make: Callable[[Path], Path]
    expect: str


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _big_text(folder: Path) -> Path:
    path = folder / "big.txt"
    write_big_text(path, 50 * MB)
    return path


def _one_paragraph(folder: Path) -> Path:
    path = folder / "one-paragraph.txt"
    path.write_bytes(b"Requests " + b"the Secretary-General to report " * (5 * MB // 31))
    return path


def _zip_bomb(folder: Path) -> Path:
    path = folder / "bomb.docx"
    write_zip_bomb(path)
    return path


def _directory(folder: Path) -> Path:
    path = folder / "drafts.txt"
    path.mkdir()
    return path


def _missing(folder: Path) -> Path:
    return folder / "never-saved.txt"


CASES = [
    # 0 bytes
    Case("empty", _file("empty.txt", b""), "empty"),
    # spaces, tabs and newlines only
    Case("whitespace", _file("blank.txt", b" \n\t\r\n  \n"), "empty"),
    # a screenshot saved with the wrong name
    Case("png-as-txt", _file("draft.txt", png_bytes()), "image"),
    # text with NUL bytes in it (not the UTF-16 pattern)
    Case("nul-bytes", _file("nul.txt", ENGLISH[:2000].encode() + b"\x00" * 3), "NUL"),
    # bytes no encoding we accept can read: undefined in cp1252 and invalid UTF-8
    Case("invalid-utf8", _file("bad.txt", b"The Council \x81\x8d\x90\x9d\xc3" * 50), "UTF-8"),
    # 50 MB of text: refused by the file size limit before reading
    Case("50mb-text", _big_text, "limit"),
    # one 5 MB line: refused by the paragraph length limit
    Case("5mb-paragraph", _one_paragraph, "paragraph"),
    # a text file renamed .docx
    Case("docx-not-zip", _file("draft.docx", ENGLISH.encode()), "not a Word"),
    # 5 MB zip whose document part inflates to 1.1 GB
    Case("zip-bomb", _zip_bomb, "limit"),
    # the first half of a valid PDF
    Case("truncated-pdf", _file("cut.pdf", text_pdf()[: len(text_pdf()) // 2]), "damaged"),
    # password-protected (pypdf, RC4/AES with a user password)
    Case("encrypted-pdf", _file("locked.pdf", encrypted_pdf()), "password"),
    # a page with a drawn rectangle only
    Case("pdf-no-text", _file("scan.pdf", no_text_pdf()), "no text layer"),
    # a folder dropped instead of a file
    Case("directory", _directory, "folder"),
    # a path that does not exist
    Case("missing", _missing, "not found"),
    # Thai only: none of the six UN languages' scripts
    Case("thai", _file("thai.txt", THAI.encode()), "unsupported script"),
    # legacy Word binary (OLE signature)
    Case("legacy-doc", _file("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), ".doc"),
    # a zip that is not a Word package
    Case("plain-zip", lambda folder: _plain_zip(folder / "draft.docx"), "zip"),
    # issue 16 — a .docx whose document.xml declares 1 KB and inflates to 1.1 GB
    Case("lying-zip", lambda folder: _made(folder / "liar.docx", lying_docx(1100 * MB)), "declare"),
    # 90 MB of document.xml inside the unpack limit: its XML tree would not fit in 1 GB
    Case("docx-huge-xml", lambda folder: _huge_xml_docx(folder / "big.docx"), "unpack to more"),
    # a password-protected Word file (an OLE container holding "EncryptedPackage")
    Case(
        "docx-password",
        _file(
            "locked.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + bytes(504)
            + "EncryptedPackage".encode("utf-16-le")
            + bytes(512),
        ),
        "password",
    ),
    # 100 000 nested elements in a paragraph
    Case("docx-deep-xml", lambda folder: _deep_docx(folder / "deep.docx"), "damaged"),
    # a page whose content inflates to 800 MB (pdfium inflates it in C)
    Case("pdf-inflates", lambda folder: _made(folder / "bomb.pdf", inflating_pdf(800)), "memory"),
    # a page drawing 1 000 000 paths (50 KB of PDF)
    Case("pdf-million-paths", lambda folder: _million_paths(folder / "paths.pdf"), "objects"),
    # UTF-32 without a BOM, cut in the middle of a character
    Case(
        "utf32-damaged",
        _file("u32.txt", "Le Conseil,\n\n1. Décide;\n".encode("utf-32-le") + b"\x00\x00\x11\x00"),
        "UTF-32",
    ),
    # 450 000 characters in 4 900 short lines that the parser joins into one paragraph
    Case("joined-paragraph", lambda folder: _joined_paragraph(folder / "joined.txt"), "paragraph"),
    # a named pipe given as a file (a read would block forever)
    Case("fifo", lambda folder: _fifo(folder / "pipe.txt"), "not a regular file"),
    # a link that points to itself
    Case("link-loop", lambda folder: _loop(folder / "loop.txt"), "symbolic links"),
]


def _made(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _huge_xml_docx(path: Path) -> Path:
    filler = docx_paragraph("Recalling its resolutions,") * (90 * MB // 120)
    return _made(path, docx_bytes(document_xml(docx_body() + filler), numbering_xml()))


def _deep_docx(path: Path) -> Path:
    nested = "<w:ins>" * 100_000 + "<w:r><w:t>x</w:t></w:r>" + "</w:ins>" * 100_000
    body = docx_body() + f"<w:p>{nested}</w:p>"
    return _made(path, docx_bytes(document_xml(body), numbering_xml()))


def _million_paths(path: Path) -> Path:
    content = text_lines(["The Human Rights Council,"]) + b"\n" + b"10 10 m 100 10.5 l S\n" * 10**6
    return _made(path, pages_pdf([content]))


def _joined_paragraph(path: Path) -> Path:
    line = " ".join(ENGLISH.split()[:14])
    body = "\n".join(f"{line} {n}" for n in range(450_000 // (len(line) + 6)))
    path.write_text(f"The Human Rights Council,\n\nRecalling {body},\n", encoding="utf-8")
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _loop(path: Path) -> Path:
    path.symlink_to(path)
    return path


def _plain_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case's file, made once for the module (the zip bomb takes ~2 s)."""
    folder = tmp_path_factory.mktemp("hostile")
    return {case.id: case.make(folder) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_parse_refuses_cleanly(case: Case, made: dict[str, Path], tmp_path: Path) -> None:
    assert_clean_refusal(run_cli("parse", made[case.id], tmp_path=tmp_path), case.expect)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_compare_refuses_cleanly(case: Case, made: dict[str, Path], tmp_path: Path) -> None:
    assert_clean_refusal(run_cli("compare", made[case.id], GOOD, tmp_path=tmp_path), case.expect)


def test_compare_refuses_bad_right_side(made: dict[str, Path], tmp_path: Path) -> None:
    # the later version is the bad one: the right side is checked too
    run = run_cli("compare", GOOD, made["png-as-txt"], tmp_path=tmp_path)
    assert_clean_refusal(run, "image")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file: CI runs as root")
def test_unreadable_file_cli(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    try:
        assert_clean_refusal(run_cli("parse", path, tmp_path=tmp_path), "permission")
    finally:
        path.chmod(0o600)


# ------------------------------------------------------------------- in-process variants
def test_unreadable_file_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # as root chmod 000 does not bite, so the refusal of the OS is simulated
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"secret\.txt: permission denied"):
        load_text(path)


def test_file_deleted_between_drop_and_load(tmp_path: Path) -> None:
    # dropped, then removed (a sync client, a second window) before the load starts
    path = tmp_path / "draft.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.unlink()
    with pytest.raises(InputError, match=r"draft\.txt: file not found"):
        load_text(path)


def test_file_deleted_after_size_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the narrowest race: stat() saw the file, open() no longer finds it
    path = tmp_path / "draft.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    original_open = Path.open

    def vanish_then_open(self: Path, *args: object, **kwargs: object) -> object:
        self.unlink()
        return original_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", vanish_then_open)
    with pytest.raises(InputError, match=r"draft\.txt: file not found"):
        load_text(path)


def test_file_that_grew_after_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # stat() said small, the read brought more than the limit (a log still being written)
    path = tmp_path / "growing.txt"
    path.write_text("x", encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    original_open = Path.open

    def grow_then_open(self: Path, *args: object, **kwargs: object) -> object:
        with open(self, "wb") as handle:  # builtin open: Path.open is patched
            handle.write(b"y" * 5000)
        return original_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", grow_then_open)
    with pytest.raises(InputError, match="more than the limit"):
        load_text(path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    # a named pipe would block a read forever
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        load_text(path)


# ------------------------------------------------------------------ what must load
def test_utf16_without_bom_loads(tmp_path: Path) -> None:
    # Notepad-style "Unicode" without a BOM is a real text, not a binary: it must load
    path = tmp_path / "draft-utf16.txt"
    path.write_bytes(ENGLISH.encode("utf-16-le"))
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert run.status == 0, run.stderr
    assert "Human Rights Council" in run.stdout
    assert load_text(path).text == load_text(GOOD).text


def test_readable_pdf_loads(tmp_path: Path) -> None:
    # the hand-made PDF builder is sound: without this the PDF refusals prove nothing
    path = tmp_path / "ok.pdf"
    path.write_bytes(text_pdf())
    assert "The Human Rights Council," in load_text(path).text


# ------------------------------------------------------- inputs just inside the limits
# The limits are only right if what they let through is compared in time: these inputs sit
# just under them and must be compared (status 0) within the same 10 s and 1 GB.
# Words only: numbers at a block start would read as footnote texts.
VOCABULARY = sorted({word for word in ENGLISH.split() if word.isalpha()})


def _words(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return [rng.choice(VOCABULARY) for _ in range(count)]


def _reworded(words: list[str], every: int, seed: int) -> list[str]:
    replacement = _words(len(words), seed)
    return [replacement[i] if i % every == 0 else w for i, w in enumerate(words)]


def test_longest_allowed_paragraph_compares_in_time(tmp_path: Path) -> None:
    # one paragraph just under MAX_PARAGRAPH_CHARS, one word in seven changed
    words = _words(limits.MAX_PARAGRAPH_CHARS // 4, 0)
    while len(" ".join(words)) > limits.MAX_PARAGRAPH_CHARS * 0.95:
        words = words[: len(words) * 19 // 20]
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(" ".join(words) + "\n", encoding="utf-8")
    right.write_text(" ".join(_reworded(words, 7, 1)) + "\n", encoding="utf-8")
    run = run_cli("compare", "--json", left, right, tmp_path=tmp_path)
    assert run.status == 0, run.stderr
    assert run.seconds < TIME_LIMIT_S and run.peak_rss_kb < RSS_LIMIT_KB


def _preambular(count: int, words: int) -> list[str]:
    return ["Recalling " + " ".join(_words(words, i)) + "," for i in range(count)]


def _compare_versions(tmp_path: Path, earlier: str, later: str) -> Run:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(earlier, encoding="utf-8")
    right.write_text(later, encoding="utf-8")
    return run_cli("compare", "--json", left, right, tmp_path=tmp_path)


def test_most_paragraphs_allowed_compare_in_time(tmp_path: Path) -> None:
    # just under MAX_PARAGRAPHS paragraphs shaped like preambular paragraphs; the later
    # version reworded, cut and reordered
    count = limits.MAX_PARAGRAPHS - 50
    paragraphs = _preambular(count, 25)
    later = [" ".join(_reworded(p.split(), 5, i)) for i, p in enumerate(paragraphs)]
    later = later[count // 2 :] + later[: count // 2 : 2]
    run = _compare_versions(tmp_path, "\n\n".join(paragraphs), "\n\n".join(later))
    assert run.status == 0, run.stderr
    assert run.seconds < TIME_LIMIT_S and run.peak_rss_kb < RSS_LIMIT_KB


def test_most_lines_allowed_compare_in_time(tmp_path: Path) -> None:
    # just under MAX_LINES and near MAX_TEXT_CHARS: paragraphs hard-wrapped at 72 columns
    import textwrap

    paragraphs = _preambular(limits.MAX_PARAGRAPHS // 2, 55)
    wrapped = ["\n".join(textwrap.wrap(p, 72)) for p in paragraphs]
    text = "\n\n".join(wrapped)
    lines = sum(1 for line in text.splitlines() if line.strip())
    assert 0.6 * limits.MAX_LINES < lines < limits.MAX_LINES  # the input is what it says
    assert len(text) < limits.MAX_TEXT_CHARS
    later = "\n\n".join(wrapped[::-1])
    run = _compare_versions(tmp_path, text, later)
    assert run.status == 0, run.stderr
    assert run.seconds < TIME_LIMIT_S and run.peak_rss_kb < RSS_LIMIT_KB


def _paragraph_limit_wired() -> bool:
    import inspect

    from resolution_compare import workflow

    return "check_paragraph_count" in inspect.getsource(workflow)


@pytest.mark.skipif(
    not _paragraph_limit_wired(),
    reason="workflow.load_resolution does not call limits.check_paragraph_count yet",
)
def test_too_many_paragraphs_refused(tmp_path: Path) -> None:
    # one paragraph a line, no blank lines: under MAX_LINES, over MAX_PARAGRAPHS once parsed
    text = "\n".join(_preambular(limits.MAX_PARAGRAPHS + 100, 6))
    run = _compare_versions(tmp_path, text, ENGLISH)
    assert_clean_refusal(run, "paragraphs, more than the limit")
