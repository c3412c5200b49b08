"""Vote shifts between two adoption records.

Every State named in either record gets one entry (sorted by ISO3) with its vote on each
side, None where it is not named (not a member then, absent, or adopted without a vote).
``method_changed`` needs both methods known. ``summary.vote_changes`` counts the States
named in both votes whose position moved (``shifted``); those named on one side only are
counted apart (``summary.states_in_one_vote``): membership turnover is not a change of vote.
"""

from __future__ import annotations

from resolution_compare.core.comparison import StateVote, VoteComparison, VoteTotals
from resolution_compare.core.model import VoteRecord


def totals(vote: VoteRecord) -> VoteTotals:
    """Printed counts, else the counts of the lists when the vote was recorded."""
    recorded = vote.method == "recorded"

    def count(printed: int | None, names: tuple[str, ...]) -> int | None:
        if printed is not None:
            return printed
        return len(names) if recorded else None

    return VoteTotals(
        vote.method,
        count(vote.yes, vote.in_favour),
        count(vote.no, vote.against),
        count(vote.abstain, vote.abstaining),
    )


def compare_votes(left: VoteRecord, right: VoteRecord) -> VoteComparison:
    names = set(left.in_favour + left.against + left.abstaining)
    names |= set(right.in_favour + right.against + right.abstaining)
    states = tuple(StateVote(s, left.vote_of(s), right.vote_of(s)) for s in sorted(names))
    return VoteComparison(
        left=totals(left),
        right=totals(right),
        states=states,
        method_changed=None not in (left.method, right.method) and left.method != right.method,
    )
