"""What one comparison row says, as text and HTML: labels, badges, marked-up sides.

Pure formatting over ``Row`` values (no diffing): the engine decided what changed.
"""

from __future__ import annotations

import html
from collections import Counter

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
    "negation_added": "negation added",
    "negation_removed": "negation removed",
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


def strip_kind(row: Row) -> str:
    """The legend entry a changed row shows as in the change strip and the row marker.

    Verb strength wins (it is what a delegate looks for first), then moves, then the status;
    a modification that is only routine (calendar updates) is "routine", grey.
    """
    badge = lead_badge(row)
    if badge is not None and badge[0] in ("stronger", "weaker"):
        return badge[0]
    if row.moved or row.status in ("split", "merged"):
        return "moved"
    if row.status in ("inserted", "deleted"):
        return row.status
    if row.routine_only:
        return "routine"  # greyed like its text (the legend's routine swatch), not orange
    return "modified"


def is_change(row: Row, show_routine: bool) -> bool:
    if row.status == "unchanged" and not row.moved:
        return False
    # With routine changes hidden, a row that only renumbers sessions is not a change.
    return show_routine or row.status != "modified" or not row.routine_only or row.moved


CHANGE_GROUPS = ("language", "modified", "rewritten", "inserted", "deleted", "moved")


def change_groups(row: Row, show_routine: bool) -> tuple[str, ...]:
    """Every group of the change list a row is counted in, in CHANGE_GROUPS order.

    A row can be in two groups: a modified paragraph whose verb got stronger is under
    "Operative language" and under "Modified", so "Modified (9)" in the list and
    "9 modified" in the header (and in the terminal and the report) are the same nine.
    """
    if not is_change(row, show_routine):
        return ()
    groups: list[str] = []
    if lead_badge(row) is not None or row.flags:
        groups.append("language")
    routine_hidden = row.routine_only and not show_routine
    if row.status in ("modified", "split", "merged") and not routine_hidden:
        groups.append("modified")
    if row.status in ("rewritten", "inserted", "deleted"):
        groups.append(row.status)
    if row.moved:
        groups.append("moved")
    return tuple(groups)


def change_counts(rows: tuple[Row, ...], show_routine: bool) -> Counter[str]:
    """How many rows each change group holds, plus "unchanged", "stronger", "weaker" and
    "routine_hidden" (routine-only rows not counted as changes while routine is hidden)."""
    counts: Counter[str] = Counter()
    for row in rows:
        groups = change_groups(row, show_routine)
        counts.update(groups)
        # "unchanged" as the comparison's summary counts it (terminal, JSON, report): the
        # unchanged text, moved or not (QA pass 2 N3: "8 unchanged" beside "9 unchanged").
        if row.status == "unchanged":
            counts["unchanged"] += 1
        elif not groups:
            hidden = row.status == "modified" and row.routine_only and not show_routine
            counts["routine_hidden" if hidden else "unchanged"] += 1
        badge = lead_badge(row)
        if badge is not None and badge[0] in ("stronger", "weaker"):
            counts[badge[0]] += 1
    return counts


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
        if note.status == "text_missing":
            text = _missing_note_html(note, side, colours)
        else:
            text = _segments_html(note.diff, side, colours, show_routine, note.status != "changed")
        out += f"<br><small><sup>{_escape(marker)}</sup> {text}</small>"
    return out


def _missing_note_html(note: FootnoteChange, side: str, colours: Colours) -> str:
    """A note whose text one file lost (its marker kept): an extraction loss, not a change
    (QA D16) — its text shown plain and dimmed where it was read, a note where it was not."""
    own = "-" if side == "L" else "+"
    text = "".join(s.text for s in note.diff if s.op in ("=", own))
    if not text:
        text = _tr("footnote text not found in this file")
        return f'<i style="color:{colours.dim_text}">{_escape(text)}</i>'
    return f'<span style="color:{colours.dim_text}">{_escape(text)}</span>'


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
            # A whole inserted/deleted paragraph: struck through or underlined like any
            # change (colour is never the only cue), without the word background.
            parts.append(f'<span style="color:{fg}; text-decoration:{decoration}">{text}</span>')
        elif seg.routine and not show_routine:
            parts.append(text)
        elif seg.routine:
            # Grey, with a grey background: the strike of a deleted 一 lies on its stroke.
            parts.append(
                f'<span style="color:{colours.dim_text}; background-color:{colours.routine_bg}; '
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
        "changed": colours.changed,
        "moved": colours.text,
        "flag": colours.changed,
        "uncertain": colours.dim_text,
    }
    lines = [f"<b>{_escape(row_label(row))}</b>"]
    status = status_text(row)
    if row.status != "unchanged" or row.moved:
        lines.append(f'<span style="color:{colours.dim_text}">{_escape(status)}</span>')
    for kind, text in badges(row):
        lines.append(f'<span style="color:{colour.get(kind, colours.text)}">{_escape(text)}</span>')
    return "<br>".join(lines)
