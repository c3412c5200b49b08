"""Hostile and unusual Word files: bounded memory and time, the right message, the right text.

Every package is written here byte by byte (tests/hostile/docx_files.py), so each case is
exactly the attack it names: a zip that lies about its sizes, XML too large for memory,
entity tricks, numbering that starts at 100 000 000 000, encrypted and macro-enabled files.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest

from resolution_compare.core import limits
from resolution_compare.core.errors import InputError
from resolution_compare.loaders import load_text
from resolution_compare.loaders.docx import extract_docx
from resolution_compare.workflow import load_resolution
from tests.hostile.docx_files import (
    DOCM_MAIN,
    DOTX_MAIN,
    OPERATIVE,
    document_xml,
    docx_bytes,
    lying_docx,
    numbering_xml,
    paragraph,
    raw_zip,
    resolution_body,
)
from tests.hostile.harness import (
    MB,
    assert_clean_refusal,
    assert_within_bounds,
    run_cli,
    write_file,
)

DATA = Path(__file__).resolve().parents[1] / "data"
MERGE = DATA / "cases" / "docx-tracked-merge"


def test_zip_that_lies_about_its_size_is_refused_without_inflating(tmp_path: Path) -> None:
    # document.xml declares 1 000 bytes and inflates to 1.1 GB: before, zipfile inflated it
    # whole in one call (2 GB peak) before the CRC check refused it
    path = write_file(tmp_path, "liar.docx", lying_docx(1100 * MB))
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert_clean_refusal(run, "more than its parts declare")
    assert run.peak_rss_kb < 200 * 1024  # nothing was inflated past the declared size


def test_xml_too_large_for_memory_is_refused(tmp_path: Path) -> None:
    # 90 MB of document.xml inside the 100 MB unpack limit: the XML tree would peak at
    # ~1.4 GB; refused as it inflates, within the memory bound
    filler = paragraph("Recalling its resolutions,") * (90 * MB // 120)
    data = docx_bytes(document_xml(resolution_body() + filler), numbering_xml())
    path = write_file(tmp_path, "huge-xml.docx", data)
    assert_clean_refusal(run_cli("parse", path, tmp_path=tmp_path), "text parts unpack to more")


@pytest.mark.parametrize(
    "unit",
    [
        paragraph("x"),  # 450 000 tiny paragraphs: the walk is the cost (14 s before)
        "<w:p>"
        + '<w:r w:rsidR="00A1B2C3"><w:rPr><w:b/></w:rPr><w:t></w:t></w:r>' * 40
        + "<w:r><w:t>Recalling,</w:t></w:r></w:p>",  # markup-heavy runs: the tree is the cost
        "<w:p>"
        + '<w:r w:rsidR="00A1B2C3"><w:rPr><w:b/></w:rPr><w:t></w:t></w:r>' * 400
        + "<w:r><w:t>Recalling,</w:t></w:r></w:p>",  # the same in few paragraphs: accepted
    ],
    ids=["tiny-paragraphs", "heavy-runs", "heavy-runs-accepted"],
)
def test_xml_just_inside_the_limit_is_handled_within_bounds(tmp_path: Path, unit: str) -> None:
    # the largest accepted XML is read or refused in time and memory
    count = (limits.MAX_DOCX_XML_BYTES - 4096) // len(unit)
    data = docx_bytes(document_xml(resolution_body() + unit * count), numbering_xml())
    path = write_file(tmp_path, "big-xml.docx", data)
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert_within_bounds(run)
    assert run.status in (0, 2), run.stderr
    if run.status == 2:
        assert len(run.stderr.splitlines()) == 1 and "limit" in run.stderr


def test_damaged_part_is_refused(tmp_path: Path) -> None:
    # a part whose bytes do not match its CRC (a damaged download)
    honest = zipfile.ZipFile(__import__("io").BytesIO(docx_bytes()))
    entries = []
    for info in honest.infolist():
        data = honest.read(info)
        crc = zlib.crc32(data) ^ (1 if info.filename == "word/document.xml" else 0)
        entries.append((info.filename, data, len(data), crc, 0))
    with pytest.raises(InputError, match="damaged"):
        extract_docx(raw_zip(entries), "bad-crc.docx")


def test_duplicate_part_names_are_refused() -> None:
    # two word/document.xml entries: which one Word shows is undefined, so neither is trusted
    honest = zipfile.ZipFile(__import__("io").BytesIO(docx_bytes()))
    entries = []
    for info in honest.infolist():
        data = honest.read(info)
        entries.append((info.filename, data, len(data), zlib.crc32(data), 0))
    other = document_xml(paragraph("Decides something else;")).encode()
    entries.append(("word/document.xml", other, len(other), zlib.crc32(other), 0))
    with pytest.raises(InputError, match="damaged"):
        extract_docx(raw_zip(entries), "twice.docx")


def test_encrypted_zip_member_says_password_protected() -> None:
    honest = zipfile.ZipFile(__import__("io").BytesIO(docx_bytes()))
    data = b"".join(
        [
            raw_zip(
                [
                    (i.filename, honest.read(i), i.file_size, zlib.crc32(honest.read(i)), 0)
                    for i in honest.infolist()
                ]
            )
        ]
    )
    # set the "encrypted" flag bit of every entry, local and central
    patched = bytearray(data)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = patched.find(signature)
        while at >= 0:
            patched[at + flag_offset] |= 1
            at = patched.find(signature, at + 4)
    with pytest.raises(InputError, match="password-protected"):
        extract_docx(bytes(patched), "locked.docx")


def _ole_with_streams(*names: str) -> bytes:
    """An OLE compound file header and a directory sector naming ``names`` (UTF-16LE)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b""
    for name in ("Root Entry", *names):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entries += encoded + bytes(64 - len(encoded)) + (len(encoded)).to_bytes(2, "little")
        entries += bytes(128 - 66)
    return header + entries + bytes(512 - len(entries) % 512)


def test_password_protected_word_file_says_so(tmp_path: Path) -> None:
    # Word saves an encrypted .docx as an OLE container with EncryptionInfo/EncryptedPackage:
    # the message said "legacy .doc" before
    path = write_file(
        tmp_path, "locked.docx", _ole_with_streams("EncryptionInfo", "EncryptedPackage")
    )
    with pytest.raises(InputError, match=r"locked\.docx: the Word file is password-protected"):
        load_text(path)
    legacy = write_file(tmp_path, "old.doc", _ole_with_streams("WordDocument", "1Table"))
    with pytest.raises(InputError, match=r"legacy Word \.doc"):
        load_text(legacy)


@pytest.mark.parametrize(
    ("suffix", "main_type"),
    [(".docm", DOCM_MAIN), (".dotx", DOTX_MAIN), (".docx", DOCM_MAIN)],
    ids=["docm", "dotx", "docm-named-docx"],
)
def test_macro_enabled_and_template_files_are_read(
    tmp_path: Path, suffix: str, main_type: str
) -> None:
    # real Word files whose main part has another content type: the text is read (macros
    # are never run: nothing in the app executes anything from a file)
    path = write_file(tmp_path, f"draft{suffix}", docx_bytes(main_type=main_type))
    res = load_resolution(path)
    assert [p.id for p in res.paragraphs if p.kind == "operative"] == ["OP1", "OP2", "OP3"]
    assert res.paragraphs[-1].text == OPERATIVE[-1]


@pytest.mark.parametrize("fmt", ["lowerRoman", "upperRoman", "lowerLetter", "upperLetter"])
@pytest.mark.parametrize("start", ["100000000000", "2000000000"])
def test_list_starting_at_a_huge_number(tmp_path: Path, fmt: str, start: str) -> None:
    # 100 000 000 000 in Roman numerals took > 5 min, in letters 1.2 GB: now a start Word
    # cannot store (over 32 bits) reads as 1, and a label that would be longer than
    # 40 characters prints in decimal
    numbering = numbering_xml(fmt=fmt, start=start)
    path = write_file(
        tmp_path, "big-start.docx", docx_bytes(document_xml(resolution_body()), numbering)
    )
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert run.status == 0, run.stderr
    assert_within_bounds(run)
    labels = [line.split(" ", 1)[0] for line in load_text(path).text.split("\n\n")[3:6]]
    assert all(len(label) <= 41 for label in labels), labels
    if start == "2000000000":
        assert labels == ["2000000000.", "2000000001.", "2000000002."]


@pytest.mark.parametrize(
    ("start", "ilvl"),
    [
        ("9" * 5000, "0"),  # a start with 5 000 digits: int() would raise
        ("-5", "0"),  # a negative start
        ("1", "99999999999999999999"),  # a level far past the nine Word has
        ("1", "x"),  # not a number at all
        ("١٢", "0"),  # Arabic-Indic digits: isdigit() but not what Word writes
    ],
)
def test_odd_numbering_values_are_read(tmp_path: Path, start: str, ilvl: str) -> None:
    numbering = numbering_xml(start=start)
    body = resolution_body().replace('w:ilvl w:val="0"', f'w:ilvl w:val="{ilvl}"')
    text = extract_docx(docx_bytes(document_xml(body), numbering), "odd.docx").text
    assert OPERATIVE[0] in text


def test_external_entity_is_not_resolved(tmp_path: Path) -> None:
    # XXE: a DOCTYPE declaring an entity that reads a local file (it would show in the
    # comparison and leave with an exported report); nothing is resolved or fetched
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    prolog = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
    body = resolution_body().replace("Recalling", "Recalling &x;", 1)
    data = docx_bytes(document_xml(body, prolog), numbering_xml())
    try:
        text = extract_docx(data, "xxe.docx").text
    except InputError:
        return  # refusing the file is as good
    assert "TOP-SECRET" not in text


def test_entity_expansion_bomb_is_bounded(tmp_path: Path) -> None:
    # "billion laughs": ten levels of ten-fold entity expansion
    levels = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    prolog = f"<!DOCTYPE w:document [{''.join(levels)}]>"
    body = resolution_body().replace("Recalling", "Recalling &l9;", 1)
    path = write_file(
        tmp_path, "laughs.docx", docx_bytes(document_xml(body, prolog), numbering_xml())
    )
    run = run_cli("parse", path, tmp_path=tmp_path)
    assert_within_bounds(run)
    assert run.status in (0, 2), run.stderr
    assert "lollollol" not in run.stdout


def test_deeply_nested_xml_is_refused_cleanly(tmp_path: Path) -> None:
    # 100 000 nested elements: the parser's depth limit, not a crash or a RecursionError
    nested = "<w:ins>" * 100_000 + "<w:r><w:t>x</w:t></w:r>" + "</w:ins>" * 100_000
    body = resolution_body() + f"<w:p>{nested}</w:p>"
    path = write_file(tmp_path, "deep.docx", docx_bytes(document_xml(body), numbering_xml()))
    assert_clean_refusal(run_cli("parse", path, tmp_path=tmp_path), "damaged")


def test_tracked_deletion_of_a_paragraph_mark_merges_without_a_number() -> None:
    # shared/cases/docx-tracked-merge: the tracked file reads as its accepted twin
    tracked = load_resolution(MERGE / "later-merge-tracked.docx")
    accepted = load_resolution(MERGE / "later-merge-accepted.docx")
    assert [(p.id, p.text) for p in tracked.paragraphs] == [
        (p.id, p.text) for p in accepted.paragraphs
    ]
    op4 = next(p for p in tracked.paragraphs if p.id == "OP4")
    assert "Special Rapporteur, and requests the Special Rapporteur" in op4.text
    assert [p.id for p in tracked.paragraphs if p.kind == "operative"][-1] == "OP5"


def test_merged_paragraph_keeps_the_following_numbers(tmp_path: Path) -> None:
    # a deleted mark in the middle of a list: the next paragraph draws no number, the ones
    # after it continue from the merged one (3 paragraphs → "1.", "2.")
    mark_deleted = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'
        '<w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>'
        '<w:r><w:t xml:space="preserve">Encourages all States</w:t></w:r></w:p>'
    )
    body = "".join(paragraph(t) for t in ("The Human Rights Council,", "Recalling x,"))
    body += mark_deleted + paragraph("to act;", 7) + paragraph("Decides to remain seized.", 7)
    text = extract_docx(docx_bytes(document_xml(body), numbering_xml()), "m.docx").text
    assert "1. Encourages all States to act;" in text
    assert "2. Decides to remain seized." in text
