"""Text decoding: encodings, BOMs, UTF-16 without BOM, control characters, newlines, NFC."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from resolution_compare.core.errors import InputError
from resolution_compare.loaders.txt import CP1252_NOTE, decode_text, decode_text_with_warnings

DATA = Path(__file__).resolve().parents[1] / "data"
FRENCH = (DATA / "hrc-res-44-11-fr.txt").read_text(encoding="utf-8")
ENGLISH = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
SAMPLE = "Le Conseil des droits de l’homme,\n\nRéaffirmant que « tous les États » …\n"


@pytest.mark.parametrize(
    "data",
    [
        # plain UTF-8
        SAMPLE.encode("utf-8"),
        # UTF-8 with BOM (Notepad's "UTF-8 with BOM")
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        # UTF-16 LE with BOM (Notepad's "Unicode")
        SAMPLE.encode("utf-16"),
        # UTF-16 BE with BOM
        b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
        # UTF-16 LE without BOM: told by its NUL bytes
        SAMPLE.encode("utf-16-le"),
        # UTF-16 BE without BOM
        SAMPLE.encode("utf-16-be"),
        # UTF-32 LE with BOM (starts with the UTF-16 LE BOM: must not be read as UTF-16)
        b"\xff\xfe\x00\x00" + SAMPLE.encode("utf-32-le"),
        # Windows line ends
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
        # old Mac line ends
        SAMPLE.replace("\n", "\r").encode("utf-8"),
        # a DOS end-of-file mark
        SAMPLE.encode("utf-8") + b"\x1a",
    ],
)
def test_encodings_give_the_same_text(data: bytes) -> None:
    assert decode_text(data, "x.txt") == SAMPLE


def test_real_french_text_in_utf16_without_bom() -> None:
    # the whole French resolution, accents and non-breaking spaces included
    assert decode_text(FRENCH.encode("utf-16-le"), "fr.txt") == unicodedata.normalize("NFC", FRENCH)


def test_windows_1252_fallback_with_note() -> None:
    # accented French saved as "ANSI": read, with a note saying so
    text, warnings = decode_text_with_warnings(SAMPLE.encode("cp1252"), "ansi.txt")
    assert text == SAMPLE
    assert warnings == (CP1252_NOTE,)


def test_utf8_has_no_note() -> None:
    assert decode_text_with_warnings(FRENCH.encode("utf-8"), "fr.txt")[1] == ()


def test_nfc() -> None:
    # "é" as e + combining acute (macOS file names, some PDFs' copy-paste) is composed
    assert decode_text("Re\u0301affirmant".encode(), "x.txt") == "Réaffirmant"


def test_vertical_tab_and_form_feed_become_newlines() -> None:
    # Word's manual line break (VT) and pdftotext's page break (FF) are line ends
    assert decode_text(b"A\x0bB\x0cC", "x.txt") == "A\nB\nC"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # nothing at all
        (b"", "x.txt: the file is empty"),
        # whitespace only, in UTF-8
        (b"  \n\t\r\n", "x.txt: the file is empty"),
        # whitespace only, UTF-16 with BOM
        (" \n\n ".encode("utf-16"), "x.txt: the file is empty"),
        # a BOM and nothing else
        (b"\xef\xbb\xbf", "x.txt: the file is empty"),
        # NUL bytes that are not the UTF-16 pattern
        (ENGLISH[:500].encode() + b"\x00\x00\x01\x02", "NUL bytes"),
        # a control character (ESC) in the middle of the text, line 3
        (b"one\ntwo\nthr\x1bee", "control character U+001B on line 3"),
        # Ctrl-Z in the middle is no end-of-file mark
        (b"one\x1atwo", "control character U+001A"),
        # bytes undefined in Windows-1252 and invalid in UTF-8
        (b"Council \x81\x9d\xc3", "not valid UTF-8"),
        # mostly high bytes: binary, not Latin text in Windows-1252
        (bytes(range(0x80, 0x100)) * 20, "not valid UTF-8"),
        # UTF-8 BOM followed by invalid UTF-8
        (b"\xef\xbb\xbfabc\xff", "marked as UTF-8 but damaged"),
        # UTF-16 BOM with an odd number of bytes after it
        (b"\xff\xfea\x00b", "marked as UTF-16 but damaged"),
    ],
)
def test_refusals(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, "x.txt")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
