"""The end of a resolution: meeting line and adoption/vote record.

Contract used by the parser: ``split_closing(text, language)`` gets the whole reflowed text
(paragraph blocks separated by blank lines) and cuts off the closing material — the meeting
line ("27th meeting 16 July 2020", "27e séance"), the vote record ("[Adopted by a recorded vote
of …]", "[Adoptée sans vote.]") — wherever it is glued (often onto the last operative
paragraph). Text found inside or after the closing that is not part of it (footnote texts such
as "1 A/HRC/44/44 and Add.1." or "∗ The resolutions and decisions …") is returned in
``trailing`` for the parser's footnote handling.

The meeting-line patterns live in ``resources/lang/<language>/votes.json`` beside the vote
formulas. The given language is tried first; the others only when it finds no closing at all.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from resolution_compare.core.dates import find_date
from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table
from resolution_compare.core.model import Meeting, VoteRecord
from resolution_compare.core.votes import (
    Adoption,
    VoteBlock,
    find_adoptions,
    read_vote_block,
    searchable,
)

# Between "27th meeting" and its date only spaces, line breaks and a comma may stand.
_DATE_GAP = re.compile(r"[\s,]*")
# How far after the meeting number its date may start.
_DATE_WINDOW = 40


@dataclass(frozen=True)
class ClosingSplit:
    body: str  # everything before the closing, unchanged
    meeting: Meeting | None = None
    vote: VoteRecord = field(default_factory=VoteRecord)
    trailing: str = ""  # non-closing text found inside/after the closing (footnotes)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _MeetingLine:
    meeting: Meeting
    start: int
    end: int  # after the date when there is one


@cache
def _meeting_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_table(language, "votes").get("meeting", []))


def _date_line_before(text: str, start: int, language: str) -> tuple[str, int] | None:
    """(ISO date, offset) of a date printed alone on the line just above ``start``.

    E/RES/2023/2 (zh) prints the date first ("2022年12月14日" / "第5次全体会议"). Only a
    whole line counts: a date inside a sentence ("…2022年12月14日第5次全体会议上…") is prose.
    """
    gap_start = start
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    if "\n" not in text[gap_start:start]:
        return None
    line_start = text.rfind("\n", 0, gap_start) + 1
    line = text[line_start:gap_start]
    found = find_date(line, language)
    if found is None or line[: found.start].strip() or line[found.end :].strip(" ,"):
        return None
    return found.iso, line_start


def _meeting_lines(text: str, language: str) -> list[_MeetingLine]:
    lines = []
    for pattern in _meeting_patterns(language):
        for match in pattern.finditer(text):
            date_iso = None
            start, end = match.start(), match.end()
            window = text[end : end + _DATE_WINDOW]
            found = find_date(window, language)
            if found is not None and _DATE_GAP.fullmatch(window[: found.start]):
                date_iso, end = found.iso, end + found.end
            elif (before := _date_line_before(text, start, language)) is not None:
                date_iso, start = before
            groups = match.groupdict()
            meeting = Meeting(
                number=int(match.group("number")),
                date=date_iso,
                line=" ".join(match.group(0).split()),
                resumed=groups.get("resumed") is not None,
            )
            lines.append(_MeetingLine(meeting, start, end))
    return sorted(lines, key=lambda line: line.start)


def _pick_meeting(
    text: str, lines: list[_MeetingLine], adoptions: list[Adoption]
) -> _MeetingLine | None:
    """The closing meeting line: the last dated one, else the last one right before a vote.

    An undated "5th meeting" elsewhere is prose ("decided at its 5th meeting"), not a closing.
    """
    dated = [line for line in lines if line.meeting.date is not None]
    if dated:
        return dated[-1]
    for line in reversed(lines):
        if any(a.start >= line.end and not text[line.end : a.start].strip() for a in adoptions):
            return line
    return None


def _adoption_for(
    text: str, meeting: _MeetingLine | None, adoptions: list[Adoption], language: str
) -> VoteBlock | None:
    """The vote block that belongs to the closing, read."""
    if meeting is None:
        # Without a meeting line only a bracketed record is trusted: a paragraph may well
        # quote "adopted without a vote".
        bracketed = [a for a in adoptions if a.bracketed]
        return read_vote_block(text, bracketed[-1], language) if bracketed else None
    after = [a for a in adoptions if a.start >= meeting.end]
    if after:
        return read_vote_block(text, after[0], language)
    # Some texts print the record first and the meeting line under it.
    before = [a for a in adoptions if a.bracketed and a.start < meeting.start]
    if before:
        block = read_vote_block(text, before[-1], language)
        if block.end <= meeting.start and not text[block.end : meeting.start].strip():
            return block
    return None


def _split(text: str, search: str, language: str, search_from: int) -> ClosingSplit | None:
    adoptions = find_adoptions(search, language, search_from)
    lines = [line for line in _meeting_lines(search, language) if line.start >= search_from]
    meeting = _pick_meeting(search, lines, adoptions)
    block = _adoption_for(search, meeting, adoptions, language)
    spans: list[tuple[int, int]] = []  # (start, end) of each closing element, in text order
    if meeting is not None:
        spans.append((meeting.start, meeting.end))
    if block is not None:
        spans.append((block.start, block.end))
    if not spans:
        return None
    spans.sort()
    # Whatever lies between or after the closing elements is not closing: footnote texts.
    gaps = [text[end:next_start] for (_, end), (next_start, _) in itertools.pairwise(spans)]
    gaps.append(text[spans[-1][1] :])
    return ClosingSplit(
        body=text[: spans[0][0]].rstrip(),
        meeting=meeting.meeting if meeting is not None else None,
        vote=block.record if block is not None else VoteRecord(),
        trailing="\n\n".join(gap.strip() for gap in gaps if gap.strip()),
        warnings=block.warnings if block is not None else (),
    )


def split_closing(text: str, language: str, search_from: int = 0) -> ClosingSplit:
    """Cut the meeting line and adoption record off ``text``; never raises on any text.

    ``search_from``: where the body starts (after the organ line). A meeting line above it
    belongs to the header ("Adopted by the Security Council at its 9586th meeting, on …",
    Russian "Принята … на своем 6335-м заседании 9 июня 2010 года") and is no closing.
    """
    order = [language] + [other for other in SUPPORTED_LANGUAGES if other != language]
    # Made once for every language tried (it is the whole text, character for character).
    search = searchable(text)
    for candidate in order:
        found = _split(text, search, candidate, search_from)
        if found is not None:
            return found
    return ClosingSplit(body=text)
