"""A history takes versions of one text only (QA D5): texts that share no symbol, title or
wording with the others are named and left out; a set of different resolutions is refused.

The threshold of shared wording is checked on real texts: every pair of versions of one
text in tests/data stays above it, every pair of different resolutions below.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import combinations
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.errors import InputError
from resolution_compare.core.history_related import (
    SHARED_WORDING,
    _shingles,
    same_text_groups,
    select_same_text,
    shared_wording,
)
from resolution_compare.core.model import Header, Resolution

DATA = Path(__file__).parent.parent / "data"
PDF = DATA / "un-pdf"
HRC = [
    DATA / f"hrc-res-{s}-en.txt" for s in ("7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11")
]
# Versions of one text among the official PDFs (un-pdf/README.md): drafts, the resolution
# adopted from them, the same resolution a year or two later.
SERIES = {
    "cuba": ["A_80_L.6", "A_RES_78_7", "A_RES_79_7", "A_RES_80_4"],
    "humanitarian": ["A_80_L.18", "A_RES_79_138", "A_RES_80_112"],
    "disarmament": ["A_C.1_80_L.44", "A_RES_79_50", "A_RES_80_24"],
    "child": ["A_C.3_80_L.20", "A_RES_80_190"],
    "debt": ["A_C.2_80_L.12", "A_RES_80_123"],
    "hrc-report": ["A_C.3_80_L.24", "A_RES_79_157", "A_RES_80_189"],
}


@cache
def load(name: str) -> Resolution:
    return rc.load(PDF / f"{name}.pdf")


@cache
def hrc(k: int) -> Resolution:
    return rc.load(HRC[k])


def share(a: Resolution, b: Resolution) -> float:
    return shared_wording(_shingles(a), _shingles(b))


def without_title(res: Resolution) -> Resolution:
    """The text alone: no symbol or title to go by, only the wording."""
    return replace(res, header=Header())


def test_versions_of_one_text_share_their_wording() -> None:
    # Seven HRC texts over twelve years (no masthead in the .txt: wording only) …
    lowest = min(share(hrc(i), hrc(j)) for i, j in combinations(range(len(HRC)), 2))
    assert lowest >= SHARED_WORDING + 0.05  # 0.24: 7/5 (2008) against 26/6 (2014)
    # … and drafts and resolutions of the official PDFs, their titles set aside.
    for names in SERIES.values():
        for a, b in combinations(names, 2):
            assert share(without_title(load(a)), without_title(load(b))) >= SHARED_WORDING, (a, b)


def test_different_resolutions_share_only_boilerplate() -> None:
    firsts = [load(names[-1]) for names in SERIES.values()] + [hrc(6), load("A_RES_80_1")]
    highest = max(share(a, b) for a, b in combinations(firsts, 2))
    assert highest < SHARED_WORDING / 2  # 0.04 at most, measured


def test_unrelated_resolutions_make_no_history() -> None:
    # QA D5: a disarmament draft, a rights-of-the-child draft and the Cuba resolution were
    # built into one "History of 3 versions", boilerplate linked as "returned after a gap".
    texts = [load("A_C.1_80_L.44"), load("A_C.3_80_L.20"), load("A_RES_80_4")]
    with pytest.raises(InputError) as caught:
        rc.history(texts)
    message = str(caught.value)
    assert "3 different resolutions" in message and "\n" not in message
    for symbol in ("A/C.1/80/L.44", "A/C.3/80/L.20", "A/RES/80/4"):
        assert symbol in message


def test_texts_of_other_resolutions_are_named_and_left_out() -> None:
    cuba = [load(n) for n in SERIES["cuba"][1:]]
    strays = [load("A_C.3_80_L.20"), load("A_RES_80_1")]
    history = rc.history([strays[0], *cuba, strays[1]])
    assert [v.label for v in history.versions] == ["A/RES/78/7", "A/RES/79/7", "A/RES/80/4"]
    assert history.warnings[0].startswith("the 5 texts are 3 different resolutions")
    # Named by its earliest and latest versions (QA pass 2 N6), given in any order.
    assert "versions of one text, A/RES/78/7 “" in history.warnings[0]
    assert " to A/RES/80/4 “" in history.warnings[0]
    shuffled = rc.history([cuba[2], strays[1], cuba[0], strays[0], cuba[1]])
    assert shuffled.warnings[0] == history.warnings[0]
    for stray in strays:
        assert any(
            w.startswith(f"{stray.source} ({stray.header.symbol}") and "left out" in w
            for w in history.warnings
        )


def test_two_resolutions_with_as_many_versions_each_are_refused() -> None:
    texts = [load("A_C.3_80_L.20"), load("A_RES_80_190"), load("A_RES_79_7"), load("A_RES_80_4")]
    with pytest.raises(InputError, match="2 different resolutions, 2 of them with 2 versions"):
        rc.history(texts)


def test_a_renewal_rewritten_under_its_old_title_stays_in_the_history() -> None:
    # Title evidence: the same title holds a text whose wording was all rewritten.
    old = load("A_RES_79_50")
    rewritten = replace(load("A_RES_80_190"), header=replace(old.header, symbol="A/RES/81/50"))
    assert share(old, rewritten) < SHARED_WORDING
    assert same_text_groups([old, rewritten]) == [[0, 1]]


def test_a_revision_is_a_version_of_its_draft() -> None:
    # Symbol evidence: L.8 and L.8/Rev.1, even with little wording in common.
    a = Resolution(source="a.txt", language="en", header=Header(symbol="A/HRC/44/L.8"))
    b = Resolution(source="b.txt", language="en", header=Header(symbol="A/HRC/44/L.8/Rev.1"))
    c = Resolution(source="c.txt", language="en", header=Header(symbol="A/HRC/44/L.9"))
    assert same_text_groups([a, b, c]) == [[0, 1], [2]]


def test_chinese_versions_are_compared_by_character() -> None:
    # Unspaced scripts: a whole clause is one \w+ run; per character, the edited version of
    # the shared case still shares its wording.
    folder = DATA / "chinese-word-diff"
    earlier, later = (rc.load(p) for p in sorted(folder.glob("*.txt"))[:2])
    assert share(without_title(earlier), without_title(later)) >= SHARED_WORDING
    kept, warnings = select_same_text([without_title(earlier), without_title(later)])
    assert len(kept) == 2 and warnings == []
