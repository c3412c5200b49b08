"""Paragraph alignment: which paragraph of the left version became which on the right.

Near-linear, deterministic, never all-pairs:

1. Anchors: paragraphs whose normalised BODY (text after the lead phrase) is identical,
   paired in document order.
2. Candidates: an inverted index of each side's rarer words (document frequency at most
   ``max(3, 5 %)`` of the paragraphs) proposes, for each unmatched left paragraph, the few
   right paragraphs sharing the most rare words; each candidate pair is scored by the Dice
   coefficient of the body word multisets (or ``MATCH_THRESHOLD`` when the shorter body is
   contained in the longer, see ``match_score``). Pairs scoring at least ``MATCH_THRESHOLD`` are
   taken greedily, best score first (ties: nearer position, then lower index).
3. Split / merge: an unmatched paragraph joined with its neighbour on the same side is
   tried against the neighbour's counterpart (or the unmatched paragraph's own candidates);
   the group is kept when the joined body scores at least ``SPLIT_THRESHOLD`` and better
   than the single pair did.
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

# Dice similarity of body word multisets needed to call two paragraphs counterparts.
MATCH_THRESHOLD = 0.5
# A short paragraph kept whole inside a longer one (a list cut short) is also a match:
# at least CONTAINED of the shorter body's words, MIN_CONTAINED words, and Dice >= 0.3.
CONTAINED = 0.9
MIN_CONTAINED = 12
# Joined body vs the other side needed to call it a split or a merge.
SPLIT_THRESHOLD = 0.75
# Candidates scored per unmatched paragraph.
CANDIDATES = 8

_WORDS = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


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
    return _WORDS.findall(body_of(paragraph).translate(_QUOTES).casefold())


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
    if score < MATCH_THRESHOLD and shorter >= MIN_CONTAINED and score >= 0.3:
        if common >= CONTAINED * shorter:
            return MATCH_THRESHOLD + 0.01
    return score


class _Side:
    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.words = [body_words(p) for p in paragraphs]
        self.bags = [Counter(w) for w in self.words]
        self.sizes = [len(w) for w in self.words]
        self.keys = [" ".join(w) for w in self.words]

    def __len__(self) -> int:
        return len(self.words)

    def joined(self, first: int, second: int) -> tuple[Counter[str], int]:
        return self.bags[first] + self.bags[second], self.sizes[first] + self.sizes[second]


def _rare_index(side: _Side, limit: int) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, bag in enumerate(side.bags):
        for word in bag:
            index.setdefault(word, []).append(i)
    return {w: ids for w, ids in index.items() if len(ids) <= limit}


def _candidates(bag: Counter[str], index: dict[str, list[int]], skip: set[int]) -> list[int]:
    counts: Counter[int] = Counter()
    for word in bag:
        for j in index.get(word, ()):
            if j not in skip:
                counts[j] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [j for j, _ in ranked[:CANDIDATES]]


def _anchor(left: _Side, right: _Side) -> dict[int, int]:
    by_key: dict[str, list[int]] = {}
    for j, key in enumerate(right.keys):
        by_key.setdefault(key, []).append(j)
    pairs: dict[int, int] = {}
    taken: dict[str, int] = {}
    for i, key in enumerate(left.keys):
        options = by_key.get(key)
        if options and taken.get(key, 0) < len(options):
            pairs[i] = options[taken.get(key, 0)]
            taken[key] = taken.get(key, 0) + 1
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
    l2r = _anchor(ls, rs)
    scores: dict[int, float] = dict.fromkeys(l2r, 1.0)
    taken_right = set(l2r.values())

    limit = max(3, (len(ls) + len(rs)) // 40)
    right_index = _rare_index(rs, limit)
    proposals: list[tuple[float, int, int, int]] = []
    for i in range(len(ls)):
        if i in l2r:
            continue
        for j in _candidates(ls.bags[i], right_index, taken_right):
            score = match_score(ls.bags[i], rs.bags[j], ls.sizes[i], rs.sizes[j])
            if score >= MATCH_THRESHOLD:
                proposals.append((-score, abs(i - j), i, j))
    for neg_score, _, i, j in sorted(proposals):
        if i in l2r or j in taken_right:
            continue
        l2r[i] = j
        scores[i] = -neg_score
        taken_right.add(j)

    groups = _split_merge(ls, rs, l2r, scores, right_index, _rare_index(ls, limit))
    return _order(groups, len(ls), len(rs))


def _split_merge(
    ls: _Side,
    rs: _Side,
    l2r: dict[int, int],
    scores: dict[int, float],
    right_index: dict[str, list[int]],
    left_index: dict[str, list[int]],
) -> list[Group]:
    r2l = {j: i for i, j in l2r.items()}
    groups: dict[int, Group] = {}  # keyed by the first left index
    used_left: set[int] = set()
    used_right: set[int] = set()

    def try_join(
        this: _Side, other: _Side, x: int, mine: dict[int, int], theirs: dict[int, int],
        index: dict[str, list[int]], used_this: set[int], used_other: set[int],
    ) -> tuple[tuple[int, int], int, float] | None:
        best: tuple[tuple[int, int], int, float] | None = None
        for neighbour in (x - 1, x + 1):
            if not 0 <= neighbour < len(this) or neighbour in used_this:
                continue
            partners = [mine[neighbour]] if neighbour in mine else []
            if neighbour not in mine:
                partners = _candidates(this.bags[x] + this.bags[neighbour], index, set(theirs))
            for y in partners:
                if y in used_other:
                    continue
                bag, size = this.joined(x, neighbour)
                score = dice(bag, other.bags[y], size, other.sizes[y])
                single = scores_of(this, other, neighbour, y)
                if score >= SPLIT_THRESHOLD and score > single + 0.05:
                    pair = (min(x, neighbour), max(x, neighbour))
                    if best is None or score > best[2]:
                        best = (pair, y, score)
        return best

    def scores_of(this: _Side, other: _Side, a: int, b: int) -> float:
        return dice(this.bags[a], other.bags[b], this.sizes[a], other.sizes[b])

    for j in range(len(rs)):  # a right paragraph left over: a split?
        if j in r2l or j in used_right:
            continue
        found = try_join(rs, ls, j, r2l, l2r, left_index, used_right, used_left)
        if found:
            (r1, r2), i, score = found
            groups[i] = Group((i,), (r1, r2), score=score)
            used_left.add(i)
            used_right.update((r1, r2))
    for i in range(len(ls)):  # a left paragraph left over: a merge?
        if i in l2r or i in used_left:
            continue
        found = try_join(ls, rs, i, l2r, r2l, right_index, used_left, used_right)
        if found:
            (l1, l2), j, score = found
            groups[l1] = Group((l1, l2), (j,), score=score)
            used_left.update((l1, l2))
            used_right.add(j)
    for i, j in l2r.items():
        if i not in used_left and j not in used_right:
            groups[i] = Group((i,), (j,), score=scores.get(i, 1.0))
            used_left.add(i)
            used_right.add(j)
    for i in range(len(ls)):
        if i not in used_left:
            groups[i] = Group((i,), (), score=0.0)
    result = [groups[k] for k in sorted(groups)]
    result.extend(Group((), (j,), score=0.0) for j in range(len(rs)) if j not in used_right)
    return result


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
