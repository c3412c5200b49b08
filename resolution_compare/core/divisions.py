"""How a body divides: its annexes, its parts (A, B, …) and the closing that ends it.

An annex starts at a block "Annex" / "Annex II" printed after the operative part; a
multi-part resolution prints each part's letter alone, then the part's organ line; the
closing (meeting line, vote record) is looked for after the organ line only (a header may
print a meeting). Patterns live in ``resources/lang/<lang>/masthead.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from resolution_compare.core.body import Block, classify, numbered
from resolution_compare.core.closing import ClosingSplit, split_closing
from resolution_compare.core.header import find_organ_line
from resolution_compare.core.leads import LeadFinder
from resolution_compare.core.masthead import table as masthead_table
from resolution_compare.core.paragraphs import DraftParagraph


def annex_split(
    blocks: list[Block], language: str, table: dict[str, Any]
) -> tuple[list[Block], list[tuple[str, list[Block]]]]:
    """The resolution's blocks, and each annex's (label, blocks) printed after them."""
    heading = re.compile(masthead_table(language).get("annex_heading", r"(?!x)x"), re.IGNORECASE)
    cuts = []
    seen_paragraph = False
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if numbered(text, table):
            seen_paragraph = True
        if seen_paragraph and heading.match(text):
            cuts.append(index)
    if not cuts:
        return blocks, []
    annexes = []
    for k, cut in enumerate(cuts):
        stop = cuts[k + 1] if k + 1 < len(cuts) else len(blocks)
        annexes.append((blocks[cut].text.strip(), blocks[cut + 1 : stop]))
    return blocks[: cuts[0]], annexes


def cut_closing(
    blocks: list[Block], language: str, table: dict[str, Any]
) -> tuple[list[Block], ClosingSplit]:
    """Blocks before the closing (meeting line, vote record), and the closing itself.

    The closing is looked for after the organ line only (a header may print a meeting)."""
    texts = [b.text for b in blocks]
    joined = "\n\n".join(texts)
    early_organ = find_organ_line(texts, table)
    body_offset = len("\n\n".join(texts[: early_organ.index + 1])) if early_organ else 0
    closing = split_closing(joined, language, body_offset)
    if len(closing.body) >= len(joined.rstrip()):
        return blocks, closing
    kept: list[Block] = []
    position = 0
    for block in blocks:
        end = position + len(block.text)
        if end <= len(closing.body):
            kept.append(block)
        elif position < len(closing.body):
            kept.append(replace(block, text=block.text[: len(closing.body) - position].rstrip()))
        position = end + 2
    return kept, closing


def parts_of(
    blocks: list[Block], table: dict[str, Any], language: str
) -> tuple[int, list[tuple[str, list[Block]]]] | None:
    """A multi-part resolution ("A", "B", … each followed by its organ line): where part A
    starts, and each part's letter with its body (organ line and title left out, the
    meeting line of every part but the last cut off). None for a text of one part."""
    heading = re.compile(masthead_table(language).get("part_heading", r"(?!x)x"))
    starts = []
    for index, block in enumerate(blocks):
        found = heading.match(block.text.strip())
        following = [b.text for b in blocks[index + 1 : index + 4]]
        if found and find_organ_line(following, table) is not None:
            starts.append((index, found.group("part")))
    if len(starts) < 2:
        return None
    parts = []
    for k, (index, letter) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(blocks)
        segment = blocks[index + 1 : stop]
        organ = find_organ_line([b.text for b in segment], table)
        body = segment[organ.index + 1 :] if organ is not None else segment
        if k + 1 < len(starts):
            body, _ = cut_closing(body, language, table)
        parts.append((letter, body))
    return starts[0][0], parts


def read_annex(
    label: str, blocks: list[Block], number: int, table: dict[str, Any], finder: LeadFinder
) -> tuple[str | None, list[DraftParagraph]]:
    title = None
    first = blocks[0].text.strip() if blocks else ""
    if first and not numbered(first, table) and not re.search(r"[,;:.]$", first):
        title, blocks = first, blocks[1:]
    drafts = classify(blocks, table, finder, kind="annex", text_notes=False).drafts
    for draft in drafts:
        draft.annex = number
    return title, drafts
