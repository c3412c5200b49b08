"""Readable terminal outline of one parsed resolution (`resolution-compare parse FILE`)."""

from __future__ import annotations

import shutil
import textwrap

from resolution_compare.core.model import Paragraph, Resolution, SubParagraph

_MIN_WIDTH = 40
_ID_WIDTH = 6


def _fit(line: str, width: int) -> str:
    line = line.replace("\n", " ")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _header_lines(res: Resolution) -> list[str]:
    header = res.header
    fields = [
        ("Body", header.body),
        ("Session", str(header.session) if header.session is not None else None),
        ("Symbol", header.symbol),
        ("Agenda item", header.agenda_item),
        ("Title", header.title),
        ("Adopted", header.adopted),
    ]
    return [f"{name + ':':<13}{value}" for name, value in fields if value]


def _subparagraph_lines(sub: SubParagraph, depth: int, width: int) -> list[str]:
    indent = " " * (_ID_WIDTH + 2 + 4 * depth)
    lines = [_fit(f"{indent}{sub.label} {sub.text}", width)]
    for child in sub.subparagraphs:
        lines += _subparagraph_lines(child, depth + 1, width)
    return lines


def _paragraph_lines(p: Paragraph, width: int) -> list[str]:
    head = p.text.split("\n", 1)[0]
    lead = p.lead or ""
    rest = head[len(lead) :].strip() if lead and head.startswith(lead) else head
    shown = f"{lead}  {rest}" if lead else rest
    lines = [_fit(f"{p.id:<{_ID_WIDTH}}  {shown}", width)]
    for sub in p.subparagraphs:
        lines += _subparagraph_lines(sub, 0, width)
    return lines


def vote_text(
    method: str | None,
    yes: int | None,
    no: int | None,
    abstain: int | None,
    key: str = " (yes–no–abstain)",
) -> str:
    """One vote as the terminal prints it, for ``parse`` and ``compare`` alike:
    "recorded vote 33–14–0 (yes–no–abstain)", "adopted without a vote", or "no vote in this
    text" (General Assembly texts never print the vote, even when it was recorded)."""
    if method is None and yes is None and no is None and abstain is None:
        return "no vote in this text"
    if method == "without_vote":
        return "adopted without a vote"
    counts = "–".join("?" if n is None else str(n) for n in (yes, no, abstain))
    return f"{'recorded vote' if method == 'recorded' else 'vote'} {counts}{key}"


def _vote_lines(res: Resolution) -> list[str]:
    vote = res.vote
    lines = ["Vote:        " + vote_text(vote.method, vote.yes, vote.no, vote.abstain)]
    if vote.method != "recorded":
        return lines
    for name, states in (
        ("in favour", vote.in_favour),
        ("against", vote.against),
        ("abstaining", vote.abstaining),
    ):
        if states:
            lines.append(f"  {name + ':':<12}{', '.join(states)}")
    if vote.unresolved:
        lines.append(f"  unresolved: {'; '.join(vote.unresolved)}")
    return lines


def format_outline(res: Resolution, width: int | None = None) -> str:
    """Header, paragraphs (one line each, cut to ``width``), footnotes, closing, warnings."""
    width = max(width or shutil.get_terminal_size((100, 24)).columns, _MIN_WIDTH)
    lines = [f"{res.label} ({res.language})"]
    lines += _header_lines(res)
    preambular = sum(1 for p in res.paragraphs if p.kind == "preambular")
    operative = sum(1 for p in res.paragraphs if p.kind == "operative")
    other = len(res.paragraphs) - preambular - operative
    counts = f"{preambular} preambular, {operative} operative"
    lines += ["", f"Paragraphs:  {counts}" + (f", {other} other" if other else ""), ""]
    for paragraph in res.paragraphs:
        lines += _paragraph_lines(paragraph, width)
    if res.footnotes:
        lines += ["", "Footnotes:"]
        for note in res.footnotes:
            where = f" (on {note.paragraph})" if note.paragraph else ""
            lines.append(_fit(f"  {note.marker}{where}  {note.text}", width))
    closing = []
    if res.meeting is not None:
        number = f"no. {res.meeting.number}" if res.meeting.number is not None else "?"
        date = f", {res.meeting.date}" if res.meeting.date else ""
        closing.append(f"Meeting:     {number}{date}")
    closing += _vote_lines(res)
    if closing:
        lines += ["", *[_fit(line, width) for line in closing]]
    if res.warnings:
        # Wrapped, never cut: a warning is read whole ("…no numbered operative…" was cut).
        lines += ["", "Warnings:"]
        for warning in res.warnings:
            lines += textwrap.wrap(
                warning, width, initial_indent="  - ", subsequent_indent="    "
            ) or ["  -"]
    return "\n".join(lines)
