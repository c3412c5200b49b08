"""Properties of history() over random series cut from real paragraphs (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import resolution_compare as rc
from resolution_compare.core.model import Header, Meeting, Paragraph, Resolution

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def _pool() -> tuple[Paragraph, ...]:
    names = ["hrc-res-7-5-en.txt", "hrc-res-35-3-en.txt", "hrc-res-44-11-en.txt"]
    return tuple(p for n in names for p in rc.load(DATA / n).paragraphs)


def _version(k: int, picks: list[int]) -> Resolution:
    pool = _pool()
    paragraphs = [
        replace(pool[pick % len(pool)], id=f"OP{n + 1}", kind="operative", number=n + 1)
        for n, pick in enumerate(dict.fromkeys(picks))
    ]
    return Resolution(
        source=f"v{k}.txt",
        language="en",
        # One title: versions of one text, however little of their wording they share
        # (a history takes versions of one text only: core/history_related.py).
        header=Header(title="Human rights and international solidarity"),
        paragraphs=tuple(paragraphs),
        meeting=Meeting(k + 1, f"{2010 + k}-06-30"),
    )


_series = st.lists(st.lists(st.integers(0, 60), min_size=1, max_size=12), min_size=2, max_size=5)


@settings(max_examples=40, deadline=None)
@given(_series)
def test_lineages_cover_every_paragraph_once(picks: list[list[int]]) -> None:
    texts = [_version(k, p) for k, p in enumerate(picks)]
    unique = {tuple(p.text for p in t.paragraphs) for t in texts}
    if len(unique) < 2:  # identical texts are taken once: fewer than two versions
        return
    h = rc.history(texts)
    for k, version in enumerate(h.versions):
        ids = [pid for p in h.provisions for pid in p.cells[k].paragraphs]
        assert sorted(ids) == sorted(p.id for p in version.resolution.paragraphs)
    for provision in h.provisions:
        steps = [c.step for c in provision.cells]
        assert steps[provision.first] == "first"
        assert all(s == "absent" for s in steps[: provision.first])
        assert provision.first <= provision.last_changed < len(h.versions)
        for k, cell in enumerate(provision.cells):
            assert (cell.step == "absent") == (not cell.present)
            if cell.step == "returned":
                assert cell.since is not None and cell.since < k - 1
                assert provision.cells[k - 1].step == "absent"
            if cell.present and k > provision.first and cell.step != "returned":
                assert cell.since == k - 1
