"""Body blocks → paragraphs with the structure real texts have.

Rules (UN editorial manual, "Resolutions and other formal decisions", and the official
documents in tests/data/un-pdf):

* a numbered block "12. …" is operative paragraph 12; "(a) …" is a sub-paragraph of the
  paragraph before it, except the lettered paragraphs of a decision (letters after the
  chapeau, each opening with an operative verb), which are operative paragraphs themselves;
* text that continues after sub-paragraphs and opens in lower case ("and its request
  that …") belongs to the paragraph, not to its last sub-paragraph;
* before any numbered paragraph, a block that opens with an operative verb (and not a
  preambular opener) and ends a sentence (";" or ".") is an unnumbered operative paragraph
  ("Takes note of the report …."): a resolution with one operative paragraph prints no
  number;
* a heading block "I. Calendar of conferences and meetings" ("I" and the heading may be
  printed on two lines) opens a section; every following paragraph carries it. Before the
  first operative paragraph, only a heading followed by a numbered paragraph is one (an
  omnibus resolution starts section I right after its preamble). A short
  unnumbered block without closing punctuation among numbered paragraphs is a subheading;
* an annex starts at a block "Annex" / "Annex II" printed after the operative part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from resolution_compare.core.footnotes import FootnoteText, footnote_block
from resolution_compare.core.leads import LeadFinder
from resolution_compare.core.model import ParagraphKind, Section
from resolution_compare.core.paragraphs import (
    NUMBERED,
    DraftParagraph,
    add_subparagraph,
    label_match,
    operative_number,
)

_ROMAN_HEADING = re.compile(r"^(?P<label>[IVXL]{1,6})\.?(?:\s+(?P<heading>\S.*))?$")
_SENTENCE_END = re.compile(r"[;.。۔؛；]\s*[”\"’)]*$")
_CLAUSE_END = re.compile(r"[,;:.]\s*[”\"’)]*$")
_MAX_HEADING = 250  # characters: a longer block is a paragraph, not a heading


def numbered(block: str, table: dict[str, Any]) -> re.Match[str] | None:
    """The printed number of an operative paragraph: "1. Decides", "1.决定", and the
    language's own forms from its table ("numbering": Arabic "1 - يحث", "١ - ")."""
    found = NUMBERED.match(block)
    for pattern in _compiled_numbering(tuple(table.get("numbering", []))):
        found = found or pattern.match(block)
    return found


@cache
def _compiled_numbering(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.DOTALL) for p in patterns]


@dataclass
class Block:
    """A body block as the parser sees it: text, the footnote markers printed in it, style."""

    text: str
    markers: tuple[str, ...] = ()
    bold: bool = False


@dataclass
class Classified:
    drafts: list[DraftParagraph] = field(default_factory=list)
    notes: list[FootnoteText] = field(default_factory=list)


def _heading(
    block: Block, following: Block | None, table: dict[str, Any]
) -> tuple[str, str, bool] | None:
    """(label, heading, uses the next block) when ``block`` is a section heading."""
    text = block.text.strip()
    if len(text) > _MAX_HEADING or _CLAUSE_END.search(text):
        return None
    found = _ROMAN_HEADING.match(text)
    if not found:
        return None
    heading = found.group("heading")
    if heading:
        if not (block.bold or heading[:1].isupper()):
            return None
        return found.group("label"), heading, False
    nxt = following.text.strip() if following is not None else ""
    if (
        nxt
        and not _CLAUSE_END.search(nxt)
        and len(nxt) <= _MAX_HEADING
        and not numbered(nxt, table)
    ):
        return found.group("label"), nxt, True
    return None


def _is_subheading(
    block: Block, following: Block | None, seen_numbered: bool, table: dict[str, Any]
) -> bool:
    text = block.text.strip()
    return (
        seen_numbered
        and following is not None
        and bool(numbered(following.text, table))
        and len(text) <= 120
        and not _CLAUSE_END.search(text)
        and text[:1].isupper()
        and not numbered(text, table)
    )


def classify(
    blocks: list[Block],
    table: dict[str, Any],
    finder: LeadFinder,
    *,
    kind: ParagraphKind = "operative",
    text_notes: bool = True,
    lettered: bool = False,
    known_resolution: bool = True,
) -> Classified:
    """Paragraph drafts of ``blocks`` (the body after the organ line, or an annex's body).

    ``kind`` "annex" numbers annex paragraphs instead of operative ones; ``text_notes``
    lets blocks that read like footnote texts be footnotes (plain text has no footnote
    area); ``lettered`` says the body follows a decision's chapeau, so "(a) Urges …" is a
    paragraph; ``known_resolution`` (an organ line was found) lets an unnumbered paragraph
    be operative even before any preambular opener (else a memo ending "Notes from …." would
    become a resolution).
    """
    labels = [re.compile(p) for p in table.get("subparagraph_labels", [])]
    note_lines = [re.compile(p) for p in table.get("footnote_lines", [])]
    out = Classified()
    drafts = out.drafts
    seen_operative = False
    previous_number: int | None = None
    section: Section | None = None
    skip = False
    for index, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        text = block.text.strip()
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        heading = _heading(block, following, table)
        if heading is not None and not (seen_operative or kind == "annex"):
            # Before the first operative paragraph only a heading that opens the operative
            # part counts: omnibus resolutions (oceans and the law of the sea) print
            # "I. General principles" between the preamble and paragraph 1.
            after = index + (2 if heading[2] else 1)
            if after >= len(blocks) or not numbered(blocks[after].text.strip(), table):
                heading = None
        if heading is not None:
            section = Section(heading[0], " ".join(heading[1].split()))
            skip = heading[2]
            continue
        if kind == "annex" and _is_subheading(block, following, seen_operative, table):
            section = Section("", text)
            continue
        number = numbered(text, table)
        # "5 bis." and "1000." after "999." (paragraphs.operative_number)
        extended = None if number else operative_number(text, previous_number)
        labelled = label_match(text, labels)
        if number:
            seen_operative = True
            draft = DraftParagraph(kind, number.group("rest"), int(number.group("number")))
            previous_number = draft.number
        elif extended:
            seen_operative = True
            previous_number, suffix, rest = extended
            draft = DraftParagraph(kind, rest, previous_number, number_suffix=suffix)
        elif labelled and _is_lettered_paragraph(text, labelled, drafts, finder, lettered):
            seen_operative = True
            draft = DraftParagraph("operative", text[labelled.end() :].strip())
            draft.label = text[: labelled.end()].strip()
        elif labelled and drafts:
            key = labelled.group("label")
            label = text[: labelled.end()].strip()
            add_subparagraph(drafts[-1], label, key, text[labelled.end() :].strip())
            drafts[-1].markers += block.markers
            continue
        elif text_notes and seen_operative and (found := footnote_block(text, note_lines)):
            out.notes.extend(found)
            continue
        elif seen_operative and drafts:
            # Text after an operative paragraph that is neither numbered nor a note: the
            # rest of that paragraph, after its sub-paragraphs when it has some.
            last = drafts[-1]
            if last.subs and (text[:1].islower() or last.tail):
                last.tail = f"{last.tail} {text}".strip()
            elif last.subs:
                last.all_subs()[-1].text += " " + text
            else:
                last.head += " " + text
            last.markers += block.markers
            continue
        elif kind == "annex":
            draft = DraftParagraph("annex", text)
        elif (
            known_resolution or any(finder.is_opener(d.head) for d in drafts)
        ) and _is_unnumbered_operative(text, index, blocks, finder):
            seen_operative = True
            draft = DraftParagraph("operative", text)
        else:
            draft = DraftParagraph("preambular", text)
        draft.markers = list(block.markers)
        draft.section = section if draft.kind in ("operative", "annex") else None
        drafts.append(draft)
    return out


def _is_lettered_paragraph(
    text: str,
    labelled: re.Match[str],
    drafts: list[DraftParagraph],
    finder: LeadFinder,
    lettered: bool,
) -> bool:
    """ "(a) Urges …" after a decision's chapeau, or after another lettered paragraph."""
    if any(d.kind == "operative" and d.label is None for d in drafts):
        return False
    previous_lettered = bool(drafts) and drafts[-1].label is not None
    if not (lettered or previous_lettered):
        return False
    rest = text[labelled.end() :].strip()
    return finder.table_lead(rest, "operative") is not None


def _is_unnumbered_operative(
    text: str, index: int, blocks: list[Block], finder: LeadFinder
) -> bool:
    """An operative verb opens it, no preambular opener does, and it ends a sentence."""
    if finder.is_opener(text) or finder.table_lead(text, "operative") is None:
        return False
    if not _SENTENCE_END.search(text):
        return False
    # Every block after it must also read as operative text (no preamble follows).
    return not any(finder.is_opener(b.text) for b in blocks[index + 1 :])
