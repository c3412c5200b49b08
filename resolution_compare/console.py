"""Readable terminal outline of one parsed resolution (`resolution-compare parse FILE`)."""

from __future__ import annotations

from resolution_compare.core.model import Resolution


def format_outline(res: Resolution) -> str:
    lines = [f"{res.label} ({res.language})"]
    lines += [f"{p.id:>5}  {p.text[:90]}" for p in res.paragraphs]
    return "\n".join(lines)
