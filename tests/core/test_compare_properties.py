"""Properties of compare() over random edits of real paragraphs (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import resolution_compare as rc
from resolution_compare.core.model import Paragraph, Resolution

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def _pool() -> tuple[Paragraph, ...]:
    names = ["hrc-res-7-5-en.txt", "hrc-res-35-3-en.txt", "hrc-res-44-11-en.txt"]
    return tuple(p for n in names for p in rc.load(DATA / n).paragraphs)


def _resolution(picks: list[int], words_cut: list[int]) -> Resolution:
    pool = _pool()
    paragraphs = []
    for k, (pick, cut) in enumerate(zip(picks, words_cut, strict=False)):
        p = pool[pick % len(pool)]
        text = " ".join(p.text.split(" ")[cut % 5 :]) if cut % 3 == 0 else p.text
        paragraphs.append(replace(p, id=f"P{k + 1}", kind="operative", text=text))
    return Resolution(source="x.txt", language="en", paragraphs=tuple(paragraphs))


_picks = st.lists(st.integers(0, 200), max_size=25)


@settings(max_examples=60, deadline=None)
@given(_picks, _picks, _picks)
def test_every_id_once_and_texts_rebuilt(a: list[int], b: list[int], cuts: list[int]) -> None:
    left, right = _resolution(a, cuts), _resolution(b, cuts[::-1])
    result = rc.compare(left, right)
    left_ids = [i for r in result.rows for i in r.left]
    right_ids = [i for r in result.rows for i in r.right]
    assert sorted(left_ids) == sorted(p.id for p in left.paragraphs)
    assert sorted(right_ids) == sorted(p.id for p in right.paragraphs)
    for row in result.rows:
        assert row.left_text == "\n".join(left.paragraph(i).text for i in row.left)
        assert row.right_text == "\n".join(right.paragraph(i).text for i in row.right)
        if row.status == "modified":
            assert 0.5 < row.similarity < 1


@settings(max_examples=40, deadline=None)
@given(_picks, _picks)
def test_self_comparison_is_all_unchanged(a: list[int], cuts: list[int]) -> None:
    res = _resolution(a, cuts)
    result = rc.compare(res, res)
    assert all(r.status == "unchanged" and not r.moved for r in result.rows)
    assert [r.left for r in result.rows] == [(p.id,) for p in res.paragraphs]
    assert result.summary.vote_changes == 0
