"""Readable terminal report of a comparison (`resolution-compare compare A B --text`).

Header (both labels, languages, dates), the summary line, every changed row with its lead
change, flags and inline diff ([-deleted-] / {+inserted+}; red/green with ``color``;
routine changes dimmed), unchanged rows as a count, then the vote shifts.
"""

from __future__ import annotations

from resolution_compare.console import vote_text
from resolution_compare.core.comparison import Comparison, DiffSegment, FootnoteChange, Row
from resolution_compare.core.countries import state_name
from resolution_compare.core.document_date import document_date_text
from resolution_compare.core.sides import side_roles
from resolution_compare.i18n import INTERFACE_LANGUAGE, n_

_RED, _GREEN, _DIM, _BOLD, _RESET = "\x1b[31;9m", "\x1b[32m", "\x1b[2m", "\x1b[1m", "\x1b[0m"
_ARROWS = {"stronger": "▲", "weaker": "▼", "same": "=", "changed": "~"}


def _ids(ids: tuple[str, ...]) -> str:
    return "+".join(ids) or "—"


def _inline(diff: tuple[DiffSegment, ...], color: bool) -> str:
    parts: list[str] = []
    for seg in diff:
        if seg.op == "=":
            parts.append(seg.text)
            continue
        if color:
            code = _DIM if seg.routine else (_RED if seg.op == "-" else _GREEN)
            mark = "-" if seg.op == "-" else "+"
            text = f"[{mark}{seg.text}{mark}]" if seg.routine else seg.text
            parts.append(f"{code}{text}{_RESET}")
        else:
            parts.append(f"[-{seg.text}-]" if seg.op == "-" else f"{{+{seg.text}+}}")
    return "".join(parts)


def _row_title(row: Row, color: bool) -> str:
    title = f"{_ids(row.left)} → {_ids(row.right)}  {row.status}"
    if row.moved:
        title += " (moved)"
    if row.routine_only:
        title += " (routine)"
    if row.uncertain:
        title += " (uncertain pairing: no verdict)"
    if row.lead is not None:
        lead = row.lead
        title += f"  {_ARROWS[lead.change]} {lead.change}: {lead.left or '—'} → {lead.right or '—'}"
    return f"{_BOLD}{title}{_RESET}" if color else title


_NOTE_STATUS = {
    "changed": "changed",
    "added": "added",
    "removed": "removed",
}


def _footnote_lines(row: Row, color: bool) -> list[str]:
    """One line per footnote that changed, appeared, disappeared or could not be read."""
    return _note_lines(row.footnotes, color)


def _note_lines(notes: tuple[FootnoteChange, ...], color: bool) -> list[str]:
    out: list[str] = []
    for note in notes:
        if note.status == "unchanged":
            continue
        markers = f"{note.left or '—'} → {note.right or '—'}"
        if note.status == "text_missing":
            # An extraction loss, not a change (QA D16): the text as read, unmarked.
            lost = "left" if any(s.op == "+" for s in note.diff) else "right"
            text = "".join(s.text for s in note.diff)
            out.append(
                f"  footnote {markers} text not found in the {lost} file (marker kept): {text}"
            )
            continue
        status = _NOTE_STATUS.get(note.status, note.status)
        if note.routine_only:
            status += " (routine)"
        out.append(f"  footnote {markers} {status}: {_inline(note.diff, color)}")
    return out


def format_comparison(result: Comparison, color: bool = False) -> str:
    left, right = result.left, result.right
    lines = [
        f"{left.label} → {right.label}",
        f"  left:  {left.source} ({left.language}, {document_date_text(left)})",
        f"  right: {right.source} ({right.language}, {document_date_text(right)})",
    ]
    s = result.summary
    lines.append(
        f"{s.unchanged} unchanged, {s.modified} modified, {s.inserted} inserted, "
        f"{s.deleted} deleted, {s.split} split, {s.merged} merged, {s.moved} moved; "
        f"{s.stronger} stronger, {s.weaker} weaker; "
        + n_(s.vote_changes, "{n} vote changed", "{n} votes changed")
        + (
            "; "
            + n_(s.states_in_one_vote, "{n} State in one vote only", "{n} States in one vote only")
            if s.states_in_one_vote
            else ""
        )
    )
    if s.rewritten or s.uncertain or s.footnotes_changed:
        lines.append(
            n_(s.rewritten, "{n} rewritten", "{n} rewritten")
            + ", "
            + n_(s.uncertain, "{n} uncertain pairing", "{n} uncertain pairings")
            + " (no verdict), "
            + n_(s.footnotes_changed, "{n} footnote changed", "{n} footnotes changed")
        )
    lines.extend(f"  note: {w}" for w in result.warnings)
    unchanged = 0
    for row in result.rows:
        if row.status == "unchanged" and not row.moved:
            unchanged += 1
            continue
        lines.append("")
        lines.append(_row_title(row, color))
        for flag in row.flags:
            detail = f" ({flag.detail})" if flag.detail else ""
            lines.append(f"  ! {flag.kind}: {flag.text}{detail}")
        if row.status != "unchanged":
            lines.extend("  " + line for line in _inline(row.diff, color).split("\n"))
        lines.extend(_footnote_lines(row, color))
    document_notes = _note_lines(result.document_footnotes, color)
    if document_notes:
        lines.append("")
        lines.append("Footnotes on the title, the headings or the sponsors:")
        lines.extend(document_notes)
    if unchanged:
        lines.append("")
        lines.append(
            n_(
                unchanged,
                "({n} unchanged paragraph not shown)",
                "({n} unchanged paragraphs not shown)",
            )
        )
    votes = result.votes
    lines.append("")
    lines.append(
        "Votes: "
        + " → ".join(
            vote_text(t.method, t.yes, t.no, t.abstain, key="") for t in (votes.left, votes.right)
        )
        + (" (yes–no–abstain)" if "recorded" in (votes.left.method, votes.right.method) else "")
        + (" (method changed)" if votes.method_changed else "")
    )
    language = INTERFACE_LANGUAGE  # the terminal's words are English

    def name(code: str) -> str:
        return state_name(code, language)

    if votes.shifted:
        lines.append("  Changed position:")
        lines.extend(
            f"    {name(s.state)}: {s.left} → {s.right}"
            for s in sorted(votes.shifted, key=lambda v: name(v.state))
        )
    elif votes.left.method == "recorded" and votes.right.method == "recorded":
        lines.append("  No State named in both votes changed position.")
    if votes.left.method != "recorded" or votes.right.method != "recorded":
        return "\n".join(lines)  # against a text without a recorded vote nothing is "only"
    # "earlier"/"later" only when the dates agree with the order (core/sides.py).
    roles = side_roles(result.left, result.right)
    for title, group, side in (
        (f"Only in the {roles[0]} vote", votes.only_left, "left"),
        (f"Only in the {roles[1]} vote", votes.only_right, "right"),
    ):
        if group:
            listed = ", ".join(
                f"{name(s.state)} ({getattr(s, side)})"
                for s in sorted(group, key=lambda v: name(v.state))
            )
            lines.append(f"  {title} ({len(group)}): {listed}")
    sponsors = result.sponsors
    if sponsors is not None:
        lines.append("")
        lines.append(f"Sponsors: {len(sponsors.left)} → {len(sponsors.right)}")
        if sponsors.joined:
            lines.append(f"  Joined ({len(sponsors.joined)}): {', '.join(sponsors.joined)}")
        if sponsors.withdrawn:
            lines.append(f"  Left ({len(sponsors.withdrawn)}): {', '.join(sponsors.withdrawn)}")
        if not sponsors.changed:
            lines.append("  The same States sponsor both texts.")
    return "\n".join(lines)
