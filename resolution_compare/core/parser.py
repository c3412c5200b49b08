"""Text or printed document → Resolution: header, paragraphs, footnotes, closing, annexes.

Two entries share one pipeline. :func:`parse_text` reads plain text (normalise, reflow into
blocks, find footnote texts and glued markers by their shape). :func:`parse_document`
reads what a PDF loader saw on the pages (:mod:`resolution_compare.core.printed`): the
masthead apart, body blocks in reading order, footnotes with their markers, and where each
raised marker is printed, so nothing is guessed from digits glued to words.

Everything language-specific comes from ``resources/lang/<lang>/structure.json`` and
``masthead.json``; the steps are documented in the modules they live in (text, header,
masthead, body, paragraphs, footnotes, closing).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from resolution_compare.core.body import Block, classify, numbered
from resolution_compare.core.divisions import annex_split, cut_closing, parts_of, read_annex
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
    body_of,
    find_organ_line,
    read_header,
)
from resolution_compare.core.language import DEFAULT_LANGUAGE, detect_language
from resolution_compare.core.leads import LeadFinder
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.masthead import read_heading
from resolution_compare.core.masthead import table as masthead_table
from resolution_compare.core.model import Annex, Footnote, Header, Resolution
from resolution_compare.core.paragraphs import (
    DraftParagraph,
    build,
    number_ids,
)
from resolution_compare.core.printed import PrintedDocument
from resolution_compare.core.text import (
    fold,
    merge_broken_blocks,
    normalize,
    reflow,
    repair_split_compounds,
)

_NOT_A_RESOLUTION = (
    "does not look like a resolution: no organ line, no preambular openers"
    " and no numbered operative paragraphs"
)
# A running header repeats the start of the title; shorter repeats are too likely prose.
_MIN_RUNNING_HEADER = 20
SPONSORS = "SPONSORS"  # Footnote.paragraph of a note on the sponsor list
HEADER = "HEADER"  # Footnote.paragraph of a note on another heading line
_INVISIBLE = re.compile("[\u00ad\ufffe\ufeff\x02\u200b]")
_HEADING_SEARCH = 12  # blocks: a sponsor line or draft heading is printed near the top


@cache
def _table(language: str) -> dict[str, Any]:
    return load_table(language, "structure") or load_table(DEFAULT_LANGUAGE, "structure")


@cache
def _finder(language: str) -> LeadFinder:
    """The language's lead phrases, built once per process (they never change)."""
    return LeadFinder(_table(language))


def _compiled(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


def _is_running_header(block: str, title: str | None) -> bool:
    if not title or len(block) < _MIN_RUNNING_HEADER or block.rstrip()[-1:] in ",;:.":
        return False
    return fold(title).startswith(fold(block.strip()))


@dataclass
class _Source:
    """The blocks of one document, whichever loader made them."""

    masthead: tuple[str, ...]
    blocks: list[Block]
    notes: list[FootnoteText] | None  # None: notes are found in the text by their shape
    warnings: list[str] = field(default_factory=list)
    printed: bool = False  # blocks come from a page model: no reflow repairs needed


def _organ(
    blocks: list[Block], table: dict[str, Any], language: str
) -> tuple[OrganLine, bool] | None:
    """The organ line, and whether it is a decision's chapeau ("…, recalling …:")."""
    texts = [b.text for b in blocks]
    organ = find_organ_line(texts, table)
    chapeau = re.compile(masthead_table(language).get("organ_chapeau", r"(?!x)x"))
    for index, text in enumerate(texts):
        if organ is not None and index >= organ.index:
            break
        found = chapeau.match(text.strip())
        if found and not numbered(text, table):
            body, template = body_of(found.group("body"), table)
            return OrganLine(index, body, template), True
    return (organ, False) if organ is not None else None


def _body_start(blocks: list[Block], finder: LeadFinder, table: dict[str, Any]) -> int:
    for index, block in enumerate(blocks):
        if numbered(block.text, table) or finder.is_opener(block.text):
            return index
    return 0


def _headed_start(source: _Source, blocks: list[Block], language: str) -> int | None:
    """Without an organ line (an amendment, a report): where the text after the heading
    block and the title starts; None when no heading block is printed."""
    texts = [b.text for b in blocks[:_HEADING_SEARCH]]
    facts = read_heading(source.masthead, texts, language, bool(source.masthead))
    if facts.heading_index is None:
        return None
    start = facts.heading_index + 1
    if start < len(blocks) and not re.search(r"[,;:.]$", blocks[start].text.strip()):
        start += 1  # the title printed under the heading
    return min(start, len(blocks))


# The number a draft's title carries before it is adopted: "58/… Mandate …" (HRC drafts).
_DRAFT_NUMBER = re.compile(r"^(?:S-)?\d{1,3}\s*/\s*(?:\d{1,4}|…|\.\.\.)\.?\s+")


def _title_after(blocks: list[Block], start: int, stop: int) -> str | None:
    """A draft's title: the heading blocks between the sponsor line and the organ line."""
    parts = [b.text.strip() for b in blocks[start:stop] if b.text.strip()]
    return _DRAFT_NUMBER.sub("", " ".join(parts)) if parts else None


def _read_header(
    source: _Source,
    header_blocks: list[Block],
    table: dict[str, Any],
    language: str,
    organ: OrganLine | None,
) -> tuple[Header, int | None]:
    texts = [b.text for b in header_blocks]
    header = read_header([*source.masthead, *texts], table, language, organ)
    if organ is None and source.masthead:
        # The organ banner of the masthead names the body, not a title that mentions one.
        body, _ = body_of("\n".join(source.masthead), table)
        header = replace(header, body=body or header.body)
    facts = read_heading(source.masthead, texts, language, bool(source.masthead))
    title = header.title
    if facts.heading_index is not None:
        title = _title_after(header_blocks, facts.heading_index + 1, len(header_blocks)) or title
    return (
        replace(
            header,
            symbol=facts.symbol or header.symbol,
            title=title,
            kind=facts.kind or ("resolution" if header.adopted or header.symbol else None),
            sponsors=facts.sponsors if facts.kind not in ("resolution", "decision") else None,
            submitted_by=facts.submitted_by,
            issued=facts.issued,
            distribution=facts.distribution,
            amends=facts.amends,
        ),
        facts.heading_index,
    )


def _link_footnotes(drafts: list[DraftParagraph], notes: list[FootnoteText]) -> list[Footnote]:
    """Plain text: each note's marker is found glued in a paragraph and taken out."""
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
            if not found and draft.tail:
                draft.tail, found = strip_marker(draft.tail, note.marker)
            if found:
                owner = draft.id
                break
        out.append(Footnote(note.marker, note.text, owner))
    return out


def _place_footnotes(notes: list[FootnoteText], owners: dict[str, str]) -> list[Footnote]:
    """Printed document: each note goes to the paragraph whose raised marker names it."""
    return [Footnote(n.marker, n.text, owners.get(n.marker)) for n in notes]


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


def _parse(source: _Source, name: str, language: str | None) -> Resolution:
    sample = "\n".join([*source.masthead, *(b.text for b in source.blocks[:200])])
    lang = detect_language(sample, language)
    table = _table(lang)
    finder = _finder(lang)
    warnings = list(source.warnings)
    main, annex_blocks = annex_split(source.blocks, lang, table)
    main, closing = cut_closing(main, lang, table)
    warnings += closing.warnings
    organ_found = _organ(main, table, lang)
    organ, chapeau = organ_found if organ_found else (None, False)
    if organ is not None:
        start = organ.index + 1
        header_blocks = main[: organ.index]
    else:
        start = _headed_start(source, main, lang) or _body_start(main, finder, table)
        header_blocks = main[:start]
    header, heading_index = _read_header(source, header_blocks, table, lang, organ)
    body = [b for b in main[start:] if not _is_running_header(b.text, header.title)]
    if not source.printed:
        merged = merge_broken_blocks([b.text for b in body], table.get("hyphen_prefixes", []))
        body = [Block(text) for text in merged]
    kind = header.kind
    parts = parts_of(main, table, lang)
    if parts is not None:
        # Parts A, B, …: the header ends where part A starts; each part is read alone.
        header, heading_index = _read_header(source, main[: parts[0]], table, lang, organ)
        drafts, notes = [], []
        for letter, part_body in parts[1]:
            found = classify(part_body, table, finder, text_notes=source.notes is None)
            for draft in found.drafts:
                draft.part = letter
            drafts += found.drafts
            notes += found.notes
        body = [b for _, part_body in parts[1] for b in part_body]
    else:
        classified = classify(
            body,
            table,
            finder,
            text_notes=source.notes is None,
            lettered=chapeau,
            known_resolution=organ is not None,
        )
        drafts, notes = classified.drafts, classified.notes
    if chapeau and drafts is not None:
        chapeau_draft = DraftParagraph("other", main[organ.index].text.strip() if organ else "")
        drafts.insert(0, chapeau_draft)
    looks_like_resolution = organ is not None or any(
        d.kind == "operative" or finder.is_opener(d.head) for d in drafts
    )
    if kind in ("amendment", "other") or not looks_like_resolution:
        # An amendment or a report keeps the text after its heading; a text of unknown kind
        # keeps everything (no header was recognised).
        kept = body if kind in ("amendment", "other") else main
        drafts = [
            DraftParagraph("other", b.text, markers=list(b.markers)) for b in kept if b.text.strip()
        ]
        notes = []
        if kind in ("amendment", "other"):
            message = masthead_table(lang).get("not_a_resolution", "is {kind}")
            what = "an amendment" if kind == "amendment" else "a document of another kind"
            warnings.append(f"{header.symbol or name} " + message.format(kind=what))
        else:
            warnings.append(table.get("not_a_resolution", _NOT_A_RESOLUTION))
    number_ids(drafts)
    annexes_drafts = [
        (label, *read_annex(label, blocks, k + 1, table, finder))
        for k, (label, blocks) in enumerate(annex_blocks)
    ]
    for _, _, annex_drafts in annexes_drafts:
        number_ids(annex_drafts)
    if source.notes is None:
        if looks_like_resolution:
            notes += _cut_notes_from_paragraphs(drafts)
            for chunk in closing.trailing.split("\n\n"):
                notes += footnote_block(chunk, _compiled(table.get("footnote_lines", [])))
        footnotes = _link_footnotes(drafts, notes)
        annex_notes: list[list[Footnote]] = [[] for _ in annexes_drafts]
    else:
        owners: dict[str, str] = {}
        sponsor_block = header_blocks[heading_index] if heading_index is not None else None
        for block in header_blocks:
            for marker in block.markers:
                owners.setdefault(marker, SPONSORS if block is sponsor_block else HEADER)
        for draft in drafts:
            for marker in draft.markers:
                owners.setdefault(marker, draft.id)
        annex_markers: dict[str, int] = {}
        for k, (_, _, annex_drafts) in enumerate(annexes_drafts):
            for draft in annex_drafts:
                for marker in draft.markers:
                    owners.setdefault(marker, draft.id)
                    annex_markers.setdefault(marker, k)
        placed = _place_footnotes(source.notes, owners)
        unplaced = [f.marker for f in placed if f.paragraph is None]
        if unplaced:
            warnings.append(
                "footnote "
                + ", ".join(unplaced)
                + ": no raised marker for it was found in the text; it is kept unlinked"
            )
        footnotes = [f for f in placed if f.marker not in annex_markers]
        annex_notes = [
            [f for f in placed if annex_markers.get(f.marker) == k]
            for k in range(len(annexes_drafts))
        ]
        if closing.trailing.strip():
            warnings.append("text printed after the closing was kept as unclassified paragraphs")
            extra = [
                DraftParagraph("other", t) for t in closing.trailing.split("\n\n") if t.strip()
            ]
            number_ids(drafts + extra)
            drafts += extra
    annexes = tuple(
        Annex(label, title, build(annex_drafts, finder), tuple(annex_notes[k]))
        for k, (label, title, annex_drafts) in enumerate(annexes_drafts)
    )
    return Resolution(
        source=name,
        language=lang,
        header=header,
        paragraphs=build(drafts, finder),
        footnotes=tuple(footnotes),
        meeting=closing.meeting or adoption_meeting([b.text for b in header_blocks], lang),
        vote=closing.vote,
        warnings=tuple(warnings),
        annexes=annexes,
    )


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
    artefacts = [*table.get("artefact_lines", []), *_table("en").get("artefact_lines", [])]
    blocks = reflow(
        normal,
        artefacts=artefacts,
        openers=table.get("preambular_openers", []),
        hyphen_prefixes=table.get("hyphen_prefixes", []),
        own_lines=table.get("organ_lines", []),
    )
    found = _Source((), [Block(b) for b in blocks], None, list(extra_warnings))
    return _parse(found, source, lang)


def _clean(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def parse_document(
    document: PrintedDocument,
    source: str = "<document>",
    language: str | None = None,
    extra_warnings: tuple[str, ...] = (),
) -> Resolution:
    """Parse a printed document (a PDF's page model): furniture is already apart."""
    sample = "\n".join([*document.masthead, *(b.text for b in document.blocks[:200])])
    language = detect_language(sample, language)  # once: _parse gets it explicitly
    prefixes = frozenset(fold(p) for p in _table(language).get("hyphen_prefixes", []))
    blocks = [
        Block(
            repair_split_compounds(_clean(b.text), prefixes),
            tuple(r.marker for r in b.refs),
            b.bold,
        )
        for b in document.blocks
        if b.text.strip() or b.refs
    ]
    notes = [FootnoteText(n.marker, _clean(n.text)) for n in document.notes]
    warnings = [*extra_warnings, *(w for w in document.warnings if w not in extra_warnings)]
    masthead = tuple(_clean(line) for line in document.masthead)
    # A document without a footnote area may print its notes in the body (endnotes,
    # "…; 2 A/HRC/35/35."): they are then found by their shape, as in plain text.
    found = _Source(masthead, blocks, notes or None, warnings, printed=True)
    return _parse(found, source, language)
