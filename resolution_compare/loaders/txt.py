"""Plain text files: encoding detection, control-character checks, newlines, NFC.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then UTF-32 and UTF-16 without a
BOM, told by their NUL-byte patterns; then strict UTF-8; then UTF-8 with a few invalid bytes
replaced (and a warning naming the first) when well-formed UTF-8 dominates; then
Windows-1252 only when the bytes look like Latin text in that encoding (otherwise a clear
refusal, not mojibake).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from resolution_compare.core.errors import InputError

CP1252_NOTE = "the file is not UTF-8; it was read as Windows-1252 (Western European)"
# Bytes that Windows-1252 leaves undefined: their presence means it is not that encoding.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# In Windows-1252 Latin text most bytes are ASCII; accented letters are a minority.
_CP1252_MAX_HIGH_SHARE = 0.3
_ASCII_BYTES = bytes(range(0x80))
# Control characters a text may not carry. Allowed: tab, newlines, vertical tab (Word's
# manual line break when copied), form feed (page breaks from pdftotext).
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
# Ctrl-Z: the end-of-file mark of old DOS editors, harmless at the very end.
_DOS_EOF = "\x1a"
# UTF-16 without a BOM: in a sample, the share of NUL bytes in one position of each byte
# pair when the other position has (almost) none.
_UTF16_SAMPLE = 4096
_UTF16_MIN_NUL_SHARE = 0.3
_UTF16_MAX_OTHER_NUL_SHARE = 0.02

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: it starts with its BOM
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the NUL pattern says so, else None."""
    sample = data[:_UTF16_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0) / pairs
    odd_nuls = sample[1 : pairs * 2 : 2].count(0) / pairs
    if odd_nuls >= _UTF16_MIN_NUL_SHARE and even_nuls <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even_nuls >= _UTF16_MIN_NUL_SHARE and odd_nuls <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _utf32_without_bom(data: bytes) -> str | None:
    """ "utf-32-le"/"utf-32-be" when every 4-byte unit has the zero high byte UTF-32 gives
    every character (code points stop at U+10FFFF), and the next byte is zero for most."""
    sample = data[: _UTF16_SAMPLE - _UTF16_SAMPLE % 4]
    units = len(sample) // 4
    if units < 2 or len(data) % 4:
        return None
    if sample[3::4].count(0) == units and sample[2::4].count(0) >= _UTF16_MIN_NUL_SHARE * units:
        return "utf-32-le"
    if sample[0::4].count(0) == units and sample[1::4].count(0) >= _UTF16_MIN_NUL_SHARE * units:
        return "utf-32-be"
    return None


def _plausible_cp1252(data: bytes) -> bool:
    if any(byte in data for byte in _CP1252_UNDEFINED):
        return False
    high = len(data.translate(None, _ASCII_BYTES))
    return high <= _CP1252_MAX_HIGH_SHARE * len(data)


def _mostly_utf8(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, when valid UTF-8 dominates.

    One stray Latin-1 byte in a UTF-8 French file must not turn the whole file into
    Windows-1252 mojibake (every "é" read as "Ã©", the vote lost): when the well-formed
    multi-byte sequences are at least as many as the invalid bytes, the file is UTF-8 and
    the user is told where the bad bytes are. A Windows-1252 file has (almost) no
    well-formed sequences and falls through to the Windows-1252 reading.
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    well_formed = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if well_formed == 0 or well_formed < replaced:
        return None
    first = _first_invalid(data)
    line = data.count(b"\n", 0, first) + 1
    where = f"0x{data[first]:02X} at byte {first:,}, line {line}"
    if replaced == 1:
        detail = f"1 invalid byte ({where}) was replaced"
    else:
        detail = f"{replaced} invalid bytes were replaced (the first: {where})"
    return text, (f"the file is not valid UTF-8: {detail} by “\ufffd”",)


def _first_invalid(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), ()
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: marked as {label} but damaged (invalid bytes at position "
                    f"{exc.start + len(bom)})"
                ) from None
    utf32 = _utf32_without_bom(data)
    if utf32 is not None:
        try:
            return data.decode(utf32), ()
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: looks like UTF-32 text but is damaged; save it as UTF-8 and try again"
            ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), ()
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: the NUL check below gives the message
    if b"\x00" in data:
        raise InputError(f"{name}: contains NUL bytes — a binary file, not a text document")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        mostly_utf8 = _mostly_utf8(data)
        if mostly_utf8 is not None:
            return mostly_utf8
        if _plausible_cp1252(data):
            return data.decode("cp1252"), (CP1252_NOTE,)
        raise InputError(
            f"{name}: not valid UTF-8 text (invalid byte 0x{data[exc.start]:02X} at position "
            f"{exc.start}) and not Windows-1252 either; save it as UTF-8 and try again"
        ) from None


def _check_controls(text: str, name: str) -> str:
    text = text.rstrip(_DOS_EOF)
    bad = _BAD_CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise InputError(
            f"{name}: control character U+{ord(bad.group()):04X} on line {line} — "
            "not a plain text document"
        )
    return text


def decode_text_with_warnings(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file; return the NFC text (newlines as "\\n") and notes for the user."""
    text, warnings = _decode(data, name)
    text = text.removeprefix("\ufeff")  # a second BOM left by a careless conversion
    text = _check_controls(text, name)
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return text, warnings


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file (see :func:`decode_text_with_warnings`)."""
    return decode_text_with_warnings(data, name)[0]
