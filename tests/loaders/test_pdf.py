"""PDF loader: UN-style PDFs built from the corpus texts give back the source blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.pdf import extract_pdf
from tests.loaders.builders import (
    build_image_pdf,
    build_pdf,
    corpus_paths,
    encrypt_pdf,
    expected_blocks,
    read_source,
)

CORPUS = corpus_paths()


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]


@pytest.fixture(scope="module")
def built_pdfs(qapp: object) -> dict[str, bytes]:
    return {p.name: build_pdf(read_source(p)) for p in CORPUS}


@pytest.fixture(scope="module")
def raw_pdfs(qapp: object) -> dict[str, bytes]:
    return {p.name: build_pdf(read_source(p), writer="raw") for p in CORPUS}


@pytest.mark.parametrize("writer", ["qt", "raw"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_built_pdf_gives_back_every_source_block(
    path: Path, writer: str, built_pdfs: dict[str, bytes], raw_pdfs: dict[str, bytes]
) -> None:
    # Every block in order: masthead kept, artefacts dropped, footnotes last, vote columns read
    # column by column, hyphenated line ends rejoined, footnote markers glued. "qt": glyph by
    # glyph with generated spaces; "raw": one text object per line with real spaces (Word-like).
    data = (built_pdfs if writer == "qt" else raw_pdfs)[path.name]
    loaded = extract_pdf(data, path.with_suffix(".pdf").name)
    assert loaded.format == "pdf"
    assert _blocks(loaded.text) == expected_blocks(read_source(path))


def test_layout_artefacts_are_dropped(built_pdfs: dict[str, bytes]) -> None:
    text = extract_pdf(built_pdfs["hrc-res-44-11-en.txt"], "x.pdf").text
    for artefact in ("GE.20-10187", "*2010187*", "Please recycle", "Distr.", "Original:", "\ufffe"):
        assert artefact not in text
    assert text.count("A/HRC/RES/44/11") == 1  # masthead kept, running headers dropped


def test_built_pdf_really_has_the_layout_features(built_pdfs: dict[str, bytes]) -> None:
    # Guard against a builder that silently stops hyphenating or paging.
    import pypdfium2

    document = pypdfium2.PdfDocument(built_pdfs["hrc-res-44-11-en.txt"])
    raw = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert len(document) >= 3
    assert "\ufffe" in raw or "\x02" in raw  # a word split at a line end
    assert "GE.20-10187(E)" in raw and "Please recycle" in raw


def test_scanned_pdf_has_no_text_layer(qapp: object) -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf: no text layer — scanned document\?$"):
        extract_pdf(build_image_pdf(), "scan.pdf")


def test_encrypted_pdf_says_password(built_pdfs: dict[str, bytes]) -> None:
    data = encrypt_pdf(built_pdfs["hrc-res-7-5-en.txt"])
    with pytest.raises(InputError, match=r"^locked\.pdf: the PDF is password-protected$"):
        extract_pdf(data, "locked.pdf")


@pytest.mark.parametrize(
    "data",
    [
        b"",  # empty file
        b"%PDF-1.7\nnot really a pdf",  # header only
        "half",  # first half of a real PDF
    ],
)
def test_damaged_pdf(data: bytes | str, built_pdfs: dict[str, bytes]) -> None:
    if data == "half":
        whole = built_pdfs["hrc-res-7-5-en.txt"]
        data = whole[: len(whole) // 2]
    assert isinstance(data, bytes)
    with pytest.raises(InputError, match=r"^bad\.pdf: the PDF is damaged or truncated"):
        extract_pdf(data, "bad.pdf")


def test_too_many_pages(built_pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    with pytest.raises(
        InputError, match=r"^big\.pdf: the PDF has \d+ pages, more than the limit of 2$"
    ):
        extract_pdf(built_pdfs["hrc-res-44-11-en.txt"], "big.pdf")


def test_permissions_only_encryption_still_reads(built_pdfs: dict[str, bytes]) -> None:
    # Many official PDFs restrict printing/copying with an owner password only: no prompt.
    data = encrypt_pdf(built_pdfs["hrc-res-7-5-en.txt"], password="", owner_password="owner")
    text = extract_pdf(data, "restricted.pdf").text
    assert "Decides to continue its consideration" in text


def test_too_much_text(built_pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(InputError, match=r"^big\.pdf: the PDF holds more than 1,000 characters"):
        extract_pdf(built_pdfs["hrc-res-44-11-en.txt"], "big.pdf")
