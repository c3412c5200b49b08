"""compare(): placeholder until the engine lands (rows in order, no diff)."""

from __future__ import annotations

from resolution_compare.core.comparison import (
    CompareOptions,
    Comparison,
    DiffSegment,
    Row,
    Summary,
    VoteComparison,
    VoteTotals,
)
from resolution_compare.core.model import Resolution


def compare_resolutions(
    left: Resolution, right: Resolution, options: CompareOptions | None = None
) -> Comparison:
    rows = tuple(
        Row(left=(p.id,), right=(), status="deleted", diff=(DiffSegment("-", p.text),))
        for p in left.paragraphs
    ) + tuple(
        Row(left=(), right=(p.id,), status="inserted", diff=(DiffSegment("+", p.text),))
        for p in right.paragraphs
    )
    empty = VoteTotals(None, None, None, None)
    return Comparison(
        left=left,
        right=right,
        rows=rows,
        votes=VoteComparison(left=empty, right=empty),
        summary=Summary(),
        options=options or CompareOptions(),
    )
