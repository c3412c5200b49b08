"""The solidarity series, every successive and long-jump pair of its seven English texts
(issue 12): provisions are paired as a careful reader pairs them, and no verdict is drawn
from a guess. Expectations were written by reading each pair's output against both texts.
"""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.comparison import Comparison, Row

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = ["7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11"]
PAIRS = list(itertools.combinations(TEXTS, 2))
# The texts that renew the mandate ("Decides to extend the mandate … for a period of three
# years"), and the id of that paragraph in each.
RENEWALS = {"7-5": "OP1", "17-6": "OP1", "26-6": "OP6", "35-3": "OP9", "44-11": "OP10"}


@cache
def _compare(left: str, right: str) -> Comparison:
    return rc.compare(
        rc.load(DATA / f"hrc-res-{left}-en.txt"), rc.load(DATA / f"hrc-res-{right}-en.txt")
    )


def _row(result: Comparison, left: str | None = None, right: str | None = None) -> Row:
    for row in result.rows:
        if (left is None or row.left == (left,)) and (right is None or row.right == (right,)):
            return row
    raise AssertionError(f"no row {left} → {right}")


@pytest.mark.parametrize("right", ["35-3", "44-11"])
def test_the_renewal_pairs_with_the_renewal(right: str) -> None:
    # 7/5 OP1 "Decides to extend the mandate … three years: (a) … (f)" is the renewal of
    # 35/3 OP9 and 44/11 OP10 (the list of tasks went), not "Reiterates its request …"
    # (35/3 OP13), which only resembles its sub-paragraph (b).
    result = _compare("7-5", right)
    row = _row(result, "OP1")
    assert row.right == (RENEWALS[right],)
    assert (row.status, row.moved, row.uncertain) == ("modified", False, False)
    assert row.lead is None  # Decides → Decides
    assert not [f for f in row.flags if f.kind == "period_changed"]  # three years both
    assert "(a) To promote" in "".join(s.text for s in row.diff if s.op == "-")
    # The request that resembles (b), and the report that is welcomed, are new paragraphs.
    new = {"35-3": ("OP13", "OP8"), "44-11": ("OP15", "OP9")}[right]
    for paragraph in new:
        assert _row(result, right=paragraph).status == "inserted"
    assert result.summary.stronger == result.summary.weaker == 0


@pytest.mark.parametrize(
    ("left", "right", "later"),
    [
        ("7-5", "35-3", "OP14"),
        ("7-5", "44-11", "OP16"),
        ("17-6", "35-3", "OP14"),
        ("17-6", "44-11", "OP16"),
    ],
)
def test_the_request_to_report_is_one_rewritten_provision(
    left: str, right: str, later: str
) -> None:
    # "Requests the independent expert to continue work on … a draft declaration … and to
    # submit a report … in accordance with its annual programme of work" → "Requests the
    # Independent Expert to report regularly … in accordance with their respective
    # programmes of work": same place, same lead, same subject, reworded.
    row = _row(_compare(left, right), "OP4")
    assert row.right == (later,)
    assert (row.status, row.uncertain, row.moved) == ("rewritten", True, False)
    assert row.lead is None and row.flags == ()


@pytest.mark.parametrize(("left", "right"), PAIRS)
def test_renewals_pair_with_renewals_only(left: str, right: str) -> None:
    result = _compare(left, right)
    if left in RENEWALS and right in RENEWALS:
        row = _row(result, RENEWALS[left])
        assert row.right == (RENEWALS[right],) and not row.uncertain
    elif left in RENEWALS:
        assert _row(result, RENEWALS[left]).status == "deleted"
    elif right in RENEWALS:
        assert _row(result, right=RENEWALS[right]).status == "inserted"


# Every head-verb verdict in the 21 pairs: the report of the Independent Expert, welcomed in
# 26/6 … 41/5, is only taken note of in 44/11 (the rest of the paragraph is the same report).
VERDICTS = {
    ("26-6", "44-11"): [("OP5", "OP9", "Welcomes", "Takes note", "weaker")],
    ("35-3", "44-11"): [("OP8", "OP9", "Welcomes", "Takes note", "weaker")],
    ("38-2", "44-11"): [("OP9", "OP9", "Welcomes", "Takes note", "weaker")],
    ("41-5", "44-11"): [("OP9", "OP9", "Welcomes", "Takes note", "weaker")],
}


@pytest.mark.parametrize(("left", "right"), PAIRS)
def test_verb_verdicts_are_the_true_ones(left: str, right: str) -> None:
    result = _compare(left, right)
    verdicts = [
        (r.left[0], r.right[0], r.lead.left, r.lead.right, r.lead.change)
        for r in result.rows
        if r.lead is not None and r.lead.change != "same"
    ]
    assert verdicts == VERDICTS.get((left, right), [])


@pytest.mark.parametrize(("left", "right"), PAIRS)
def test_no_verdict_on_an_uncertain_pair(left: str, right: str) -> None:
    for row in _compare(left, right).rows:
        if row.uncertain:
            assert row.lead is None and row.flags == ()


def test_17_6_to_26_6_the_draft_declaration_request() -> None:
    result = _compare("17-6", "26-6")
    # "Requests the IE to continue work on … a draft declaration" became "Requests the IE to
    # consolidate … the regional consultations … a revised draft declaration", with a new
    # report at the thirty-second session; "Takes note with appreciation of the proposed
    # draft declaration" (OP10) is a new paragraph, not a weakened request.
    row = _row(result, "OP4")
    assert (row.right, row.status, row.lead) == (("OP12",), "modified", None)
    assert [(f.kind, f.detail) for f in row.flags] == [
        ("reporting_changed", "— → thirty-second session")
    ]
    assert _row(result, right="OP10").status == "inserted"


def test_35_3_to_38_2_a_year_without_renewal() -> None:
    result = _compare("35-3", "38-2")
    report = _row(result, "OP8")  # "Welcomes the report …" in both
    assert (report.right, report.lead, report.uncertain) == (("OP9",), None, False)
    # Its footnote moves from the 35th to the 38th session's report: routine.
    (note,) = report.footnotes
    assert (note.status, note.routine_only) == ("changed", True)
    assert _row(result, "OP9").status == "deleted"  # the renewal
