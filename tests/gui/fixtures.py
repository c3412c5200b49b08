"""A small hand-made comparison covering every row kind the view must draw.

Real texts are used wherever the engine is needed; this one exists so view, model and
navigation tests do not depend on how the engine aligns a particular pair today.
"""

from __future__ import annotations

from resolution_compare.core.comparison import (
    Comparison,
    DiffSegment,
    Flag,
    LeadChange,
    Row,
    StateVote,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.core.model import Header, Paragraph, Resolution

LEFT = Resolution(
    source="left.txt",
    language="en",
    header=Header(
        symbol="A/HRC/RES/35/3", title="Human rights and solidarity", adopted="2017-06-22"
    ),
    paragraphs=(
        Paragraph("PP1", "preambular", "Recalling its resolution 32/9,", "Recalling"),
        Paragraph("OP1", "operative", "Encourages States to act;", "Encourages", 1),
        Paragraph("OP2", "operative", "Decides to remain seized;", "Decides", 2),
        Paragraph(
            "OP3", "operative", "Requests a report at its thirty-eighth session;", "Requests", 3
        ),
        Paragraph("OP4", "operative", "Welcomes the work;", "Welcomes", 4),
    ),
)
RIGHT = Resolution(
    source="right.txt",
    language="en",
    header=Header(
        symbol="A/HRC/RES/44/11", title="Human rights and solidarity", adopted="2020-07-16"
    ),
    paragraphs=(
        Paragraph("PP1", "preambular", "Recalling its resolution 32/9,", "Recalling"),
        Paragraph("OP1", "operative", "Welcomes the work;", "Welcomes", 1),
        Paragraph("OP2", "operative", "Urges States to act;", "Urges", 2),
        Paragraph(
            "OP3", "operative", "Requests a report at its forty-seventh session;", "Requests", 3
        ),
        Paragraph("OP4", "operative", "Calls upon all States to cooperate;", "Calls upon", 4),
    ),
)

ROWS = (
    # 0: unchanged preambular paragraph
    Row(("PP1",), ("PP1",), "unchanged", (DiffSegment("=", "Recalling its resolution 32/9,"),)),
    # 1: moved up from OP4 to OP1, text unchanged
    Row(("OP4",), ("OP1",), "unchanged", (DiffSegment("=", "Welcomes the work;"),), moved=True),
    # 2: head verb strengthened
    Row(
        ("OP1",),
        ("OP2",),
        "modified",
        (
            DiffSegment("-", "Encourages"),
            DiffSegment("+", "Urges"),
            DiffSegment("=", " States to act;"),
        ),
        similarity=0.7,
        lead=LeadChange("Encourages", "Urges", 2, 4, "stronger"),
        flags=(Flag("hedge_removed", "where appropriate"),),
    ),
    # 3: only the session ordinal changed (routine)
    Row(
        ("OP3",),
        ("OP3",),
        "modified",
        (
            DiffSegment("=", "Requests a report at its "),
            DiffSegment("-", "thirty-eighth", routine=True),
            DiffSegment("+", "forty-seventh", routine=True),
            DiffSegment("=", " session;"),
        ),
        similarity=0.9,
    ),
    # 4: deleted operative paragraph
    Row(("OP2",), (), "deleted", (DiffSegment("-", "Decides to remain seized;"),), similarity=0.0),
    # 5: inserted operative paragraph
    Row(
        (),
        ("OP4",),
        "inserted",
        (DiffSegment("+", "Calls upon all States to cooperate;"),),
        similarity=0.0,
    ),
)

VOTES = VoteComparison(
    left=VoteTotals("recorded", 32, 15, 0),
    right=VoteTotals("recorded", 31, 15, 1),
    states=(
        StateVote("ALB", "no", None),
        StateVote("AFG", None, "yes"),
        StateVote("MEX", "abstain", "no"),
        StateVote("DEU", "no", "no"),
    ),
)


def sample_comparison() -> Comparison:
    return Comparison(
        left=LEFT,
        right=RIGHT,
        rows=ROWS,
        votes=VOTES,
        summary=Summary(
            unchanged=2,
            modified=2,
            inserted=1,
            deleted=1,
            moved=1,
            stronger=1,
            vote_changes=1,  # MEX: abstain → no
            states_in_one_vote=2,  # ALB, AFG
        ),
    )
