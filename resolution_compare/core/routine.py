"""Routine updates: changes that only follow the calendar (issue 12, item 3; QA D1, D2).

Routine means the calendar only, and only as far as the two documents moved in it
(core/calendar_distance.py: their own sessions k, each body's sessions between their dates,
their years y):

- a session number or ordinal, read with its session word ("thirty-fifth session" →
  "forty-fourth session", "第六十一届会议" → "第六十四届会议"), that moves by the distance of
  its body: the documents' own k, or the sessions of the body the clause names ("to the
  General Assembly at its seventy-fifth session");
- a date that moves by y years ("22 June 2017" → "16 July 2020" between texts of 2017 and
  2020);
- a UN document symbol whose session part moves by its body's distance within the same
  series of symbols ("A/HRC/55/43" → "A/HRC/58/47", "78/7" → "79/7", "2231 (2015)" →
  "2334 (2016)" by y), with its year or adoption date ("35/3 of 2017" → "44/11 of 2020");
- a list of such symbols that gains later ones at its end, up to the distance ("77/7 and
  78/7" → "77/7, 78/7 and 79/7", with or without their adoption dates).

Everything else is substance: plain numbers, percentages, counts, paragraph references,
deadlines and end dates ("by 31 December 2025", "no later than 1 June 2026", "until 30
June 2026", "by 2030"), a year without a date or symbol, an ordinal without its session
word, a symbol that moves to another body, any move that is not the documents' own distance
(a report put off from the sixty-first to the sixty-fourth session between two drafts of
one session), and any move at all when the distance is unknown (two texts without a
header or a date) or nil (two drafts of one session). A comparison read backwards (the later
text on the left) reads the same updates backwards: they are routine that way too.

A changed run is routine when every changed character on each side lies inside such
calendar expressions, the expressions correspond one to one, and each moves as above.
"""

from __future__ import annotations

import re

from resolution_compare.core.calendar_distance import CalendarDistance
from resolution_compare.core.calendar_expressions import (
    Calendar,
    Expr,
    Item,
    calendar,
    could_be_calendar,
    expressions,
)

# Context read around a changed run to find its calendar expression: its clause (from the
# ";" before to the ";" after), at most WINDOW characters each way — a list of a series'
# resolutions with their adoption dates runs to well over a thousand. Starting both sides at
# the clause start (equal text) keeps a long list from being cut at different items.
WINDOW = 3000

_SPACE = re.compile(r"\s+")
_LIST_COMMAS = frozenset(",、，")


def _hits(text: str, span: tuple[int, int], cal: Calendar) -> list[Expr] | None:
    """Calendar expressions touching ``span``; None when a changed character is outside."""
    start, end = span
    lo = text.rfind(";", max(0, start - WINDOW), start) + 1 or max(0, start - WINDOW)
    hi = text.find(";", end, end + WINDOW)
    window = text[lo : hi if hi >= 0 else min(len(text), end + WINDOW)]
    exprs = [
        Expr(e.kind, e.start + lo, e.end + lo, e.value, e.series, e.deadline)
        for e in expressions(window, cal)
    ]
    if start == end:
        return [e for e in exprs if e.start <= start <= e.end]
    hits = [e for e in exprs if e.start < end and e.end > start]
    for k in range(start, end):
        # A list's commas may go with the item the diff cut ("…, y 80/150, de … 2025,").
        if text[k].isspace() or text[k] in _LIST_COMMAS:
            continue
        if not any(e.start <= k < e.end for e in hits):
            return None
    return hits


def _date_moved(
    old: tuple[int, int, int] | None, new: tuple[int, int, int] | None, years: int | None
) -> bool:
    """The date moved forward by the documents' years, keeping its precision ("June 2017"
    → "16 July 2020" changes what is said, not only when)."""
    if old is None or new is None or years is None:
        return False
    if [v == 0 for v in old] != [v == 0 for v in new]:
        return False
    return new > old and new[0] - old[0] == years


def _item_moved(old: Item, new: Item, distance: CalendarDistance) -> bool:
    if old == new:
        return True
    if old.skeleton != new.skeleton or old.text == new.text:
        return False  # another series, or the same symbol with another date
    if not _session_moved(old.session, new.session, new.series, distance):
        return False
    if old.date is None or new.date is None:
        return old.date == new.date
    return _date_moved(old.date, new.date, distance.years)


def _session_moved(old: int, new: int, series: str | None, distance: CalendarDistance) -> bool:
    if series == "year":
        return distance.years is not None and distance.years > 0 and new - old == distance.years
    return new - old in distance.sessions(series)


def _list_moved(old: tuple[Item, ...], new: tuple[Item, ...], distance: CalendarDistance) -> bool:
    if len(new) == len(old):
        return (
            all(_item_moved(a, b, distance) for a, b in zip(old, new, strict=True)) and old != new
        )
    if len(new) > len(old) and new[: len(old)] == old:
        # The list gained items at its end: each later than every item already there, and
        # no later than the calendar has moved since.
        latest = max(i.session for i in old)
        series = {i.skeleton for i in old}
        for item in new[len(old) :]:
            if item.skeleton not in series or item.session <= latest:
                return False
            reach = distance.sessions(item.series) if item.series != "year" else set()
            if item.series == "year" and distance.years:
                reach = {distance.years}
            if not reach or item.session - latest > max(reach):
                return False
        return True
    return False


def _moved(old: Expr, new: Expr, distance: CalendarDistance) -> bool:
    """``old`` became ``new`` by the calendar alone (``distance`` read forward)."""
    if old.kind != new.kind or old.deadline or new.deadline:
        return False
    if old.kind == "session":
        if new.series != old.series:
            return False  # the clause now names another body
        return _session_moved(old.value, new.value, new.series, distance)
    if old.kind == "date":
        return _date_moved(old.value, new.value, distance.years)
    return _list_moved(old.value, new.value, distance)


def is_routine_span(
    left: str,
    left_span: tuple[int, int],
    right: str,
    right_span: tuple[int, int],
    language: str = "en",
    distance: CalendarDistance | None = None,
) -> bool:
    """True when replacing ``left[left_span]`` by ``right[right_span]`` only follows the
    calendar, as far as ``distance`` (left → right) says the documents moved (see the module
    docstring). No distance, or a nil one: False. Offsets are character offsets, end
    exclusive."""
    if distance is None or distance.direction == 0:
        return False
    old = left[left_span[0] : left_span[1]]
    new = right[right_span[0] : right_span[1]]
    if _SPACE.sub("", old) == _SPACE.sub("", new):
        return False
    cal = calendar(language)
    if not could_be_calendar(old, new, cal):
        return False
    if distance.direction < 0:
        # Read backwards: the right text is the earlier one; its updates read from it.
        left, left_span, right, right_span = right, right_span, left, left_span
        distance = distance.reversed()
    return any(
        _routine_at(left, ls, right, rs, cal, distance)
        for ls, rs in _placements(left, left_span, right, right_span)
    )


# How far a pure insertion or deletion may slide over the equal text beside it.
_SLIDE = 24


def _placements(
    left: str, left_span: tuple[int, int], right: str, right_span: tuple[int, int]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The run where the diff put it, then, for a pure insertion or deletion, the same edit
    slid over equal text beside it to a space or a list comma: "2022 and [78/7 of 2 November
    2023 and ]its" is also "2022 [and 78/7 of 2 November 2023 ]and its", "2024,[ y 80/150,
    de … 2025,]" is also "2024[, y 80/150, de … 2025]," — where a diff puts it is
    arbitrary."""
    out = [(left_span, right_span)]
    (ls, le), (rs, re_) = left_span, right_span
    if ls != le and rs != re_:
        return out
    text, (s, e) = (right, right_span) if ls == le else (left, left_span)
    at = ls if ls == le else rs  # the other side's insertion point
    for k in range(1, _SLIDE + 1):
        if s - k < 0 or at - k < 0 or text[s - k] != text[e - k]:
            break
        if text[s - k].isspace() or text[s - k] in _LIST_COMMAS:
            out.append(_slid(ls == le, at - k, (s - k, e - k)))
    for k in range(1, _SLIDE + 1):
        if e + k > len(text) or text[s + k - 1] != text[e + k - 1]:
            break
        if text[e + k - 1].isspace() or text[e + k - 1] in _LIST_COMMAS:
            out.append(_slid(ls == le, at + k, (s + k, e + k)))
    return out


def _slid(
    insertion: bool, point: int, span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    return ((point, point), span) if insertion else (span, (point, point))


def _routine_at(
    left: str,
    left_span: tuple[int, int],
    right: str,
    right_span: tuple[int, int],
    cal: Calendar,
    distance: CalendarDistance,
) -> bool:
    old_hits = _hits(left, left_span, cal)
    new_hits = _hits(right, right_span, cal)
    if old_hits is None or new_hits is None or len(old_hits) != len(new_hits) or not new_hits:
        return False
    return all(_moved(a, b, distance) for a, b in zip(old_hits, new_hits, strict=True))


def is_routine_change(
    old: str, new: str, language: str = "en", distance: CalendarDistance | None = None
) -> bool:
    """``is_routine_span`` on two whole texts (no context beyond them)."""
    return is_routine_span(old, (0, len(old)), new, (0, len(new)), language, distance)
