"""Footnotes: find their texts, strip the markers glued into paragraphs, link them.

Footnote texts are found (1) in the closing's ``trailing`` text and in blocks after the
operative part ("1 A/HRC/44/44 et Add.1.", "[^1]: A/80/83."), (2) glued to the end of a
paragraph ("…programmes of work; 2 A/HRC/35/35."), (3) spliced mid-sentence when a page-foot
note lands in the flow ("…human rights in the ∗ The resolutions … chap. I. international
community…"; asterisk notes only: a digit there is too often real text).
A marker glued to a word or punctuation ("internationale1", "79/7;1") is removed from the
paragraph only when the footnote text with that marker exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

MARKER = r"(?:\d{1,2}|[∗*]{1,3})"
_BLOCK = re.compile(rf"^(?P<marker>{MARKER})\s+(?P<text>\S.*)$", re.DOTALL)
_AT_PARAGRAPH_END = re.compile(
    r"(?<=[;:.,；：。，])\s+(?P<marker>\d{1,2})\s+(?P<text>[A-Z].*)$",
    re.DOTALL,
)
_SPLICED = re.compile(r"\s(?P<marker>[∗*]{1,3})\s(?P<text>[A-Z][^∗*]{10,400}?\.)\s(?=[a-z])")
# A glued marker: right after a letter, or after punctuation that follows a letter or ")".
# "0.7 per cent" and "Add.1" are not markers.
_ABBREVIATIONS = (r"Add\.", r"Corr\.", r"Rev\.", r"No\.", r"\bp\.", r"para\.")


@dataclass
class FootnoteText:
    marker: str
    text: str


def split_footnote_texts(text: str) -> list[FootnoteText]:
    """ "1 A/HRC/44/44 and Add.1. 2 A/HRC/35/35." → two notes (numbers must run in order)."""
    text = text.strip()
    found = _BLOCK.match(text)
    if not found:
        return []
    notes = [FootnoteText(found.group("marker"), found.group("text"))]
    while notes[-1].marker.isdigit():
        following = str(int(notes[-1].marker) + 1)
        cut = re.search(rf"\s{following}\s+(?=[A-Z])", notes[-1].text)
        if not cut:
            break
        rest = notes[-1].text[cut.end() :]
        notes[-1].text = notes[-1].text[: cut.start()]
        notes.append(FootnoteText(following, rest))
    for note in notes:
        note.text = note.text.strip()
    return notes


def footnote_block(block: str, patterns: Sequence[re.Pattern[str]]) -> list[FootnoteText]:
    """The notes a block holds when the whole block is footnote text, else []."""
    for pattern in patterns:
        match = pattern.match(block.strip())
        if match:
            return [FootnoteText(match.group("marker"), match.group("text").strip())]
    return split_footnote_texts(block)


def cut_paragraph_end_note(text: str, markers_in_text: str) -> tuple[str, FootnoteText | None]:
    """Cut "…; 2 A/HRC/35/35." off a paragraph when marker 2 is glued somewhere else."""
    match = _AT_PARAGRAPH_END.search(text)
    if not match or not re.search(glued_marker(match.group("marker")), markers_in_text):
        return text, None
    return text[: match.start()], FootnoteText(match.group("marker"), match.group("text").strip())


def cut_spliced_notes(text: str) -> tuple[str, list[FootnoteText]]:
    notes: list[FootnoteText] = []

    def cut(match: re.Match[str]) -> str:
        notes.append(FootnoteText(match.group("marker"), match.group("text").strip()))
        return " "

    return _SPLICED.sub(cut, text), notes


def glued_marker(marker: str) -> str:
    """Regex of ``marker`` glued to the preceding word or punctuation.

    The marker comes first and the context is checked behind it, so that the regex engine
    scans for the literal marker (fast on long paragraphs).
    """
    m = re.escape(marker)
    # Full-width punctuation (，；：。）) ends clauses in Chinese as ,;:.) do elsewhere.
    glued = (
        rf"(?:(?<=[^\W\d_]{m})|(?<=[\w)\]”’）][,;:，；：]{m})"
        rf"|(?<=[^\W\d_][.)\]”’。）]{m})|(?<=[)）][.。]{m}))"
    )
    not_abbreviation = "".join(rf"(?<!{a}{m})" for a in _ABBREVIATIONS)
    return rf"{m}{glued}{not_abbreviation}(?=[\s,;:.)，；：。）]|$)(?![\d∗*])"


@cache
def _glued(marker: str) -> re.Pattern[str]:
    return re.compile(glued_marker(marker))


def strip_marker(text: str, marker: str) -> tuple[str, bool]:
    """``text`` without the first glued ``marker``; whether one was found."""
    if marker not in text:
        return text, False
    new, count = _glued(marker).subn("", text, count=1)
    return new, count == 1
