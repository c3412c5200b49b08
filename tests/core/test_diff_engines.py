"""The C++ and the pure-Python diff-match-patch give the same comparisons (issue 17).

core/worddiff.py lets the C++ build (fast_diff_match_patch) find the exact diffs and keeps the
pure-Python package for cleanupSemantic's merge steps and as the engine where the C++ build is
missing (core/diff_budget.py decides by the edit count, alike for both). Nothing a user sees
may depend on which build ran: every real pair is compared both ways, and the work bounds the
budget decisions rest on are checked against the work the pure-Python dmp really counts.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resolution_compare as rc
from resolution_compare.core import worddiff
from resolution_compare.core.diff_anchors import common_prefix
from resolution_compare.core.diff_budget import EditBudget, bisection_work
from resolution_compare.core.model import Resolution

DATA = Path(__file__).resolve().parent.parent / "data"
ENGLISH = sorted(DATA.glob("hrc-res-*-en.txt"))
PDF = DATA / "un-pdf"
# tests/data/un-pdf/README.md: drafts and adopted texts, year-on-year pairs, an amendment.
PDF_PAIRS = [
    ("A_80_L.6.pdf", "A_RES_80_4.pdf"),
    ("A_80_L.18.pdf", "A_RES_80_112.pdf"),
    ("A_C.5_80_L.19.pdf", "A_RES_80_234.pdf"),
    ("A_C.6_80_L.19.pdf", "A_RES_80_165.pdf"),
    ("A_RES_78_7.pdf", "A_RES_79_7.pdf"),
    ("A_RES_79_7.pdf", "A_RES_80_4.pdf"),
    ("A_RES_79_138.pdf", "A_RES_80_112.pdf"),
    ("A_RES_79_50.pdf", "A_RES_80_24.pdf"),
    ("A_RES_79_157.pdf", "A_RES_80_189.pdf"),
    ("A_C.3_80_L.20.pdf", "A_RES_80_190.pdf"),
    ("A_C.2_80_L.12.pdf", "A_RES_80_123.pdf"),
    ("A_C.3_80_L.24.pdf", "A_C.3_80_L.65.pdf"),
]
CASES = DATA / "cases"
# shared/cases/README.md: every comparison a case names (the long paragraph overruns the
# budget and is diffed on anchors).
CASE_PAIRS = [
    ("ligatures/min-a.txt", "ligatures/min-b.txt"),
    ("ligatures/earlier.txt", "ligatures/later-copied-from-pdf.txt"),
    ("chinese-word-diff/min-a.txt", "chinese-word-diff/min-b.txt"),
    ("chinese-word-diff/earlier.txt", "chinese-word-diff/later.txt"),
    ("footnote-change/min-a.txt", "footnote-change/min-b.txt"),
    ("number-change-not-routine/min-a.txt", "number-change-not-routine/min-b.txt"),
    ("pdf-line-end-hyphen/earlier-hyphenated.pdf", "pdf-line-end-hyphen/later.txt"),
    ("pdf-block-paragraphs/draft.txt", "pdf-block-paragraphs/draft-block-style.pdf"),
    ("pdf-arabic/arabic.txt", "pdf-arabic/arabic.pdf"),
    ("long-paragraph/stress-earlier.txt", "long-paragraph/stress-later.txt"),
]


@cache
def _load(path: Path) -> Resolution:
    return rc.load(path)


def _pairs() -> Iterator[tuple[Path, Path]]:
    yield from itertools.permutations(ENGLISH, 2)
    for a, b in PDF_PAIRS:
        yield PDF / a, PDF / b
        yield PDF / b, PDF / a
    for a, b in CASE_PAIRS:
        yield CASES / a, CASES / b


def _both_ways(monkeypatch: pytest.MonkeyPatch, job):  # type: ignore[no-untyped-def]
    """``job()`` with the C++ build, then with the pure-Python package alone."""
    fast = job()
    with monkeypatch.context() as m:
        m.setattr(worddiff, "_fast", None)
        slow = job()
    return fast, slow


def test_the_fast_build_is_installed_and_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # A dependency of the package (pyproject.toml): without it every diff runs in Python.
    assert worddiff._fast is not None
    calls: list[int] = []
    real = worddiff._fast_diff

    def counted(a: str, b: str) -> list[tuple[int, str]]:
        calls.append(len(a) + len(b))
        return real(a, b)

    monkeypatch.setattr(worddiff, "_fast_diff", counted)
    rc.compare(_load(ENGLISH[3]), _load(ENGLISH[5]))
    assert calls


def test_real_pairs_compare_the_same_with_either_build(monkeypatch: pytest.MonkeyPatch) -> None:
    # The seven English texts both ways, the official PDF pairs both ways, the shared cases:
    # every row, segment, flag and score the same.
    pairs = list(_pairs())
    assert len(pairs) == 42 + 24 + len(CASE_PAIRS)
    for left, right in pairs:
        a, b = _load(left), _load(right)
        fast, slow = _both_ways(monkeypatch, lambda a=a, b=b: rc.compare(a, b).to_dict())
        assert fast["rows"] == slow["rows"], (left.name, right.name)
        assert fast["summary"] == slow["summary"], (left.name, right.name)


def _strip(a: str, b: str) -> tuple[str, str]:
    head = common_prefix(a, b)
    a, b = a[head:], b[head:]
    tail = common_prefix(a[::-1], b[::-1])
    return a[: len(a) - tail], b[: len(b) - tail]


def _counted_work(a: str, b: str) -> int:
    budget = EditBudget(float("inf"))
    worddiff._python_diff(a, b, budget)
    return budget.spent


def _edit_count(a: str, b: str) -> int:
    return sum(len(text) for op, text in worddiff._fast_diff(a, b) if op)


def _check_bounds(a: str, b: str) -> None:
    a, b = _strip(a, b)
    least, most = bisection_work(a, b, _edit_count(a, b))
    assert least <= _counted_work(a, b) <= most


def _edited(rng: random.Random, keys: str, share: float, alphabet: str) -> str:
    out = list(keys)
    for _ in range(max(1, int(len(out) * share))):
        i = rng.randrange(len(out) + 1)
        what = rng.random()
        if what < 0.4 and i < len(out):
            out[i] = rng.choice(alphabet)
        elif what < 0.7:
            out.insert(i, rng.choice(alphabet))
        elif i < len(out):
            del out[i]
    return "".join(out)


def test_work_bounds_hold_on_real_paragraph_keys() -> None:
    # Real paragraphs as the word diff encodes them (one character per distinct token),
    # rewritten more and more heavily: the budget's bounds always hold.
    rng = random.Random(17)
    texts = [p.text for path in ENGLISH for p in _load(path).paragraphs]
    for k, text in enumerate(texts[:300]):
        tokens = worddiff.tokenize(text)
        index: dict[str, str] = {}
        keys = worddiff._encode(tokens, index)
        alphabet = "".join(index.values())
        other = _edited(rng, keys, (0.02, 0.1, 0.3, 1.0)[k % 4], alphabet)
        _check_bounds(keys, other)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcd", max_size=60),
    st.text(alphabet="abcde", max_size=60),
)
def test_work_bounds_hold_on_any_strings(a: str, b: str) -> None:
    _check_bounds(a, b)


def test_budget_decisions_are_the_same_where_the_budget_binds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Key strings whose exact diff costs about the budget: some fit for certain, some
    # overrun for certain, some lie between (the pure-Python dmp decides), and rewritten
    # texts long enough to be split on anchors whose gaps drain the total budget (the C++
    # diffs' work is then counted exactly before the limit is set).
    rng = random.Random(5)
    alphabet = "".join(chr(0x100 + i) for i in range(400))
    cases = []
    for size, share in ((900, 0.5), (1200, 0.6), (1500, 0.7), (3000, 0.35), (6000, 0.3)):
        keys = "".join(rng.choice(alphabet) for _ in range(size))
        cases.append((keys, _edited(rng, keys, share, alphabet)))
    for a, b in cases:
        fast, slow = _both_ways(monkeypatch, lambda a=a, b=b: worddiff._bounded_diff(a, b))
        assert fast == slow
