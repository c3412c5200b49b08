"""Paragraph alignment: which paragraph of the left version became which on the right.

Near-linear, deterministic, never all-pairs:

1. Anchors: paragraphs whose normalised BODY (text after the lead phrase) is identical:
   an ordered diff of the body keys (Myers, via worddiff.equal_runs: one character per
   paragraph), then identical bodies left over (moved) in document order.
2. Candidates: an inverted index of each side's rarer words (document frequency at most
   ``max(3, 5 %)`` of the paragraphs) proposes, for each unmatched left paragraph, the few
   right paragraphs sharing the most rare words; each candidate pair is scored by the Dice
   coefficient of the body word multisets (just above ``MATCH_THRESHOLD`` when the shorter
   body is contained in the longer, see ``match_score``). Pairs scoring above it are
   taken greedily, best score first (ties: nearer position, then lower index).
3. Split / merge: two or three neighbours on one side, joined, are scored against the other side's
   candidates; kept as a proposal when the join scores at least ``SPLIT_THRESHOLD`` and
   clearly better than either neighbour alone. One-to-one, split and merge proposals are
   taken greedily together, best score first, each paragraph once.
4. Order: the longest increasing subsequence of the matched groups (by right position in
   left order) keeps its order; every other matched group is ``moved``.

Preambular and operative paragraphs are one sequence, so a PP that became an OP is found.
Rows are ordered for display by the right side; a deleted paragraph comes right after the
row of the nearest preceding left paragraph that did not move.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from resolution_compare.core.model import Paragraph
from resolution_compare.core.text import APOSTROPHES
from resolution_compare.core.worddiff import equal_runs

# Dice similarity of body word multisets needed to call two paragraphs counterparts.
MATCH_THRESHOLD = 0.5  # a 1:1 match needs Dice strictly above this
# A short paragraph kept whole inside a longer one (a list cut short) is also a match:
# at least CONTAINED of the shorter body's words, MIN_CONTAINED words, and Dice >= 0.3.
CONTAINED = 0.9
MIN_CONTAINED = 12
# Joined body vs the other side needed to call it a split or a merge.
SPLIT_THRESHOLD = 0.75
# Candidates scored per unmatched paragraph, and per joined pair of neighbours.
CANDIDATES = 8
JOIN_CANDIDATES = 3
# A paragraph split into (or merged from) two or three neighbours.
JOIN_WIDTHS = (2, 3)

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Group:
    """One aligned row before diffing: paragraph indexes on each side."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    moved: bool = False
    score: float = 1.0


def body_of(paragraph: Paragraph) -> str:
    """The paragraph text after its lead phrase (the whole text when there is none)."""
    text = paragraph.text
    lead = paragraph.lead
    if lead and text[: len(lead)].casefold() == lead.casefold():
        return text[len(lead) :]
    return text


def body_words(paragraph: Paragraph) -> list[str]:
    return _WORDS.findall(body_of(paragraph).translate(APOSTROPHES).casefold())


def _common(a: Counter[str], b: Counter[str]) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(n, b[w]) for w, n in a.items() if w in b)


def dice(a: Counter[str], b: Counter[str], size_a: int, size_b: int) -> float:
    if size_a + size_b == 0:
        return 1.0
    return 2.0 * _common(a, b) / (size_a + size_b)


def match_score(a: Counter[str], b: Counter[str], size_a: int, size_b: int) -> float:
    """Dice, or just above MATCH_THRESHOLD when the shorter body is contained in the longer one."""
    if size_a + size_b == 0:
        return 1.0
    common = _common(a, b)
    score = 2.0 * common / (size_a + size_b)
    shorter = min(size_a, size_b)
    contained = shorter >= MIN_CONTAINED and common >= CONTAINED * shorter
    if score < MATCH_THRESHOLD and score >= 0.3 and contained:
        return MATCH_THRESHOLD + 0.01
    return score


class _Side:
    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.words = [body_words(p) for p in paragraphs]
        self.bags = [Counter(w) for w in self.words]
        self.sizes = [len(w) for w in self.words]
        self.keys = [" ".join(w) for w in self.words]
        # Whole text with its lead: the second of two joined paragraphs keeps its lead.
        self.full = [
            Counter(_WORDS.findall(p.text.translate(APOSTROPHES).casefold())) for p in paragraphs
        ]
        self.full_sizes = [sum(c.values()) for c in self.full]

    def __len__(self) -> int:
        return len(self.words)


def _rare_index(side: _Side, limit: int) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, bag in enumerate(side.bags):
        for word in bag:
            index.setdefault(word, []).append(i)
    return {w: ids for w, ids in index.items() if len(ids) <= limit}


def _candidates(
    bag: Counter[str], index: dict[str, list[int]], skip: set[int], top: int = CANDIDATES
) -> list[int]:
    counts: Counter[int] = Counter()
    for word in bag:
        for j in index.get(word, ()):
            if j not in skip:
                counts[j] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [j for j, _ in ranked[:top]]


def _anchor(left: _Side, right: _Side) -> dict[int, int]:
    """Pairs of identical bodies: an ordered diff of the body keys first (so repeated
    bodies pair with their neighbours), then any identical bodies left over (moved ones)
    in document order."""
    pairs = dict(equal_runs(left.keys, right.keys))
    taken = set(pairs.values())
    right_at: dict[str, list[int]] = {}
    for j, key in enumerate(right.keys):
        if j not in taken:
            right_at.setdefault(key, []).append(j)
    for i, key in enumerate(left.keys):
        free = right_at.get(key)
        if i not in pairs and free:
            pairs[i] = free.pop(0)
    return pairs


def _lis_members(values: Sequence[int]) -> set[int]:
    """Indexes (into ``values``) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for k, v in enumerate(values):
        pos = bisect_left(tails, v)
        if pos == len(tails):
            tails.append(v)
            tail_at.append(k)
        else:
            tails[pos] = v
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos else -1
    members: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        members.add(k)
        k = parent[k]
    return members


def align(left: Sequence[Paragraph], right: Sequence[Paragraph]) -> list[Group]:
    """Rows of paragraph indexes; every index of either side is in exactly one group."""
    ls, rs = _Side(left), _Side(right)
    anchors = _anchor(ls, rs)
    anchored_left, anchored_right = set(anchors), set(anchors.values())
    limit = max(3, (len(ls) + len(rs)) // 40)
    right_index, left_index = _rare_index(rs, limit), _rare_index(ls, limit)

    # (negative score, distance, left indexes, right indexes): 1:1, merges and splits compete.
    proposals: list[tuple[float, int, tuple[int, ...], tuple[int, ...]]] = []
    for i in range(len(ls)):
        if i in anchored_left:
            continue
        for j in _candidates(ls.bags[i], right_index, anchored_right):
            score = match_score(ls.bags[i], rs.bags[j], ls.sizes[i], rs.sizes[j])
            if score > MATCH_THRESHOLD:
                proposals.append((-score, abs(i - j), (i,), (j,)))
    proposals.extend(_join_proposals(ls, rs, anchored_left, anchored_right, right_index, False))
    proposals.extend(_join_proposals(rs, ls, anchored_right, anchored_left, left_index, True))

    groups: dict[int, Group] = {i: Group((i,), (j,)) for i, j in anchors.items()}
    used_left, used_right = set(anchored_left), set(anchored_right)
    for neg_score, _, lefts, rights in sorted(proposals):
        if used_left.intersection(lefts) or used_right.intersection(rights):
            continue
        groups[lefts[0]] = Group(lefts, rights, score=-neg_score)
        used_left.update(lefts)
        used_right.update(rights)
    for i in range(len(ls)):
        if i not in used_left:
            groups[i] = Group((i,), (), score=0.0)
    result = [groups[k] for k in sorted(groups)]
    result.extend(Group((), (j,), score=0.0) for j in range(len(rs)) if j not in used_right)
    return _order(result, len(ls), len(rs))


def _join_proposals(
    this: _Side,
    other: _Side,
    anchored_this: set[int],
    anchored_other: set[int],
    other_index: dict[str, list[int]],
    swap: bool,
) -> list[tuple[float, int, tuple[int, ...], tuple[int, ...]]]:
    """Two neighbours on one side joined against one paragraph on the other (merge/split).

    Kept when the joined words score at least SPLIT_THRESHOLD and clearly better than
    any member alone (so a modified 1:1 pair is not swallowed), or when the join is
    near-exact (a one-word fragment split off a paragraph).
    """
    out: list[tuple[float, int, tuple[int, ...], tuple[int, ...]]] = []
    for width in JOIN_WIDTHS:
        for x in range(len(this) - width + 1):
            members = tuple(range(x, x + width))
            if anchored_this.intersection(members):
                continue
            bag = this.bags[x].copy()
            size = this.sizes[x]
            for m in members[1:]:
                bag.update(this.full[m])
                size += this.full_sizes[m]
            for y in _candidates(bag, other_index, anchored_other, JOIN_CANDIDATES):
                score = dice(bag, other.bags[y], size, other.sizes[y])
                if score < SPLIT_THRESHOLD:
                    continue
                single = max(
                    dice(this.bags[m], other.bags[y], this.sizes[m], other.sizes[y])
                    for m in members
                )
                # Clearly better than any member alone, or near-exact (a split-off fragment).
                if score > single + 0.05 or (score >= 0.98 and score > single):
                    one = (y,)
                    out.append(
                        (-score, abs(x - y), one if swap else members, members if swap else one)
                    )
    return out


def _order(groups: list[Group], n_left: int, n_right: int) -> list[Group]:
    matched = [g for g in groups if g.left and g.right]  # already in left order
    keep = _lis_members([g.right[0] for g in matched])
    unmoved_at: dict[int, int] = {}  # left index -> right position, for unmoved groups
    final: list[tuple[tuple[int, int, int], Group]] = []
    for k, g in enumerate(matched):
        moved = k not in keep
        g = Group(g.left, g.right, moved, g.score)
        if not moved:
            for i in g.left:
                unmoved_at[i] = g.right[0]
        final.append(((g.right[0], 0, 0), g))
    for g in groups:
        if g.left and not g.right:
            i = g.left[0]
            anchor = -1
            for prev in range(i - 1, -1, -1):
                if prev in unmoved_at:
                    anchor = unmoved_at[prev]
                    break
            final.append(((anchor, 1, i), g))
        elif g.right and not g.left:
            final.append(((g.right[0], 0, 0), g))
    final.sort(key=lambda item: item[0])
    return [g for _, g in final]
