"""The history of a series: every version side by side. Plain frozen data, stable JSON.

Schema ``resolution-compare/history@1`` (see README, "JSON output"). Built by
:func:`resolution_compare.core.history_build.build_history` from the same alignment and
word diff as a pair (``compare()``); this module only holds the result. Fields may be
added, never renamed or removed.

Words used here:

- a *version* is one text of the series, in date order (index 0 is the earliest);
- a *provision* is one lineage across the versions: the paragraph(s) that carry it in each
  version, or its absence. A split or merge keeps the lineage and lists every id;
- a *step* is how a provision reached a version from the version in which it last existed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Literal

from resolution_compare.core.comparison import CompareOptions, Comparison, LeadChange, Row, Vote
from resolution_compare.core.model import Paragraph, Resolution

HISTORY_SCHEMA = "resolution-compare/history@1"

# The most versions one history takes: 30 covers a mandate renewed every year for three
# decades; the work grows with the number of versions (one comparison per step).
MAX_VERSIONS = 30

Step = Literal["first", "unchanged", "routine", "modified", "rewritten", "returned", "absent"]
STEPS: tuple[Step, ...] = (
    "first",
    "unchanged",
    "routine",
    "modified",
    "rewritten",
    "returned",
    "absent",
)
# Steps that change a provision's wording (routine calendar updates do not count).
WORDING_STEPS: frozenset[str] = frozenset({"first", "modified", "rewritten"})

# One mark per step, shared by the terminal, the window and the report; and what it means.
STEP_MARKS: dict[str, str] = {
    "first": "●",
    "unchanged": "═",
    "routine": "≈",
    "modified": "✎",
    "rewritten": "✱",
    "returned": "↺",
    "absent": "·",
}
STEP_WORDS: dict[str, str] = {
    "first": "first appears",
    "unchanged": "unchanged",
    "routine": "routine update only (session, year, symbol)",
    "modified": "wording changed",
    "rewritten": "rewritten",
    "returned": "returned after a gap",
    "absent": "absent",
}


@dataclass(frozen=True)
class HistoryVersion:
    """One version of the series, with the date it was ordered by (None when undated)."""

    resolution: Resolution
    date: str | None = None  # ISO date: the adoption date

    @property
    def label(self) -> str:
        return self.resolution.label

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None

    def to_dict(self) -> dict[str, Any]:
        res = self.resolution
        return {
            "source": res.source,
            "symbol": res.header.symbol,
            "title": res.header.title,
            "adopted": res.adopted,
            "language": res.language,
        }


@dataclass(frozen=True)
class HistoryCell:
    """A provision in one version.

    ``paragraphs`` are its ids there (empty when absent); ``lead`` and ``tier`` belong to
    the first of them (``tier`` only for an operative paragraph, as in a pair). ``rows`` are
    the engine's rows for this step — from version ``since`` to this one — so the window
    and the report show the word diff; ``since`` is None for a first appearance and for an
    absence before the first one.
    """

    paragraphs: tuple[str, ...] = ()
    lead: str | None = None
    tier: int | None = None
    step: Step = "absent"
    moved: bool = False
    since: int | None = None
    rows: tuple[Row, ...] = ()

    @property
    def paragraph(self) -> str | None:
        return self.paragraphs[0] if self.paragraphs else None

    @property
    def present(self) -> bool:
        return bool(self.paragraphs)

    @property
    def wording_changed(self) -> bool:
        """True when the words changed in this step, beyond routine calendar updates."""
        if self.step in WORDING_STEPS:
            return True
        if self.step != "returned":
            return False
        return any(r.status != "unchanged" and not r.routine_only for r in self.rows)

    @property
    def lead_change(self) -> LeadChange | None:
        """The head-verb change of this step, as the pair engine scored it."""
        for row in self.rows:
            if row.lead is not None:
                return row.lead
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "paragraphs": list(self.paragraphs),
            "lead": self.lead,
            "tier": self.tier,
            "step": self.step,
            "moved": self.moved,
        }


@dataclass(frozen=True)
class Provision:
    """One lineage: a cell per version, the version it first appeared in (index) and the
    version in which its wording last changed (routine steps do not count)."""

    id: str
    first: int
    last_changed: int
    cells: tuple[HistoryCell, ...]

    @property
    def present_in(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.cells) if c.present)

    @property
    def last_present(self) -> int:
        return self.present_in[-1]

    @property
    def label(self) -> str:
        """Its ids where it last stood: "OP10", "OP3, OP4"."""
        return ", ".join(self.cells[self.last_present].paragraphs)

    @property
    def tier_path(self) -> tuple[tuple[int, int | None], ...]:
        """(version index, verb tier) for every version it is in: tier 3 → 3 → 2."""
        return tuple((i, self.cells[i].tier) for i in self.present_in)

    @property
    def lead_changes(self) -> tuple[tuple[int, LeadChange], ...]:
        """(version index, change) for every step whose head verb changed."""
        out = []
        for i, cell in enumerate(self.cells):
            change = cell.lead_change if cell.present else None
            if change is not None and change.change != "same":
                out.append((i, change))
        return tuple(out)

    @property
    def changes(self) -> tuple[int, ...]:
        """Version indexes (after the first) where the wording changed or it came back."""
        return tuple(
            i
            for i, c in enumerate(self.cells)
            if i != self.first and (c.wording_changed or c.step == "returned")
        )

    @property
    def shown_label(self) -> str:
        """``label`` as the grids show it: in parentheses when it is not in the latest
        version ("(OP10)"), so a dropped provision is never read as the current OP10."""
        return self.label if self.cells[-1].present else f"({self.label})"

    def lifespan(self, name: Callable[[int], str]) -> str:
        """When it stood, with ``name`` giving a version's name by index: "first in 2008,
        wording last changed 2014"; a provision not in the latest version: "first in 2008,
        last in 2014, dropped in 2017" (its wording's last change added when it had one)."""
        words = f"first in {name(self.first)}"
        reworded = self.last_changed != self.first
        if self.cells[-1].present:
            return f"{words}, wording last changed {name(self.last_changed)}"
        last = self.last_present
        words += f", last in {name(last)}, dropped in {name(last + 1)}"
        return words + (f"; wording last changed {name(self.last_changed)}" if reworded else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "first": self.first,
            "last_changed": self.last_changed,
            "cells": [c.to_dict() for c in self.cells],
        }


@dataclass(frozen=True)
class VoteShift:
    """A State's change of position between two versions in which it is listed."""

    state: str  # ISO3
    earlier: int  # version indexes
    later: int
    before: Vote
    after: Vote


@dataclass(frozen=True)
class StateHistory:
    """One State's position in every version; None where it is not listed (the texts cannot
    tell a non-member from an absent member)."""

    state: str
    positions: tuple[Vote | None, ...]

    @property
    def shifts(self) -> tuple[VoteShift, ...]:
        listed = [(i, v) for i, v in enumerate(self.positions) if v is not None]
        return tuple(
            VoteShift(self.state, i, j, a, b) for (i, a), (j, b) in pairwise(listed) if a != b
        )

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "positions": list(self.positions)}


@dataclass(frozen=True)
class VersionTotals:
    """Counts of one version's vote (printed, else counted); None when no recorded vote."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    method: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"yes": self.yes, "no": self.no, "abstain": self.abstain}


@dataclass(frozen=True)
class VoteMatrix:
    """States (sorted by ISO3) × versions, and the totals of each version."""

    states: tuple[StateHistory, ...] = ()
    totals: tuple[VersionTotals, ...] = ()

    @property
    def shifts(self) -> tuple[VoteShift, ...]:
        return tuple(s for state in self.states for s in state.shifts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "states": [s.to_dict() for s in self.states],
            "totals": [t.to_dict() for t in self.totals],
        }


@dataclass(frozen=True)
class HistorySummary:
    """Counts every view of a history shows first (computed once, here)."""

    provisions: int = 0
    in_every_version: int = 0
    reworded: int = 0  # wording changed after the provision first appeared
    not_in_latest: int = 0
    returned: int = 0  # came back after a gap at least once
    verb_changes: int = 0
    states_moved: int = 0  # States with at least one shift


@dataclass(frozen=True)
class History:
    """The result of ``history(resolutions)``.

    ``steps[k - 1]`` is the pair comparison of version k-1 with version k, exactly what
    ``compare()`` gives for that pair; provisions are in the latest version's order, with
    dropped ones where they last stood.
    """

    versions: tuple[HistoryVersion, ...]
    provisions: tuple[Provision, ...]
    votes: VoteMatrix
    steps: tuple[Comparison, ...] = ()
    options: CompareOptions = field(default_factory=CompareOptions)
    warnings: tuple[str, ...] = ()

    @property
    def language(self) -> str:
        return self.versions[-1].resolution.language if self.versions else "en"

    @property
    def summary(self) -> HistorySummary:
        p = self.provisions
        return HistorySummary(
            provisions=len(p),
            in_every_version=sum(1 for x in p if all(c.present for c in x.cells)),
            reworded=sum(1 for x in p if x.last_changed != x.first),
            not_in_latest=sum(1 for x in p if not x.cells[-1].present),
            returned=sum(1 for x in p if any(c.step == "returned" for c in x.cells)),
            verb_changes=len(self.lead_changes),
            states_moved=sum(1 for s in self.votes.states if s.shifts),
        )

    @property
    def lead_changes(self) -> tuple[tuple[int, int, LeadChange], ...]:
        """(version index, provision index, change) of every head-verb change, in version
        order (then grid order): what the summary, the terminal and the report list."""
        return tuple(
            sorted(
                (
                    (version, n, change)
                    for n, provision in enumerate(self.provisions)
                    for version, change in provision.lead_changes
                ),
                key=lambda item: (item[0], item[1]),
            )
        )

    def paragraph(self, version: int, paragraph_id: str) -> Paragraph:
        return self.versions[version].resolution.paragraph(paragraph_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": HISTORY_SCHEMA,
            "versions": [v.to_dict() for v in self.versions],
            "provisions": [p.to_dict() for p in self.provisions],
            "votes": self.votes.to_dict(),
            "warnings": list(self.warnings),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
