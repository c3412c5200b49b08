"""Alignment recovers every relation of known edits applied to real texts (EN and FR)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import resolution_compare as rc
from tests.core.edits import make_edited

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(
    "name",
    [
        "hrc-res-35-3-en.txt",  # 25 paragraphs, long OPs
        "hrc-res-44-11-en.txt",  # 29 paragraphs
        "hrc-res-26-6-en.txt",
        "hrc-res-44-11-fr.txt",  # French: the same edits on the French text
    ],
)
@pytest.mark.parametrize("seed", range(6))
def test_alignment_recovers_known_edits(name: str, seed: int) -> None:
    left = rc.load(DATA / name)
    right, expected = make_edited(left, random.Random(seed))
    result = rc.compare(left, right)
    got = {
        (r.left, r.right, "modified" if r.status == "modified" else r.status, r.moved)
        for r in result.rows
    }
    # "unchanged" rows of the generator are unchanged in the result too.
    assert got == expected
