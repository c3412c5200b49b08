"""VoteComparison groups States the way a delegate reads a vote: moved, left, joined."""

from __future__ import annotations

from pathlib import Path

import resolution_compare as rc
from resolution_compare.console_compare import format_comparison

DATA = Path(__file__).parent.parent / "data"


def _edited_44_11(tmp_path: Path) -> Path:
    # Mexico moves from abstaining to against; the printed counts follow.
    text = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    text = text.replace("31 to 15, with 1 abstention", "31 to 16, with no abstentions")
    text = text.replace("Spain, and Ukraine Abstaining: Mexico]", "Spain, Ukraine and Mexico]")
    path = tmp_path / "hrc-res-44-11-en-edited.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_real_renewal_has_members_leaving_and_joining_but_no_shift() -> None:
    # 35/3 (2017) → 44/11 (2020): Council membership changed, nobody changed position.
    result = rc.compare(
        rc.load(DATA / "hrc-res-35-3-en.txt"), rc.load(DATA / "hrc-res-44-11-en.txt")
    )
    votes = result.votes
    assert votes.shifted == ()
    assert {s.state for s in votes.only_left} >= {"ALB", "USA", "CHN"}
    assert {s.state for s in votes.only_right} >= {"AFG", "MEX", "AUS"}
    assert len(votes.only_left) + len(votes.only_right) == len(votes.changes)


def test_edited_vote_shows_the_shift_by_name(tmp_path: Path) -> None:
    left = rc.load(DATA / "hrc-res-44-11-en.txt")
    right = rc.load(_edited_44_11(tmp_path))
    assert right.warnings == ()
    votes = rc.compare(left, right).votes
    assert [(s.state, s.left, s.right) for s in votes.shifted] == [("MEX", "abstain", "no")]
    assert votes.only_left == votes.only_right == ()
    text = format_comparison(rc.compare(left, right))
    assert "Mexico: abstain → no" in text
