"""Which comparison rows belong to the operative part (the "Operative only" view and report).

A row is operative when any paragraph in it, on either side, is an operative paragraph: a
preambular paragraph that became operative stays visible under "operative only", so a
move between the parts is never hidden.
"""

from __future__ import annotations

from resolution_compare.core.comparison import Comparison


def operative_rows(comparison: Comparison) -> frozenset[int]:
    """Indices into ``comparison.rows`` of the rows with an operative paragraph on a side."""
    kinds = {("L", p.id): p.kind for p in comparison.left.paragraphs}
    kinds.update({("R", p.id): p.kind for p in comparison.right.paragraphs})
    found: set[int] = set()
    for index, row in enumerate(comparison.rows):
        ids = [("L", x) for x in row.left] + [("R", x) for x in row.right]
        if any(kinds.get(key) == "operative" for key in ids):
            found.add(index)
    return frozenset(found)
