"""Text → Resolution (placeholder: one paragraph per block, kind "other")."""

from __future__ import annotations

from resolution_compare.core.model import Paragraph, Resolution


def parse_text(
    text: str,
    source: str = "<text>",
    language: str | None = None,
    extra_warnings: tuple[str, ...] = (),
) -> Resolution:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    paragraphs = tuple(Paragraph(id=f"P{i}", kind="other", text=b) for i, b in enumerate(blocks, 1))
    return Resolution(
        source=source,
        language=language or "en",
        paragraphs=paragraphs,
        warnings=(*extra_warnings, "placeholder parser"),
    )
