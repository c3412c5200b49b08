"""The loader registry: content before suffix, clear refusals, the text limits."""

from __future__ import annotations

import builtins
import io
import zipfile
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders import load_text
from resolution_compare.loaders.registry import sniff
from tests.test_hostile_input import no_text_pdf, png_bytes, text_pdf

DATA = Path(__file__).resolve().parents[1] / "data"
ENGLISH = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- sniffing
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        # the PDF header
        (b"%PDF-1.7\n...", "pdf"),
        # junk before the header, which PDF readers accept
        (b"\r\n  %PDF-1.4\n", "pdf"),
        # a zip with the Word main part
        (_zip({"word/document.xml": "<w:document/>"}), "docx"),
        # plain text
        (ENGLISH.encode(), "txt"),
        # text that mentions a PDF header later on is still text
        (b"See the file header %PDF-1.4 in the annex", "txt"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data, "f") == kind


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # PNG
        (png_bytes(), "f: is an image (PNG), not a text document"),
        # JPEG (JFIF)
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "f: is an image (JPEG)"),
        # GIF
        (b"GIF89a\x01\x00", "f: is an image (GIF)"),
        # gzip
        (b"\x1f\x8b\x08\x00", "f: is a compressed (gzip) file"),
        # legacy Word (OLE compound file)
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
            "f: legacy Word .doc — save it as .docx",
        ),
        # RTF
        (b"{\\rtf1\\ansi Human Rights Council}", "f: is a Rich Text (.rtf) file"),
        # a zip that is not a Word package
        (_zip({"notes.txt": "x"}), "f: a zip archive, not a Word document"),
        # an OpenDocument text
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
            "f: an OpenDocument file",
        ),
        # a zip cut short: the local header is there, the directory is not
        (_zip({"word/document.xml": "<w:document/>" * 50})[:60], "f: a damaged zip archive"),
    ],
)
def test_sniff_refusals(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        sniff(data, "f")
    assert str(caught.value).startswith(message)


# ------------------------------------------------------------------ content vs. name
def test_pdf_named_txt_is_read_as_pdf_with_a_note(tmp_path: Path) -> None:
    # e-mail gateways rename attachments: the content decides, and the user is told
    loaded = load_text(_write(tmp_path, "draft.txt", text_pdf()))
    assert loaded.format == "pdf"
    assert "The Human Rights Council," in loaded.text
    assert loaded.warnings[0] == "the file is named .txt but is a PDF; it was read as such"


def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    loaded = load_text(_write(tmp_path, "draft.docx", text_pdf()))
    assert loaded.format == "pdf"
    assert "named .docx" in loaded.warnings[0]


def test_unknown_suffix_is_read_by_content_without_a_note(tmp_path: Path) -> None:
    # ".final" says nothing about the format: no note
    loaded = load_text(_write(tmp_path, "draft.final", text_pdf()))
    assert (loaded.format, loaded.warnings) == ("pdf", ())


@pytest.mark.parametrize(
    ("name", "message"),
    [
        # a text saved under a .pdf name (a failed download, an HTML error page)
        ("draft.pdf", "draft.pdf: is not a PDF (the content does not start with %PDF-)"),
        # a text saved under a .docx name
        ("draft.docx", "draft.docx: is not a valid Word .docx file (not a zip archive)"),
        # upper-case suffix
        ("DRAFT.PDF", "DRAFT.PDF: is not a PDF"),
    ],
)
def test_text_under_a_binary_name_is_refused(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_text(_write(tmp_path, name, ENGLISH))
    assert str(caught.value).startswith(message)


def test_corpus_text_and_markdown_load(tmp_path: Path) -> None:
    # .txt and .md corpus files load as text, unchanged
    for path in [DATA / "hrc-res-44-11-fr.txt", DATA / "ga-res-80-4-en_extract-v1.3.0.md"]:
        loaded = load_text(path)
        assert (loaded.format, loaded.warnings) == ("txt", ())
        assert loaded.text == path.read_text(encoding="utf-8")


def test_cp1252_note_reaches_loaded_text(tmp_path: Path) -> None:
    loaded = load_text(_write(tmp_path, "ansi.txt", "Réaffirmant ses résolutions".encode("cp1252")))
    assert loaded.text == "Réaffirmant ses résolutions"
    assert "Windows-1252" in loaded.warnings[0]


def test_pdf_without_text_keeps_the_loader_message(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text layer"):
        load_text(_write(tmp_path, "scan.pdf", no_text_pdf()))


@pytest.mark.parametrize(("module", "label"), [("pdf", "PDF"), ("docx", "Word .docx")])
def test_missing_format_support_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, label: str
) -> None:
    # a build without pypdfium2/python-docx must refuse cleanly, not crash
    real_import = builtins.__import__

    def no_loader(name: str, *args: object, **kwargs: object) -> object:
        if name == f"resolution_compare.loaders.{module}":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_loader)
    data = text_pdf() if module == "pdf" else _zip({"word/document.xml": "<x/>"})
    with pytest.raises(InputError, match=f"{label} support is not available"):
        load_text(_write(tmp_path, f"draft.{module}", data))


# ----------------------------------------------------------------------------- limits
def test_file_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2 * limits.MB)
    path = _write(tmp_path, "big.txt", b"a" * (3 * limits.MB))
    with pytest.raises(InputError) as caught:
        load_text(path)
    assert (
        str(caught.value)
        == "big.txt: the file is 3 MB, more than the limit of 2 MB for a resolution"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # one paragraph over the limit inside a normal text
        (
            ENGLISH + "\n\n" + "word " * (limits.MAX_PARAGRAPH_CHARS // 5 + 10) + "\n",
            f"a paragraph has {limits.MAX_PARAGRAPH_CHARS + 49:,} characters",
        ),
        # more short lines than allowed
        (
            "Recalling.\n\n" * (limits.MAX_LINES + 1),
            f"the text has {limits.MAX_LINES + 1:,} lines, more than the limit of "
            f"{limits.MAX_LINES:,}",
        ),
        # more characters than allowed, in lines of normal length and few enough of them
        (
            ("x" * 999 + "\n") * (limits.MAX_TEXT_CHARS // 1000 + 1),
            "characters, more than the limit of",
        ),
        # more characters than allowed on one line: the paragraph limit is named
        (
            "x" * (limits.MAX_TEXT_CHARS + 1),
            f"a paragraph is longer than the limit of {limits.MAX_PARAGRAPH_CHARS:,} characters",
        ),
        # Thai
        ("คณะมนตรีสิทธิมนุษยชน ระลึกถึงข้อมติ\n" * 20, "unsupported script (Thai)"),
        # Devanagari (Hindi)
        ("मानवाधिकार परिषद, अपने पिछले प्रस्तावों को याद करते हुए\n" * 20, "(Devanagari)"),
    ],
    ids=["long-paragraph", "many-lines", "many-characters", "one-huge-line", "thai", "hindi"],
)
def test_text_limits(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        limits.check_text(text, "t.txt")
    assert message in str(caught.value)
    assert str(caught.value).startswith("t.txt: ")


@pytest.mark.parametrize(
    "text",
    [
        # the English corpus text
        ENGLISH,
        # Russian
        "Совет по правам человека,\n\nссылаясь на все свои предыдущие резолюции,\n",
        # Arabic
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى جميع قراراته السابقة،\n",
        # Chinese, with full-width punctuation and a Latin symbol
        "人权理事会，\n\n回顾其以往所有决议，A/HRC/RES/44/11\n",
        # English quoting a Thai name: a minority of letters in another script is fine
        ENGLISH + "\n\nคณะมนตรี\n",
        # digits and punctuation only: left to the parser
        "1. 2. 3.\n\n(a) (b)\n",
    ],
)
def test_text_within_limits(text: str) -> None:
    limits.check_text(text, "t.txt")  # no exception


def test_limits_apply_to_every_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the registry checks the text of a PDF too, not only of .txt files
    monkeypatch.setattr(limits, "MAX_PARAGRAPH_CHARS", 10)
    with pytest.raises(InputError, match=r"ok\.pdf: a paragraph has"):
        load_text(_write(tmp_path, "ok.pdf", text_pdf()))


def test_memory_error_becomes_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an allocation failure while decoding must still end in one line, not a traceback
    def exhausted(text: str, name: str) -> None:
        raise MemoryError

    monkeypatch.setattr(limits, "check_text", exhausted)
    with pytest.raises(InputError, match=r"x\.txt: too large to read with the memory available"):
        load_text(_write(tmp_path, "x.txt", ENGLISH))


def test_paragraph_count_limit() -> None:
    # the parsed count: at the limit accepted, one more refused with the limit named
    limits.check_paragraph_count(limits.MAX_PARAGRAPHS, "t.txt")
    with pytest.raises(InputError) as caught:
        limits.check_paragraph_count(limits.MAX_PARAGRAPHS + 1, "t.txt")
    assert str(caught.value) == (
        f"t.txt: {limits.MAX_PARAGRAPHS + 1:,} paragraphs, more than the limit of "
        f"{limits.MAX_PARAGRAPHS:,} for a resolution"
    )
