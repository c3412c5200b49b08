"""Text → Resolution: normalise, reflow, cut the closing, read header, paragraphs, notes.

Everything language-specific comes from ``resources/lang/<lang>/structure.json``; the steps
are documented in the modules they live in (text, header, paragraphs, footnotes, closing).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from resolution_compare.core.closing import split_closing
from resolution_compare.core.footnotes import (
    FootnoteText,
    cut_paragraph_end_note,
    cut_spliced_notes,
    footnote_block,
    strip_marker,
)
from resolution_compare.core.header import (
    OrganLine,
    adoption_meeting,
    find_organ_line,
    read_header,
)
from resolution_compare.core.language import DEFAULT_LANGUAGE, detect_language
from resolution_compare.core.leads import LeadFinder
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Footnote, Resolution
from resolution_compare.core.paragraphs import (
    NUMBERED,
    DraftParagraph,
    add_subparagraph,
    build,
    label_match,
    number_ids,
    operative_number,
)
from resolution_compare.core.text import fold, merge_broken_blocks, normalize, reflow

_NOT_A_RESOLUTION = (
    "does not look like a resolution: no organ line, no preambular openers"
    " and no numbered operative paragraphs"
)
# What ends an operative part: a full stop, ASCII, Chinese or Arabic-script.
_FULL_STOPS = (".", "。", "۔")
# A running header repeats the start of the title; shorter repeats are too likely prose.
_MIN_RUNNING_HEADER = 20


@cache
def _table(language: str) -> dict[str, Any]:
    return load_table(language, "structure") or load_table(DEFAULT_LANGUAGE, "structure")


def _compiled(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


def _is_running_header(block: str, title: str | None) -> bool:
    if not title or len(block) < _MIN_RUNNING_HEADER or block.rstrip()[-1:] in ",;:.，；：。":
        return False
    return fold(title).startswith(fold(block.strip()))


def _numbered(block: str, table: dict[str, Any]) -> re.Match[str] | None:
    """The printed number of an operative paragraph: "1. Decides", "1.决定", and the
    language's own forms from its table ("numbering": Arabic "1 - يحث", "١ - ")."""
    found = NUMBERED.match(block)
    for pattern in _compiled_numbering(tuple(table.get("numbering", []))):
        found = found or pattern.match(block)
    return found


def _operative_start(
    block: str, table: dict[str, Any], previous: int | None
) -> tuple[int, str | None, str] | None:
    """(number, suffix, rest) of a block that opens an operative paragraph: the printed forms
    of :func:`_numbered`, then "5 bis." and "1000." after "999." (:func:`operative_number`)."""
    found = _numbered(block, table)
    if found is not None:
        return int(found.group("number")), None, found.group("rest")
    return operative_number(block, previous)


@cache
def _compiled_numbering(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.DOTALL) for p in patterns]


def _body_start(
    blocks: list[str], organ: OrganLine | None, finder: LeadFinder, table: dict[str, Any]
) -> int:
    if organ is not None:
        return organ.index + 1
    for index, block in enumerate(blocks):
        if _numbered(block, table) or finder.is_opener(block):
            return index
    return 0


def _unnumbered_operative(drafts: list[DraftParagraph], finder: LeadFinder) -> None:
    """A single unnumbered operative paragraph (A/RES/79/157, E/RES/2023/2 "决定…。"): with
    no numbered paragraph at all, the last paragraph is operative when it opens with an
    operative lead that is no preambular opener and ends with a full stop, as the operative
    part does (preambular paragraphs end with a comma)."""
    if not drafts or any(d.kind == "operative" for d in drafts):
        return
    last = drafts[-1]
    head = last.head.rstrip()
    if (
        head[-1:] in _FULL_STOPS
        and finder.table_lead(head, "operative") is not None
        and not finder.is_opener(head)
    ):
        last.kind = "operative"


def _classify(
    blocks: list[str], table: dict[str, Any]
) -> tuple[list[DraftParagraph], list[FootnoteText]]:
    labels = _compiled(table.get("subparagraph_labels", []))
    note_lines = _compiled(table.get("footnote_lines", []))
    drafts: list[DraftParagraph] = []
    notes: list[FootnoteText] = []
    seen_operative = False
    previous: int | None = None  # the last operative number, for "1000." after "999."
    for block in blocks:
        numbered = _operative_start(block, table, previous)
        labelled = label_match(block, labels)
        if numbered:
            seen_operative = True
            previous, suffix, rest = numbered
            drafts.append(DraftParagraph("operative", rest, previous, number_suffix=suffix))
        elif labelled and drafts:
            key = labelled.group("label")
            label = block[: labelled.end()].strip()
            add_subparagraph(drafts[-1], label, key, block[labelled.end() :].strip())
        elif seen_operative and (found := footnote_block(block, note_lines)):
            notes.extend(found)
        elif seen_operative:
            # Text after an operative paragraph that is neither numbered nor a note:
            # the tail of that paragraph (e.g. after its sub-paragraphs).
            last = drafts[-1]
            if last.subs:
                last.all_subs()[-1].text += " " + block
            else:
                last.head += " " + block
        else:
            drafts.append(DraftParagraph("preambular", block))
    return drafts, notes


def _link_footnotes(drafts: list[DraftParagraph], notes: list[FootnoteText]) -> list[Footnote]:
    out: list[Footnote] = []
    for note in notes:
        owner: str | None = None
        for draft in drafts:
            found = False
            draft.head, found = strip_marker(draft.head, note.marker)
            for sub in draft.all_subs():
                if found:
                    break
                sub.text, found = strip_marker(sub.text, note.marker)
            if found:
                owner = draft.id
                break
        out.append(Footnote(note.marker, note.text, owner))
    return out


def _cut_notes_from_paragraphs(drafts: list[DraftParagraph]) -> list[FootnoteText]:
    notes: list[FootnoteText] = []
    for draft in drafts:
        draft.head, spliced = cut_spliced_notes(draft.head)
        notes.extend(spliced)
    everything = "\n".join(d.text() for d in drafts)
    for draft in drafts:
        target = draft.all_subs()[-1] if draft.subs else None
        if target is not None:
            target.text, note = cut_paragraph_end_note(target.text, everything)
        else:
            draft.head, note = cut_paragraph_end_note(draft.head, everything)
        if note is not None:
            notes.append(note)
    return notes


def parse_text(
    text: str,
    source: str = "<text>",
    language: str | None = None,
    extra_warnings: tuple[str, ...] = (),
) -> Resolution:
    """Parse any text; a text that is not a resolution gives paragraphs of kind "other"."""
    normal = normalize(text)
    lang = detect_language(normal, language)
    table = _table(lang)
    finder = LeadFinder(table)
    artefacts = [*table.get("artefact_lines", []), *_table("en").get("artefact_lines", [])]
    prefixes = table.get("hyphen_prefixes", [])
    blocks = reflow(
        normal,
        artefacts=artefacts,
        openers=table.get("preambular_openers", []),
        hyphen_prefixes=prefixes,
        own_lines=table.get("organ_lines", []),
    )
    early_organ = find_organ_line(blocks, table)
    body_offset = len("\n\n".join(blocks[: early_organ.index + 1])) if early_organ else 0
    closing = split_closing("\n\n".join(blocks), lang, body_offset)
    blocks = [b for b in closing.body.split("\n\n") if b.strip()]
    organ = find_organ_line(blocks, table)
    start = _body_start(blocks, organ, finder, table)
    header_blocks = blocks[: organ.index if organ else start]
    header = read_header(header_blocks, table, lang, organ)
    body = [b for b in blocks[start:] if not _is_running_header(b, header.title)]
    body = merge_broken_blocks(body, prefixes)
    drafts, notes = _classify(body, table)
    if organ is not None or any(finder.is_opener(d.head) for d in drafts):
        # Only in what is already known to be a resolution: a memo ending "Notes from …."
        # must not become one because its last line reads like an operative lead.
        _unnumbered_operative(drafts, finder)
    warnings = [*extra_warnings, *closing.warnings]
    looks_like_resolution = organ is not None or any(
        d.kind == "operative" or finder.is_opener(d.head) for d in drafts
    )
    if not looks_like_resolution:
        drafts = [DraftParagraph("other", b) for b in blocks if b.strip()]
        notes = []
        warnings.append(table.get("not_a_resolution", _NOT_A_RESOLUTION))
    number_ids(drafts)
    if looks_like_resolution:
        notes += _cut_notes_from_paragraphs(drafts)
        for chunk in closing.trailing.split("\n\n"):
            notes += footnote_block(chunk, _compiled(table.get("footnote_lines", [])))
    footnotes = _link_footnotes(drafts, notes)
    return Resolution(
        source=source,
        language=lang,
        header=header,
        paragraphs=build(drafts, finder),
        footnotes=tuple(footnotes),
        meeting=closing.meeting or adoption_meeting(header_blocks, lang),
        vote=closing.vote,
        warnings=tuple(warnings),
    )
