"""Plain text files: encoding detection (UTF-8 ± BOM, UTF-16 with BOM, Windows-1252), NFC."""

from __future__ import annotations

import unicodedata

from resolution_compare.core.errors import InputError


def decode_text(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return unicodedata.normalize("NFC", text)
