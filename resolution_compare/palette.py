"""The one palette of the app and the report, and the legend that explains it.

Pure Python (no Qt): the window (gui/theme.py) and the report (report/html.py) both read
their colours here, so "stronger" is the same colour on screen and on paper.

The hues are Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2002;
jfly.uni-koeln.de/color): vermillion = deleted, bluish green = inserted, orange =
modified, blue = ▲ stronger, reddish purple = ▼ weaker; moved/split/merged paragraphs are
neutral grey (a change of place, not of wording). One blue only, so "stronger" and "moved"
are never confused; tests/test_palette.py checks that the six stay apart under simulated
protanopia, deuteranopia and tritanopia (Machado et al. 2009). Colour is never
the only cue: deleted words are struck through, inserted words underlined (whole
paragraphs too), verb strength carries ▲/▼, moves ↕, flags ⚑, and in the change strip
deletions sit on the left half (the earlier side) and insertions on the right half.

Text colours are darker (light theme) or lighter (dark theme) shades of the same hues so
that they keep a contrast of at least 4.5:1 against their background (WCAG 2.1 AA,
checked by tests/test_palette.py); marker bars keep at least 2:1 against the strip.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    """Every colour the window and the report use, as "#rrggbb"."""

    dark: bool
    text: str
    dim_text: str
    deleted_fg: str
    deleted_bg: str
    inserted_fg: str
    inserted_bg: str
    gap_bg: str
    gap_hatch: str
    modified_marker: str
    inserted_marker: str
    deleted_marker: str
    moved_marker: str
    stronger_marker: str
    weaker_marker: str
    stronger: str  # badge text "▲ stronger"
    weaker: str  # badge text "▼ weaker"
    changed: str  # badge text "◆ verb changed" and "⚑" flags
    badge_bg: str
    current_bg: str
    banner_bg: str
    banner_fg: str
    grid: str
    base_bg: str
    window_bg: str
    find_bg: str
    checked_bg: str  # a checked toolbar toggle (filters, routine changes)
    checked_border: str
    drop_bg: str  # the half of the view a dropped file will replace (with alpha)
    # Routine (calendar-only) changes: a light grey tick in the strip, apart from the dark
    # grey of "moved"; and a grey background behind routine words, so that a strike that
    # falls on a horizontal stroke (Chinese 一, Arabic kashida) still shows a change.
    routine_marker: str
    routine_bg: str


LIGHT = Colours(
    dark=False,
    text="#1b1b1b",
    dim_text="#6b6b6b",
    deleted_fg="#a33a00",
    deleted_bg="#fbe4d8",
    inserted_fg="#00694c",
    inserted_bg="#d6f2e7",
    gap_bg="#f3f3f3",
    gap_hatch="#d6d6d6",
    modified_marker="#e69f00",
    inserted_marker="#009e73",
    deleted_marker="#d55e00",
    moved_marker="#555555",
    stronger_marker="#0072b2",
    weaker_marker="#b8609a",
    stronger="#005b8f",
    weaker="#96457a",
    changed="#8a5a00",
    badge_bg="#eef0f6",
    current_bg="#e3ecfb",
    banner_bg="#fff1d6",
    banner_fg="#5c3b00",
    grid="#e2e2e2",
    base_bg="#ffffff",
    window_bg="#efefef",
    find_bg="#f0e442",
    checked_bg="#c7dcf2",
    checked_border="#0072b2",
    drop_bg="#550072b2",
    routine_marker="#a8a8a8",
    routine_bg="#eeeeee",
)

DARK = Colours(
    dark=True,
    text="#e8e8e8",
    dim_text="#a0a0a0",
    deleted_fg="#ffa57a",
    deleted_bg="#4a2614",
    inserted_fg="#7fe0bf",
    inserted_bg="#12392c",
    gap_bg="#2a2a2a",
    gap_hatch="#3d3d3d",
    modified_marker="#e69f00",
    inserted_marker="#2dbe92",
    deleted_marker="#e8743a",
    moved_marker="#d0d0d0",
    stronger_marker="#3a8fd6",
    weaker_marker="#cc79a7",
    stronger="#6fb3ee",
    weaker="#e8a3cc",
    changed="#f0b030",
    badge_bg="#33363d",
    current_bg="#2c3a52",
    banner_bg="#4a3a12",
    banner_fg="#ffe6a8",
    grid="#3a3a3a",
    base_bg="#1e1f22",
    window_bg="#2b2d30",
    find_bg="#c9bd2c",
    checked_bg="#1f5f94",
    checked_border="#8fc8f5",
    drop_bg="#663a8fd6",
    routine_marker="#767676",
    routine_bg="#323438",
)


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: what a colour and its second cue mean."""

    key: str  # "deleted", "inserted", "modified", "moved", "stronger", "weaker", …
    cue: str  # the non-colour cue shown beside the swatch ("struck through", "▲", …)
    label: str  # English; the app passes it through its translator
    marker: str  # the Colours field that gives the swatch colour


LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry(
        "deleted", "abc", "Deleted words: struck through (left half of the strip)", "deleted_marker"
    ),
    LegendEntry(
        "inserted", "abc", "Inserted words: underlined (right half of the strip)", "inserted_marker"
    ),
    LegendEntry("modified", "▌", "Modified paragraph", "modified_marker"),
    LegendEntry("moved", "↕", "Moved, split (⑂) or merged (⑃) paragraph", "moved_marker"),
    LegendEntry(
        "stronger", "▲", "Operative verb got stronger (Encourages → Urges)", "stronger_marker"
    ),
    LegendEntry("weaker", "▼", "Operative verb got weaker (Urges → Encourages)", "weaker_marker"),
    LegendEntry(
        "changed", "◆ ⚑", "Verb changed at the same strength; hedge or other flag", "changed"
    ),
    LegendEntry(
        "routine",
        "abc",
        "Routine change (session, year, resolution number): greyed",
        "routine_marker",
    ),
    LegendEntry("gap", "▨", "Hatched: the paragraph does not exist on that side", "gap_hatch"),
)


def marker_colour(colours: Colours, entry: LegendEntry) -> str:
    value = getattr(colours, entry.marker)
    assert isinstance(value, str)
    return value


_KIND_ENTRIES = {entry.key: entry for entry in LEGEND}


def kind_colour(colours: Colours, kind: str) -> str:
    """The swatch colour of a legend ``kind`` ("deleted", "stronger", …); text colour if unknown."""
    entry = _KIND_ENTRIES.get(kind)
    return marker_colour(colours, entry) if entry is not None else colours.text


def _cue_html(colours: Colours, entry: LegendEntry) -> str:
    """The cue as it looks in the window: struck, underlined, greyed or a symbol."""
    if entry.key == "deleted":
        style = f"color:{colours.deleted_fg}; background-color:{colours.deleted_bg}; "
        return f'<span style="{style}text-decoration:line-through">abc</span>'
    if entry.key == "inserted":
        style = f"color:{colours.inserted_fg}; background-color:{colours.inserted_bg}; "
        return f'<span style="{style}text-decoration:underline">abc</span>'
    if entry.key == "routine":
        style = f"color:{colours.dim_text}; background-color:{colours.routine_bg}; "
        return f'<span style="{style}text-decoration:line-through">38</span>'
    colour = {"stronger": colours.stronger, "weaker": colours.weaker}.get(entry.key)
    colour = colour or (colours.changed if entry.key == "changed" else colours.text)
    return f'<span style="color:{colour}">{entry.cue}</span>'


def legend_html(colours: Colours, translate: Callable[[str], str] = str) -> str:
    """The legend as an HTML table: swatch (the strip's colour), cue, meaning.

    ``translate`` turns each English label into the user's language (the app passes its
    Qt translator; the report keeps English). Used by Help ▸ Legend, the strip's tooltip
    and the report, so all three say the same thing.
    """
    rows = []
    for entry in LEGEND:
        swatch = marker_colour(colours, entry)
        rows.append(
            f'<tr><td bgcolor="{swatch}" width="14">&nbsp;&nbsp;&nbsp;</td>'
            f'<td align="center">{_cue_html(colours, entry)}</td>'
            f"<td>{html.escape(translate(entry.label))}</td></tr>"
        )
    return '<table cellspacing="2" cellpadding="3">' + "".join(rows) + "</table>"
