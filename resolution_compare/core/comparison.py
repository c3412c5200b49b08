"""The comparison result: plain frozen data with a stable JSON form.

Schema ``resolution-compare/comparison@1``. The window and the report render this same
value; neither recomputes anything. Fields may be added, never renamed or removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from resolution_compare.core.calendar_distance import CalendarDistance
from resolution_compare.core.model import Resolution
from resolution_compare.core.sponsors import SponsorComparison

COMPARISON_SCHEMA = "resolution-compare/comparison@1"

DiffOp = Literal["=", "-", "+"]
RowStatus = Literal["unchanged", "modified", "rewritten", "inserted", "deleted", "split", "merged"]
FootnoteStatus = Literal["unchanged", "changed", "added", "removed", "text_missing"]
LeadDirection = Literal["stronger", "weaker", "same", "changed"]
Vote = Literal["yes", "no", "abstain"]

# How a vote reads in English; the app and the report translate these display words.
VOTE_WORDS: dict[str | None, str] = {
    "yes": "in favour",
    "no": "against",
    "abstain": "abstaining",
    None: "not listed",
}


@dataclass(frozen=True)
class CompareOptions:
    """What counts as a difference. Ignored differences show as equal text."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    # Curly vs straight quotes and apostrophes, no-break vs plain spaces, dash variants.
    ignore_typography: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "ignore_case": self.ignore_case,
            "ignore_punctuation": self.ignore_punctuation,
            "ignore_typography": self.ignore_typography,
        }


@dataclass(frozen=True)
class DiffSegment:
    """A run of text: "=" in both, "-" only left (deleted), "+" only right (inserted).

    Joining the "=" and "-" segments gives the left text exactly; "=" and "+", the right.
    ``routine`` marks a change that only follows the calendar (session ordinal, year,
    resolution number), so a UI may dim it. JSON: ``[op, text]`` or ``[op, text, "routine"]``.
    """

    op: DiffOp
    text: str
    routine: bool = False

    def to_json_value(self) -> list[str]:
        return [self.op, self.text, "routine"] if self.routine else [self.op, self.text]


@dataclass(frozen=True)
class LeadChange:
    """The head verb of an aligned pair changed (or a pair moved to/from operative)."""

    left: str | None
    right: str | None
    left_tier: int | None
    right_tier: int | None
    change: LeadDirection

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "left_tier": self.left_tier,
            "right_tier": self.right_tier,
            "change": self.change,
        }


# Flag kind of the notice that a row's word diff was simplified (see Flag).
DIFF_SIMPLIFIED = "diff_simplified"


@dataclass(frozen=True)
class Flag:
    """A politically relevant change inside a row.

    kinds: hedge_added, hedge_removed, booster_added, booster_removed,
    moved_to_operative, moved_to_preamble, period_changed, deadline_changed,
    reporting_changed, negation_added, negation_removed (the head verb of an operative
    paragraph negated or no longer: "Decides not to extend"). ``text`` is the phrase
    concerned; ``detail`` an optional "old → new" for changed values.

    One kind is a notice about the row, not a change: ``diff_simplified`` (``text`` empty,
    ``detail`` says how) when the paragraph was too long and too heavily rewritten for the
    smallest diff within the word diff's bounded work (core/worddiff.py): its changes were
    matched on words found once on each side. The diff still rebuilds both texts exactly.
    """

    kind: str
    text: str
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.detail is not None:
            out["detail"] = self.detail
        return out


class _Sides:
    """The two texts a diff rebuilds (for the row and the footnote values below)."""

    diff: tuple[DiffSegment, ...]

    @property
    def left_text(self) -> str:
        return "".join(s.text for s in self.diff if s.op != "+")

    @property
    def right_text(self) -> str:
        return "".join(s.text for s in self.diff if s.op != "-")


def _routine_only(diff: tuple[DiffSegment, ...]) -> bool | None:
    """True/False when the diff changed (all routine or not), None when it did not change."""
    changed = [s for s in diff if s.op != "="]
    return all(s.routine for s in changed) if changed else None


@dataclass(frozen=True)
class FootnoteChange(_Sides):
    """One footnote of a row compared with its counterpart (markers may be renumbered).

    ``status``: "unchanged", "changed" (``diff`` marks the words), "added" (right only),
    "removed" (left only), or "text_missing": the other side's paragraph carries this
    note's marker but the note's text was not found in that file (an extraction loss, not
    a change). ``diff`` follows the same rules as a row's diff, routine (calendar) changes
    included. JSON: {left, right, status, diff, routine_only}.
    """

    left: str | None  # marker on the left, None when added
    right: str | None  # marker on the right, None when removed
    status: FootnoteStatus
    diff: tuple[DiffSegment, ...]

    @property
    def routine_only(self) -> bool:
        """True when the note changed and every change is routine (calendar)."""
        return self.status == "changed" and bool(_routine_only(self.diff))

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "status": self.status,
            "diff": [s.to_json_value() for s in self.diff],
            "routine_only": self.routine_only,
        }


@dataclass(frozen=True)
class Row(_Sides):
    """One aligned row. Every paragraph id of either side is in exactly one row.

    ``uncertain``: the alignment is not sure the two sides are the same provision (a
    rewritten provision, a weakly similar or moved pair, two languages); such a row carries
    no verdict — no ``lead`` change in the same language, no flags. ``footnotes``: the
    footnotes of the row's paragraphs, compared.
    """

    left: tuple[str, ...]
    right: tuple[str, ...]
    status: RowStatus
    diff: tuple[DiffSegment, ...]
    moved: bool = False
    similarity: float = 1.0
    lead: LeadChange | None = None
    flags: tuple[Flag, ...] = ()
    uncertain: bool = False
    footnotes: tuple[FootnoteChange, ...] = ()

    @property
    def footnote_changes(self) -> tuple[FootnoteChange, ...]:
        """The footnotes that changed, appeared or disappeared."""
        return tuple(f for f in self.footnotes if f.status in ("changed", "added", "removed"))

    @property
    def routine_only(self) -> bool:
        """True when the row changed, but every change (words and footnotes) is routine."""
        verdicts = [_routine_only(self.diff)]
        verdicts += [f.routine_only for f in self.footnote_changes]
        changed = [v for v in verdicts if v is not None]
        return bool(changed) and all(changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": list(self.left),
            "right": list(self.right),
            "status": self.status,
            "moved": self.moved,
            "similarity": round(self.similarity, 3),
            "diff": [s.to_json_value() for s in self.diff],
            "lead": self.lead.to_dict() if self.lead else None,
            "flags": [f.to_dict() for f in self.flags],
            "routine_only": self.routine_only,
            "uncertain": self.uncertain,
            "footnotes": [f.to_dict() for f in self.footnotes],
        }


@dataclass(frozen=True)
class VoteTotals:
    method: str | None
    yes: int | None
    no: int | None
    abstain: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "yes": self.yes, "no": self.no, "abstain": self.abstain}


@dataclass(frozen=True)
class StateVote:
    """One State named in either vote; None where it is not named on that side."""

    state: str  # ISO3
    left: Vote | None
    right: Vote | None

    @property
    def changed(self) -> bool:
        return self.left != self.right

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "left": self.left, "right": self.right}


@dataclass(frozen=True)
class VoteComparison:
    left: VoteTotals
    right: VoteTotals
    states: tuple[StateVote, ...] = ()
    method_changed: bool = False

    @property
    def changes(self) -> tuple[StateVote, ...]:
        """Every State whose entry differs, including those named on one side only."""
        return tuple(s for s in self.states if s.changed)

    @property
    def shifted(self) -> tuple[StateVote, ...]:
        """States named in both votes whose position moved (yes → abstain, …)."""
        return tuple(s for s in self.changes if s.left is not None and s.right is not None)

    @property
    def only_left(self) -> tuple[StateVote, ...]:
        """States named only in the earlier vote (left the Council, or did not vote)."""
        return tuple(s for s in self.states if s.left is not None and s.right is None)

    @property
    def only_right(self) -> tuple[StateVote, ...]:
        """States named only in the later vote (joined the Council, or newly voting)."""
        return tuple(s for s in self.states if s.left is None and s.right is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": self.left.to_dict(),
            "right": self.right.to_dict(),
            "method_changed": self.method_changed,
            "states": [s.to_dict() for s in self.states],
        }


@dataclass(frozen=True)
class Summary:
    unchanged: int = 0
    modified: int = 0
    inserted: int = 0
    deleted: int = 0
    split: int = 0
    merged: int = 0
    moved: int = 0
    stronger: int = 0
    weaker: int = 0
    # States named in both votes whose position moved (what the terminal and the app call
    # "votes changed"); States named in only one of two recorded votes (Council membership
    # turnover or absence) are counted apart in states_in_one_vote (0 unless both texts
    # record a vote).
    vote_changes: int = 0
    states_in_one_vote: int = 0
    rewritten: int = 0
    uncertain: int = 0
    footnotes_changed: int = 0

    def to_dict(self) -> dict[str, int]:
        return {
            "unchanged": self.unchanged,
            "modified": self.modified,
            "rewritten": self.rewritten,
            "inserted": self.inserted,
            "deleted": self.deleted,
            "split": self.split,
            "merged": self.merged,
            "moved": self.moved,
            "stronger": self.stronger,
            "weaker": self.weaker,
            "vote_changes": self.vote_changes,
            "states_in_one_vote": self.states_in_one_vote,
            "uncertain": self.uncertain,
            "footnotes_changed": self.footnotes_changed,
        }


def document_info(res: Resolution) -> dict[str, Any]:
    """The short description of one side in the comparison JSON."""
    return {
        "source": res.source,
        "symbol": res.header.symbol,
        "title": res.header.title,
        "language": res.language,
        # The header's adoption date, else the closing meeting's: the date the text shows.
        "adopted": res.adopted,
        "paragraphs": len(res.paragraphs),
    }


@dataclass(frozen=True)
class Comparison:
    """The result of ``compare(left, right)``: both documents, rows, votes, summary."""

    left: Resolution
    right: Resolution
    rows: tuple[Row, ...]
    votes: VoteComparison
    summary: Summary
    options: CompareOptions = field(default_factory=CompareOptions)
    # What a reader must know to trust the result: each side's parse warnings (prefixed by
    # its label) and comparison-level notes such as two different languages.
    warnings: tuple[str, ...] = ()
    # States that joined or left the sponsors, when both sides are drafts with a list.
    sponsors: SponsorComparison | None = None
    # How far apart the two documents are in the calendar: the yardstick of routine.
    calendar: CalendarDistance = field(default_factory=CalendarDistance)
    # Footnotes on no compared paragraph (title, sponsors, unlinked), compared as in a row.
    document_footnotes: tuple[FootnoteChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": COMPARISON_SCHEMA,
            "left": document_info(self.left),
            "right": document_info(self.right),
            "options": self.options.to_dict(),
            "rows": [r.to_dict() for r in self.rows],
            "votes": self.votes.to_dict(),
            "summary": self.summary.to_dict(),
            "warnings": list(self.warnings),
            "sponsors": self.sponsors.to_dict() if self.sponsors is not None else None,
            "calendar": self.calendar.to_dict(),
            "document_footnotes": [f.to_dict() for f in self.document_footnotes],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
