"""How far apart two documents stand in the calendar (QA D2, D3): the yardstick of routine.

A change of a session ordinal, a year, a date or a symbol's session part only follows the
calendar when it moves by as much as the two documents themselves moved (core/routine.py):

- ``own``: the documents' own sessions, as printed (``header.session``: the masthead's
  session line, the symbol, or the title number "58/12."), right minus left;
- ``bodies``: for each body with a session clock (resources/lang/session_clocks.json: the
  General Assembly, the Human Rights Council, the Economic and Social Council), how many of
  its sessions opened between the two documents' dates — a Human Rights Council text names
  the General Assembly's sessions too, and a text without a masthead (the HRC series in
  tests/data) still has its closing date;
- ``years``: the documents' years, right minus left.

A document's date is its adoption date, else a draft's own date (printed under "Distr.:"),
else the closing meeting's. Two drafts of one session (``own`` 0) are the same point of the
calendar: nothing they change is routine. A comparison read backwards (the later text on the
left) has negative distances: the same updates are routine read that way too. When neither
the sessions nor the dates of both documents are known (two plain texts without a header),
there is no yardstick and nothing is routine: a change is shown, never hidden on a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from resolution_compare.core.document_date import document_day
from resolution_compare.core.model import Resolution
from resolution_compare.resources import read_json


@dataclass(frozen=True)
class _Clock:
    series: str  # the symbol series of the body: "A/HRC", "A", "E"
    names: tuple[str, ...]  # English body names, as in header.body
    first_year: int
    first_session: int
    starts: tuple[tuple[int, int], ...]  # (month, day) each session of a year opens

    def session_on(self, day: date) -> int | None:
        """The session sitting on ``day`` (the last one opened by then)."""
        if day.year < self.first_year:
            return None
        opened = sum(1 for start in self.starts if (day.month, day.day) >= start)
        return self.first_session + len(self.starts) * (day.year - self.first_year) + opened - 1


@cache
def _clocks() -> tuple[_Clock, ...]:
    table: dict[str, Any] = read_json("lang", "session_clocks.json")
    out = []
    for series, raw in table.get("clocks", {}).items():
        starts = tuple(
            (int(m), int(d)) for m, d in (str(s).split("-") for s in raw.get("starts", ()))
        )
        out.append(
            _Clock(
                series,
                tuple(str(n) for n in raw.get("names", ())),
                int(raw["first_year"]),
                int(raw["first_session"]),
                tuple(sorted(starts)),
            )
        )
    # Longest series first: "A/HRC/55/43" belongs to the Council, not to the Assembly.
    return tuple(sorted(out, key=lambda c: -len(c.series)))


def series_of(symbol: str) -> str | None:
    """The body series of a document symbol ("A/HRC/55/43" → "A/HRC", "A/C.3/80/L.20" →
    "A", "78/7" → None: an unprefixed resolution number names no body)."""
    letters = []
    for part in symbol.split("/"):
        if not part[:1].isalpha() or part.startswith("S-"):
            break
        letters.append(part)
    prefix = "/".join(letters)
    for clock in _clocks():
        if prefix == clock.series or prefix.startswith(clock.series + "/"):
            return clock.series
    return None


def series_named(body: str | None) -> str | None:
    """The series of an English body name ("Human Rights Council" → "A/HRC")."""
    for clock in _clocks():
        if body and body in clock.names:
            return clock.series
    return None


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _series_of_document(res: Resolution) -> str | None:
    named = series_named(res.header.body)
    if named is None and res.header.symbol:
        named = series_of(res.header.symbol)
    return named


@dataclass(frozen=True)
class CalendarDistance:
    """The distance between two documents (see the module docstring); None where unknown.

    ``bodies`` is ((series, sessions), …) for every body whose clock reads both dates.
    """

    own: int | None = None
    own_series: str | None = None
    bodies: tuple[tuple[str, int], ...] = field(default=())
    years: int | None = None

    @property
    def direction(self) -> int:
        """1 when the right document is the later, -1 when it is the earlier, 0 when the
        two stand at one point of the calendar or nothing says (then nothing is routine)."""
        if self.own == 0:
            return 0  # two drafts of one session: any move is substance
        known = [d for d in (self.own, self.years, *(n for _, n in self.bodies)) if d is not None]
        if any(d > 0 for d in known) and not any(d < 0 for d in known):
            return 1
        if any(d < 0 for d in known) and not any(d > 0 for d in known):
            return -1
        return 0

    def reversed(self) -> CalendarDistance:
        """The same distance read from the other side."""
        return CalendarDistance(
            None if self.own is None else -self.own,
            self.own_series,
            tuple((s, -n) for s, n in self.bodies),
            None if self.years is None else -self.years,
        )

    def sessions(self, series: str | None) -> frozenset[int]:
        """The moves of a session number that follow the calendar, for a session of the body
        ``series`` (None: a session the text does not tie to a named body — "at its
        sixty-first session" — or an unprefixed resolution number "78/7")."""
        clocks = dict(self.bodies)
        if series is not None and series != self.own_series:
            found = {clocks[series]} if series in clocks else set()
        elif self.own is not None:
            found = {self.own}
        elif self.own_series is not None and series is None and self.own_series in clocks:
            found = {clocks[self.own_series]}
        elif series is not None:
            found = {clocks[series]} if series in clocks else set()
        else:
            # Neither the text nor the document names the body: any body's distance.
            found = set(clocks.values())
        return frozenset(d for d in found if d != 0)

    def to_dict(self) -> dict[str, Any]:
        """JSON: {sessions, years, bodies {series: sessions}, order forward | backward |
        none} — "none" when routine cannot be told (nothing is marked routine)."""
        order = {1: "forward", -1: "backward", 0: "none"}[self.direction]
        return {
            "sessions": self.own,
            "years": self.years,
            "bodies": dict(self.bodies),
            "order": order,
        }


def calendar_distance(left: Resolution, right: Resolution) -> CalendarDistance:
    """The calendar distance from ``left`` to ``right`` (see the module docstring)."""
    ls, rs = left.header.session, right.header.session
    own = rs - ls if ls is not None and rs is not None else None
    left_series, right_series = _series_of_document(left), _series_of_document(right)
    series = left_series or right_series
    if left_series and right_series and left_series != right_series:
        series, own = None, None  # two bodies: "its session" is not one clock
    ld, rd = _day(document_day(left)), _day(document_day(right))
    bodies: list[tuple[str, int]] = []
    years = None
    if ld is not None and rd is not None:
        years = rd.year - ld.year
        for clock in _clocks():
            a, b = clock.session_on(ld), clock.session_on(rd)
            if a is not None and b is not None:
                bodies.append((clock.series, b - a))
    return CalendarDistance(own, series, tuple(bodies), years)
