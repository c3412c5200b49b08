"""Vote shifts between two VoteRecords."""

from __future__ import annotations

from resolution_compare.core.model import VoteRecord
from resolution_compare.core.votediff import compare_votes


def test_states_totals_and_method() -> None:
    left = VoteRecord("recorded", 2, 1, None, ("MEX", "BRA"), ("USA",), ())
    right = VoteRecord("recorded", 1, 1, 1, ("BRA",), ("USA",), ("MEX",))
    votes = compare_votes(left, right)
    assert [(s.state, s.left, s.right) for s in votes.states] == [
        ("BRA", "yes", "yes"),
        ("MEX", "yes", "abstain"),
        ("USA", "no", "no"),
    ]
    # Printed counts win; an unprinted count of a recorded vote is the list length.
    assert (votes.left.yes, votes.left.abstain) == (2, 0)
    assert [s.state for s in votes.changes] == ["MEX"]
    assert not votes.method_changed


def test_named_on_one_side_counts_as_change() -> None:
    votes = compare_votes(VoteRecord("recorded", 1, 0, 0, ("CHL",)), VoteRecord("without_vote"))
    assert [(s.state, s.left, s.right) for s in votes.changes] == [("CHL", "yes", None)]
    assert votes.method_changed
    assert votes.right.yes is None  # adopted without a vote: no counts


def test_unknown_method_is_not_a_change() -> None:
    assert not compare_votes(VoteRecord(), VoteRecord("without_vote")).method_changed
