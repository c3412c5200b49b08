"""The vote matrix of a history: every State named in any version × the versions.

A State not named in a version's record is "not listed" (None): the texts cannot tell a
State that was not a member of the body that year from a member that was absent, so
nothing more is claimed. Totals are the printed counts, else the counts of the lists when
the vote was recorded (the same rule as a pair, :func:`votediff.totals`).
"""

from __future__ import annotations

from collections.abc import Sequence

from resolution_compare.core.comparison import Vote
from resolution_compare.core.history import StateHistory, VersionTotals, VoteMatrix
from resolution_compare.core.model import Resolution
from resolution_compare.core.votediff import totals


def vote_matrix(resolutions: Sequence[Resolution]) -> VoteMatrix:
    """States sorted by ISO3, one position per resolution (in the order given)."""
    positions: list[dict[str, Vote]] = []
    for res in resolutions:
        vote = res.vote
        where: dict[str, Vote] = {}
        lists: tuple[tuple[tuple[str, ...], Vote], ...] = (
            (vote.in_favour, "yes"),
            (vote.against, "no"),
            (vote.abstaining, "abstain"),
        )
        for listed, position in lists:
            for state in listed:
                where.setdefault(state, position)
        positions.append(where)
    names = sorted({state for where in positions for state in where})
    states = tuple(
        StateHistory(state, tuple(where.get(state) for where in positions)) for state in names
    )
    version_totals = []
    for res in resolutions:
        t = totals(res.vote)
        recorded = t.method == "recorded"
        version_totals.append(
            VersionTotals(
                t.yes if recorded else None,
                t.no if recorded else None,
                t.abstain if recorded else None,
                t.method,
            )
        )
    return VoteMatrix(states=states, totals=tuple(version_totals))
