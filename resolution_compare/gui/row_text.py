"""What one comparison row says, as text and HTML: labels, badges, marked-up sides.

Pure formatting over ``Row`` values (no diffing): the engine decided what changed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from resolution_compare.core.comparison import DiffSegment, Flag, FootnoteChange, Row
from resolution_compare.core.script import arrow_pair
from resolution_compare.gui.theme import Colours

NO_ID = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("row_text", text)


def ids_text(ids: tuple[str, ...]) -> str:
    return " + ".join(ids) if ids else NO_ID


def row_label(row: Row) -> str:
    """ "OP7 → OP9", "OP7" when the id is kept, "— → OP9" for an insertion."""
    left, right = ids_text(row.left), ids_text(row.right)
    if row.left == row.right:
        return left
    return f"{left} → {right}"


def status_text(row: Row) -> str:
    names = {
        "unchanged": _tr("unchanged"),
        "modified": _tr("modified"),
        "rewritten": _tr("rewritten"),
        "inserted": _tr("inserted"),
        "deleted": _tr("deleted"),
        "split": _tr("split"),
        "merged": _tr("merged"),
    }
    text = names.get(row.status, row.status)
    if row.status == "modified" and row.routine_only:
        text = _tr("routine change (session, year or number)")
    if row.moved:
        text = _tr("moved") + (", " + text if row.status != "unchanged" else "")
    return text


FLAG_NAMES = {
    "hedge_added": "hedge added",
    "hedge_removed": "hedge removed",
    "booster_added": "emphasis added",
    "booster_removed": "emphasis removed",
    "moved_to_operative": "moved to operative part",
    "moved_to_preamble": "moved to preamble",
    "period_changed": "period changed",
    "deadline_changed": "deadline changed",
    "reporting_changed": "reporting changed",
}


def flag_text(flag: Flag) -> str:
    name = _tr(FLAG_NAMES.get(flag.kind, flag.kind.replace("_", " ")))
    if flag.detail:
        return f"⚑ {name}: {flag.detail}"
    if flag.text:
        return f"⚑ {name}: “{flag.text}”"
    return f"⚑ {name}"


def lead_badge(row: Row) -> tuple[str, str] | None:
    """(direction, text) for a head-verb change, e.g. ("stronger", "▲ stronger: A → B")."""
    lead = row.lead
    if lead is None or lead.change == "same":
        return None
    pair = arrow_pair(lead.left or NO_ID, lead.right or NO_ID)
    if lead.change == "stronger":
        return "stronger", "▲ " + _tr("stronger") + ": " + pair
    if lead.change == "weaker":
        return "weaker", "▼ " + _tr("weaker") + ": " + pair
    return "changed", "◆ " + _tr("verb changed") + ": " + pair


def badges(row: Row) -> list[tuple[str, str]]:
    """All badges of a row as (kind, text); kind picks the colour."""
    out: list[tuple[str, str]] = []
    lead = lead_badge(row)
    if lead:
        out.append(lead)
    if row.moved:
        out.append(("moved", "↕ " + _tr("moved from") + " " + ids_text(row.left)))
    if row.status == "split":
        out.append(
            ("moved", "⑂ " + _tr("split") + f": {ids_text(row.left)} → {ids_text(row.right)}")
        )
    if row.status == "merged":
        out.append(
            ("moved", "⑃ " + _tr("merged") + f": {ids_text(row.left)} → {ids_text(row.right)}")
        )
    if row.uncertain:
        out.append(("uncertain", "? " + _tr("uncertain pairing: no verdict")))
    for flag in row.flags:
        out.append(("flag", flag_text(flag)))
    for note in row.footnote_changes:
        out.append(("flag", footnote_text(note)))
    return out


FOOTNOTE_STATUS = {
    "changed": "footnote changed",
    "added": "footnote added",
    "removed": "footnote removed",
    "text_missing": "footnote text not found",
}


def footnote_text(note: FootnoteChange) -> str:
    """ "¶ footnote changed: 1 → 1" and the like, for a badge."""
    markers = f"{note.left or NO_ID} → {note.right or NO_ID}"
    routine = " (" + _tr("routine") + ")" if note.routine_only else ""
    return f"¶ {_tr(FOOTNOTE_STATUS.get(note.status, note.status))}: {markers}{routine}"


def is_change(row: Row, show_routine: bool) -> bool:
    if row.status == "unchanged" and not row.moved:
        return False
    # With routine changes hidden, a row that only renumbers sessions is not a change.
    return show_routine or row.status != "modified" or not row.routine_only or row.moved


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def side_html(row: Row, side: str, colours: Colours, show_routine: bool) -> str:
    """The left ("L") or right ("R") text with its changes marked; "" for a gap. Footnotes
    that changed, appeared or disappeared follow the text, marked the same way."""
    if (side == "L" and not row.left) or (side == "R" and not row.right):
        return ""
    whole = row.status in ("inserted", "deleted")
    out = _segments_html(row.diff, side, colours, show_routine, whole)
    for note in row.footnotes:
        marker = note.left if side == "L" else note.right
        if note.status == "unchanged" or marker is None:
            continue
        text = _segments_html(note.diff, side, colours, show_routine, note.status != "changed")
        out += f"<br><small><sup>{_escape(marker)}</sup> {text}</small>"
    return out


def _segments_html(
    diff: tuple[DiffSegment, ...], side: str, colours: Colours, show_routine: bool, whole: bool
) -> str:
    theirs = "+" if side == "L" else "-"
    fg = colours.deleted_fg if side == "L" else colours.inserted_fg
    bg = colours.deleted_bg if side == "L" else colours.inserted_bg
    decoration = "line-through" if side == "L" else "underline"
    parts: list[str] = []
    for seg in diff:
        if seg.op == theirs:
            continue
        text = _escape(seg.text)
        if seg.op == "=":
            parts.append(text)
        elif whole:
            # A whole inserted/deleted paragraph: colour without decorating every word.
            parts.append(f'<span style="color:{fg}">{text}</span>')
        elif seg.routine and not show_routine:
            parts.append(text)
        elif seg.routine:
            parts.append(
                f'<span style="color:{colours.dim_text}; '
                f'text-decoration:{decoration}">{text}</span>'
            )
        else:
            parts.append(
                f'<span style="color:{fg}; background-color:{bg}; '
                f'text-decoration:{decoration}">{text}</span>'
            )
    return "".join(parts)


def label_html(row: Row, colours: Colours) -> str:
    colour = {
        "stronger": colours.stronger,
        "weaker": colours.weaker,
        "changed": colours.modified_marker,
        "moved": colours.moved_marker,
        "flag": colours.modified_marker,
        "uncertain": colours.dim_text,
    }
    lines = [f"<b>{_escape(row_label(row))}</b>"]
    status = status_text(row)
    if row.status != "unchanged" or row.moved:
        lines.append(f'<span style="color:{colours.dim_text}">{_escape(status)}</span>')
    for kind, text in badges(row):
        lines.append(f'<span style="color:{colour.get(kind, colours.text)}">{_escape(text)}</span>')
    return "<br>".join(lines)
