"""Split and merge proposals counted one neighbour at a time are those of each window counted
whole (issue 17: alignment's worst case, the same pairs).

``_join_proposals`` counts the rare words of x..x+1 and x..x+2 incrementally; the reference
here counts each window's joined words from scratch with ``candidates`` and scores every
candidate as the rule says (align.py: Dice of the joined words at least SPLIT_THRESHOLD and
clearly better than any member alone).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core import align
from resolution_compare.core.align_evidence import Features, candidates, dice
from resolution_compare.core.model import Paragraph

DATA = Path(__file__).resolve().parent.parent / "data"
ENGLISH = sorted(DATA.glob("hrc-res-*-en.txt"))


def _reference(
    this: Sequence[Features],
    other: Sequence[Features],
    used_this: set[int],
    used_other: set[int],
    index: dict[str, list[int]],
    swap: bool,
) -> list[tuple[object, ...]]:
    out = []
    for width in align.JOIN_WIDTHS:
        for x in range(len(this) - width + 1):
            members = tuple(range(x, x + width))
            if used_this.intersection(members):
                continue
            size = this[x].size + sum(this[m].full_size for m in members[1:])
            words = set(this[x].bag).union(*(this[m].full for m in members[1:]))
            bag = Counter(this[x].bag)
            for m in members[1:]:
                bag.update(this[m].full)
            for y in candidates(words, index, used_other, align.JOIN_CANDIDATES):
                score = dice(bag, other[y].bag, size, other[y].size)
                if score < align.SPLIT_THRESHOLD:
                    continue
                single = max(
                    dice(this[m].bag, other[y].bag, this[m].size, other[y].size) for m in members
                )
                if score > single + 0.05 or (score >= 0.98 and score > single):
                    lefts, rights = ((y,), members) if swap else (members, (y,))
                    out.append((-score, abs(x - y), lefts, rights, "joined", score))
    return sorted(out)


def _reference_windows(
    this: Sequence[Features],
    used_this: set[int],
    used_other: set[int],
    index: dict[str, list[int]],
) -> dict[tuple[int, ...], list[int]]:
    out = {}
    for width in align.JOIN_WIDTHS:
        for x in range(len(this) - width + 1):
            members = tuple(range(x, x + width))
            if not used_this.intersection(members):
                words = set(this[x].bag).union(*(this[m].full for m in members[1:]))
                out[members] = candidates(words, index, used_other, align.JOIN_CANDIDATES)
    return out


def _pairs() -> list[tuple[Path, Path]]:
    pairs = list(itertools.permutations(ENGLISH, 2))
    # Texts with real splits and merges and paragraphs identical on both sides (anchored
    # first, so windows holding them are skipped).
    pairs.append(
        (DATA / "ga-res-80-4-en_extract-v1.0.0.md", DATA / "ga-res-80-4-en_extract-v1.3.0.md")
    )
    return pairs


def _check(left: Sequence[Paragraph], right: Sequence[Paragraph]) -> int:
    aligner = align._Aligner(left, right, ("en", "en"))
    aligner.anchor()
    proposed = 0
    for this, other, used_this, used_other, index, swap in (
        (aligner.lf, aligner.rf, aligner.used_left, aligner.used_right, aligner.right_index, False),
        (aligner.rf, aligner.lf, aligner.used_right, aligner.used_left, aligner.left_index, True),
    ):
        windows = dict(align._windows(this, used_this, used_other, index))
        assert windows == _reference_windows(this, used_this, used_other, index)
        found = sorted(align._join_proposals(this, other, used_this, used_other, index, swap))
        assert found == _reference(this, other, used_this, used_other, index, swap)
        proposed += len(found)
    return proposed


@pytest.mark.parametrize(("left", "right"), _pairs(), ids=lambda p: p.stem)
def test_incremental_windows_propose_what_whole_windows_do(left: Path, right: Path) -> None:
    _check(rc.load(left).compared_paragraphs, rc.load(right).compared_paragraphs)


def _split_and_merged(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Every fifth paragraph merged with the next, every seventh split in two at a word,
    every third lightly edited (so that few bodies are identical)."""
    out: list[Paragraph] = []
    k = 0
    while k < len(paragraphs):
        p = paragraphs[k]
        words = p.text.split(" ")
        if k % 3 == 0 and len(words) > 4:
            words[len(words) // 2] = "amended"
            p = replace(p, text=" ".join(words))
        if k % 5 == 0 and k + 1 < len(paragraphs):
            out.append(replace(p, text=p.text + " " + paragraphs[k + 1].text))
            k += 2
            continue
        if k % 7 == 0 and len(words) > 6:
            cut = len(words) // 3
            out.append(replace(p, text=" ".join(words[:cut])))
            out.append(replace(p, id=p.id + "-b", text=" ".join(words[cut:])))
        else:
            out.append(p)
        k += 1
    return out


def test_windows_with_real_splits_and_merges_propose_the_same() -> None:
    # Real paragraphs split and merged both ways round: proposals are made, and they are
    # the same as counted window by window.
    proposed = 0
    for path in ENGLISH:
        paragraphs = rc.load(path).compared_paragraphs
        changed = _split_and_merged(paragraphs)
        proposed += _check(paragraphs, changed) + _check(changed, paragraphs)
    assert proposed > 20
