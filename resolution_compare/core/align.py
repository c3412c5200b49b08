"""Paragraph alignment: which provision of the left version became which on the right.

Provisions, not word bags (issue 12, item 1). Near-linear and deterministic, never all-pairs
over the documents (candidates come from an index of rare words; evidence in align_evidence):

1. Anchors: paragraphs whose normalised body (text after the lead phrase) is identical, by
   an ordered diff of the body keys, then identical bodies left over (moved).
2. Backbone: pairs that are clearly the same provision — body or chapeau similarity of at
   least ``STRONG``, or two or three neighbours joined (split / merge) — taken best first.
   The longest in-order run of anchors and such pairs is the backbone.
3. Gaps: between two consecutive backbone pairs, the paragraphs left on each side are
   paired in place: by content (Dice above ``MATCH_THRESHOLD``) first, then rewritten
   provisions — same head of the lead, at least ``REWRITE_SHARED`` distinctive words in
   common, Dice at least ``REWRITE_MIN``, each the other's best such candidate, in order.
   A provision whose long list was summarised (or a summary expanded into a list: "Recalling
   its resolutions 58/203 … and 79/197 of 19 December 2024" → "Recalling its resolution
   79/197 of 19 December 2024 and its previous resolutions on …", A/C.2/80/L.12 →
   A/RES/80/123 PP1) has a low Dice only because one side is long: it is rewritten too when
   both cite one document symbol (79/197: the subject), at least ``SUMMARY_SHARE`` of the
   shorter side's distinctive words are in the longer, and the openings name the same
   thing — inflection aside when a symbol is shared ("resolutions" / "resolution").
4. Moves: what is still unmatched anywhere pairs by content alone.
5. Order: the longest increasing run of matched groups keeps its order; the rest is moved.

Every pair says on what it was made (``basis``) and whether it is ``uncertain``: a pair is
sure when its bodies are identical, its chapeau matches, it is a split or merge, its content
scores at least ``SURE``, or it is in place and the words its head verb acts on (the opening
of the body) are the same. A rewritten pair, or a moved pair scoring less than ``SURE``, is
uncertain: shown side by side, never given a verdict badge (core/compare.py).

Preambular and operative paragraphs are one sequence, so a PP that became an OP is found.
Rows are ordered for display by the right side; a deleted paragraph comes right after the
row of the nearest preceding left paragraph that did not move.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from resolution_compare.core.align_evidence import (
    MATCH_THRESHOLD,
    Features,
    best_candidates,
    body_of,
    body_words,
    candidates,
    common_words,
    content_score,
    count_words,
    dice,
    distinctive,
    features,
    lead_evidence,
    rare_index,
    same_opening,
)
from resolution_compare.core.diff_anchors import longest_increasing
from resolution_compare.core.model import Paragraph
from resolution_compare.core.worddiff import equal_runs

__all__ = [
    "MATCH_THRESHOLD",
    "Basis",
    "Group",
    "align",
    "align_by_structure",
    "body_of",
    "body_words",
    "dice",
]

# A pair this alike is the same provision wherever it stands (the backbone), and is sure.
STRONG = 0.7
SURE = 0.75
# Rewritten provisions (same place, same head): Dice floor and distinctive words shared.
REWRITE_MIN = 0.2
REWRITE_SHARED = 3
# ... or, below that Dice, this share of the shorter side's distinctive words in common.
SUMMARY_SHARE = 0.4
# Joined body vs the other side needed to call it a split or a merge.
SPLIT_THRESHOLD = 0.75
JOIN_CANDIDATES = 3
JOIN_WIDTHS = (2, 3)
# Gaps up to this many pairs are scored all against all (else via the rare-word index).
SMALL_GAP = 64

Basis = Literal["identical", "content", "chapeau", "joined", "rewritten", "structure", "none"]


@dataclass(frozen=True)
class Group:
    """One aligned row before diffing: paragraph indexes on each side.

    ``basis``: what the pairing rests on; ``uncertain``: the pairing is a guess (see the
    module docstring), so no verdict may be drawn from it.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    moved: bool = False
    score: float = 1.0
    basis: Basis = "identical"
    uncertain: bool = False


# (-(score + lead evidence), distance, left indexes, right indexes, basis, score): sorted,
# the best-ranked pair comes first; the score itself is what thresholds apply to.
_Proposal = tuple[float, int, tuple[int, ...], tuple[int, ...], Basis, float]


class _Aligner:
    def __init__(
        self, left: Sequence[Paragraph], right: Sequence[Paragraph], languages: tuple[str, str]
    ) -> None:
        self.lf = [features(p, languages[0]) for p in left]
        self.rf = [features(p, languages[1]) for p in right]
        limit = max(3, (len(left) + len(right)) // 40)
        self.right_index = rare_index(self.rf, limit)
        self.left_index = rare_index(self.lf, limit)
        self.common = common_words(self.lf, self.rf, languages)
        self.groups: dict[int, Group] = {}  # by first left index
        self.used_left: set[int] = set()
        self.used_right: set[int] = set()
        # Distinctive words by id(features): a long paragraph is weighed against many
        # candidates, and finding them is a pass over all its words.
        self.distinctive: dict[int, frozenset[str]] = {}

    # --- taking pairs ------------------------------------------------------------------
    def take(self, group: Group) -> bool:
        if self.used_left.intersection(group.left) or self.used_right.intersection(group.right):
            return False
        self.groups[group.left[0]] = group
        self.used_left.update(group.left)
        self.used_right.update(group.right)
        return True

    def take_greedily(self, proposals: list[_Proposal]) -> None:
        for _, _, lefts, rights, basis, score in sorted(proposals):
            self.take(Group(lefts, rights, score=score, basis=basis))

    # --- 1. anchors --------------------------------------------------------------------
    def anchor(self) -> None:
        """Identical bodies: ordered first (repeated bodies pair with their neighbours),
        then any left over (moved ones) in document order."""
        pairs = dict(equal_runs([f.key for f in self.lf], [f.key for f in self.rf]))
        taken = set(pairs.values())
        right_at: dict[str, list[int]] = {}
        for j, f in enumerate(self.rf):
            if j not in taken:
                right_at.setdefault(f.key, []).append(j)
        for i, f in enumerate(self.lf):
            free = right_at.get(f.key)
            if i not in pairs and free:
                pairs[i] = free.pop(0)
        for i, j in sorted(pairs.items()):
            self.take(Group((i,), (j,)))

    # --- 2. backbone -------------------------------------------------------------------
    def pair_proposals(self, floor: float, exclusive: bool = True) -> list[_Proposal]:
        """1:1 pairs scoring above ``floor``, from both sides' rare-word candidates."""
        seen: set[tuple[int, int]] = set()
        out: list[_Proposal] = []
        for i, found in _found(self.lf, self.used_left, self.right_index, self.used_right):
            seen.update((i, j) for j in found)
        for j, found in _found(self.rf, self.used_right, self.left_index, self.used_left):
            seen.update((i, j) for i in found)
        for i, j in sorted(seen):
            score, basis = content_score(self.lf[i], self.rf[j], self.common)
            if score > floor or (not exclusive and score == floor):
                rank = score + lead_evidence(self.lf[i], self.rf[j])
                out.append((-rank, abs(i - j), (i,), (j,), basis, score))
        return out

    def backbone(self) -> list[Group]:
        proposals = self.pair_proposals(STRONG, exclusive=False)
        proposals += _join_proposals(
            self.lf, self.rf, self.used_left, self.used_right, self.right_index, swap=False
        )
        proposals += _join_proposals(
            self.rf, self.lf, self.used_right, self.used_left, self.left_index, swap=True
        )
        self.take_greedily(proposals)
        matched = [self.groups[k] for k in sorted(self.groups)]
        keep = longest_increasing([g.right[0] for g in matched])
        return [g for k, g in enumerate(matched) if k in keep]

    # --- 3. gaps -----------------------------------------------------------------------
    def fill_gaps(self, backbone: list[Group]) -> None:
        bounds = [(-1, -1)]
        bounds += [(max(g.left), max(g.right)) for g in backbone]
        starts = [(min(g.left), min(g.right)) for g in backbone] + [(len(self.lf), len(self.rf))]
        for (l0, r0), (l1, r1) in zip(bounds, starts, strict=True):
            lefts = [i for i in range(l0 + 1, l1) if i not in self.used_left]
            rights = [j for j in range(r0 + 1, r1) if j not in self.used_right]
            if lefts and rights:
                self.fill_gap(lefts, rights)

    def gap_pairs(self, lefts: list[int], rights: list[int]) -> list[tuple[int, int]]:
        if len(lefts) * len(rights) <= SMALL_GAP:
            return [(i, j) for i in lefts for j in rights]
        within = range(rights[0], rights[-1] + 1)
        pairs: set[tuple[int, int]] = set()
        for k, i in enumerate(lefts):
            found = candidates(self.lf[i].bag, self.right_index, self.used_right, within=within)
            # The counterpart in the same place: the same number, or the same rank in the gap.
            found += [j for j in rights if self.rf[j].number == self.lf[i].number is not None]
            found.append(rights[min(len(rights) - 1, k * len(rights) // len(lefts))])
            pairs.update((i, j) for j in found if j not in self.used_right)
        return sorted(pairs)

    def fill_gap(self, lefts: list[int], rights: list[int]) -> None:
        """Pair in place: sure content pairs first, then uncertain content pairs and
        rewritten provisions together (ranked with the lead as evidence), never crossing."""
        proposals: list[tuple[int, float, int, int, int, Basis, float]] = []
        basis: Basis
        for i, j in self.gap_pairs(lefts, rights):
            score, basis = content_score(self.lf[i], self.rf[j], self.common)
            rank = score + lead_evidence(self.lf[i], self.rf[j])
            if score > MATCH_THRESHOLD:
                sure = basis == "chapeau" or score >= SURE or self.same_opening(i, j)
                proposals.append((0 if sure else 1, -rank, abs(i - j), i, j, basis, score))
            elif self.is_rewritten(i, j, score):
                proposals.append((1, -rank, abs(i - j), i, j, "rewritten", score))
        taken: list[tuple[int, int]] = []
        for tier, _, _, i, j, basis, score in sorted(proposals):
            if tier and not all((i - a) * (j - b) > 0 for a, b in taken):
                continue  # a guess never crosses a pair already made in this gap
            if self.take(Group((i,), (j,), score=score, basis=basis)):
                taken.append((i, j))

    def same_opening(self, i: int, j: int) -> bool:
        return same_opening(self.lf[i], self.rf[j], self.common)

    def distinctive_words(self, f: Features) -> frozenset[str]:
        if id(f) not in self.distinctive:
            self.distinctive[id(f)] = frozenset(w for w in f.bag if distinctive(w, self.common))
        return self.distinctive[id(f)]

    def shared_distinctive(self, a: Features, b: Features) -> int:
        """align_evidence.shared_distinctive, with each side's distinctive words kept."""
        shared = self.distinctive_words(a) & self.distinctive_words(b)
        return sum(map(min, map(a.bag.__getitem__, shared), map(b.bag.__getitem__, shared)))

    def is_rewritten(self, i: int, j: int, score: float) -> bool:
        """Same head of the lead acting on the same thing, and shared subject words (or a
        list summarised: the shorter side's subject inside the longer)."""
        a, b = self.lf[i], self.rf[j]
        if score > MATCH_THRESHOLD or a.head is None or a.head != b.head:
            return False
        shared = self.shared_distinctive(a, b)
        if shared < REWRITE_SHARED:
            return False
        # A document both cite names the subject: then "resolutions" and "resolution" open
        # on the same thing, and a list may have been summarised around it.
        cited = bool(a.symbols & b.symbols)
        if score < REWRITE_MIN:
            shorter = min(
                sum(map(a.bag.__getitem__, self.distinctive_words(a))),
                sum(map(b.bag.__getitem__, self.distinctive_words(b))),
            )
            if not cited or shared < SUMMARY_SHARE * shorter:
                return False
        return same_opening(a, b, self.common, inflected=cited)

    # --- 4. moves and the rest ---------------------------------------------------------
    def finish(self) -> list[Group]:
        self.take_greedily(self.pair_proposals(MATCH_THRESHOLD))
        for i in range(len(self.lf)):
            if i not in self.used_left:
                self.groups[i] = Group((i,), (), score=0.0, basis="none")
        result = [self.groups[k] for k in sorted(self.groups)]
        result.extend(
            Group((), (j,), score=0.0, basis="none")
            for j in range(len(self.rf))
            if j not in self.used_right
        )
        ordered = _order(result)
        return [replace(g, uncertain=self.uncertain(g)) for g in ordered]

    def uncertain(self, g: Group) -> bool:
        if not g.left or not g.right or g.basis in ("identical", "chapeau", "joined"):
            return False
        if g.basis == "rewritten":
            return True
        if g.score >= SURE:
            return False
        return g.moved or not self.same_opening(g.left[0], g.right[0])


def _found(
    side: Sequence[Features],
    used: set[int],
    other_index: dict[str, list[int]],
    used_other: set[int],
) -> list[tuple[int, list[int]]]:
    """Each unmatched paragraph of ``side`` with its candidates on the other side, by its
    whole body and by its chapeau (a renewal is found by its chapeau alone)."""
    out = []
    for k, f in enumerate(side):
        if k in used:
            continue
        found = candidates(f.bag, other_index, used_other)
        if f.chapeau is not None:
            found += candidates(f.chapeau, other_index, used_other, top=3)
        out.append((k, found))
    return out


def align(
    left: Sequence[Paragraph],
    right: Sequence[Paragraph],
    language_left: str = "en",
    language_right: str = "en",
) -> list[Group]:
    """Rows of paragraph indexes; every index of either side is in exactly one group."""
    aligner = _Aligner(left, right, (language_left, language_right))
    aligner.anchor()
    aligner.fill_gaps(aligner.backbone())
    return aligner.finish()


def align_by_structure(left: Sequence[Paragraph], right: Sequence[Paragraph]) -> list[Group]:
    """Pairs by structure alone, for two texts in different languages: preambular
    paragraphs by position, operative paragraphs by number, others by position. Wording
    cannot confirm any of these pairs, so every one is uncertain."""

    def slots(paragraphs: Sequence[Paragraph]) -> dict[tuple[str, int], int]:
        out: dict[tuple[str, int], int] = {}
        seen: dict[str, int] = {}
        for k, p in enumerate(paragraphs):
            seen[p.kind] = seen.get(p.kind, 0) + 1
            number = p.number if p.kind == "operative" and p.number is not None else seen[p.kind]
            out.setdefault((p.kind, number), k)
        return out

    left_slots, right_slots = slots(left), slots(right)
    groups: list[Group] = []
    used_right: set[int] = set()
    for slot, i in sorted(left_slots.items(), key=lambda item: item[1]):
        j = right_slots.get(slot)
        if j is not None:
            groups.append(Group((i,), (j,), score=0.0, basis="structure", uncertain=True))
            used_right.add(j)
    paired_left = {g.left[0] for g in groups}
    groups += [
        Group((i,), (), score=0.0, basis="none") for i in range(len(left)) if i not in paired_left
    ]
    groups.sort(key=lambda g: g.left[0])
    groups += [
        Group((), (j,), score=0.0, basis="none") for j in range(len(right)) if j not in used_right
    ]
    return _order(groups)


def _join_proposals(
    this: Sequence[Features],
    other: Sequence[Features],
    used_this: set[int],
    used_other: set[int],
    other_index: dict[str, list[int]],
    swap: bool,
) -> list[_Proposal]:
    """Two or three neighbours on one side joined against one paragraph on the other.

    Kept when the joined words score at least SPLIT_THRESHOLD and clearly better than
    any member alone (so a modified 1:1 pair is not swallowed), or when the join is
    near-exact (a one-word fragment split off a paragraph).
    """
    out: list[_Proposal] = []
    for members, found in _windows(this, used_this, used_other, other_index):
        out.extend(_joins_with(this, other, members, found, swap))
    return out


def _windows(
    this: Sequence[Features],
    used_this: set[int],
    used_other: set[int],
    other_index: dict[str, list[int]],
) -> Iterator[tuple[tuple[int, ...], list[int]]]:
    """Each run of JOIN_WIDTHS neighbours without a paragraph already used, with the
    JOIN_CANDIDATES unused paragraphs of the other side that share most of its words (the
    candidates of its joined words)."""
    for x in range(len(this) - 1):
        # The joined words of x..x+1, then x..x+2, counted per candidate paragraph one
        # neighbour at a time (each window's distinct words, as candidates() counts them).
        counts: Counter[int] = Counter()
        count_words(counts, this[x].bag, other_index)
        words = set(this[x].bag)
        for width in range(2, max(JOIN_WIDTHS) + 1):
            if x + width > len(this) or x + width - 1 in used_this or x in used_this:
                break  # a wider window holds the same paragraph
            added = this[x + width - 1].full
            count_words(counts, [w for w in added if w not in words], other_index)
            words.update(added)
            if width in JOIN_WIDTHS:
                for j in used_other.intersection(counts):
                    del counts[j]
                yield tuple(range(x, x + width)), best_candidates(counts, JOIN_CANDIDATES)


def _joins_with(
    this: Sequence[Features],
    other: Sequence[Features],
    members: tuple[int, ...],
    found: list[int],
    swap: bool,
) -> list[_Proposal]:
    """The joins of ``members`` with the candidates ``found`` that pass (_join_proposals)."""
    out: list[_Proposal] = []
    x = members[0]
    size = this[x].size + sum(this[m].full_size for m in members[1:])
    bag: Counter[str] | None = None
    for y in found:
        # Dice is at most 2·min/(sum) of the two sizes: most joins are too long for
        # any single paragraph, and that costs no word count to see.
        smaller, larger = sorted((size, other[y].size))
        if 2 * smaller < SPLIT_THRESHOLD * (smaller + larger):
            continue
        if bag is None:
            bag = this[x].bag.copy()
            for m in members[1:]:
                bag.update(this[m].full)
        score = dice(bag, other[y].bag, size, other[y].size)
        if score < SPLIT_THRESHOLD:
            continue
        single = max(dice(this[m].bag, other[y].bag, this[m].size, other[y].size) for m in members)
        if score > single + 0.05 or (score >= 0.98 and score > single):
            one = (y,)
            lefts, rights = (one, members) if swap else (members, one)
            out.append((-score, abs(x - y), lefts, rights, "joined", score))
    return out


def _order(groups: list[Group]) -> list[Group]:
    """Display order (by the right side), with ``moved`` set off the longest in-order run."""
    matched = [g for g in groups if g.left and g.right]
    matched.sort(key=lambda g: g.left[0])
    keep = longest_increasing([g.right[0] for g in matched])
    unmoved_at: dict[int, int] = {}  # left index -> right position, for unmoved groups
    final: list[tuple[tuple[int, int, int], Group]] = []
    for k, g in enumerate(matched):
        g = replace(g, moved=k not in keep)
        if not g.moved:
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
