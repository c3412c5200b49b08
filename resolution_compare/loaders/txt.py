"""Plain text files: encoding detection (placeholder, completed by the parser work)."""

from __future__ import annotations

from resolution_compare.core.text import decode_bytes


def decode_text(data: bytes, name: str) -> str:
    return decode_bytes(data, name)
