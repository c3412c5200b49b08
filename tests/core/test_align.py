"""Alignment details: display order, moves, PP→OP, determinism."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import resolution_compare as rc
from resolution_compare.core.align import align

DATA = Path(__file__).resolve().parent.parent / "data"


def test_rows_follow_the_right_side_with_deletions_in_place() -> None:
    left = rc.load(DATA / "hrc-res-35-3-en.txt")
    right = rc.load(DATA / "hrc-res-44-11-en.txt")
    rows = [(r.left, r.right) for r in rc.compare(left, right).rows][5:12]
    assert rows == [
        (("PP6",), ("PP6",)),
        ((), ("PP7",)),  # inserted COVID-19 paragraphs come where they are on the right
        ((), ("PP8",)),
        (("PP7",), ("PP9",)),
        (("PP8",), ()),  # deleted: after the row of its left predecessor PP7
        (("PP9",), ("PP10",)),
        (("PP10",), ("PP11",)),
    ]


def test_move_and_preamble_to_operative() -> None:
    left = rc.load(DATA / "hrc-res-44-11-en.txt")
    paragraphs = list(left.paragraphs)
    pp3 = paragraphs.pop(2)  # "Underlining the fact that ..." becomes an OP at the end
    body = pp3.text[len("Underlining") :]
    paragraphs.append(
        replace(
            pp3, id="OP18", kind="operative", text="Underlines" + body, lead="Underlines", number=18
        )
    )
    ids = iter(range(1, 100))
    renumbered = tuple(
        replace(p, id=f"PP{next(ids)}") if p.kind == "preambular" else p for p in paragraphs
    )
    right = replace(left, paragraphs=renumbered)
    result = rc.compare(left, right)
    row = next(r for r in result.rows if r.left == ("PP3",))
    assert (row.right, row.status, row.moved) == (("OP18",), "modified", True)
    assert [f.kind for f in row.flags] == ["moved_to_operative"]
    assert row.lead is not None and row.lead.change == "stronger"
    # Nothing else moved: PP4 → PP3 is a renumbering only.
    assert [r.left for r in result.rows if r.moved] == [("PP3",)]
    assert result.summary.stronger == 1


def test_deterministic() -> None:
    left = rc.load(DATA / "hrc-res-38-2-en.txt")
    right = rc.load(DATA / "hrc-res-41-5-en.txt")
    first = align(left.paragraphs, right.paragraphs)
    assert all(align(left.paragraphs, right.paragraphs) == first for _ in range(3))


def test_three_way_split() -> None:
    left = rc.load(DATA / "hrc-res-44-11-en.txt")
    op11 = left.paragraph("OP11")  # "Requests all States, United Nations agencies, ..."
    cuts = [i for i, ch in enumerate(op11.text) if ch == ","]
    a, b = cuts[len(cuts) // 3], cuts[2 * len(cuts) // 3]
    pieces = [op11.text[: a + 1], op11.text[a + 2 : b + 1], op11.text[b + 2 :]]
    paragraphs: list = []
    for p in left.paragraphs:
        if p is op11:
            paragraphs.extend(
                replace(p, id=f"X{k}", text=t, lead=p.lead if k == 0 else None)
                for k, t in enumerate(pieces)
            )
        else:
            paragraphs.append(p)
    result = rc.compare(left, replace(left, paragraphs=tuple(paragraphs)))
    changed = [(r.left, r.right, r.status) for r in result.rows if r.status != "unchanged"]
    assert changed == [(("OP11",), ("X0", "X1", "X2"), "split")]


def test_repeated_paragraphs_pair_with_their_neighbours() -> None:
    # Two copies of the same text in a row; one paragraph of the first copy deleted.
    # Pairing identical bodies by occurrence would shift the first copy onto the second
    # and report moves; an ordered pairing reports one deletion and nothing moved.
    one = rc.load(DATA / "hrc-res-44-11-en.txt").paragraphs
    doubled = [replace(p, id=f"OP{k + 1}", kind="operative") for k, p in enumerate(one + one)]
    left = replace(rc.load(DATA / "hrc-res-44-11-en.txt"), paragraphs=tuple(doubled))
    right = replace(left, paragraphs=tuple(p for p in doubled if p.id != "OP5"))
    result = rc.compare(left, right)
    assert [r.left for r in result.rows if r.status != "unchanged"] == [("OP5",)]
    assert not any(r.moved for r in result.rows)
