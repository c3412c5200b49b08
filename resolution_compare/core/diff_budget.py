"""The word diff's edit budget: what diff-match-patch's bisection costs, counted, never timed.

The budget (architecture.md, practice 2) is defined on the pure-Python diff-match-patch: it
asks its "deadline" once per edit step d of each bisection (Myers' middle snake), and the work
counted is the sum of d + 1 over those steps. A bisection that finds the middle snake at step d
has spent ``steps(d) = (d + 1)(d + 2) / 2``; Myers (1986, "An O(ND) difference algorithm",
lemma 3) puts that step at d = ⌈D/2⌉ for a problem whose shortest edit script has D edits,
and the two halves it splits into have ⌈D/2⌉ and ⌊D/2⌋ edits.

So the work of one exact diff is known within bounds from its edit count alone
(``bisection_work``). The word diff takes an exact diff when the lower bound — its top
bisection — fits the budget: every diff the pure-Python dmp would finish within the budget
qualifies, and the rule depends on the edit count only, which the C++ build (which cannot be
stopped by a count) reports, the bit-parallel ``edit_count`` computes in bounded time, and
``least_edits`` bounds from below in linear time. Without the C++ build the pure-Python dmp
runs with the upper bound of the largest count that fits (``largest_fitting``, ``most_work``)
as its limit, and decides alike. tests/core/test_diff_engines.py checks the bounds against the
counted work of the pure-Python diff on real and random token strings.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from math import isqrt
from operator import add

__all__ = [
    "EditBudget",
    "OverBudget",
    "bisection_work",
    "edit_count",
    "largest_fitting",
    "least_edits",
    "most_work",
    "steps",
]


class OverBudget(Exception):
    """The exact diff needed more edit steps than it was allowed."""


class EditBudget:
    """Handed to the pure-Python dmp as its "deadline". dmp asks ``time.time() > deadline``
    once per edit step d of each bisection; this answers by counting work (the sum of d + 1),
    never by the clock, and raises ``OverBudget`` once more than ``limit`` is spent."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0
        self.step = 0

    def __lt__(self, _now: object) -> bool:
        self.step += 1
        self.spent += self.step
        if self.spent > self.limit:
            raise OverBudget
        return False


def steps(d: int) -> int:
    """Work counted by one bisection that stops at edit step ``d`` (1 + 2 + … + (d + 1))."""
    return (d + 1) * (d + 2) // 2


@cache
def most_work(edits: int) -> int:
    """Most work for a problem of ``edits`` edits: its bisection, then both halves."""
    if edits <= 1:
        return 0  # one insertion or deletion: no bisection (dmp's shortcuts)
    half = (edits + 1) // 2
    return steps(half) + most_work(half) + most_work(edits - half)


def bisection_work(a: str, b: str, edits: int) -> tuple[int, int]:
    """(least, most) work the pure-Python dmp counts to diff ``a`` → ``b`` exactly, given the
    edit count ``edits`` of their shortest edit script (inserted + deleted characters).

    ``a`` and ``b`` share no first and no last character (the caller strips them, as
    ``diff_main`` does first). dmp's shortcuts cost nothing: one text empty, the shorter
    inside the longer, a one-character shorter text. Texts without a common character end
    in one bisection that finds no snake (``max_d`` steps). Otherwise the top bisection stops
    at d = ⌈edits/2⌉ and its halves cost at most ``most_work`` of their edit counts.
    """
    if not a or not b:
        return 0, 0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1 or short in long:
        return 0, 0
    if edits == len(a) + len(b):  # nothing in common: dmp's loop runs out without a snake
        work = steps((len(a) + len(b) + 1) // 2 - 1)
        return work, work
    # Explicit recursion limit: lru-cached, the depth is log2(edits).
    return steps((edits + 1) // 2), most_work(edits)


def largest_fitting(limit: float) -> int:
    """The most edits D whose top bisection, ``steps(⌈D/2⌉)``, fits ``limit`` (the budget's
    rule, see ``fits``); -1 when even one step does not."""
    if limit < 1:
        return -1
    d = max(0, (isqrt(8 * int(limit) + 1) - 3) // 2)  # steps(d) = (d+1)(d+2)/2 <= limit
    while steps(d + 1) <= limit:
        d += 1
    return 2 * d


def least_edits(a: str, b: str, enough: int) -> int:
    """A lower bound on the edit count (inserted + deleted characters) of ``a`` → ``b``,
    in linear time: the characters one side has more of than the other; when that is not
    above ``enough``, also a third of the difference of their multisets of adjacent pairs
    (one insertion or deletion removes at most two pairs and adds one, or the reverse),
    which sees text moved in blocks."""
    singles: Counter[str] = Counter(a)
    singles.subtract(b)
    bound = sum(map(abs, singles.values()))
    if bound > enough:
        return bound
    pairs: Counter[str] = Counter(map(add, a, a[1:]))
    pairs.subtract(map(add, b, b[1:]))
    return max(bound, -(-sum(map(abs, pairs.values())) // 3))


def edit_count(a: str, b: str) -> int:
    """The edit count of the shortest edit script of ``a`` → ``b`` (``len(a) + len(b)``
    less twice their longest common subsequence), bit-parallel (Allison & Dix 1986; Hyyrö
    2004): one pass over ``a`` with integers as wide as ``b``, ``len(a) · len(b) / 64``
    machine-word operations whatever the edits (~2 ms for 3,000 × 3,000 characters)."""
    masks: dict[str, int] = {}
    for j, char in enumerate(b):
        masks[char] = masks.get(char, 0) | (1 << j)
    full = (1 << len(b)) - 1
    row = full  # zero bits: positions of b matched so far
    for char in a:
        mask = masks.get(char)
        if mask is not None:
            matched = row & mask
            row = ((row + matched) | (row - matched)) & full
    common = len(b) - row.bit_count()
    return len(a) + len(b) - 2 * common
