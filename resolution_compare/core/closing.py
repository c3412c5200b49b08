"""The end of a resolution: meeting line and adoption/vote record (placeholder).

Contract used by the parser: ``split_closing(text, language)`` gets the whole reflowed text
(paragraph blocks separated by blank lines) and cuts off the closing material — the meeting
line ("27th meeting 16 July 2020", "27e séance"), the vote record ("[Adopted by a recorded vote
of …]", "[Adoptée sans vote.]") — wherever it is glued (often onto the last operative
paragraph). Text found inside or after the closing that is not part of it (footnote texts such
as "1 A/HRC/44/44 and Add.1." or "∗ The resolutions and decisions …") is returned in
``trailing`` for the parser's footnote handling.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resolution_compare.core.model import Meeting, VoteRecord


@dataclass(frozen=True)
class ClosingSplit:
    body: str  # everything before the closing, unchanged
    meeting: Meeting | None = None
    vote: VoteRecord = field(default_factory=VoteRecord)
    trailing: str = ""  # non-closing text found inside/after the closing (footnotes)
    warnings: tuple[str, ...] = ()


def split_closing(text: str, language: str) -> ClosingSplit:
    return ClosingSplit(body=text)
