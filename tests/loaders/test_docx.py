"""DOCX loader: Word drafts built from the corpus give back the source blocks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

import resolution_compare as rc
from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders.docx import TRACKED_CHANGES_NOTE, extract_docx
from tests.loaders.builders import (
    DocxBuilder,
    build_docx,
    corpus_paths,
    expected_blocks,
    read_source,
)

CORPUS = corpus_paths()


def _blocks(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.split("\n\n") if b.strip()]


@pytest.mark.parametrize("style_numbering", [False, True], ids=["numPr", "style-linked"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_built_docx_gives_back_every_source_block(path: Path, style_numbering: bool) -> None:
    # Numbers come from numbering.xml (direct numPr or via the paragraph style), the footnote
    # from the footnotes part, glued where its reference sits.
    src = read_source(path)
    loaded = extract_docx(build_docx(src, style_numbering), path.with_suffix(".docx").name)
    assert loaded.format == "docx"
    assert loaded.warnings == ()
    assert _blocks(loaded.text) == expected_blocks(src, with_masthead=False)


def test_builder_really_uses_automatic_numbering() -> None:
    # Guard: the printed "1." must not be in the paragraph text python-docx sees.
    data = build_docx(read_source(CORPUS[0].with_name("hrc-res-44-11-en.txt")))
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert any(t.startswith("Reaffirms") or t.startswith("Decides") for t in texts)
    assert not any(t.startswith("1. ") for t in texts)
    assert "word/footnotes.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_restarted_numbering_and_sub_paragraphs() -> None:
    builder = DocxBuilder()
    builder.paragraph("Decides one;", ("90", 0))
    builder.paragraph("To promote;", ("90", 1))
    builder.paragraph("To seek;", ("90", 1))
    builder.paragraph("Requests two;", ("90", 0))
    builder.paragraph("To examine;", ("90", 1))  # letters restart under a new OP
    builder.paragraph("Not numbered.")
    builder.paragraph("Decides seven;", (builder.new_op_num(7), 0))  # startOverride
    text = extract_docx(builder.to_bytes(), "x.docx").text
    assert _blocks(text) == [
        "1. Decides one;",
        "(a) To promote;",
        "(b) To seek;",
        "2. Requests two;",
        "(a) To examine;",
        "Not numbered.",
        "7. Decides seven;",
    ]


def test_tracked_changes_read_as_current_text() -> None:
    builder = DocxBuilder()
    builder.tracked_paragraph("Decides to ", "consider", "renew")
    loaded = extract_docx(builder.to_bytes(), "draft.docx")
    assert _blocks(loaded.text) == ["Decides to renew"]
    assert loaded.warnings == (TRACKED_CHANGES_NOTE,)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # legacy binary Word (OLE compound file)
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            r"legacy Word \.doc file — save it as \.docx",
        ),
        # plain text renamed to .docx
        (
            b"Reaffirming all previous resolutions",
            r"not a valid Word \.docx file \(not a zip archive\)",
        ),
        # a zip, but not a Word document
        (_zip({"hello.txt": b"hi"}), r"not a Word \.docx file \(no word/document\.xml inside\)"),
        # a truncated .docx
        ("truncated", r"not a valid Word \.docx file|damaged"),
        # a zip with a broken document part
        (_zip({"[Content_Types].xml": b"<x", "word/document.xml": b"<w:document"}), r"damaged"),
    ],
)
def test_bad_docx_messages(data: bytes | str, message: str) -> None:
    if data == "truncated":
        whole = build_docx(read_source(CORPUS[0]))
        data = whole[: len(whole) // 2]
    assert isinstance(data, bytes)
    with pytest.raises(InputError, match=rf"^draft\.docx: .*(?:{message})"):
        extract_docx(data, "draft.docx")


def test_zip_bomb_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    # 3 MB of zeros compresses to a few kB; with a 1 MB limit the declared size is refused.
    monkeypatch.setattr(limits, "MAX_DOCX_UNCOMPRESSED_BYTES", limits.MB)
    bomb = _zip({"word/document.xml": b"\0" * (3 * 1024 * 1024)})
    assert len(bomb) < 50_000
    with pytest.raises(
        InputError, match=r"^bomb\.docx: .* unpack to 3 MB, more than the limit of 1 MB$"
    ):
        extract_docx(bomb, "bomb.docx")


def test_field_codes_and_alternate_content_are_not_doubled() -> None:
    from docx.oxml import parse_xml

    builder = DocxBuilder()
    builder.paragraph("Recalls resolution ")
    p = builder.doc.paragraphs[-1]._p
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    # A field (instruction text is not content) and an AlternateContent with two copies.
    p.append(parse_xml(f"<w:r {w}><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"))
    p.append(parse_xml(f"<w:r {w}><w:t>44/11</w:t></w:r>"))
    p.append(
        parse_xml(
            f'<mc:AlternateContent {mc} {w}><mc:Choice Requires="wps"><w:r><w:t>,</w:t></w:r>'
            "</mc:Choice><mc:Fallback><w:r><w:t>,</w:t></w:r></mc:Fallback></mc:AlternateContent>"
        )
    )
    assert _blocks(extract_docx(builder.to_bytes(), "x.docx").text) == ["Recalls resolution 44/11,"]


def test_empty_numbered_paragraph_keeps_its_number_as_word_prints_it() -> None:
    # QA variants: OP3's text deleted with tracking, its paragraph mark kept: Word still prints
    # an empty "3." and the next paragraph "4."; tracked and accepted read the same.
    folder = Path(__file__).resolve().parents[1] / "data" / "qa-variants" / "docx-tracked-merge"
    for state in ("tracked", "accepted"):
        name = f"content-deleted-mark-kept-{state}.docx"
        parsed = rc.load(folder / name)
        numbers = [p.number for p in parsed.paragraphs if p.kind == "operative"]
        assert numbers == [1, 2, 4], name
