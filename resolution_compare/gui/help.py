"""The Help menu's pages as HTML: keyboard shortcuts, the short guide, the legend, About.

The shortcuts page is built from the one action table (gui/actions.py), so a key added
there is listed here without further work; the legend comes from the shared palette.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from resolution_compare.gui.actions import ACTIONS, MENU_TITLES, native_keys, plain_text
from resolution_compare.palette import Colours, legend_html

# Keys the window handles outside the action table (list, find bar and table keys).
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Up / Down, Page Up / Page Down", "Move through the paragraphs"),
    ("Home / End", "First / last paragraph"),
    ("Ctrl+wheel", "Zoom the comparison text"),
    ("Enter (in the find bar)", "Find next"),
    ("Esc (in the find bar)", "Close the find bar"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def shortcuts_html() -> str:
    """Every shortcut of the action table, by menu, then the keys handled elsewhere."""
    rows: list[str] = []
    for menu, title in MENU_TITLES.items():
        specs = [s for s in ACTIONS if s.menu == menu and s.shortcut]
        if not specs:
            continue
        menu_name = html.escape(_tr(title).replace("&", ""))
        rows.append(f'<tr><th colspan="2" align="left"><br>{menu_name}</th></tr>')
        for spec in specs:
            keys = " or ".join(f"<b>{html.escape(k)}</b>" for k in native_keys(spec))
            name = html.escape(QCoreApplication.translate("actions", plain_text(spec)))
            rows.append(f"<tr><td>{keys}</td><td>{name}</td></tr>")
    rows.append(f'<tr><th colspan="2" align="left"><br>{html.escape(_tr("Elsewhere"))}</th></tr>')
    for keys, what in OTHER_KEYS:
        rows.append(
            f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(_tr(what))}</td></tr>"
        )
    return '<table cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


GUIDE_PARAGRAPHS = (
    "<b>Open.</b> Drop the earlier version on <i>Earlier version</i> and the later one on "
    "<i>Later version</i>, or drop both at once: they are put in date order. Text, PDF and "
    "Word (.docx) files are read; nothing leaves this computer.",
    "<b>Read.</b> Each row is one paragraph of both versions side by side. The column on the "
    "left gives the paragraph numbers (OP7 → OP9 when it was renumbered), what happened to it "
    "and the badges: ▲ the operative verb got stronger, ▼ weaker, ◆ changed at the same "
    "strength, ⚑ a hedge or another flagged change, ↕ moved. Deleted words are struck "
    "through on the left, inserted words underlined on the right.",
    "<b>Move.</b> The list on the left groups the changes; the strip on the right shows where "
    "they are. Click either, or press Alt+Down / Alt+Up for the next / previous change. "
    "Ctrl+2 shows the changes only; Ctrl+3 the operative part only.",
    "<b>Routine changes</b> — session numbers, years, resolution numbers that move with the "
    "calendar — are greyed; Ctrl+R hides them.",
    "<b>Votes.</b> The Votes tab (Ctrl+Shift+V) shows both tallies, the States that changed "
    "their position, those named in one vote only (not a member that year, or absent) and "
    "those that kept their vote. Ctrl+F finds a State by name or code.",
    "<b>Share.</b> Select words in a paragraph and copy them (Ctrl+C; with nothing selected, "
    "Ctrl+C copies the whole row). File ▸ Export report… saves a PDF or HTML report, "
    "File ▸ Print… prints it.",
)


def guide_html() -> str:
    return "".join(f"<p>{_tr(p)}</p>" for p in GUIDE_PARAGRAPHS)


def legend_page_html(colours: Colours) -> str:
    intro = _tr(
        "Colours follow a colour-blind-safe palette, and each has a second cue: a strike, "
        "an underline, a symbol or its place in the strip."
    )
    return f"<p>{html.escape(intro)}</p>" + legend_html(colours, _tr)


def about_html(version: str) -> str:
    return (
        f"<p><b>Resolution Compare {html.escape(version)}</b></p>"
        + "<p>"
        + html.escape(_tr("Compares two versions of a UN resolution."))
        + "</p><p>"
        + html.escape(
            _tr(
                "Works offline: no file leaves this computer, no network connection is made, "
                "nothing is collected."
            )
        )
        + "</p>"
    )
