"""diff-match-patch's semantic cleanup in linear time, with the same result.

``diff_cleanupSemantic`` of the pure-Python diff-match-patch (the reference the word diff is
defined on, stack-notes §7) removes every equality no longer than the edits on both sides of
it, then merges, shifts edits to word boundaries (``diff_cleanupSemanticLossless``) and
splits overlaps between a deletion and the insertion after it. Its first and last steps edit
the list in place (``list.insert``) and, after each removed equality, scan again from the
equality before the previous one: on a long, heavily rewritten paragraph (tens of thousands
of short equalities) that is quadratic — 60 s of a 99,000-character Chinese paragraph.

Here the same two steps run in one pass each over a new list (``eliminate_equalities``,
``split_overlaps``); the middle steps are dmp's own and run between them (core/worddiff.py).
Why the one pass gives the same equalities: dmp checks an equality once the edits after it
reach its length, so whether it goes depends only on the total edits between it and the
equalities kept on either side; after removing one, dmp re-checks only the equality kept
before it (with the edits now merged across), and so on leftwards. That is a stack:
tests/core/test_diff_cleanup.py checks the result equals dmp's on random and real diffs.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["eliminate_equalities", "split_overlaps"]

Diff = list[tuple[int, str]]  # dmp's (op, text): -1 delete, 0 equal, 1 insert


def eliminate_equalities(diffs: Diff) -> tuple[Diff, bool]:
    """The first step of ``diff_cleanupSemantic``: every equality that is not longer than
    the larger side (inserted or deleted characters) of the edits on its left and of those
    on its right, counted between the equalities that are kept, becomes a deletion and an
    insertion of its text, in place. Returns the new list and whether any equality went."""
    # Kept equalities so far: (index into diffs, inserted and deleted characters before it,
    # back to the kept equality before it).
    kept: list[tuple[int, int, int]] = []
    removed: set[int] = set()
    inserted = deleted = 0  # edits since the last kept equality

    def settle() -> None:
        """Check the last kept equality against the edits after it, and leftwards while
        equalities go (each removal merges the edits on its two sides)."""
        nonlocal inserted, deleted
        while kept:
            at, ins_before, del_before = kept[-1]
            size = len(diffs[at][1])
            if not size or size > max(ins_before, del_before) or size > max(inserted, deleted):
                return
            kept.pop()
            removed.add(at)
            inserted += ins_before + size
            deleted += del_before + size

    for at, (op, text) in enumerate(diffs):
        if op == 0:
            settle()
            kept.append((at, inserted, deleted))
            inserted = deleted = 0
        elif op == 1:
            inserted += len(text)
        else:
            deleted += len(text)
    settle()
    if not removed:
        return diffs, False
    out: Diff = []
    for at, item in enumerate(diffs):
        if at in removed:
            out.append((-1, item[1]))
            out.append((1, item[1]))
        else:
            out.append(item)
    return out, True


def split_overlaps(diffs: Diff, common_overlap: Callable[[str, str], int]) -> Diff:
    """The last step of ``diff_cleanupSemantic``: a deletion followed by an insertion that
    overlap (the end of one is the start of the other) by at least half of either get the
    overlap as an equality between them (``-abcxxx +xxxdef`` → ``-abc =xxx +def``; the
    reverse case swaps them). ``common_overlap`` is dmp's ``diff_commonOverlap``. As in dmp,
    the item after a pair that was looked at is never the first of the next pair."""
    if not diffs:
        return []
    out: Diff = [diffs[0]]
    k = 1
    while k < len(diffs):
        (prev_op, deletion), (op, insertion) = out[-1], diffs[k]
        if not (prev_op == -1 and op == 1):
            out.append(diffs[k])
            k += 1
            continue
        forward = common_overlap(deletion, insertion)
        backward = common_overlap(insertion, deletion)
        if forward >= backward:
            if forward >= len(deletion) / 2 or forward >= len(insertion) / 2:
                out[-1] = (-1, deletion[: len(deletion) - forward])
                out.append((0, insertion[:forward]))
                out.append((1, insertion[forward:]))
            else:
                out.append(diffs[k])
        elif backward >= len(deletion) / 2 or backward >= len(insertion) / 2:
            out[-1] = (1, insertion[: len(insertion) - backward])
            out.append((0, deletion[:backward]))
            out.append((-1, deletion[backward:]))
        else:
            out.append(diffs[k])
        if k + 1 < len(diffs):
            out.append(diffs[k + 1])
        k += 2
    return out
